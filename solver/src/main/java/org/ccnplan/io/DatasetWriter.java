package org.ccnplan.io;

import java.io.IOException;
import java.nio.file.Path;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.HubType;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.SectorReserve;
import org.ccnplan.domain.Stage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a dataset back as SPEC v1 JSON, every default spelt out, decimals exactly as read. Reading what it writes
 * gives the same dataset (pins included; the current allocation of unpinned projects is not part of a dataset).
 */
public final class DatasetWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private DatasetWriter() {
    }

    public static ObjectNode toJson(AllocationPlan plan) {
        ObjectNode root = JSON.objectNode();
        root.put("formatVersion", 1);
        root.put("name", plan.getName());
        root.put("roadFactor", plan.getRoadFactor());
        ArrayNode phases = root.putArray("phases");
        for (Phase phase : plan.getPhases()) {
            phases.addObject().put("id", phase.getId()).put("label", phase.getLabel())
                    .put("endYear", phase.getEndYear());
        }
        ArrayNode hubs = root.putArray("hubs");
        for (Hub hub : plan.getHubs()) {
            ObjectNode node = hubs.addObject().put("id", hub.getId());
            if (hub.getName() != null) {
                node.put("name", hub.getName());
            }
            node.put("type", hub.getType().name()).put("lat", hub.getLat()).put("lon", hub.getLon());
        }
        ArrayNode sectors = root.putArray("sectors");
        for (Sector sector : plan.getSectors()) {
            ObjectNode node = sectors.addObject().put("id", sector.getId()).put("name", sector.getName())
                    .put("environmentalClass", sector.getEnvironmentalClass()).put("priority", sector.getPriority())
                    .put("powerMwPerHa", sector.getPowerMwPerHa())
                    .put("freightTonsPerHaYear", sector.getFreightTonsPerHaYear());
            ArrayNode types = node.putArray("hubTypes");
            for (HubType type : HubType.values()) {
                if (sector.getHubTypes().contains(type)) {
                    types.add(type.name());
                }
            }
            if (sector.getMaxHubDistanceKm() != null) {
                node.put("maxHubDistanceKm", sector.getMaxHubDistanceKm());
            }
            ArrayNode incompatible = node.putArray("incompatibleWith");
            sector.getIncompatibleWith().forEach(other -> incompatible.add(other.getId()));
        }
        ArrayNode clusters = root.putArray("clusters");
        for (Cluster cluster : plan.getClusters()) {
            ObjectNode node = clusters.addObject().put("id", cluster.getId()).put("name", cluster.getName());
            if (cluster.getDistrict() != null) {
                node.put("district", cluster.getDistrict());
            }
            node.put("lat", cluster.getLat()).put("lon", cluster.getLon())
                    .put("maxEnvironmentalClass", cluster.getMaxEnvironmentalClass());
            ArrayNode excluded = node.putArray("excludedSectors");
            cluster.getExcludedSectors().forEach(sector -> excluded.add(sector.getId()));
            ArrayNode stages = node.putArray("stages");
            for (Stage stage : cluster.getStages()) {
                stages.addObject().put("phase", stage.phase().getId()).put("landHa", stage.landHa())
                        .put("powerMw", stage.powerMw());
            }
            ObjectNode distances = node.putObject("hubDistancesKm");
            cluster.getHubDistancesKm().forEach(distances::put);
        }
        ArrayNode projects = root.putArray("projects");
        for (Project project : plan.getProjects()) {
            if (!project.isReserveBlock()) {
                projects.add(projectJson(project));
            }
        }
        ArrayNode reserves = root.putArray("sectorReserves");
        for (SectorReserve reserve : plan.getSectorReserves()) {
            reserves.addObject().put("sector", reserve.sector().getId()).put("phase", reserve.phase().getId())
                    .put("landHa", reserve.landHa()).put("blockHa", reserve.blockHa());
        }
        ObjectNode policy = root.putObject("policy");
        policy.put("maxSectorsPerCluster", plan.getPolicy().getMaxSectorsPerCluster())
                .put("reserveValuePerHa", plan.getPolicy().getReserveValuePerHa());
        ArrayNode targets = policy.putArray("operationalTargets");
        for (OperationalTarget target : plan.getOperationalTargets()) {
            targets.addObject().put("phase", target.getPhase().getId()).put("minClusters", target.getMinClusters())
                    .put("minOccupancyPercent", target.getMinOccupancyPercent());
        }
        AllocationConstraintConfiguration weights = plan.getConstraintConfiguration();
        root.putObject("weights")
                .put("logisticsCost", softWeight(weights, AllocationConstraintConfiguration.LOGISTICS_COST))
                .put("startDelay", softWeight(weights, AllocationConstraintConfiguration.START_DELAY))
                .put("sectorFragmentation",
                        softWeight(weights, AllocationConstraintConfiguration.SECTOR_FRAGMENTATION))
                .put("operationalTarget", softWeight(weights, AllocationConstraintConfiguration.OPERATIONAL_TARGET))
                .put("preferredCluster", softWeight(weights, AllocationConstraintConfiguration.PREFERRED_CLUSTER));
        return root;
    }

    private static ObjectNode projectJson(Project project) {
        ObjectNode node = JSON.objectNode().put("id", project.getId()).put("name", project.getName());
        if (project.getInvestor() != null) {
            node.put("investor", project.getInvestor());
        }
        node.put("sector", project.getSector().getId()).put("landHa", project.getLandHa())
                .put("powerMw", project.getPowerMw())
                .put("earliestPhase", project.getEarliestPhase().getId())
                .put("latestPhase", project.getLatestPhase().getId())
                .put("capitalBillionVnd", project.getCapitalBillionVnd()).put("jobs", project.getJobs());
        ArrayNode preferred = node.putArray("preferredClusters");
        project.getPreferredClusters().forEach(cluster -> preferred.add(cluster.getId()));
        if (project.isPinned()) {
            node.putObject("pinned").put("cluster", project.getCluster().getId())
                    .put("phase", project.getPhase().getId());
        }
        return node;
    }

    private static long softWeight(AllocationConstraintConfiguration weights, String constraintName) {
        return weights.weightOf(constraintName).softScore();
    }

    public static byte[] toBytes(AllocationPlan plan) {
        try {
            return (PlanWriter.WRITER.writeValueAsString(toJson(plan)) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("A dataset always serializes", e);
        }
    }

    public static void write(AllocationPlan plan, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(plan));
    }
}
