package org.ccnplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Units;
import org.ccnplan.io.AtomicFiles;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plan as GeoJSON (RFC 7946) for QGIS: a point per cluster with the plan's figures as flat properties (one set per
 * phase, suffixed with the phase id), and a point per logistics hub.
 */
final class GeoJsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GeoJsonReport() {
    }

    static void write(Path file, AllocationPlan plan, PlanReport report) throws Main.OutputException {
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(featureCollection(plan, report)));
        } catch (IOException e) {
            throw new Main.OutputException("cannot write the report to " + file + ": " + e.getMessage());
        }
    }

    static ObjectNode featureCollection(AllocationPlan plan, PlanReport report) {
        ObjectNode collection = MAPPER.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Cluster cluster : plan.getClusters()) {
            ObjectNode properties = feature(features, cluster.getLon(), cluster.getLat())
                    .put("kind", "cluster").put("id", cluster.getId()).put("name", cluster.getName())
                    .put("district", cluster.getDistrict())
                    .put("mainSector", mainSector(plan, cluster));
            for (ClusterPhaseUse use : report.clusterPhases()) {
                if (use.cluster() == cluster) {
                    String phase = "_" + use.phase().getId();
                    properties.put("landUsedHa" + phase, Units.hectares(use.landUsed()))
                            .put("landHa" + phase, Units.hectares(use.landCapacity()))
                            .put("powerUsedMw" + phase, Units.megawatts(use.powerUsed()))
                            .put("powerMw" + phase, Units.megawatts(use.powerCapacity()))
                            .put("projects" + phase, use.projects())
                            .put("sectors" + phase, String.join(", ",
                                    use.sectors().stream().map(Sector::getId).toList()));
                }
            }
        }
        for (Hub hub : plan.getHubs()) {
            feature(features, hub.getLon(), hub.getLat())
                    .put("kind", "hub").put("id", hub.getId()).put("name", hub.getName())
                    .put("hubType", hub.getType().name());
        }
        return collection;
    }

    /** Adds a point feature and returns its properties. */
    private static ObjectNode feature(ArrayNode features, java.math.BigDecimal lon, java.math.BigDecimal lat) {
        ObjectNode feature = features.addObject().put("type", "Feature");
        feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(lon).add(lat);
        return feature.putObject("properties");
    }

    /** The sector with the most land placed in the cluster (any phase), or null when nothing is placed there. */
    static String mainSector(AllocationPlan plan, Cluster cluster) {
        Map<Sector, Long> land = new LinkedHashMap<>();
        for (Project project : plan.getProjects()) {
            if (project.isPlaced() && project.getCluster() == cluster) {
                land.merge(project.getSector(), project.getLand(), Long::sum);
            }
        }
        return land.entrySet().stream().max(Map.Entry.comparingByValue()).map(entry -> entry.getKey().getId())
                .orElse(null);
    }
}
