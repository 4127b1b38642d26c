package org.ccnplan.io;

import static org.ccnplan.io.DecimalRange.above;
import static org.ccnplan.io.DecimalRange.atLeast;
import static org.ccnplan.io.DecimalRange.between;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.HubType;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Policy;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.SectorReserve;
import org.ccnplan.domain.Stage;
import org.ccnplan.domain.Units;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and validates a dataset (SPEC section 2) into an unsolved {@link AllocationPlan}. Every rule of the format is
 * checked and every broken rule is reported with its JSON path; nothing is guessed.
 */
public final class DatasetReader {

    static final List<String> DATASET_FIELDS = List.of("formatVersion", "name", "roadFactor", "phases", "hubs",
            "sectors", "clusters", "projects", "sectorReserves", "policy", "weights");
    static final List<String> PHASE_FIELDS = List.of("id", "label", "endYear");
    static final List<String> HUB_FIELDS = List.of("id", "name", "type", "lat", "lon");
    static final List<String> SECTOR_FIELDS = List.of("id", "name", "environmentalClass", "priority", "powerMwPerHa",
            "freightTonsPerHaYear", "hubTypes", "maxHubDistanceKm", "incompatibleWith");
    static final List<String> CLUSTER_FIELDS = List.of("id", "name", "district", "lat", "lon",
            "maxEnvironmentalClass", "excludedSectors", "stages", "hubDistancesKm");
    static final List<String> STAGE_FIELDS = List.of("phase", "landHa", "powerMw");
    static final List<String> PROJECT_FIELDS = List.of("id", "name", "investor", "sector", "landHa", "powerMw",
            "earliestPhase", "latestPhase", "capitalBillionVnd", "jobs", "preferredClusters", "pinned");
    static final List<String> PIN_FIELDS = List.of("cluster", "phase");
    static final List<String> RESERVE_FIELDS = List.of("sector", "phase", "landHa", "blockHa");
    static final List<String> POLICY_FIELDS = List.of("maxSectorsPerCluster", "reserveValuePerHa",
            "operationalTargets");
    static final List<String> TARGET_FIELDS = List.of("phase", "minClusters", "minOccupancyPercent");
    static final List<String> WEIGHT_FIELDS = List.of("logisticsCost", "startDelay", "sectorFragmentation",
            "operationalTarget", "preferredCluster");

    /** The largest integer unit (L, P, V or T) of one project: sums of them stay far inside a long. */
    private static final BigDecimal UNIT_LIMIT = new BigDecimal("1000000000000000");
    /** Reserve blocks are placed one by one; a reserve cut into more pieces than this is almost surely a typo. */
    static final long MAX_BLOCKS_PER_RESERVE = 10_000;
    private static final BigDecimal DEFAULT_ROAD_FACTOR = new BigDecimal("1.3");
    private static final BigDecimal DEFAULT_RESERVE_VALUE_PER_HA = BigDecimal.TEN;
    private static final String HUB_TYPE_NAMES = Arrays.stream(HubType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final Problems problems;
    private final Map<String, Phase> phases = new LinkedHashMap<>();
    private final Map<String, Hub> hubs = new LinkedHashMap<>();
    private final Map<String, Sector> sectors = new LinkedHashMap<>();
    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    /** Where each id was first seen, by list and id ("projects/INV-001" -> "projects[0]"), broken items included. */
    private final Map<String, String> idPaths = new HashMap<>();
    /** Hub types held by some hub, duplicates and hubs with other problems included. */
    private final Set<HubType> hubTypesHeld = EnumSet.noneOf(HubType.class);

    private DatasetReader(String file) {
        this.problems = new Problems(file);
    }

    /**
     * A validated dataset, with the file's SHA-256 that plans record. For a scenario, {@code plan} is the changed
     * dataset, {@code file} and {@code sha256} are the base dataset's, and {@code scenario} says what changed it
     * (null for a plain dataset).
     */
    public record Dataset(String file, String sha256, AllocationPlan plan, AppliedScenario scenario) {

        public Dataset(String file, String sha256, AllocationPlan plan) {
            this(file, sha256, plan, null);
        }
    }

    /** Reads a dataset, or a scenario (a file naming a {@code baseDataset}) as the dataset it makes. */
    public static Dataset read(Path path) throws InvalidInputException {
        JsonFiles.JsonInput input = JsonFiles.read(path);
        if (ScenarioReader.isScenario(input.tree())) {
            return ScenarioReader.read(path, input);
        }
        return new Dataset(input.file(), input.sha256(), validate(input.file(), input.tree()));
    }

    /** Validates a dataset's JSON tree; problems are reported against {@code file}. */
    static AllocationPlan validate(String file, JsonNode tree) throws InvalidInputException {
        return new DatasetReader(file).readDataset(tree);
    }

    /**
     * Reads a dataset given as a JSON tree rather than a file, such as one built from a workbook's rows; problems name
     * {@code file} and their JSON paths.
     */
    public static AllocationPlan read(String file, JsonNode tree) throws InvalidInputException {
        return new DatasetReader(file).readDataset(tree);
    }

    /** The known name closest to a misspelt one, as the problems of a dataset suggest it, or null when none is close. */
    public static String nearestName(String name, List<String> known) {
        return JsonFields.nearest(name, known);
    }

    private AllocationPlan readDataset(JsonNode root) throws InvalidInputException {
        JsonFields dataset = JsonFields.of(root, "", problems, DATASET_FIELDS);
        if (dataset == null) {
            problems.throwIfAny();
        }
        dataset.requiredInt("formatVersion", 1, 1);
        String name = dataset.requiredString("name");
        BigDecimal roadFactor = dataset.optionalDecimal("roadFactor", DEFAULT_ROAD_FACTOR, atLeast("1"));

        readPhases(dataset);
        readHubs(dataset);
        readSectors(dataset);
        readClusters(dataset, roadFactor == null ? DEFAULT_ROAD_FACTOR : roadFactor);
        List<OperationalTarget> targets = new ArrayList<>();
        Policy policy = readPolicy(dataset, targets);
        readProjects(dataset);
        List<SectorReserve> reserves = readReserves(dataset, policy);
        AllocationConstraintConfiguration weights = readWeights(dataset);
        problems.throwIfAny();
        checkScoreRange(weights, targets);
        problems.throwIfAny();

        return new AllocationPlan(name, roadFactor, List.copyOf(phases.values()), List.copyOf(hubs.values()),
                List.copyOf(sectors.values()), List.copyOf(clusters.values()), reserves, targets,
                policy, weights, new ArrayList<>(projects.values()));
    }

    // ************************************************************************
    // Phases, hubs, sectors
    // ************************************************************************

    private void readPhases(JsonFields dataset) {
        List<JsonNode> list = dataset.list("phases", true, true);
        if (list == null) {
            return;
        }
        Integer previousEndYear = null;
        for (int i = 0; i < list.size(); i++) {
            JsonFields phase = JsonFields.of(list.get(i), "phases[" + i + "]", problems, PHASE_FIELDS);
            if (phase == null) {
                continue;
            }
            String id = phase.requiredId("id");
            String label = phase.requiredString("label");
            Integer endYear = phase.requiredInt("endYear", Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (endYear != null && previousEndYear != null && endYear <= previousEndYear) {
                phase.problem("endYear", "must be after the previous phase's endYear (" + previousEndYear
                        + "): phases are listed in time order, found " + endYear);
            }
            if (endYear != null) {
                previousEndYear = endYear;
            }
            if (id != null && unique(id, phase)) {
                phases.put(id, new Phase(id, label, endYear == null ? 0 : endYear, phases.size()));
            }
        }
    }

    private void readHubs(JsonFields dataset) {
        List<JsonNode> list = dataset.list("hubs", false, false);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonFields hub = JsonFields.of(list.get(i), "hubs[" + i + "]", problems, HUB_FIELDS);
            if (hub == null) {
                continue;
            }
            String id = hub.requiredId("id");
            String name = hub.optionalString("name");
            HubType type = hubType(hub.requiredString("type"), hub.child("type"));
            BigDecimal lat = hub.requiredDecimal("lat", between("-90", "90"));
            BigDecimal lon = hub.requiredDecimal("lon", between("-180", "180"));
            if (type != null) {
                hubTypesHeld.add(type);
            }
            if (id != null && unique(id, hub)) {
                hubs.put(id, new Hub(id, name, type, lat, lon));
            }
        }
    }

    private HubType hubType(String text, String path) {
        if (text == null) {
            return null;
        }
        try {
            return HubType.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(path, "unknown hub type \"" + text + "\"; expected one of " + HUB_TYPE_NAMES);
            return null;
        }
    }

    private void readSectors(JsonFields dataset) {
        List<JsonNode> list = dataset.list("sectors", true, true);
        if (list == null) {
            return;
        }
        // Each sector's fields, with the sector they made (null for a duplicate id): incompatibleWith is read once
        // every sector is known.
        Map<JsonFields, Sector> incompatibilities = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonFields sector = JsonFields.of(list.get(i), "sectors[" + i + "]", problems, SECTOR_FIELDS);
            if (sector == null) {
                continue;
            }
            String id = sector.requiredId("id");
            String name = sector.requiredString("name");
            Integer environmentalClass = sector.requiredInt("environmentalClass", 1, 3);
            Integer priority = sector.requiredInt("priority", 1, 3);
            BigDecimal powerMwPerHa = sector.optionalDecimal("powerMwPerHa", BigDecimal.ZERO, atLeast("0"));
            BigDecimal freight = sector.optionalDecimal("freightTonsPerHaYear", BigDecimal.ZERO, atLeast("0"));
            Set<HubType> hubTypes = EnumSet.noneOf(HubType.class);
            List<String> typeNames = sector.stringList("hubTypes");
            for (int t = 0; t < typeNames.size(); t++) {
                String path = sector.child("hubTypes") + "[" + t + "]";
                HubType type = hubType(typeNames.get(t), path);
                if (type != null && !hubTypesHeld.contains(type)) {
                    problems.add(path, "no hub of type " + type + " is defined in hubs");
                }
                if (type != null) {
                    hubTypes.add(type);
                }
            }
            BigDecimal maxKm = sector.optionalDecimal("maxHubDistanceKm", null, above("0"));
            boolean noHubTypes = !sector.has("hubTypes")
                    || (sector.raw("hubTypes").isArray() && sector.raw("hubTypes").isEmpty());
            if (sector.has("maxHubDistanceKm") && noHubTypes) {
                sector.problem("maxHubDistanceKm", "needs a non-empty hubTypes list: a distance limit to which hubs?");
            }
            Sector created = null;
            if (id != null && unique(id, sector)) {
                // A broken number is reported above; zero stands in for it so that later checks can go on.
                created = new Sector(id, name, orZero(environmentalClass), orZero(priority), orZero(powerMwPerHa),
                        orZero(freight), hubTypes, maxKm);
                sectors.put(id, created);
            }
            incompatibilities.put(sector, created);
        }
        incompatibilities.forEach((fields, sector) -> {
            Set<Sector> incompatible = new LinkedHashSet<>();
            List<String> ids = fields.stringList("incompatibleWith");
            for (int k = 0; k < ids.size(); k++) {
                Sector other = reference(sectors, ids.get(k), fields.child("incompatibleWith") + "[" + k + "]",
                        "sector");
                if (other != null) {
                    incompatible.add(other);
                }
            }
            if (sector != null) {
                sector.setIncompatibleWith(incompatible);
            }
        });
    }

    // ************************************************************************
    // Clusters
    // ************************************************************************

    private void readClusters(JsonFields dataset, BigDecimal roadFactor) {
        List<JsonNode> list = dataset.list("clusters", true, true);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonFields cluster = JsonFields.of(list.get(i), "clusters[" + i + "]", problems, CLUSTER_FIELDS);
            if (cluster == null) {
                continue;
            }
            String id = cluster.requiredId("id");
            String name = cluster.requiredString("name");
            String district = cluster.optionalString("district");
            BigDecimal lat = cluster.requiredDecimal("lat", between("-90", "90"));
            BigDecimal lon = cluster.requiredDecimal("lon", between("-180", "180"));
            Integer maxClass = cluster.optionalInt("maxEnvironmentalClass", 3, 1, 3);
            Set<Sector> excluded = new LinkedHashSet<>();
            List<String> excludedIds = cluster.stringList("excludedSectors");
            for (int k = 0; k < excludedIds.size(); k++) {
                Sector sector = reference(sectors, excludedIds.get(k),
                        cluster.child("excludedSectors") + "[" + k + "]", "sector");
                if (sector != null) {
                    excluded.add(sector);
                }
            }
            List<Stage> stages = readStages(cluster);
            Map<String, BigDecimal> givenKm = readHubDistances(cluster);
            if (id != null && unique(id, cluster)) {
                // Known even when broken (its problems are reported), so projects naming it get no misleading
                // "unknown cluster" problem.
                Cluster created = new Cluster(id, name, district, lat, lon, orZero(maxClass), excluded,
                        stages == null ? List.of() : stages, givenKm, phases.size());
                if (lat != null && lon != null) {
                    deriveDistances(created, roadFactor);
                }
                clusters.put(id, created);
            }
        }
    }

    /** The stages, or null when any of them is broken (the cluster is then left out of further checks). */
    private List<Stage> readStages(JsonFields cluster) {
        List<JsonNode> list = cluster.list("stages", true, true);
        if (list == null) {
            return null;
        }
        List<Stage> stages = new ArrayList<>();
        boolean broken = false;
        Stage previous = null;
        for (int s = 0; s < list.size(); s++) {
            JsonFields stage = JsonFields.of(list.get(s), cluster.child("stages") + "[" + s + "]", problems,
                    STAGE_FIELDS);
            if (stage == null) {
                broken = true;
                continue;
            }
            Phase phase = reference(phases, stage.requiredString("phase"), stage.child("phase"), "phase");
            BigDecimal land = stage.requiredDecimal("landHa", atLeast("0"));
            BigDecimal power = stage.requiredDecimal("powerMw", atLeast("0"));
            if (phase == null || land == null || power == null) {
                broken = true;
                continue;
            }
            if (previous != null) {
                if (phase.getIndex() == previous.phase().getIndex()) {
                    stage.problem("phase", "a second stage in phase \"" + phase.getId()
                            + "\"; at most one stage per phase");
                    broken = true;
                } else if (phase.getIndex() < previous.phase().getIndex()) {
                    stage.problem("phase", "stages must be listed in phase order: phase \"" + phase.getId()
                            + "\" comes before the previous stage's phase \"" + previous.phase().getId() + "\"");
                    broken = true;
                }
                if (land.compareTo(previous.landHa()) < 0) {
                    stage.problem("landHa", "stages are cumulative and land never decreases: "
                            + land.toPlainString() + " is less than the previous stage's "
                            + previous.landHa().toPlainString());
                    broken = true;
                }
                if (power.compareTo(previous.powerMw()) < 0) {
                    stage.problem("powerMw", "stages are cumulative and power never decreases: "
                            + power.toPlainString() + " is less than the previous stage's "
                            + previous.powerMw().toPlainString());
                    broken = true;
                }
            }
            Stage created = new Stage(phase, land, power);
            stages.add(created);
            previous = created;
        }
        return broken ? null : stages;
    }

    private Map<String, BigDecimal> readHubDistances(JsonFields cluster) {
        Map<String, BigDecimal> distances = new LinkedHashMap<>();
        if (!cluster.has("hubDistancesKm")) {
            return distances;
        }
        JsonFields fields = JsonFields.ofMap(cluster.raw("hubDistancesKm"), cluster.child("hubDistancesKm"),
                problems);
        if (fields == null) {
            return distances;
        }
        for (String hubId : fields.names()) {
            if (!hubs.containsKey(hubId)) {
                problems.add(fields.child(hubId), "unknown hub \"" + hubId + "\"" + nearestHint(hubId, hubs));
                continue;
            }
            JsonNode value = fields.raw(hubId);
            if (value.isNull()) {
                problems.add(fields.child(hubId), "must be a road distance in km, found null");
                continue;
            }
            BigDecimal km = fields.asDecimal(value, fields.child(hubId), atLeast("0"));
            if (km != null) {
                distances.put(hubId, km);
            }
        }
        return distances;
    }

    /** D(c, h) for every hub (given road km, else haversine x road factor) and D(c, s) for every sector. */
    private void deriveDistances(Cluster cluster, BigDecimal roadFactor) {
        Map<Hub, Long> byHub = new LinkedHashMap<>();
        for (Hub hub : hubs.values()) {
            BigDecimal km = cluster.getHubDistancesKm().get(hub.getId());
            if (km != null) {
                byHub.put(hub, Units.givenMetres(km));
            } else if (hub.getLat() != null && hub.getLon() != null) {
                byHub.put(hub, Units.roadMetres(cluster.getLat(), cluster.getLon(), hub.getLat(), hub.getLon(),
                        roadFactor.doubleValue()));
            }
        }
        Map<Sector, Long> bySector = new HashMap<>();
        for (Sector sector : sectors.values()) {
            long nearest = sector.getHubTypes().isEmpty() ? 0L : Long.MAX_VALUE;
            for (Map.Entry<Hub, Long> entry : byHub.entrySet()) {
                if (sector.getHubTypes().contains(entry.getKey().getType())) {
                    nearest = Math.min(nearest, entry.getValue());
                }
            }
            bySector.put(sector, nearest);
        }
        cluster.setHubDistanceMetres(byHub);
        cluster.setSectorDistanceMetres(bySector);
    }

    // ************************************************************************
    // Policy and weights
    // ************************************************************************

    private Policy readPolicy(JsonFields dataset, List<OperationalTarget> targets) {
        Policy defaults = new Policy(3, DEFAULT_RESERVE_VALUE_PER_HA);
        if (!dataset.has("policy")) {
            return defaults;
        }
        JsonFields policy = JsonFields.of(dataset.raw("policy"), "policy", problems, POLICY_FIELDS);
        if (policy == null) {
            return defaults;
        }
        Integer maxSectors = policy.optionalInt("maxSectorsPerCluster", 3, 1, Integer.MAX_VALUE);
        BigDecimal reserveValue = policy.optionalDecimal("reserveValuePerHa", DEFAULT_RESERVE_VALUE_PER_HA,
                atLeast("0"));
        readTargets(policy, targets);
        return new Policy(maxSectors == null ? 3 : maxSectors,
                reserveValue == null ? DEFAULT_RESERVE_VALUE_PER_HA : reserveValue);
    }

    private void readTargets(JsonFields policy, List<OperationalTarget> targets) {
        List<JsonNode> list = policy.list("operationalTargets", false, false);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonFields target = JsonFields.of(list.get(i), "policy.operationalTargets[" + i + "]", problems,
                    TARGET_FIELDS);
            if (target == null) {
                continue;
            }
            Phase phase = reference(phases, target.requiredString("phase"), target.child("phase"), "phase");
            Integer minClusters = target.requiredInt("minClusters", 0, Integer.MAX_VALUE);
            Integer minOccupancy = target.requiredInt("minOccupancyPercent", 0, 100);
            if (phase != null && minClusters != null && minOccupancy != null) {
                int clustersWithLand = (int) clusters.values().stream()
                        .filter(cluster -> cluster.getLandCapacity(phase) > 0).count();
                targets.add(new OperationalTarget("target-" + (i + 1), phase, minClusters, minOccupancy,
                        clustersWithLand));
            }
        }
    }

    private AllocationConstraintConfiguration readWeights(JsonFields dataset) {
        if (!dataset.has("weights")) {
            return new AllocationConstraintConfiguration();
        }
        JsonFields weights = JsonFields.of(dataset.raw("weights"), "weights", problems, WEIGHT_FIELDS);
        if (weights == null) {
            return new AllocationConstraintConfiguration();
        }
        Integer logistics = weights.optionalInt("logisticsCost",
                (int) AllocationConstraintConfiguration.DEFAULT_LOGISTICS_COST, 0, Integer.MAX_VALUE);
        Integer delay = weights.optionalInt("startDelay",
                (int) AllocationConstraintConfiguration.DEFAULT_START_DELAY, 0, Integer.MAX_VALUE);
        Integer fragmentation = weights.optionalInt("sectorFragmentation",
                (int) AllocationConstraintConfiguration.DEFAULT_SECTOR_FRAGMENTATION, 0, Integer.MAX_VALUE);
        Integer target = weights.optionalInt("operationalTarget",
                (int) AllocationConstraintConfiguration.DEFAULT_OPERATIONAL_TARGET, 0, Integer.MAX_VALUE);
        Integer preferred = weights.optionalInt("preferredCluster",
                (int) AllocationConstraintConfiguration.DEFAULT_PREFERRED_CLUSTER, 0, Integer.MAX_VALUE);
        if (logistics == null || delay == null || fragmentation == null || target == null || preferred == null) {
            return new AllocationConstraintConfiguration();
        }
        return new AllocationConstraintConfiguration(logistics, delay, fragmentation, target, preferred);
    }

    // ************************************************************************
    // Projects and sector reserves
    // ************************************************************************

    private void readProjects(JsonFields dataset) {
        List<JsonNode> list = dataset.list("projects", false, false);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonFields project = JsonFields.of(list.get(i), "projects[" + i + "]", problems, PROJECT_FIELDS);
            if (project == null) {
                continue;
            }
            String id = project.requiredId("id");
            boolean fresh = id != null && unique(id, project);
            String name = project.requiredString("name");
            String investor = project.optionalString("investor");
            Sector sector = reference(sectors, project.requiredString("sector"), project.child("sector"), "sector");
            BigDecimal landHa = project.requiredDecimal("landHa", atLeast("0.01"));
            BigDecimal powerMw = project.requiredDecimal("powerMw", atLeast("0"));
            BigDecimal capital = project.requiredDecimal("capitalBillionVnd", atLeast("0"));
            Integer jobs = project.optionalInt("jobs", 0, 0, Integer.MAX_VALUE);
            Phase earliest = optionalPhase(project, "earliestPhase", firstPhase());
            Phase latest = optionalPhase(project, "latestPhase", lastPhase());
            if (earliest != null && latest != null && earliest.isAfter(latest)) {
                project.problem("latestPhase", "latestPhase \"" + latest.getId()
                        + "\" is before earliestPhase \"" + earliest.getId() + "\"");
            }
            Set<Cluster> preferred = new LinkedHashSet<>();
            List<String> preferredIds = project.stringList("preferredClusters");
            for (int k = 0; k < preferredIds.size(); k++) {
                Cluster cluster = reference(clusters, preferredIds.get(k),
                        project.child("preferredClusters") + "[" + k + "]", "cluster");
                if (cluster != null) {
                    preferred.add(cluster);
                }
            }
            Cluster pinCluster = null;
            Phase pinPhase = null;
            if (project.has("pinned")) {
                JsonFields pin = JsonFields.of(project.raw("pinned"), project.child("pinned"), problems, PIN_FIELDS);
                if (pin != null) {
                    pinCluster = reference(clusters, pin.requiredString("cluster"), pin.child("cluster"), "cluster");
                    pinPhase = reference(phases, pin.requiredString("phase"), pin.child("phase"), "phase");
                }
            }
            if (!fresh || sector == null || landHa == null || powerMw == null || capital == null || earliest == null
                    || latest == null) {
                continue;
            }
            String path = project.path();
            Project created = new Project(id, name, investor, sector, landHa, powerMw, capital,
                    jobs == null ? 0 : jobs, earliest, latest, preferred, null,
                    unit(landHa.movePointRight(2), path, "its land in hundredths of a hectare"),
                    unit(powerMw.movePointRight(3), path, "its power in kW"),
                    unit(capital, path, "its capital") * sector.getPriority(),
                    unit(sector.getFreightTonsPerHaYear().multiply(landHa), path, "its freight in tonnes a year"));
            if (pinCluster != null && pinPhase != null) {
                created.pin(pinCluster, pinPhase);
            }
            projects.put(id, created);
        }
    }

    private Phase optionalPhase(JsonFields fields, String name, Phase defaultPhase) {
        if (!fields.has(name)) {
            return defaultPhase;
        }
        return reference(phases, fields.optionalString(name), fields.child(name), "phase");
    }

    private List<SectorReserve> readReserves(JsonFields dataset, Policy policy) {
        List<SectorReserve> reserves = new ArrayList<>();
        List<JsonNode> list = dataset.list("sectorReserves", false, false);
        if (list == null) {
            return reserves;
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "sectorReserves[" + i + "]";
            JsonFields reserve = JsonFields.of(list.get(i), path, problems, RESERVE_FIELDS);
            if (reserve == null) {
                continue;
            }
            Sector sector = reference(sectors, reserve.requiredString("sector"), reserve.child("sector"), "sector");
            Phase phase = reference(phases, reserve.requiredString("phase"), reserve.child("phase"), "phase");
            BigDecimal landHa = reserve.requiredDecimal("landHa", atLeast("0.01"));
            BigDecimal blockHa = reserve.optionalDecimal("blockHa", landHa, atLeast("0.01"));
            if (sector == null || phase == null || landHa == null || blockHa == null) {
                continue;
            }
            String key = sector.getId() + "/" + phase.getId();
            String earlier = seen.putIfAbsent(key, path);
            if (earlier != null) {
                problems.add(path, "a second reserve for sector \"" + sector.getId() + "\" in phase \""
                        + phase.getId() + "\" (the first is " + earlier + "); at most one per sector and phase");
                continue;
            }
            SectorReserve created = new SectorReserve(sector, phase, landHa, blockHa);
            reserves.add(created);
            addBlocks(created, path, policy);
        }
        return reserves;
    }

    /** n = ceil(R / B) blocks of land B, the last of R - (n-1)B, ids RES-sector-phase-k. */
    private void addBlocks(SectorReserve reserve, String path, Policy policy) {
        Sector sector = reserve.sector();
        long total = Units.centiHectares(reserve.landHa());
        long block = Units.centiHectares(reserve.blockHa());
        long count = (total + block - 1) / block;
        if (count > MAX_BLOCKS_PER_RESERVE) {
            problems.add(path, "would make " + count + " reserve blocks; at most " + MAX_BLOCKS_PER_RESERVE
                    + " per reserve (raise blockHa)");
            return;
        }
        for (long k = 1; k <= count; k++) {
            String id = "RES-" + sector.getId() + "-" + reserve.phase().getId() + "-" + k;
            String taken = idPaths.putIfAbsent("projects/" + id, path);
            if (taken != null) {
                problems.add(path, "generates reserve block id \"" + id + "\" (RES-<sector>-<phase>-<k>), which is"
                        + " already the id of " + (taken.startsWith("projects[") ? "project " + taken
                                : "a block of " + taken + "; the \"-\" in a sector or phase id makes them meet"));
                continue;
            }
            long land = k < count ? block : total - (count - 1) * block;
            BigDecimal landBig = BigDecimal.valueOf(land);
            long power = unit(landBig.multiply(sector.getPowerMwPerHa()).multiply(BigDecimal.TEN), path,
                    "a block's power in kW");
            long value = unit(landBig.multiply(policy.getReserveValuePerHa()).movePointLeft(2), path,
                    "a block's value") * sector.getPriority();
            long freight = unit(sector.getFreightTonsPerHaYear().multiply(landBig).movePointLeft(2), path,
                    "a block's freight in tonnes a year");
            String name = "Reserve for " + sector.getName() + ", " + reserve.phase().getLabel() + " (block " + k
                    + " of " + count + ")";
            projects.put(id, new Project(id, name, null, sector, Units.hectares(land), null, null, 0,
                    reserve.phase(), reserve.phase(), Set.of(), reserve, land, power, value, freight));
        }
    }

    // ************************************************************************
    // Integer units and the range of the score
    // ************************************************************************

    /** HALF_UP of an exact amount, or a problem (and 0) when it is too large to score in integer arithmetic. */
    private long unit(BigDecimal exact, String path, String what) {
        BigDecimal rounded = exact.setScale(0, RoundingMode.HALF_UP);
        if (rounded.compareTo(UNIT_LIMIT) > 0) {
            problems.add(path, what + " (" + rounded.toPlainString() + ") is too large to score; at most "
                    + UNIT_LIMIT.toPlainString());
            return 0L;
        }
        return rounded.longValueExact();
    }

    /**
     * Every level of the score is a sum of long integers: refuses a dataset whose largest possible score would not
     * fit, rather than let a sum overflow silently.
     */
    private void checkScoreRange(AllocationConstraintConfiguration weights, List<OperationalTarget> targets) {
        BigInteger phaseCount = BigInteger.valueOf(phases.size());
        BigInteger hard = BigInteger.ZERO;
        BigInteger medium = BigInteger.ZERO;
        BigInteger logistics = BigInteger.ZERO;
        for (Project project : projects.values()) {
            hard = hard.add(BigInteger.valueOf(project.getLand()).add(BigInteger.valueOf(project.getPower()))
                    .multiply(phaseCount).add(BigInteger.valueOf(4)));
            medium = medium.add(BigInteger.valueOf(project.getValue()));
            long farthest = clusters.values().stream()
                    .mapToLong(cluster -> cluster.getSectorDistanceMetres(project.getSector())).max().orElse(0L);
            BigInteger tonneMetres = BigInteger.valueOf(project.getFreight()).multiply(BigInteger.valueOf(farthest));
            if (tonneMetres.compareTo(BigInteger.valueOf(Long.MAX_VALUE / 2)) > 0) {
                problems.add("projects", "project \"" + project.getId() + "\": freight times distance to its"
                        + " sector's hubs is too large to score");
            }
            logistics = logistics.add(tonneMetres.divide(BigInteger.valueOf(1_000_000)).add(BigInteger.ONE));
        }
        long count = projects.size();
        hard = hard.add(BigInteger.valueOf(count).multiply(BigInteger.valueOf(count)));
        BigInteger targetClusters = targets.stream().map(target -> BigInteger.valueOf(target.getMinClusters()))
                .reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger soft = weight(weights, AllocationConstraintConfiguration.LOGISTICS_COST).multiply(logistics)
                .add(weight(weights, AllocationConstraintConfiguration.START_DELAY).multiply(medium)
                        .multiply(phaseCount))
                .add(weight(weights, AllocationConstraintConfiguration.SECTOR_FRAGMENTATION)
                        .multiply(BigInteger.valueOf((long) clusters.size() * sectors.size())))
                .add(weight(weights, AllocationConstraintConfiguration.OPERATIONAL_TARGET).multiply(targetClusters))
                .add(weight(weights, AllocationConstraintConfiguration.PREFERRED_CLUSTER)
                        .multiply(BigInteger.valueOf(count)));
        BigInteger limit = BigInteger.valueOf(Long.MAX_VALUE / 2);
        String[] levels = {"hard", "medium", "soft"};
        BigInteger[] bounds = {hard, medium, soft};
        for (int i = 0; i < levels.length; i++) {
            if (bounds[i].compareTo(limit) > 0) {
                problems.add("", "the dataset's numbers are too large to score: the " + levels[i]
                        + " level could reach " + bounds[i] + ", beyond the " + limit + " that integer scores hold");
            }
        }
    }

    private static BigInteger weight(AllocationConstraintConfiguration weights, String constraintName) {
        return BigInteger.valueOf(weights.weightOf(constraintName).softScore());
    }

    // ************************************************************************
    // References and ids
    // ************************************************************************

    private <T> T reference(Map<String, T> known, String id, String path, String kind) {
        if (id == null) {
            return null;
        }
        T found = known.get(id);
        if (found == null) {
            problems.add(path, "unknown " + kind + " \"" + id + "\"" + nearestHint(id, known));
        }
        return found;
    }

    private static String nearestHint(String id, Map<String, ?> known) {
        String nearest = JsonFields.nearest(id, List.copyOf(known.keySet()));
        return nearest == null ? "" : "; did you mean \"" + nearest + "\"?";
    }

    /** Records where an id of a list is first seen; false (with a problem recorded) when seen before. */
    private boolean unique(String id, JsonFields fields) {
        String path = fields.path();
        String list = path.substring(0, path.indexOf('['));
        String first = idPaths.putIfAbsent(list + "/" + id, path);
        if (first != null) {
            fields.problem("id", "duplicate id \"" + id + "\": " + first + " has it already; ids are unique in "
                    + list);
            return false;
        }
        return true;
    }

    private Phase firstPhase() {
        return phases.isEmpty() ? null : phases.values().iterator().next();
    }

    private Phase lastPhase() {
        Phase last = null;
        for (Phase phase : phases.values()) {
            last = phase;
        }
        return last;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
