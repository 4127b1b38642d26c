package org.ccnplan.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.ccnplan.domain.HubType;
import org.ccnplan.domain.Units;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a synthetic dataset (SPEC v1) of realistic proportions (SPEC section 6): clusters of 10-75 ha that become
 * ready phase by phase (about a sixth by the first phase, most by the second), projects of about 2 ha (0.5-10) whose
 * power follows their sector, sectors and hubs like the sample province's, a few pinned projects that fit where they
 * are pinned. The same settings give the same dataset, byte for byte: one seeded generator, no hash-ordered state.
 */
public final class InstanceGenerator {

    /** A priority sector as the sample province has it: id, name, classes, power and freight, logistics needs. */
    private record SectorTemplate(String id, String name, int environmentalClass, int priority, String powerMwPerHa,
            int freightTonsPerHaYear, List<HubType> hubTypes, Integer maxHubDistanceKm, List<String> incompatibleWith,
            int weight) {
    }

    private static final List<SectorTemplate> SECTORS = List.of(
            new SectorTemplate("AGRO", "Chế biến nông sản, thực phẩm", 2, 3, "0.22", 1800,
                    List.of(HubType.RAW_MATERIAL_AREA), 40, List.of("BUILD", "METAL"), 16),
            new SectorTemplate("TEXTILE", "Dệt may, da giày", 2, 2, "0.18", 600,
                    List.of(HubType.SEAPORT, HubType.DRY_PORT), null, List.of(), 14),
            new SectorTemplate("MECH", "Cơ khí, công nghiệp hỗ trợ", 2, 3, "0.40", 900,
                    List.of(HubType.EXPRESSWAY, HubType.DRY_PORT), null, List.of(), 14),
            new SectorTemplate("ELEC", "Điện tử", 1, 2, "0.25", 250,
                    List.of(HubType.AIRPORT, HubType.EXPRESSWAY), null, List.of("BUILD"), 10),
            new SectorTemplate("BUILD", "Vật liệu xây dựng", 3, 1, "0.45", 4000,
                    List.of(HubType.RAIL, HubType.SEAPORT), null, List.of(), 8),
            new SectorTemplate("RENEW", "Thiết bị năng lượng tái tạo", 2, 3, "0.50", 800,
                    List.of(HubType.SEAPORT, HubType.EXPRESSWAY), 50, List.of(), 8),
            new SectorTemplate("CRAFT", "Tiểu thủ công nghiệp, làng nghề", 1, 2, "0.15", 400,
                    List.of(), null, List.of(), 10),
            new SectorTemplate("LOGI", "Dịch vụ logistics, kho bãi", 1, 3, "0.15", 5000,
                    List.of(HubType.SEAPORT, HubType.DRY_PORT, HubType.EXPRESSWAY), 20, List.of(), 6),
            new SectorTemplate("WOOD", "Chế biến gỗ", 2, 2, "0.20", 1500,
                    List.of(HubType.RAW_MATERIAL_AREA, HubType.SEAPORT), null, List.of(), 9),
            new SectorTemplate("METAL", "Luyện kim, đúc kim loại", 3, 1, "1.40", 2500,
                    List.of(HubType.SEAPORT, HubType.RAIL), 60, List.of("AGRO"), 5));

    private static final String[] PHASE_IDS = {"2025", "2030", "2035"};
    private static final String[] PHASE_LABELS = {"to 2025", "2026-2030", "after 2030"};
    /** Where clusters become ready: about 6 of 36 by 2025, 22 by 2030, the other 14 after 2030 (SPEC section 1). */
    private static final double[] READY_SHARE = {0.17, 0.44, 0.39};
    /** When investors can start: most by 2030. */
    private static final double[] EARLIEST_SHARE = {0.35, 0.40, 0.25};
    /** The sample province's centre; a larger instance spreads further from it. */
    private static final double CENTRE_LAT = 10.95;
    private static final double CENTRE_LON = 107.15;
    /** 36 clusters spread over about 0.65 degrees square, as in the sample province. */
    private static final double PROVINCE_SIDE_DEGREES = 0.65;

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final List<double[]> hubPoints = new ArrayList<>();
    private final List<HubType> hubTypes = new ArrayList<>();
    private final List<ClusterShape> clusters = new ArrayList<>();
    private long reservedHa;

    /** What the generator keeps of a cluster to place projects: where, how big by phase, how clean. */
    private static final class ClusterShape {
        final String id;
        final double lat;
        final double lon;
        final long[] landByPhase; // hundredths of a hectare, 0 before the cluster is ready
        final long[] powerByPhase; // kW
        final int maxEnvironmentalClass;
        final String excludedSector; // or null
        final long[] pinnedLand; // hundredths of a hectare pinned by each phase
        final long[] pinnedPower; // kW pinned by each phase
        final List<String> pinnedSectors = new ArrayList<>();

        ClusterShape(String id, double lat, double lon, long[] landByPhase, long[] powerByPhase,
                int maxEnvironmentalClass, String excludedSector) {
            this.id = id;
            this.lat = lat;
            this.lon = lon;
            this.landByPhase = landByPhase;
            this.powerByPhase = powerByPhase;
            this.maxEnvironmentalClass = maxEnvironmentalClass;
            this.excludedSector = excludedSector;
            this.pinnedLand = new long[landByPhase.length];
            this.pinnedPower = new long[landByPhase.length];
        }

        double[] point() {
            return new double[] {lat, lon};
        }
    }

    private InstanceGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
    }

    /** The dataset as a JSON tree, in the order SPEC section 2 lists its fields. */
    public static ObjectNode generate(GeneratorSettings settings) {
        if (settings.clusters() < 1 || settings.projects() < 0 || settings.hubs() < HubType.values().length
                || settings.reserves() < 0) {
            throw new IllegalArgumentException("An instance needs a cluster, no negative counts, and at least "
                    + HubType.values().length + " hubs (one of each type)");
        }
        return new InstanceGenerator(settings).dataset();
    }

    private ObjectNode dataset() {
        ObjectNode dataset = json.objectNode();
        dataset.put("formatVersion", 1);
        dataset.put("name", "Synthetic instance (generated, illustrative, seed " + settings.seed() + "): "
                + settings.clusters() + " clusters, " + settings.projects() + " projects");
        dataset.put("roadFactor", new BigDecimal("1.3"));
        ArrayNode phases = dataset.putArray("phases");
        for (int p = 0; p < PHASE_IDS.length; p++) {
            phases.addObject().put("id", PHASE_IDS[p]).put("label", PHASE_LABELS[p])
                    .put("endYear", Integer.parseInt(PHASE_IDS[p]));
        }
        dataset.set("hubs", hubs());
        dataset.set("sectors", sectors());
        dataset.set("clusters", clusterList());
        ArrayNode reserves = reserves(); // first: the projects get the land the reserves leave to the tightness
        dataset.set("projects", projects());
        dataset.set("sectorReserves", reserves);
        ObjectNode policy = dataset.putObject("policy");
        policy.put("maxSectorsPerCluster", 3).put("reserveValuePerHa", 10);
        long readyFirst = clusters.stream().filter(cluster -> cluster.landByPhase[0] > 0).count();
        policy.putArray("operationalTargets").addObject().put("phase", PHASE_IDS[0])
                .put("minClusters", Math.max(1, Math.round(readyFirst * 0.6))).put("minOccupancyPercent", 50);
        dataset.putObject("weights").put("logisticsCost", 1).put("startDelay", 1).put("sectorFragmentation", 500)
                .put("operationalTarget", 5000).put("preferredCluster", 50);
        return dataset;
    }

    private double side() {
        return PROVINCE_SIDE_DEGREES * Math.sqrt(settings.clusters() / 36.0);
    }

    private double[] point() {
        double side = side();
        return new double[] {CENTRE_LAT + (random.nextDouble() - 0.5) * side,
                CENTRE_LON + (random.nextDouble() - 0.5) * side};
    }

    private ArrayNode hubs() {
        ArrayNode hubs = json.arrayNode();
        HubType[] types = HubType.values();
        int[] count = new int[types.length];
        for (int h = 0; h < settings.hubs(); h++) {
            // One of every type first, then types at random: every sector's hub types are held.
            HubType type = h < types.length ? types[h] : types[random.nextInt(types.length)];
            double[] point = point();
            hubPoints.add(point);
            hubTypes.add(type);
            count[type.ordinal()]++;
            hubs.addObject().put("id", type.name().replace('_', '-') + "-" + count[type.ordinal()])
                    .put("name", hubName(type) + " " + count[type.ordinal()])
                    .put("type", type.name()).put("lat", coordinate(point[0])).put("lon", coordinate(point[1]));
        }
        return hubs;
    }

    private static String hubName(HubType type) {
        return switch (type) {
            case SEAPORT -> "Cảng biển";
            case DRY_PORT -> "Cảng cạn";
            case RAIL -> "Ga đường sắt";
            case EXPRESSWAY -> "Nút giao cao tốc";
            case BORDER_GATE -> "Cửa khẩu";
            case AIRPORT -> "Cảng hàng không";
            case RAW_MATERIAL_AREA -> "Vùng nguyên liệu";
        };
    }

    private ArrayNode sectors() {
        ArrayNode sectors = json.arrayNode();
        for (SectorTemplate template : SECTORS) {
            ObjectNode sector = sectors.addObject().put("id", template.id()).put("name", template.name())
                    .put("environmentalClass", template.environmentalClass()).put("priority", template.priority())
                    .put("powerMwPerHa", new BigDecimal(template.powerMwPerHa()))
                    .put("freightTonsPerHaYear", template.freightTonsPerHaYear());
            ArrayNode types = sector.putArray("hubTypes");
            template.hubTypes().forEach(type -> types.add(type.name()));
            if (template.maxHubDistanceKm() != null) {
                sector.put("maxHubDistanceKm", template.maxHubDistanceKm());
            }
            ArrayNode incompatible = sector.putArray("incompatibleWith");
            template.incompatibleWith().forEach(incompatible::add);
        }
        return sectors;
    }

    private ArrayNode clusterList() {
        ArrayNode list = json.arrayNode();
        for (int c = 1; c <= settings.clusters(); c++) {
            String id = String.format(Locale.ROOT, "CCN-%02d", c);
            double[] point = point();
            int ready = pick(READY_SHARE);
            int finalLandHa = 10 + random.nextInt(66); // 10-75 ha (Decree 32/2024/ND-CP)
            double powerPerHa = 0.35 + random.nextDouble() * 0.55; // the grid connection, MW per ha of land
            int environmentalClass = pick(new double[] {0.2, 0.5, 0.3}) + 1;
            ObjectNode cluster = list.addObject().put("id", id).put("name", "Cụm công nghiệp số " + c)
                    .put("district", "Huyện " + (char) ('A' + random.nextInt(10)))
                    .put("lat", coordinate(point[0])).put("lon", coordinate(point[1]))
                    .put("maxEnvironmentalClass", environmentalClass);
            String excludedSector = random.nextDouble() < 0.1 ? SECTORS.get(random.nextInt(SECTORS.size())).id() : null;
            ArrayNode excluded = cluster.putArray("excludedSectors");
            if (excludedSector != null) {
                excluded.add(excludedSector);
            }
            ArrayNode stages = cluster.putArray("stages");
            long[] landByPhase = new long[PHASE_IDS.length];
            long[] powerByPhase = new long[PHASE_IDS.length];
            for (int p = ready; p < PHASE_IDS.length; p++) {
                // A cluster opens with about 60% of its land and grows to all of it by the last phase.
                double share = p == PHASE_IDS.length - 1 ? 1.0 : 0.6 + 0.4 * (p - ready) / (PHASE_IDS.length - ready);
                BigDecimal landHa = BigDecimal.valueOf(Math.max(5, Math.round(finalLandHa * share)));
                BigDecimal powerMw = BigDecimal.valueOf(landHa.doubleValue() * powerPerHa).setScale(1,
                        RoundingMode.HALF_UP);
                stages.addObject().put("phase", PHASE_IDS[p]).put("landHa", landHa).put("powerMw", powerMw);
                landByPhase[p] = Units.centiHectares(landHa);
                powerByPhase[p] = Units.kilowatts(powerMw);
            }
            clusters.add(new ClusterShape(id, point[0], point[1], landByPhase, powerByPhase, environmentalClass,
                    excludedSector));
            if (random.nextBoolean()) {
                cluster.set("hubDistancesKm", givenRoadDistances(point));
            }
        }
        return list;
    }

    /** Road distances a planner looked up for the two nearest hubs: the straight line times 1.2 to 1.5. */
    private ObjectNode givenRoadDistances(double[] point) {
        List<Integer> nearest = new ArrayList<>();
        for (int h = 0; h < hubPoints.size(); h++) {
            nearest.add(h);
        }
        nearest.sort(Comparator.comparingDouble(h -> kilometres(point, hubPoints.get(h))));
        ObjectNode distances = json.objectNode();
        for (int h : nearest.subList(0, Math.min(2, nearest.size()))) {
            double km = kilometres(point, hubPoints.get(h)) * (1.2 + random.nextDouble() * 0.3);
            distances.put(hubId(h), BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP));
        }
        return distances;
    }

    private String hubId(int index) {
        HubType type = hubTypes.get(index);
        int number = 0;
        for (int h = 0; h <= index; h++) {
            number += hubTypes.get(h) == type ? 1 : 0;
        }
        return type.name().replace('_', '-') + "-" + number;
    }

    private ArrayNode projects() {
        double[] sectorWeights = SECTORS.stream().mapToDouble(SectorTemplate::weight).toArray();
        // Sizes first, then scaled so that demand meets the asked tightness.
        double[] sizes = new double[settings.projects()];
        double total = 0;
        for (int j = 0; j < sizes.length; j++) {
            // Log-normal around 1.6 ha (mean about 2 ha), kept within 0.5-10 ha.
            sizes[j] = StrictMath.exp(StrictMath.log(1.6) + 0.65 * gaussian());
            total += sizes[j];
        }
        double capacityHa = clusters.stream().mapToLong(cluster -> cluster.landByPhase[PHASE_IDS.length - 1])
                .sum() / 100.0;
        double demandHa = Math.max(0, settings.tightness().doubleValue() * capacityHa - reservedHa);
        double scale = total == 0 ? 1 : demandHa / total;
        ArrayNode projects = json.arrayNode();
        int pinned = (int) Math.round(settings.projects() * settings.pinnedShare().doubleValue());
        for (int j = 0; j < sizes.length; j++) {
            SectorTemplate sector = SECTORS.get(pick(sectorWeights));
            BigDecimal landHa = BigDecimal.valueOf(Math.min(10, Math.max(0.5, sizes[j] * scale)))
                    .setScale(1, RoundingMode.HALF_UP);
            double intensity = new BigDecimal(sector.powerMwPerHa()).doubleValue() * (0.8 + random.nextDouble() * 0.4);
            BigDecimal powerMw = BigDecimal.valueOf(landHa.doubleValue() * intensity).setScale(3, RoundingMode.HALF_UP);
            int earliest = pick(EARLIEST_SHARE);
            int latest = earliest + random.nextInt(PHASE_IDS.length - earliest);
            String id = String.format(Locale.ROOT, "INV-%05d", j + 1);
            ObjectNode project = projects.addObject().put("id", id)
                    .put("name", "Nhà máy " + sector.name().toLowerCase(Locale.ROOT) + " số " + (j + 1))
                    .put("investor", "Công ty cổ phần đầu tư số " + (j + 1)).put("sector", sector.id())
                    .put("landHa", landHa).put("powerMw", powerMw)
                    .put("earliestPhase", PHASE_IDS[earliest]).put("latestPhase", PHASE_IDS[latest])
                    .put("capitalBillionVnd", Math.round(landHa.doubleValue() * (60 + random.nextInt(200))))
                    .put("jobs", Math.round(landHa.doubleValue() * (30 + random.nextInt(250))));
            if (random.nextDouble() < 0.3) {
                ArrayNode preferred = project.putArray("preferredClusters");
                preferred.add(clusters.get(random.nextInt(clusters.size())).id);
            }
            if (j < pinned) {
                pin(project, sector, Units.centiHectares(landHa), Units.kilowatts(powerMw), earliest, latest);
            }
        }
        return projects;
    }

    /**
     * Pins a project where a licence could really have put it: a cluster ready in its window, clean enough for its
     * sector, close enough to its hubs, with half its land and power still free by then for the pins, and no sector
     * incompatible with those already pinned there. So pins alone never break a hard rule. A project for which no
     * such cluster is found stays free.
     */
    private void pin(ObjectNode project, SectorTemplate sector, long land, long power, int earliest, int latest) {
        for (int attempt = 0; attempt < 20; attempt++) {
            ClusterShape cluster = clusters.get(random.nextInt(clusters.size()));
            if (cluster.maxEnvironmentalClass < sector.environmentalClass() || sector.id().equals(cluster.excludedSector)
                    || !withinHubLimit(cluster, sector)
                    || cluster.pinnedSectors.stream().anyMatch(other -> incompatible(sector.id(), other))) {
                continue;
            }
            for (int p = earliest; p <= latest; p++) {
                boolean fits = true;
                for (int q = p; q < PHASE_IDS.length; q++) {
                    fits &= cluster.landByPhase[q] > 0 && cluster.pinnedLand[q] + land <= cluster.landByPhase[q] / 2
                            && cluster.pinnedPower[q] + power <= cluster.powerByPhase[q] / 2;
                }
                if (fits) {
                    for (int q = p; q < PHASE_IDS.length; q++) {
                        cluster.pinnedLand[q] += land;
                        cluster.pinnedPower[q] += power;
                    }
                    cluster.pinnedSectors.add(sector.id());
                    project.putObject("pinned").put("cluster", cluster.id).put("phase", PHASE_IDS[p]);
                    return;
                }
            }
        }
    }

    /**
     * A hub of a type the sector needs lies within its distance limit even by the longest road the generator writes
     * (1.5 times the straight line; computed distances use the road factor 1.3).
     */
    private boolean withinHubLimit(ClusterShape cluster, SectorTemplate sector) {
        if (sector.maxHubDistanceKm() == null) {
            return true;
        }
        for (int h = 0; h < hubPoints.size(); h++) {
            if (sector.hubTypes().contains(hubTypes.get(h))
                    && kilometres(cluster.point(), hubPoints.get(h)) * 1.5 <= sector.maxHubDistanceKm()) {
                return true;
            }
        }
        return false;
    }

    private static boolean incompatible(String a, String b) {
        return SECTORS.stream().anyMatch(sector -> sector.id().equals(a) && sector.incompatibleWith().contains(b)
                || sector.id().equals(b) && sector.incompatibleWith().contains(a));
    }

    /**
     * Sector reserves, each a different (sector, phase), at most one per pair as SPEC requires; a larger instance
     * reserves proportionally more land in each.
     */
    private ArrayNode reserves() {
        List<String> pairs = new ArrayList<>();
        for (SectorTemplate sector : SECTORS) {
            for (String phase : PHASE_IDS) {
                pairs.add(sector.id() + "/" + phase);
            }
        }
        double landScale = Math.sqrt(Math.max(1, settings.clusters() / 36.0));
        ArrayNode reserves = json.arrayNode();
        for (int r = 0; r < settings.reserves() && !pairs.isEmpty(); r++) {
            String[] pair = pairs.remove(random.nextInt(pairs.size())).split("/");
            long landHa = Math.round((6 + random.nextInt(25)) * landScale);
            reservedHa += landHa;
            reserves.addObject().put("sector", pair[0]).put("phase", pair[1]).put("landHa", landHa)
                    .put("blockHa", landHa >= 20 ? 10 : 5);
        }
        return reserves;
    }

    /** A standard normal draw (Box-Muller with StrictMath, so every JVM draws the same numbers). */
    private double gaussian() {
        double u = 1.0 - random.nextDouble(); // in (0, 1]: the logarithm stays finite
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
    }

    /** An index drawn with the given shares. */
    private int pick(double[] shares) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < shares.length - 1; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static BigDecimal coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(4, RoundingMode.HALF_UP);
    }

    /** Great-circle kilometres, as SPEC section 2 computes them. */
    private static double kilometres(double[] a, double[] b) {
        double dLat = StrictMath.toRadians(b[0] - a[0]);
        double dLon = StrictMath.toRadians(b[1] - a[1]);
        double h = StrictMath.pow(StrictMath.sin(dLat / 2), 2) + StrictMath.cos(StrictMath.toRadians(a[0]))
                * StrictMath.cos(StrictMath.toRadians(b[0])) * StrictMath.pow(StrictMath.sin(dLon / 2), 2);
        return 2 * 6371.0 * StrictMath.asin(StrictMath.sqrt(h));
    }
}
