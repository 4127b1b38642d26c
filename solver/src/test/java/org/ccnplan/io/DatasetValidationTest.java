package org.ccnplan.io;

import static org.ccnplan.TestDatasets.project;
import static org.ccnplan.TestDatasets.cluster;
import static org.ccnplan.TestDatasets.phase;
import static org.ccnplan.TestDatasets.hub;
import static org.ccnplan.TestDatasets.sector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.HubType;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dataset format of SPEC section 2: every rule of its field table, checked on a broken variant of
 * {@code datasets/tiny-valid.json} (one mutation per test), and the good path: what a valid dataset turns into.
 */
class DatasetValidationTest {

    /** Reads and writes test datasets without touching their numbers: exact decimals, written as given. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @TempDir
    Path dir;

    // ************************************************************************
    // The valid dataset and what it becomes
    // ************************************************************************

    @Test
    void tinyValidLoadsWithoutProblems() throws Exception {
        DatasetReader.Dataset dataset = DatasetReader.read(tinyValidPath());
        AllocationPlan plan = dataset.plan();
        assertThat(plan.getPhases()).extracting(Phase::getId).containsExactly("2025", "2030", "2035");
        assertThat(plan.getPhases()).extracting(Phase::getIndex).containsExactly(0, 1, 2);
        assertThat(plan.getPhases()).extracting(Phase::getEndYear).containsExactly(2025, 2030, 2035);
        assertThat(plan.getHubs()).extracting(Hub::getId).containsExactly("EXP-1", "SEA-1");
        assertThat(plan.getHubs()).extracting(Hub::getType).containsExactly(HubType.EXPRESSWAY, HubType.SEAPORT);
        assertThat(plan.getSectors()).extracting(Sector::getId).containsExactly("AGRO", "BUILD", "ELEC");
        assertThat(plan.getClusters()).extracting(Cluster::getId).containsExactly("CCN-01", "CCN-02", "CCN-03");
        assertThat(plan.getProjects()).extracting(Project::getId).containsExactly("INV-001", "INV-002", "INV-003",
                "INV-004", "INV-005", "RES-AGRO-2030-1", "RES-AGRO-2030-2", "RES-AGRO-2030-3");
        assertThat(plan.getSectorReserves()).hasSize(1);
        assertThat(plan.getRoadFactor()).isEqualByComparingTo("1.25");
        assertThat(dataset.file()).isEqualTo(tinyValidPath().toString());
        assertThat(dataset.sha256()).isEqualTo(JsonFiles.sha256(Files.readAllBytes(tinyValidPath())));
    }

    @Test
    void vietnameseNamesRoundTripExactly() throws Exception {
        AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
        assertThat(plan.getName()).isEqualTo("Tỉnh thử nghiệm (dữ liệu minh hoạ): 3 cụm công nghiệp");
        assertThat(phase(plan, "2025").getLabel()).isEqualTo("đến 2025");
        assertThat(phase(plan, "2030").getLabel()).isEqualTo("2026–2030");
        assertThat(plan.getHubs().get(0).getName()).isEqualTo("Nút giao cao tốc Dầu Giây");
        assertThat(plan.getHubs().get(1).getName()).isEqualTo("Cảng Phước An");
        assertThat(sector(plan, "AGRO").getName()).isEqualTo("Chế biến nông sản");
        assertThat(sector(plan, "BUILD").getName()).isEqualTo("Vật liệu xây dựng");
        assertThat(sector(plan, "ELEC").getName()).isEqualTo("Điện tử, linh kiện");
        assertThat(cluster(plan, "CCN-01").getName()).isEqualTo("Cụm công nghiệp Tân Lập");
        assertThat(cluster(plan, "CCN-01").getDistrict()).isEqualTo("Huyện Đồng Phú");
        assertThat(cluster(plan, "CCN-03").getName()).isEqualTo("Cụm công nghiệp Hố Nai 3");
        assertThat(project(plan, "INV-001").getName()).isEqualTo("Nhà máy chế biến hạt điều Đồng Nai");
        assertThat(project(plan, "INV-001").getInvestor()).isEqualTo("Công ty TNHH Nông sản Việt");
        assertThat(project(plan, "INV-004").getInvestor()).isEqualTo("Hợp tác xã Thành Công");
        // Reserve blocks are named after their sector.
        assertThat(project(plan, "RES-AGRO-2030-1").getName()).contains("Chế biến nông sản");
    }

    @Test
    void namesAreNotUnicodeNormalised() throws Exception {
        String decomposed = Normalizer.normalize("Cụm công nghiệp Tân Lập", Normalizer.Form.NFD);
        String composed = Normalizer.normalize("Cụm công nghiệp Tân Lập", Normalizer.Form.NFC);
        assertThat(decomposed).isNotEqualTo(composed);
        AllocationPlan plan = readValid(d -> {
            set(d, "clusters[0].name", decomposed);
            set(d, "clusters[1].name", composed);
        });
        assertThat(cluster(plan, "CCN-01").getName()).isEqualTo(decomposed);
        assertThat(cluster(plan, "CCN-02").getName()).isEqualTo(composed);
    }

    @Test
    void integerUnitsOfProjects() throws Exception {
        AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
        // INV-001: AGRO (priority 3, 1500 t/ha/yr), 4.5 ha, 1.1 MW, 320 billion VND.
        assertUnits(project(plan, "INV-001"), 450, 1100, 320 * 3, 6750);
        // INV-002: BUILD (priority 1, 4000 t/ha/yr), 6 ha, 2.7 MW, 150 billion VND.
        assertUnits(project(plan, "INV-002"), 600, 2700, 150, 24000);
        // INV-003: ELEC (priority 2, 250 t/ha/yr), 2.25 ha, 0.6 MW, 540.5 -> 541; T = 562.5 -> 563.
        assertUnits(project(plan, "INV-003"), 225, 600, 541 * 2, 563);
        // INV-004: every unit exactly at .5: L = 100.5 -> 101, P = 250.5 -> 251, T = 1500 x 1.005 = 1507.5 -> 1508.
        assertUnits(project(plan, "INV-004"), 101, 251, 45 * 3, 1508);
        assertThat(project(plan, "INV-004").getLandHa()).isEqualByComparingTo("1.005");
        // INV-005: ELEC, 3 ha, 0.9 MW, 1200 billion VND.
        assertUnits(project(plan, "INV-005"), 300, 900, 1200 * 2, 750);
    }

    @Test
    void decimalsAreReadExactlyNotThroughDouble() throws Exception {
        AllocationPlan plan = readValid(d -> {
            set(d, "projects[0].powerMw", dec("0.30000000000000001"));
            set(d, "projects[0].landHa", dec("0.01"));
            set(d, "projects[0].capitalBillionVnd", dec("2.5"));
        });
        Project project = project(plan, "INV-001");
        assertThat(project.getPowerMw().toPlainString()).isEqualTo("0.30000000000000001");
        assertThat(project.getLand()).isEqualTo(1);
        assertThat(project.getValue()).isEqualTo(3 * 3);
        assertThat(project.getFreight()).isEqualTo(15);
    }

    @Test
    void decimalsKeepTheirWrittenScale() throws Exception {
        AllocationPlan plan = readValid(d -> {
            set(d, "clusters[0].stages[1].landHa", dec("50.0"));
            set(d, "clusters[0].stages[1].powerMw", dec("12.000"));
        });
        Cluster ccn01 = cluster(plan, "CCN-01");
        assertThat(ccn01.getStages().get(1).landHa().toPlainString()).isEqualTo("50.0");
        assertThat(ccn01.getStages().get(1).powerMw().toPlainString()).isEqualTo("12.000");
        assertThat(ccn01.getLandCapacity(phase(plan, "2030"))).isEqualTo(5000);
        assertThat(ccn01.getPowerCapacity(phase(plan, "2030"))).isEqualTo(12000);
    }

    @Test
    void tooManyDecimalPlaces() {
        expectOnly(d -> set(d, "hubs[0].lat", dec("10.9420000000000000000000000000001")), "hubs[0].lat",
                "more than 30 decimal places");
    }

    @Test
    void halfUpRoundsHalfAwayFromZero() throws Exception {
        AllocationPlan plan = readValid(d -> {
            set(d, "projects[2].landHa", dec("0.015")); // 1.5 -> 2
            set(d, "projects[2].powerMw", dec("0.0005")); // 0.5 -> 1
            set(d, "projects[2].capitalBillionVnd", dec("0.5")); // 0.5 -> 1, x priority 2
            set(d, "projects[3].landHa", dec("0.014")); // 1.4 -> 1
            set(d, "projects[3].powerMw", dec("0.0004999")); // 0.4999 -> 0
            set(d, "projects[3].capitalBillionVnd", dec("0.4999")); // -> 0
        });
        assertUnits(project(plan, "INV-003"), 2, 1, 2, 4); // T = 250 x 0.015 = 3.75 -> 4
        assertUnits(project(plan, "INV-004"), 1, 0, 0, 21); // T = 1500 x 0.014 = 21
    }

    @Test
    void stageCapacitiesAreCumulativeAndZeroBeforeTheFirstStage() throws Exception {
        AllocationPlan plan = readValid(d -> set(d, "clusters[1].stages[2].powerMw", dec("12.5005")));
        Cluster ccn02 = cluster(plan, "CCN-02");
        Cluster ccn03 = cluster(plan, "CCN-03");
        assertThat(plan.getPhases()).extracting(ccn02::getLandCapacity).containsExactly(1500L, 3000L, 4500L);
        assertThat(plan.getPhases()).extracting(ccn02::getPowerCapacity).containsExactly(3000L, 8000L, 12501L);
        assertThat(plan.getPhases()).extracting(ccn03::getLandCapacity).containsExactly(0L, 4000L, 4000L);
        assertThat(plan.getPhases()).extracting(ccn03::getPowerCapacity).containsExactly(0L, 10000L, 10000L);
        assertThat(ccn02.getReadyPhaseIndex()).isZero();
        assertThat(ccn03.getReadyPhaseIndex()).isEqualTo(1);
        assertThat(ccn03.isReadyIn(phase(plan, "2025"))).isFalse();
        assertThat(ccn03.isReadyIn(phase(plan, "2030"))).isTrue();
    }

    @Test
    void reserveBlocksWithAPartialLastBlock() throws Exception {
        AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
        // R = 2500, B = 1000: n = 3 blocks of 1000, 1000 and 500 hundredths of a hectare.
        List<Project> blocks = blocks(plan);
        assertThat(blocks).extracting(Project::getId)
                .containsExactly("RES-AGRO-2030-1", "RES-AGRO-2030-2", "RES-AGRO-2030-3");
        assertThat(blocks).extracting(Project::getLand).containsExactly(1000L, 1000L, 500L);
        assertThat(blocks).extracting(p -> p.getLandHa().toPlainString()).containsExactly("10.00", "10.00", "5.00");
        // P = HALF_UP(Lb x 0.2 x 10)
        assertThat(blocks).extracting(Project::getPower).containsExactly(2000L, 2000L, 1000L);
        // V = HALF_UP(Lb x 12.5 / 100) x 3: 125 x 3, and 62.5 -> 63, x 3
        assertThat(blocks).extracting(Project::getValue).containsExactly(375L, 375L, 189L);
        // T = HALF_UP(1500 x Lb / 100)
        assertThat(blocks).extracting(Project::getFreight).containsExactly(15000L, 15000L, 7500L);
        Phase p2030 = phase(plan, "2030");
        for (Project block : blocks) {
            assertThat(block.isReserveBlock()).isTrue();
            assertThat(block.getSector().getId()).isEqualTo("AGRO");
            assertThat(block.getEarliestPhase()).isSameAs(p2030);
            assertThat(block.getLatestPhase()).isSameAs(p2030);
            assertThat(block.getJobs()).isZero();
            assertThat(block.getPreferredClusters()).isEmpty();
            assertThat(block.isPinned()).isFalse();
            assertThat(block.getCluster()).isNull();
            assertThat(block.getReserve()).isSameAs(plan.getSectorReserves().get(0));
        }
        assertThat(plan.getProjects().stream().filter(p -> !p.isReserveBlock()).count()).isEqualTo(5);
    }

    @Test
    void reserveBlocksWhenTheLandDividesEvenly() throws Exception {
        AllocationPlan plan = readValid(d -> set(d, "sectorReserves[0].blockHa", 5));
        assertThat(blocks(plan)).extracting(Project::getLand).containsExactly(500L, 500L, 500L, 500L, 500L);
        assertThat(blocks(plan)).extracting(Project::getId).last().isEqualTo("RES-AGRO-2030-5");
    }

    @Test
    void reserveWithoutBlockHaIsOneBlock() throws Exception {
        AllocationPlan plan = readValid(d -> remove(d, "sectorReserves[0].blockHa"));
        assertThat(blocks(plan)).extracting(Project::getId).containsExactly("RES-AGRO-2030-1");
        assertThat(blocks(plan)).extracting(Project::getLand).containsExactly(2500L);
        assertThat(plan.getSectorReserves().get(0).blockHa()).isEqualByComparingTo("25");
    }

    @Test
    void reserveBlocksAreCutFromTheRoundedUnits() throws Exception {
        // R = L(0.025) = HALF_UP(2.5) = 3, B = L(0.014) = 1: three blocks of 1.
        AllocationPlan plan = readValid(d -> {
            set(d, "sectorReserves[0].landHa", dec("0.025"));
            set(d, "sectorReserves[0].blockHa", dec("0.014"));
        });
        assertThat(blocks(plan)).extracting(Project::getLand).containsExactly(1L, 1L, 1L);
    }

    @Test
    void reserveBlockUnitsRoundHalfUp() throws Exception {
        AllocationPlan plan = readValid(d -> {
            set(d, "sectors[0].powerMwPerHa", dec("0.0001"));
            set(d, "sectors[0].freightTonsPerHaYear", dec("0.1"));
            set(d, "policy.reserveValuePerHa", dec("0.001"));
        });
        // Lb = 1000: P = 1, T = 1, V = HALF_UP(0.01) x 3 = 0; Lb = 500: P = 0.5 -> 1, T = 0.5 -> 1, V = 0.
        assertThat(blocks(plan)).extracting(Project::getPower).containsExactly(1L, 1L, 1L);
        assertThat(blocks(plan)).extracting(Project::getFreight).containsExactly(1L, 1L, 1L);
        assertThat(blocks(plan)).extracting(Project::getValue).containsExactly(0L, 0L, 0L);
    }

    @Test
    void twoReservesOfOneSectorInDifferentPhases() throws Exception {
        AllocationPlan plan = readValid(
                d -> append(d, "sectorReserves", "{\"sector\": \"AGRO\", \"phase\": \"2035\", \"landHa\": 5}"));
        assertThat(blocks(plan)).extracting(Project::getId).containsExactly("RES-AGRO-2030-1", "RES-AGRO-2030-2",
                "RES-AGRO-2030-3", "RES-AGRO-2035-1");
    }

    @Test
    void givenRoadDistanceIsHalfUpOfKmTimes1000() throws Exception {
        AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
        Cluster ccn01 = cluster(plan, "CCN-01");
        // 48.5005 km = 48500.5 m -> 48501
        assertThat(ccn01.getHubDistanceMetres().get(hub(plan, "EXP-1"))).isEqualTo(48501L);
        assertThat(ccn01.getHubDistancesKm()).containsOnlyKeys("EXP-1");
        assertThat(ccn01.getHubDistancesKm().get("EXP-1")).isEqualByComparingTo("48.5005");
    }

    @Test
    void otherDistancesAreHaversineTimesRoadFactor() throws Exception {
        AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
        Hub exp = hub(plan, "EXP-1");
        Hub sea = hub(plan, "SEA-1");
        long ccn01Sea = haversineMetres(10.95, 106.80, 10.648, 106.962, 1.25);
        assertThat(ccn01Sea).isBetween(40_000L, 55_000L);
        assertThat(cluster(plan, "CCN-01").getHubDistanceMetres().get(sea)).isEqualTo(ccn01Sea);
        assertThat(cluster(plan, "CCN-02").getHubDistanceMetres().get(exp))
                .isEqualTo(haversineMetres(10.80, 107.10, 10.942, 107.158, 1.25));
        assertThat(cluster(plan, "CCN-03").getHubDistanceMetres().get(sea))
                .isEqualTo(haversineMetres(10.97, 106.93, 10.648, 106.962, 1.25));
    }

    @Test
    void sectorDistanceIsTheNearestHubOfItsTypesAndZeroWithoutTypes() throws Exception {
        AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
        Cluster ccn01 = cluster(plan, "CCN-01");
        long sea = haversineMetres(10.95, 106.80, 10.648, 106.962, 1.25);
        assertThat(ccn01.getSectorDistanceMetres(sector(plan, "AGRO"))).isEqualTo(48501L);
        assertThat(ccn01.getSectorDistanceMetres(sector(plan, "BUILD"))).isEqualTo(Math.min(sea, 48501L));
        assertThat(ccn01.getSectorDistanceMetres(sector(plan, "ELEC"))).isZero();
    }

    @Test
    void sectorsIncompatibilitiesAndZoning() throws Exception {
        AllocationPlan plan = readValid(d -> set(d, "sectors[2].incompatibleWith", json("[\"ELEC\"]")));
        Sector agro = sector(plan, "AGRO");
        Sector build = sector(plan, "BUILD");
        Sector elec = sector(plan, "ELEC");
        assertThat(agro.isIncompatibleWith(build)).isTrue();
        assertThat(build.isIncompatibleWith(agro)).isTrue();
        assertThat(agro.isIncompatibleWith(agro)).isFalse();
        assertThat(elec.isIncompatibleWith(elec)).isTrue(); // a sector may list itself
        assertThat(agro.getHubTypes()).containsExactly(HubType.EXPRESSWAY);
        assertThat(agro.getMaxHubDistanceKm()).isEqualByComparingTo("40");
        assertThat(agro.exceedsDistanceLimit(40_000)).isFalse();
        assertThat(agro.exceedsDistanceLimit(40_001)).isTrue();
        assertThat(build.hasDistanceLimit()).isFalse();
        assertThat(cluster(plan, "CCN-02").getExcludedSectors()).containsExactly(build);
        assertThat(cluster(plan, "CCN-01").getMaxEnvironmentalClass()).isEqualTo(2);
        assertThat(cluster(plan, "CCN-01").forbids(build)).isTrue();
        assertThat(cluster(plan, "CCN-02").forbids(build)).isTrue();
        assertThat(cluster(plan, "CCN-03").forbids(build)).isFalse();
    }

    @Test
    void pinsPreferencesPolicyAndWeightsAsGiven() throws Exception {
        AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
        Project pinned = project(plan, "INV-002");
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getCluster()).isSameAs(cluster(plan, "CCN-03"));
        assertThat(pinned.getPhase()).isSameAs(phase(plan, "2030"));
        assertThat(plan.getProjects().stream().filter(Project::isPinned)).containsExactly(pinned);
        assertThat(project(plan, "INV-001").getCluster()).isNull();
        assertThat(project(plan, "INV-005").getPreferredClusters())
                .containsExactly(cluster(plan, "CCN-02"), cluster(plan, "CCN-03"));
        assertThat(project(plan, "INV-001").getEarliestPhase()).isSameAs(phase(plan, "2025"));
        assertThat(project(plan, "INV-001").getLatestPhase()).isSameAs(phase(plan, "2030"));
        assertThat(project(plan, "INV-001").getJobs()).isEqualTo(450);
        assertThat(plan.getPolicy().getMaxSectorsPerCluster()).isEqualTo(2);
        assertThat(plan.getPolicy().getReserveValuePerHa()).isEqualByComparingTo("12.5");
        assertThat(plan.getOperationalTargets()).hasSize(2);
        assertThat(plan.getOperationalTargets().get(1).getPhase()).isSameAs(phase(plan, "2030"));
        assertThat(plan.getOperationalTargets().get(1).getMinClusters()).isEqualTo(2);
        assertThat(plan.getOperationalTargets().get(1).getMinOccupancyPercent()).isEqualTo(60);
        assertThat(softWeights(plan)).containsExactly(2L, 1L, 400L, 5000L, 50L);
    }

    @Nested
    class Defaults {

        @Test
        void roadFactorIs1_3() throws Exception {
            AllocationPlan plan = readValid(d -> d.remove("roadFactor"));
            assertThat(plan.getRoadFactor()).isEqualByComparingTo("1.3");
            assertThat(cluster(plan, "CCN-01").getHubDistanceMetres().get(hub(plan, "SEA-1")))
                    .isEqualTo(haversineMetres(10.95, 106.80, 10.648, 106.962, 1.3));
        }

        @Test
        void projectWindowIsFirstToLastPhaseAndJobsZero() throws Exception {
            AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
            Project inv003 = project(plan, "INV-003"); // no window, no investor
            assertThat(inv003.getEarliestPhase()).isSameAs(phase(plan, "2025"));
            assertThat(inv003.getLatestPhase()).isSameAs(phase(plan, "2035"));
            assertThat(inv003.getInvestor()).isNull();
            assertThat(inv003.getPreferredClusters()).isEmpty();
            assertThat(inv003.isPinned()).isFalse();
            Project inv002 = project(plan, "INV-002"); // only earliestPhase
            assertThat(inv002.getLatestPhase()).isSameAs(phase(plan, "2035"));
            assertThat(project(plan, "INV-004").getJobs()).isZero();
        }

        @Test
        void clusterMaxEnvironmentalClassIs3AndListsEmpty() throws Exception {
            AllocationPlan plan = DatasetReader.read(tinyValidPath()).plan();
            assertThat(cluster(plan, "CCN-02").getMaxEnvironmentalClass()).isEqualTo(3);
            assertThat(cluster(plan, "CCN-03").getExcludedSectors()).isEmpty();
            assertThat(cluster(plan, "CCN-03").getHubDistancesKm()).isEmpty();
            assertThat(cluster(plan, "CCN-03").getDistrict()).isNull();
        }

        @Test
        void sectorNeedsNothingByDefault() throws Exception {
            AllocationPlan plan = readValid(d -> {
                remove(d, "sectors[2].powerMwPerHa");
                remove(d, "sectors[2].freightTonsPerHaYear");
            });
            Sector elec = sector(plan, "ELEC");
            assertThat(elec.getPowerMwPerHa()).isEqualByComparingTo("0");
            assertThat(elec.getFreightTonsPerHaYear()).isEqualByComparingTo("0");
            assertThat(elec.getHubTypes()).isEmpty();
            assertThat(elec.getIncompatibleWith()).isEmpty();
            assertThat(elec.hasDistanceLimit()).isFalse();
            assertThat(project(plan, "INV-003").getFreight()).isZero();
        }

        @Test
        void policyDefaultsAre3SectorsAnd10BillionPerHa() throws Exception {
            AllocationPlan plan = readValid(d -> d.remove("policy"));
            assertThat(plan.getPolicy().getMaxSectorsPerCluster()).isEqualTo(3);
            assertThat(plan.getPolicy().getReserveValuePerHa()).isEqualByComparingTo("10");
            assertThat(plan.getOperationalTargets()).isEmpty();
            // Block V = HALF_UP(Lb x 10 / 100) x 3
            assertThat(blocks(plan)).extracting(Project::getValue).containsExactly(300L, 300L, 150L);
        }

        @Test
        void policyFieldsDefaultOneByOne() throws Exception {
            AllocationPlan plan = readValid(d -> remove(d, "policy.maxSectorsPerCluster"));
            assertThat(plan.getPolicy().getMaxSectorsPerCluster()).isEqualTo(3);
            assertThat(plan.getPolicy().getReserveValuePerHa()).isEqualByComparingTo("12.5");
            assertThat(plan.getOperationalTargets()).hasSize(2);
        }

        @Test
        void weightsAreThoseOfTheSpecExample() throws Exception {
            AllocationPlan plan = readValid(d -> d.remove("weights"));
            assertThat(softWeights(plan)).containsExactly(1L, 1L, 500L, 5000L, 50L);
        }

        @Test
        void aMissingWeightTakesItsDefaultAndTheOthersStay() throws Exception {
            AllocationPlan plan = readValid(d -> remove(d, "weights.sectorFragmentation"));
            assertThat(softWeights(plan)).containsExactly(2L, 1L, 500L, 5000L, 50L);
        }

        @Test
        void aZeroWeightIsAllowed() throws Exception {
            AllocationPlan plan = readValid(d -> set(d, "weights.preferredCluster", 0));
            assertThat(softWeights(plan)).containsExactly(2L, 1L, 400L, 5000L, 0L);
        }

        @Test
        void hubsProjectsAndReservesMayBeLeftOut() throws Exception {
            AllocationPlan plan = readValid(d -> {
                d.remove("hubs");
                d.remove("projects");
                d.remove("sectorReserves");
                for (JsonNode sector : d.get("sectors")) {
                    ((ObjectNode) sector).remove(List.of("hubTypes", "maxHubDistanceKm"));
                }
                ((ObjectNode) d.get("clusters").get(0)).remove("hubDistancesKm");
            });
            assertThat(plan.getHubs()).isEmpty();
            assertThat(plan.getProjects()).isEmpty();
            assertThat(plan.getSectorReserves()).isEmpty();
        }
    }

    // ************************************************************************
    // Reading the file
    // ************************************************************************

    @Nested
    class FileReading {

        @Test
        void missingFile() {
            Path missing = dir.resolve("no-such-dataset.json");
            List<InputProblem> problems = problemsReading(missing);
            assertThat(problems).hasSize(1);
            assertProblem(problems.get(0), "(file)", "no such file");
            assertThat(problems.get(0).file()).isEqualTo(missing.toString());
        }

        @Test
        void directoryInsteadOfFile() {
            List<InputProblem> problems = problemsReading(dir);
            assertThat(problems).hasSize(1);
            assertProblem(problems.get(0), "(file)", "is a directory");
        }

        @Test
        void emptyFile() {
            assertProblem(only(problemsReading(writeText(""))), "(file)", "empty");
        }

        @Test
        void blankFile() {
            assertProblem(only(problemsReading(writeText("  \n\t\n"))), "(file)", "empty");
        }

        @Test
        void trailingCommaReportsLineAndColumn() {
            String text = "{\n  \"formatVersion\": 1,\n  \"name\": \"Tỉnh\",\n}\n";
            InputProblem problem = only(problemsReading(writeText(text)));
            assertThat(problem.location()).startsWith("line 4, column ");
            assertThat(problem.message()).startsWith("not valid JSON");
        }

        @Test
        void trailingCommaInAListReportsLineAndColumn() throws Exception {
            String text = readTinyValidText().replace("{\"id\": \"2035\", \"label\": \"sau 2030\", \"endYear\": 2035}",
                    "{\"id\": \"2035\", \"label\": \"sau 2030\", \"endYear\": 2035},");
            InputProblem problem = only(problemsReading(writeText(text)));
            assertThat(problem.location()).startsWith("line 9, column ");
            assertThat(problem.message()).startsWith("not valid JSON");
        }

        @Test
        void truncatedFileReportsWhereItEnds() throws Exception {
            String text = readTinyValidText();
            String truncated = text.substring(0, text.indexOf("\"clusters\""));
            int lines = (int) truncated.lines().count();
            InputProblem problem = only(problemsReading(writeText(truncated)));
            assertThat(problem.location()).matches("line \\d+, column \\d+");
            assertThat(lineOf(problem)).isBetween(lines, lines + 1);
            assertThat(problem.message()).startsWith("not valid JSON").contains("ends before", "truncated");
        }

        @Test
        void duplicateKeyIsASyntaxError() {
            String text = "{\n  \"formatVersion\": 1,\n  \"name\": \"a\",\n  \"name\": \"b\"\n}\n";
            InputProblem problem = only(problemsReading(writeText(text)));
            assertThat(problem.location()).startsWith("line 4, column ");
            assertThat(problem.message()).contains("name");
        }

        @Test
        void trailingContentAfterTheObject() {
            InputProblem problem = only(problemsReading(writeText("{\"formatVersion\": 1}\n{}\n")));
            assertThat(problem.location()).startsWith("line 2, column ");
            assertThat(problem.message()).contains("after the end").doesNotContain("Feature", "com.fasterxml");
        }

        @Test
        void notANumberIsASyntaxErrorWithoutParserAdvice() {
            InputProblem problem = only(problemsReading(writeText("{\n  \"roadFactor\": NaN\n}")));
            assertThat(problem.location()).startsWith("line 2, column ");
            assertThat(problem.message()).contains("NaN").doesNotContain("enable", "Feature");
        }

        @Test
        void commentsAreSyntaxErrors() {
            InputProblem problem = only(problemsReading(writeText("{\n  // ghi chú\n  \"formatVersion\": 1\n}")));
            assertThat(problem.location()).startsWith("line 2, column ");
            assertThat(problem.message()).contains("comments are not allowed").doesNotContain("ALLOW_COMMENTS");
        }

        @Test
        void byteOrderMarkAloneIsAnEmptyFile() {
            assertProblem(only(problemsReading(writeText("\uFEFF\n"))), "(file)", "empty");
        }

        @Test
        void byteOrderMarkBeforeAValidDatasetIsRefusedWithHowToSaveTheFile() throws Exception {
            Path file = writeText("\uFEFF" + readTinyValidText());
            assertProblem(only(problemsReading(file)), "line 1, column 1", "byte-order mark (BOM), which JSON does not"
                    + " allow; save it as \"UTF-8\", not \"UTF-8 with BOM\"");
        }

        @Test
        void utf16IsRefusedAsNotUtf8() throws Exception {
            for (java.nio.charset.Charset charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16,
                    StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32BE")}) {
                Path file = dir.resolve("utf16.json");
                Files.write(file, readTinyValidText().getBytes(charset));
                assertProblem(only(problemsReading(file)), "line 1, column 1",
                        "the file is UTF-16 or UTF-32 text, not UTF-8; save it as UTF-8");
            }
        }

        @Test
        void notUtf8ReportsLineAndColumn() throws Exception {
            // A Windows-1258/Latin-1 editor writes "â" as the single byte 0xE2.
            byte[] bytes = "{\n  \"formatVersion\": 1,\n  \"name\": \"T\u00e2n L\u1eadp\"\n}\n"
                    .replace("\u1eadp", "ap").getBytes(StandardCharsets.ISO_8859_1);
            Path file = dir.resolve("latin1.json");
            Files.write(file, bytes);
            InputProblem problem = only(problemsReading(file));
            assertThat(problem.location()).startsWith("line 3, column ");
            assertThat(problem.message()).contains("UTF-8");
        }

        @Test
        void topLevelMustBeAnObject() {
            assertProblem(only(problemsReading(writeText("[1, 2]"))), "(top level)", "must be an object",
                    "a list");
        }

        @Test
        void problemsNameTheFile() {
            Path file = write(mutated(d -> d.remove("name")));
            assertThat(only(problemsReading(file)).file()).isEqualTo(file.toString());
        }
    }

    // ************************************************************************
    // Dataset
    // ************************************************************************

    @Nested
    class TopLevel {

        @Test
        void formatVersionMissing() {
            expectOnly(d -> d.remove("formatVersion"), "formatVersion", "is required");
        }

        @Test
        void formatVersionNot1() {
            expectOnly(d -> set(d, "formatVersion", 2), "formatVersion", "must be 1", "found 2");
        }

        @Test
        void formatVersionAsString() {
            expectOnly(d -> set(d, "formatVersion", "1"), "formatVersion", "whole number", "the string \"1\"");
        }

        @Test
        void formatVersionAsFloat() {
            expectOnly(d -> set(d, "formatVersion", dec("1.0")), "formatVersion", "whole number", "1.0");
        }

        @Test
        void nameMissing() {
            expectOnly(d -> d.remove("name"), "name", "is required");
        }

        @Test
        void nameNull() {
            expectOnly(d -> d.putNull("name"), "name", "required", "null");
        }

        @Test
        void nameNotAString() {
            expectOnly(d -> set(d, "name", 42), "name", "must be a string", "the number 42");
        }

        @Test
        void roadFactorBelow1() {
            expectOnly(d -> set(d, "roadFactor", dec("0.95")), "roadFactor", "at least 1", "0.95");
        }

        @Test
        void roadFactorOf1IsAllowed() throws Exception {
            assertThat(readValid(d -> set(d, "roadFactor", 1)).getRoadFactor()).isEqualByComparingTo("1");
        }

        @Test
        void roadFactorAsString() {
            expectOnly(d -> set(d, "roadFactor", "1.3"), "roadFactor", "must be a number", "the string \"1.3\"");
        }

        @Test
        void phasesMissing() {
            expectAmong(d -> d.remove("phases"), "phases", "is required");
        }

        @Test
        void phasesEmpty() {
            expectAmong(d -> set(d, "phases", json("[]")), "phases", "must not be empty");
        }

        @Test
        void phasesNotAList() {
            expectAmong(d -> set(d, "phases", json("{}")), "phases", "must be a list", "an object");
        }

        @Test
        void sectorsMissing() {
            expectAmong(d -> d.remove("sectors"), "sectors", "is required");
        }

        @Test
        void sectorsEmpty() {
            expectAmong(d -> set(d, "sectors", json("[]")), "sectors", "must not be empty");
        }

        @Test
        void clustersMissing() {
            expectAmong(d -> d.remove("clusters"), "clusters", "is required");
        }

        @Test
        void clustersEmpty() {
            expectAmong(d -> set(d, "clusters", json("[]")), "clusters", "must not be empty");
        }

        @Test
        void hubsNotAList() {
            expectAmong(d -> set(d, "hubs", "EXP-1"), "hubs", "must be a list", "the string \"EXP-1\"");
        }

        @Test
        void projectsEmptyIsAllowed() throws Exception {
            assertThat(readValid(d -> set(d, "projects", json("[]"))).getProjects()).hasSize(3);
        }

        @Test
        void unknownTopLevelPropertyNamesTheNearest() {
            expectOnly(d -> d.set("sectorReserve", json("[]")), "sectorReserve", "unknown property",
                    "\"sectorReserves\"");
        }

        @Test
        void unknownTopLevelPropertyDoesNotHideOtherProblems() {
            List<InputProblem> problems = problemsOf(d -> {
                d.set("weight", json("{}"));
                d.remove("name");
            });
            assertThat(problems).extracting(InputProblem::location).containsExactlyInAnyOrder("weight", "name");
        }
    }

    // ************************************************************************
    // Phases
    // ************************************************************************

    @Nested
    class Phases {

        @Test
        void endYearEqualToThePrevious() {
            expectOnly(d -> set(d, "phases[1].endYear", 2025), "phases[1].endYear", "after", "2025");
        }

        @Test
        void endYearDecreasing() {
            expectOnly(d -> set(d, "phases[2].endYear", 2028), "phases[2].endYear", "after", "2030", "2028");
        }

        @Test
        void endYearWrittenAsAFloat() {
            expectOnly(d -> set(d, "phases[0].endYear", dec("2025.0")), "phases[0].endYear", "whole number",
                    "2025.0");
        }

        @Test
        void endYearAsString() {
            expectOnly(d -> set(d, "phases[0].endYear", "2025"), "phases[0].endYear", "whole number",
                    "the string \"2025\"");
        }

        @Test
        void endYearMissing() {
            expectOnly(d -> remove(d, "phases[1].endYear"), "phases[1].endYear", "is required");
        }

        @Test
        void labelMissing() {
            expectOnly(d -> remove(d, "phases[0].label"), "phases[0].label", "is required");
        }

        @Test
        void duplicateId() {
            expectOnly(d -> append(d, "phases", "{\"id\": \"2030\", \"label\": \"lại\", \"endYear\": 2040}"),
                    "phases[3].id", "duplicate id \"2030\"", "phases[1]");
        }

        @Test
        void emptyId() {
            expectOnly(d -> append(d, "phases", "{\"id\": \"\", \"label\": \"sau 2035\", \"endYear\": 2040}"),
                    "phases[3].id", "non-empty");
        }

        @Test
        void idNotAString() {
            expectOnly(d -> append(d, "phases", "{\"id\": 2040, \"label\": \"sau 2035\", \"endYear\": 2040}"),
                    "phases[3].id", "must be a string", "the number 2040");
        }

        @Test
        void phaseNotAnObject() {
            expectOnly(d -> append(d, "phases", "\"2040\""), "phases[3]", "must be an object",
                    "the string \"2040\"");
        }

        @Test
        void unknownProperty() {
            expectOnly(d -> set(d, "phases[0].endyear", 2024), "phases[0].endyear", "unknown property",
                    "\"endYear\"");
        }
    }

    // ************************************************************************
    // Hubs
    // ************************************************************************

    @Nested
    class Hubs {

        private static final String RAIL = "{\"id\": \"RAIL-1\", \"name\": \"Ga Trảng Bom\", \"type\": \"RAIL\","
                + " \"lat\": 10.951, \"lon\": 107.008}";

        @Test
        void anotherHubIsFine() throws Exception {
            assertThat(readValid(d -> append(d, "hubs", RAIL)).getHubs()).hasSize(3);
        }

        @Test
        void unknownType() {
            expectOnly(d -> append(d, "hubs", RAIL.replace("\"RAIL\"", "\"RAILWAY\"")), "hubs[2].type",
                    "unknown hub type \"RAILWAY\"", "RAIL", "SEAPORT", "RAW_MATERIAL_AREA");
        }

        @Test
        void typeInLowerCase() {
            expectOnly(d -> append(d, "hubs", RAIL.replace("\"RAIL\"", "\"rail\"")), "hubs[2].type",
                    "unknown hub type \"rail\"");
        }

        @Test
        void typeMissing() {
            expectOnly(d -> append(d, "hubs", RAIL.replace("\"type\": \"RAIL\",", "")), "hubs[2].type",
                    "is required");
        }

        @Test
        void latitude95() {
            expectOnly(d -> set(d, "hubs[0].lat", 95), "hubs[0].lat", "from -90 to 90", "found 95");
        }

        @Test
        void longitudeMinus181() {
            expectOnly(d -> set(d, "hubs[1].lon", -181), "hubs[1].lon", "from -180 to 180", "found -181");
        }

        @Test
        void extremeCoordinatesAreAllowed() throws Exception {
            assertThat(readValid(d -> {
                set(d, "hubs[0].lat", -90);
                set(d, "hubs[0].lon", 180);
                set(d, "hubs[1].lat", 90);
                set(d, "hubs[1].lon", -180);
            }).getHubs()).hasSize(2);
        }

        @Test
        void latitudeMissing() {
            expectOnly(d -> remove(d, "hubs[1].lat"), "hubs[1].lat", "is required");
        }

        @Test
        void latitudeAsString() {
            expectOnly(d -> set(d, "hubs[1].lat", "10.648"), "hubs[1].lat", "must be a number",
                    "the string \"10.648\"");
        }

        @Test
        void nameIsOptional() throws Exception {
            assertThat(readValid(d -> remove(d, "hubs[0].name")).getHubs().get(0).getName()).isNull();
        }

        @Test
        void duplicateId() {
            expectOnly(d -> append(d, "hubs", RAIL.replace("RAIL-1", "SEA-1")), "hubs[2].id",
                    "duplicate id \"SEA-1\"", "hubs[1]");
        }
    }

    // ************************************************************************
    // Sectors
    // ************************************************************************

    @Nested
    class Sectors {

        @Test
        void environmentalClass0() {
            expectOnly(d -> set(d, "sectors[0].environmentalClass", 0), "sectors[0].environmentalClass",
                    "from 1 to 3", "found 0");
        }

        @Test
        void environmentalClass4() {
            expectOnly(d -> set(d, "sectors[1].environmentalClass", 4), "sectors[1].environmentalClass",
                    "from 1 to 3", "found 4");
        }

        @Test
        void environmentalClassMissing() {
            expectOnly(d -> remove(d, "sectors[1].environmentalClass"), "sectors[1].environmentalClass",
                    "is required");
        }

        @Test
        void priority0() {
            expectOnly(d -> set(d, "sectors[2].priority", 0), "sectors[2].priority", "from 1 to 3", "found 0");
        }

        @Test
        void priority4() {
            expectOnly(d -> set(d, "sectors[2].priority", 4), "sectors[2].priority", "from 1 to 3", "found 4");
        }

        @Test
        void priorityMissing() {
            expectOnly(d -> remove(d, "sectors[2].priority"), "sectors[2].priority", "is required");
        }

        @Test
        void nameMissing() {
            expectOnly(d -> remove(d, "sectors[0].name"), "sectors[0].name", "is required");
        }

        @Test
        void negativePowerMwPerHa() {
            expectOnly(d -> set(d, "sectors[0].powerMwPerHa", dec("-0.2")), "sectors[0].powerMwPerHa",
                    "at least 0", "-0.2");
        }

        @Test
        void negativeFreight() {
            expectOnly(d -> set(d, "sectors[1].freightTonsPerHaYear", -1), "sectors[1].freightTonsPerHaYear",
                    "at least 0", "-1");
        }

        @Test
        void hubTypeThatNoHubHas() {
            expectOnly(d -> set(d, "sectors[2].hubTypes", json("[\"AIRPORT\"]")), "sectors[2].hubTypes[0]",
                    "no hub of type AIRPORT");
        }

        @Test
        void unknownHubType() {
            expectOnly(d -> set(d, "sectors[1].hubTypes", json("[\"SEAPORT\", \"PORT\"]")),
                    "sectors[1].hubTypes[1]", "unknown hub type \"PORT\"");
        }

        @Test
        void hubTypesNotAList() {
            expectOnly(d -> set(d, "sectors[1].hubTypes", "SEAPORT"), "sectors[1].hubTypes", "must be a list",
                    "the string \"SEAPORT\"");
        }

        @Test
        void maxHubDistanceKm0() {
            expectOnly(d -> set(d, "sectors[0].maxHubDistanceKm", 0), "sectors[0].maxHubDistanceKm",
                    "above 0", "found 0");
        }

        @Test
        void maxHubDistanceKmNegative() {
            expectOnly(d -> set(d, "sectors[0].maxHubDistanceKm", -5), "sectors[0].maxHubDistanceKm",
                    "above 0", "found -5");
        }

        @Test
        void maxHubDistanceKmWithEmptyHubTypes() {
            expectOnly(d -> set(d, "sectors[0].hubTypes", json("[]")), "sectors[0].maxHubDistanceKm",
                    "hubTypes");
        }

        @Test
        void maxHubDistanceKmWithoutHubTypes() {
            expectOnly(d -> set(d, "sectors[2].maxHubDistanceKm", 30), "sectors[2].maxHubDistanceKm",
                    "hubTypes");
        }

        @Test
        void incompatibleWithUnknownSector() {
            expectOnly(d -> set(d, "sectors[0].incompatibleWith", json("[\"BUILD\", \"TEXTILE\"]")),
                    "sectors[0].incompatibleWith[1]", "unknown sector \"TEXTILE\"");
        }

        @Test
        void incompatibleWithNearMiss() {
            expectOnly(d -> set(d, "sectors[0].incompatibleWith", json("[\"BUIDL\"]")),
                    "sectors[0].incompatibleWith[0]", "unknown sector \"BUIDL\"", "did you mean \"BUILD\"");
        }

        @Test
        void incompatibleWithNotAString() {
            expectOnly(d -> set(d, "sectors[0].incompatibleWith", json("[\"BUILD\", 3]")),
                    "sectors[0].incompatibleWith[1]", "must be a string", "the number 3");
        }

        @Test
        void duplicateId() {
            expectOnly(d -> append(d, "sectors",
                    "{\"id\": \"ELEC\", \"name\": \"Điện tử\", \"environmentalClass\": 1, \"priority\": 2}"),
                    "sectors[3].id", "duplicate id \"ELEC\"", "sectors[2]");
        }

        @Test
        void duplicateIdIsReportedAndItsListsAreStillChecked() {
            List<InputProblem> problems = problemsOf(d -> append(d, "sectors", "{\"id\": \"ELEC\", \"name\": "
                    + "\"Điện tử\", \"environmentalClass\": 1, \"priority\": 2, \"incompatibleWith\": [\"X\"]}"));
            assertThat(problems).extracting(InputProblem::location)
                    .containsExactlyInAnyOrder("sectors[3].id", "sectors[3].incompatibleWith[0]");
        }

        @Test
        void typoInProperty() {
            List<InputProblem> problems = problemsOf(d -> rename(d, "sectors[0]", "priority", "priorty"));
            assertThat(problems).hasSize(2);
            assertProblem(find(problems, "sectors[0].priorty"), "sectors[0].priorty", "unknown property",
                    "did you mean \"priority\"");
            assertProblem(find(problems, "sectors[0].priority"), "sectors[0].priority", "is required");
        }
    }

    // ************************************************************************
    // Clusters and stages
    // ************************************************************************

    @Nested
    class Clusters {

        @Test
        void maxEnvironmentalClass0() {
            expectOnly(d -> set(d, "clusters[0].maxEnvironmentalClass", 0), "clusters[0].maxEnvironmentalClass",
                    "from 1 to 3", "found 0");
        }

        @Test
        void maxEnvironmentalClass4() {
            expectOnly(d -> set(d, "clusters[2].maxEnvironmentalClass", 4), "clusters[2].maxEnvironmentalClass",
                    "from 1 to 3", "found 4");
        }

        @Test
        void excludedSectorUnknown() {
            expectOnly(d -> set(d, "clusters[1].excludedSectors", json("[\"BUILDING\"]")),
                    "clusters[1].excludedSectors[0]", "unknown sector \"BUILDING\"", "did you mean \"BUILD\"");
        }

        @Test
        void latitudeOutOfRange() {
            // The cluster is still known: projects that refer to it get no second, misleading problem.
            expectOnly(d -> set(d, "clusters[0].lat", -91), "clusters[0].lat", "from -90 to 90", "found -91");
        }

        @Test
        void longitudeMissing() {
            expectOnly(d -> remove(d, "clusters[2].lon"), "clusters[2].lon", "is required");
        }

        @Test
        void nameMissing() {
            expectOnly(d -> remove(d, "clusters[1].name"), "clusters[1].name", "is required");
        }

        @Test
        void districtIsOptionalButAString() {
            expectOnly(d -> set(d, "clusters[0].district", 7), "clusters[0].district", "must be a string");
        }

        @Test
        void duplicateId() {
            expectOnly(d -> append(d, "clusters", d.get("clusters").get(2).toString()), "clusters[3].id",
                    "duplicate id \"CCN-03\"", "clusters[2]");
        }

        @Test
        void hubDistanceToUnknownHub() {
            expectOnly(d -> set(d, "clusters[0].hubDistancesKm.EXP-2", 12), "clusters[0].hubDistancesKm.EXP-2",
                    "unknown hub \"EXP-2\"", "did you mean \"EXP-1\"");
        }

        @Test
        void hubDistanceNegative() {
            expectOnly(d -> set(d, "clusters[0].hubDistancesKm.EXP-1", dec("-0.5")),
                    "clusters[0].hubDistancesKm.EXP-1", "at least 0", "-0.5");
        }

        @Test
        void hubDistanceNullIsNotADistance() {
            expectOnly(d -> set(d, "clusters[0].hubDistancesKm.EXP-1", json("null")),
                    "clusters[0].hubDistancesKm.EXP-1", "must be a road distance in km, found null");
        }

        @Test
        void hubDistanceZeroIsAllowed() throws Exception {
            AllocationPlan plan = readValid(d -> set(d, "clusters[0].hubDistancesKm.SEA-1", 0));
            assertThat(cluster(plan, "CCN-01").getHubDistanceMetres().get(hub(plan, "SEA-1"))).isZero();
        }

        @Test
        void hubDistanceAsString() {
            expectOnly(d -> set(d, "clusters[0].hubDistancesKm.EXP-1", "48.5"), "clusters[0].hubDistancesKm.EXP-1",
                    "must be a number", "the string \"48.5\"");
        }

        @Test
        void hubDistancesNotAnObject() {
            expectOnly(d -> set(d, "clusters[0].hubDistancesKm", json("[48.5]")), "clusters[0].hubDistancesKm",
                    "must be an object", "a list");
        }

        @Test
        void stagesMissing() {
            expectOnly(d -> remove(d, "clusters[2].stages"), "clusters[2].stages", "is required");
        }

        @Test
        void stagesEmpty() {
            // CCN-03 is still known, so INV-002's pin and INV-005's preference add no misleading problems.
            expectOnly(d -> set(d, "clusters[2].stages", json("[]")), "clusters[2].stages", "must not be empty");
        }

        @Test
        void stagesOutOfPhaseOrder() {
            expectOnly(d -> {
                set(d, "clusters[1].stages[0].phase", "2030");
                set(d, "clusters[1].stages[1].phase", "2025");
            }, "clusters[1].stages[1].phase", "phase order", "\"2025\"", "\"2030\"");
        }

        @Test
        void twoStagesInOnePhase() {
            expectOnly(d -> set(d, "clusters[1].stages[1].phase", "2025"), "clusters[1].stages[1].phase",
                    "at most one", "\"2025\"");
        }

        @Test
        void landDecreasing() {
            expectOnly(d -> set(d, "clusters[0].stages[1].landHa", dec("19.5")), "clusters[0].stages[1].landHa",
                    "never decreas", "19.5", "20");
        }

        @Test
        void powerDecreasing() {
            expectOnly(d -> set(d, "clusters[1].stages[2].powerMw", 7), "clusters[1].stages[2].powerMw",
                    "never decreas", "7", "8");
        }

        @Test
        void equalStagesAreAllowed() throws Exception {
            AllocationPlan plan = readValid(d -> {
                set(d, "clusters[1].stages[1].landHa", 15);
                set(d, "clusters[1].stages[1].powerMw", 3);
            });
            assertThat(cluster(plan, "CCN-02").getLandCapacity(phase(plan, "2030"))).isEqualTo(1500);
        }

        @Test
        void stageWithUnknownPhase() {
            expectOnly(d -> set(d, "clusters[0].stages[1].phase", "2040"), "clusters[0].stages[1].phase",
                    "unknown phase \"2040\"");
        }

        @Test
        void stageLandNegative() {
            expectOnly(d -> set(d, "clusters[2].stages[0].landHa", -40), "clusters[2].stages[0].landHa",
                    "at least 0", "-40");
        }

        @Test
        void stagePowerMissing() {
            expectOnly(d -> remove(d, "clusters[2].stages[0].powerMw"), "clusters[2].stages[0].powerMw",
                    "is required");
        }

        @Test
        void stageZeroIsAllowed() throws Exception {
            AllocationPlan plan = readValid(d -> {
                set(d, "clusters[1].stages[0].landHa", 0);
                set(d, "clusters[1].stages[0].powerMw", 0);
            });
            assertThat(cluster(plan, "CCN-02").getLandCapacity(phase(plan, "2025"))).isZero();
        }

        @Test
        void stageUnknownProperty() {
            List<InputProblem> problems = problemsOf(d -> rename(d, "clusters[0].stages[0]", "powerMw", "powerMW"));
            assertThat(problems).extracting(InputProblem::location)
                    .containsExactlyInAnyOrder("clusters[0].stages[0].powerMW", "clusters[0].stages[0].powerMw");
            assertProblem(find(problems, "clusters[0].stages[0].powerMW"), "clusters[0].stages[0].powerMW",
                    "did you mean \"powerMw\"");
        }
    }

    // ************************************************************************
    // Projects
    // ************************************************************************

    @Nested
    class Projects {

        @Test
        void landHa0() {
            expectOnly(d -> set(d, "projects[0].landHa", 0), "projects[0].landHa", "at least 0.01", "found 0");
        }

        @Test
        void landHaBelowOneHundredth() {
            expectOnly(d -> set(d, "projects[0].landHa", dec("0.001")), "projects[0].landHa", "at least 0.01",
                    "0.001");
        }

        @Test
        void landHaMissing() {
            expectOnly(d -> remove(d, "projects[0].landHa"), "projects[0].landHa", "is required");
        }

        @Test
        void landHaAsString() {
            expectOnly(d -> set(d, "projects[0].landHa", "4.5"), "projects[0].landHa", "must be a number",
                    "the string \"4.5\"");
        }

        @Test
        void landHaAsBoolean() {
            expectOnly(d -> set(d, "projects[0].landHa", true), "projects[0].landHa", "must be a number", "true");
        }

        @Test
        void negativePowerMw() {
            expectOnly(d -> set(d, "projects[1].powerMw", dec("-2.7")), "projects[1].powerMw", "at least 0",
                    "-2.7");
        }

        @Test
        void capitalMissing() {
            expectOnly(d -> remove(d, "projects[2].capitalBillionVnd"), "projects[2].capitalBillionVnd",
                    "is required");
        }

        @Test
        void capitalNegative() {
            expectOnly(d -> set(d, "projects[2].capitalBillionVnd", -1), "projects[2].capitalBillionVnd",
                    "at least 0", "-1");
        }

        @Test
        void nameMissing() {
            expectOnly(d -> remove(d, "projects[4].name"), "projects[4].name", "is required");
        }

        @Test
        void investorNotAString() {
            expectOnly(d -> set(d, "projects[0].investor", json("[\"A\"]")), "projects[0].investor",
                    "must be a string", "a list");
        }

        @Test
        void unknownSector() {
            expectOnly(d -> set(d, "projects[0].sector", "AGRI"), "projects[0].sector", "unknown sector \"AGRI\"",
                    "did you mean \"AGRO\"");
        }

        @Test
        void sectorNotAString() {
            expectOnly(d -> set(d, "projects[0].sector", 1), "projects[0].sector", "must be a string",
                    "the number 1");
        }

        @Test
        void earliestAfterLatest() {
            expectOnly(d -> set(d, "projects[0].earliestPhase", "2035"), "projects[0].latestPhase", "\"2030\"",
                    "before", "earliestPhase \"2035\"");
        }

        @Test
        void latestBeforeEarliest() {
            expectOnly(d -> set(d, "projects[4].latestPhase", "2025"), "projects[4].latestPhase", "\"2025\"",
                    "before", "earliestPhase \"2030\"");
        }

        @Test
        void earliestEqualToLatestIsAllowed() throws Exception {
            AllocationPlan plan = readValid(d -> set(d, "projects[0].latestPhase", "2025"));
            assertThat(project(plan, "INV-001").getLatestPhase()).isSameAs(phase(plan, "2025"));
        }

        @Test
        void unknownEarliestPhase() {
            expectOnly(d -> set(d, "projects[0].earliestPhase", "2020"), "projects[0].earliestPhase",
                    "unknown phase \"2020\"");
        }

        @Test
        void latestPhaseAsNumber() {
            expectOnly(d -> set(d, "projects[0].latestPhase", 2030), "projects[0].latestPhase",
                    "must be a string", "the number 2030");
        }

        @Test
        void unknownPreferredCluster() {
            expectOnly(d -> set(d, "projects[4].preferredClusters", json("[\"CCN-02\", \"CCN-09\"]")),
                    "projects[4].preferredClusters[1]", "unknown cluster \"CCN-09\"");
        }

        @Test
        void jobsNegative() {
            expectOnly(d -> set(d, "projects[0].jobs", -1), "projects[0].jobs", "at least 0", "found -1");
        }

        @Test
        void jobsNotAnInteger() {
            expectOnly(d -> set(d, "projects[0].jobs", dec("1.5")), "projects[0].jobs", "whole number", "1.5");
        }

        @Test
        void jobsWrittenAsAFloat() {
            expectOnly(d -> set(d, "projects[0].jobs", dec("450.0")), "projects[0].jobs", "whole number", "450.0");
        }

        @Test
        void jobsTooLargeForAnInt() {
            expectOnly(d -> set(d, "projects[0].jobs", 3_000_000_000L), "projects[0].jobs", "at most",
                    "3000000000");
        }

        @Test
        void pinnedToUnknownCluster() {
            expectOnly(d -> set(d, "projects[1].pinned.cluster", "CCN-3"), "projects[1].pinned.cluster",
                    "unknown cluster \"CCN-3\"", "did you mean \"CCN-03\"");
        }

        @Test
        void pinnedToUnknownPhase() {
            expectOnly(d -> set(d, "projects[1].pinned.phase", "2031"), "projects[1].pinned.phase",
                    "unknown phase \"2031\"");
        }

        @Test
        void pinnedWithoutPhase() {
            expectOnly(d -> remove(d, "projects[1].pinned.phase"), "projects[1].pinned.phase", "is required");
        }

        @Test
        void pinnedWithoutCluster() {
            expectOnly(d -> remove(d, "projects[1].pinned.cluster"), "projects[1].pinned.cluster", "is required");
        }

        @Test
        void pinnedNotAnObject() {
            expectOnly(d -> set(d, "projects[1].pinned", "CCN-03"), "projects[1].pinned", "must be an object",
                    "the string \"CCN-03\"");
        }

        @Test
        void pinnedUnknownProperty() {
            expectOnly(d -> set(d, "projects[1].pinned.phse", "2030"), "projects[1].pinned.phse",
                    "unknown property", "\"phase\"");
        }

        @Test
        void pinOutsideTheWindowIsNotAnInputError() throws Exception {
            // SPEC section 2: pins can conflict with constraints; the engine reports those, the reader does not.
            AllocationPlan plan = readValid(d -> set(d, "projects[1].pinned.phase", "2025"));
            assertThat(project(plan, "INV-002").getPhase()).isSameAs(phase(plan, "2025"));
        }

        @Test
        void duplicateId() {
            expectOnly(d -> append(d, "projects", d.get("projects").get(2).toString()), "projects[5].id",
                    "duplicate id \"INV-003\"", "projects[2]");
        }

        @Test
        void duplicateOfABrokenProjectIsStillADuplicate() {
            List<InputProblem> problems = problemsOf(d -> {
                set(d, "projects[0].sector", "NONE");
                set(d, "projects[1].id", "INV-001");
            });
            assertThat(problems).extracting(InputProblem::location)
                    .containsExactlyInAnyOrder("projects[0].sector", "projects[1].id");
        }

        @Test
        void emptyId() {
            expectOnly(d -> set(d, "projects[0].id", " "), "projects[0].id", "non-empty");
        }

        @Test
        void typoLandhaNamesLandHa() {
            List<InputProblem> problems = problemsOf(d -> rename(d, "projects[0]", "landHa", "landha"));
            assertThat(problems).hasSize(2);
            assertProblem(find(problems, "projects[0].landha"), "projects[0].landha", "unknown property",
                    "did you mean \"landHa\"");
            assertProblem(find(problems, "projects[0].landHa"), "projects[0].landHa", "is required");
        }

        @Test
        void typoPreferredCluster() {
            expectOnly(d -> rename(d, "projects[0]", "preferredClusters", "preferedClusters"),
                    "projects[0].preferedClusters", "unknown property", "did you mean \"preferredClusters\"");
        }
    }

    // ************************************************************************
    // Sector reserves
    // ************************************************************************

    @Nested
    class Reserves {

        @Test
        void landHaBelowOneHundredth() {
            expectOnly(d -> set(d, "sectorReserves[0].landHa", dec("0.009")), "sectorReserves[0].landHa",
                    "at least 0.01", "0.009");
        }

        @Test
        void landHaMissing() {
            expectOnly(d -> remove(d, "sectorReserves[0].landHa"), "sectorReserves[0].landHa", "is required");
        }

        @Test
        void blockHa0() {
            expectOnly(d -> set(d, "sectorReserves[0].blockHa", 0), "sectorReserves[0].blockHa", "at least 0.01",
                    "found 0");
        }

        @Test
        void unknownSector() {
            expectOnly(d -> set(d, "sectorReserves[0].sector", "AGR0"), "sectorReserves[0].sector",
                    "unknown sector \"AGR0\"", "did you mean \"AGRO\"");
        }

        @Test
        void unknownPhase() {
            expectOnly(d -> set(d, "sectorReserves[0].phase", "2031"), "sectorReserves[0].phase",
                    "unknown phase \"2031\"");
        }

        @Test
        void phaseMissing() {
            expectOnly(d -> remove(d, "sectorReserves[0].phase"), "sectorReserves[0].phase", "is required");
        }

        @Test
        void duplicateSectorAndPhase() {
            expectOnly(d -> append(d, "sectorReserves", "{\"sector\": \"AGRO\", \"phase\": \"2030\", \"landHa\": 5}"),
                    "sectorReserves[1]", "\"AGRO\"", "\"2030\"", "sectorReserves[0]", "at most one");
        }

        @Test
        void blockIdClashingWithAProjectId() {
            expectOnly(d -> set(d, "projects[3].id", "RES-AGRO-2030-1"), "sectorReserves[0]",
                    "\"RES-AGRO-2030-1\"", "projects[3]");
        }

        @Test
        void blockIdClashingWithTheLastBlock() {
            expectOnly(d -> set(d, "projects[3].id", "RES-AGRO-2030-3"), "sectorReserves[0]",
                    "\"RES-AGRO-2030-3\"", "projects[3]");
        }

        @Test
        void blockIdsOfDifferentReservesClashing() {
            // Sector "AGRO" in phase "2030-X" and sector "AGRO-2030" in phase "X" both make RES-AGRO-2030-X-1.
            expectOnly(d -> {
                append(d, "phases", "{\"id\": \"X\", \"label\": \"x\", \"endYear\": 2040}");
                append(d, "phases", "{\"id\": \"2030-X\", \"label\": \"y\", \"endYear\": 2045}");
                append(d, "sectors", "{\"id\": \"AGRO-2030\", \"name\": \"z\", \"environmentalClass\": 1,"
                        + " \"priority\": 1}");
                append(d, "sectorReserves", "{\"sector\": \"AGRO\", \"phase\": \"2030-X\", \"landHa\": 5}");
                append(d, "sectorReserves", "{\"sector\": \"AGRO-2030\", \"phase\": \"X\", \"landHa\": 5}");
            }, "sectorReserves[2]", "\"RES-AGRO-2030-X-1\"", "sectorReserves[1]");
        }

        @Test
        void typoBlockSize() {
            expectOnly(d -> rename(d, "sectorReserves[0]", "blockHa", "blockSizeHa"), "sectorReserves[0].blockSizeHa",
                    "unknown property", "did you mean \"blockHa\"");
        }
    }

    // ************************************************************************
    // Policy and weights
    // ************************************************************************

    @Nested
    class PolicyAndWeights {

        @Test
        void maxSectorsPerCluster0() {
            expectOnly(d -> set(d, "policy.maxSectorsPerCluster", 0), "policy.maxSectorsPerCluster",
                    "at least 1", "found 0");
        }

        @Test
        void reserveValuePerHaNegative() {
            expectOnly(d -> set(d, "policy.reserveValuePerHa", dec("-0.5")), "policy.reserveValuePerHa",
                    "at least 0", "-0.5");
        }

        @Test
        void minOccupancyPercent101() {
            expectOnly(d -> set(d, "policy.operationalTargets[0].minOccupancyPercent", 101),
                    "policy.operationalTargets[0].minOccupancyPercent", "from 0 to 100", "found 101");
        }

        @Test
        void minOccupancyPercentNegative() {
            expectOnly(d -> set(d, "policy.operationalTargets[1].minOccupancyPercent", -1),
                    "policy.operationalTargets[1].minOccupancyPercent", "from 0 to 100", "found -1");
        }

        @Test
        void minOccupancyPercentAsAFraction() {
            expectOnly(d -> set(d, "policy.operationalTargets[1].minOccupancyPercent", dec("0.6")),
                    "policy.operationalTargets[1].minOccupancyPercent", "whole number", "0.6");
        }

        @Test
        void minClustersNegative() {
            expectOnly(d -> set(d, "policy.operationalTargets[0].minClusters", -1),
                    "policy.operationalTargets[0].minClusters", "at least 0", "found -1");
        }

        @Test
        void targetWithUnknownPhase() {
            expectOnly(d -> set(d, "policy.operationalTargets[1].phase", "2029"),
                    "policy.operationalTargets[1].phase", "unknown phase \"2029\"");
        }

        @Test
        void targetWithoutPhase() {
            expectOnly(d -> remove(d, "policy.operationalTargets[1].phase"), "policy.operationalTargets[1].phase",
                    "is required");
        }

        @Test
        void policyNotAnObject() {
            expectOnly(d -> set(d, "policy", json("[]")), "policy", "must be an object", "a list");
        }

        @Test
        void policyTypo() {
            expectOnly(d -> rename(d, "policy", "maxSectorsPerCluster", "maxSectorPerCluster"),
                    "policy.maxSectorPerCluster", "unknown property", "\"maxSectorsPerCluster\"");
        }

        @Test
        void weightNegative() {
            expectOnly(d -> set(d, "weights.startDelay", -1), "weights.startDelay", "at least 0", "found -1");
        }

        @Test
        void weightNotAnInteger() {
            expectOnly(d -> set(d, "weights.logisticsCost", dec("0.5")), "weights.logisticsCost", "whole number",
                    "0.5");
        }

        @Test
        void weightMisspelt() {
            expectOnly(d -> rename(d, "weights", "logisticsCost", "logisticCost"), "weights.logisticCost",
                    "unknown property", "did you mean \"logisticsCost\"");
        }

        @Test
        void weightOfAHardConstraintIsUnknown() {
            expectOnly(d -> set(d, "weights.landCapacity", 1), "weights.landCapacity", "unknown property");
        }
    }

    // ************************************************************************
    // All problems at once
    // ************************************************************************

    @Nested
    class AllAtOnce {

        @Test
        void threeIndependentMutationsGiveThreeProblems() {
            List<InputProblem> problems = problemsOf(d -> {
                set(d, "hubs[0].lat", 95);
                set(d, "clusters[1].stages[2].landHa", 29);
                set(d, "projects[2].jobs", -5);
            });
            assertThat(problems).extracting(InputProblem::location).containsExactlyInAnyOrder("hubs[0].lat",
                    "clusters[1].stages[2].landHa", "projects[2].jobs");
        }

        @Test
        void problemsInEverySectionAreReportedTogether() {
            List<InputProblem> problems = problemsOf(d -> {
                set(d, "formatVersion", 2);
                set(d, "roadFactor", dec("0.5"));
                set(d, "phases[2].endYear", 2030);
                set(d, "hubs[1].type", "SEA_PORT");
                set(d, "sectors[2].priority", 5);
                set(d, "clusters[2].maxEnvironmentalClass", 9);
                set(d, "projects[4].landHa", 0);
                set(d, "sectorReserves[0].blockHa", 0);
                set(d, "policy.maxSectorsPerCluster", 0);
                set(d, "weights.operationalTarget", -5000);
            });
            assertThat(problems).extracting(InputProblem::location).contains("formatVersion", "roadFactor",
                    "phases[2].endYear", "hubs[1].type", "sectors[2].priority", "clusters[2].maxEnvironmentalClass",
                    "projects[4].landHa", "sectorReserves[0].blockHa", "policy.maxSectorsPerCluster",
                    "weights.operationalTarget");
        }

        @Test
        void aBrokenClusterDoesNotBreakTheProjectsThatNameIt() {
            // CCN-01's land decreases; INV-001 prefers CCN-01: exactly one problem.
            expectOnly(d -> set(d, "clusters[0].stages[1].landHa", 10), "clusters[0].stages[1].landHa",
                    "never decreas");
        }

        @Test
        void aBrokenSectorDoesNotBreakTheProjectsThatNameIt() {
            expectOnly(d -> set(d, "sectors[0].environmentalClass", "2"), "sectors[0].environmentalClass",
                    "whole number");
        }

        @Test
        void aBrokenPhaseDoesNotBreakTheReferencesToIt() {
            expectOnly(d -> remove(d, "phases[1].label"), "phases[1].label", "is required");
        }
    }

    @Test
    void absurdExponentIsRejectedQuickly() {
        List<InputProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String text = readTinyValidText().replace("\"powerMw\": 1.1", "\"powerMw\": 1e-999999999")
                    .replace("\"landHa\": 4.5", "\"landHa\": 1e999999999");
            return problemsReading(writeText(text));
        });
        assertThat(problems).extracting(InputProblem::location).containsExactlyInAnyOrder("projects[0].powerMw",
                "projects[0].landHa");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).hasSizeLessThan(300));
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static Path tinyValidPath() {
        try {
            return Path.of(DatasetValidationTest.class.getResource("/datasets/tiny-valid.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readTinyValidText() throws IOException {
        return Files.readString(tinyValidPath(), StandardCharsets.UTF_8);
    }

    private static ObjectNode tinyValid() {
        try {
            return (ObjectNode) MAPPER.readTree(tinyValidPath().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode mutated(Consumer<ObjectNode> mutation) {
        ObjectNode root = tinyValid();
        mutation.accept(root);
        return root;
    }

    private Path write(ObjectNode root) {
        try {
            Path file = Files.createTempFile(dir, "dataset-", ".json");
            Files.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path writeText(String text) {
        try {
            Path file = Files.createTempFile(dir, "dataset-", ".json");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AllocationPlan readValid(Consumer<ObjectNode> mutation) throws InvalidInputException {
        return DatasetReader.read(write(mutated(mutation))).plan();
    }

    private static List<InputProblem> problemsReading(Path file) {
        try {
            DatasetReader.read(file);
        } catch (InvalidInputException e) {
            assertThat(e.getProblems()).isNotEmpty();
            assertThat(e.getMessage()).contains(e.getProblems().get(0).message());
            return e.getProblems();
        }
        return fail("expected " + file + " to be rejected");
    }

    private List<InputProblem> problemsOf(Consumer<ObjectNode> mutation) {
        return problemsReading(write(mutated(mutation)));
    }

    /** The mutation breaks exactly one rule: one problem, at this location, saying these things. */
    private void expectOnly(Consumer<ObjectNode> mutation, String location, String... fragments) {
        assertProblem(only(problemsOf(mutation)), location, fragments);
    }

    /** The mutation may have consequences elsewhere, but this problem is among those reported. */
    private void expectAmong(Consumer<ObjectNode> mutation, String location, String... fragments) {
        assertProblem(find(problemsOf(mutation), location), location, fragments);
    }

    private static InputProblem only(List<InputProblem> problems) {
        assertThat(problems).as("exactly one problem expected, got:%n%s", describe(problems)).hasSize(1);
        return problems.get(0);
    }

    private static InputProblem find(List<InputProblem> problems, String location) {
        return problems.stream().filter(p -> p.location().equals(location)).findFirst()
                .orElseGet(() -> fail("no problem at " + location + " among:\n" + describe(problems)));
    }

    private static void assertProblem(InputProblem problem, String location, String... fragments) {
        assertThat(problem.location()).as("location of %s", problem).isEqualTo(location);
        for (String fragment : fragments) {
            assertThat(problem.message()).as("message of %s", problem).contains(fragment);
        }
    }

    private static String describe(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
    }

    private static int lineOf(InputProblem problem) {
        return Integer.parseInt(problem.location().replaceAll("^line (\\d+),.*$", "$1"));
    }

    // Mutations by JSON path: "clusters[1].stages[1].landHa".

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                steps.add(part.substring(bracket, close + 1));
                bracket = part.indexOf('[', close);
            }
        }
        return steps;
    }

    private static JsonNode step(JsonNode node, String step) {
        JsonNode next = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                : node.get(step);
        if (next == null) {
            throw new IllegalArgumentException("no " + step + " in " + node);
        }
        return next;
    }

    private static JsonNode parentOf(JsonNode root, List<String> steps) {
        JsonNode node = root;
        for (String step : steps.subList(0, steps.size() - 1)) {
            node = step(node, step);
        }
        return node;
    }

    private static void set(ObjectNode root, String path, Object value) {
        List<String> steps = steps(path);
        JsonNode parent = parentOf(root, steps);
        String last = steps.get(steps.size() - 1);
        JsonNode node = value instanceof JsonNode json ? json : MAPPER.valueToTree(value);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), node);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
    }

    private static void remove(ObjectNode root, String path) {
        List<String> steps = steps(path);
        JsonNode parent = parentOf(root, steps);
        String last = steps.get(steps.size() - 1);
        if (((ObjectNode) parent).remove(last) == null) {
            throw new IllegalArgumentException("no " + path);
        }
    }

    /** Renames a property of the object at path, keeping its value. */
    private static void rename(ObjectNode root, String objectPath, String from, String to) {
        ObjectNode object = (ObjectNode) parentOf(root, append(steps(objectPath), "."));
        JsonNode value = object.remove(from);
        if (value == null) {
            throw new IllegalArgumentException("no " + objectPath + "." + from);
        }
        object.set(to, value);
    }

    private static List<String> append(List<String> list, String element) {
        List<String> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    private static void append(ObjectNode root, String listPath, String elementJson) {
        ArrayNode list = (ArrayNode) parentOf(root, append(steps(listPath), "."));
        list.add(json(elementJson));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    // Domain look-ups.

    private static List<Project> blocks(AllocationPlan plan) {
        return plan.getProjects().stream().filter(Project::isReserveBlock).toList();
    }

    private static void assertUnits(Project project, long land, long power, long value, long freight) {
        assertThat(Map.of("L", project.getLand(), "P", project.getPower(), "V", project.getValue(), "T",
                project.getFreight())).as(project.getId())
                .isEqualTo(Map.of("L", land, "P", power, "V", value, "T", freight));
    }

    private static List<Long> softWeights(AllocationPlan plan) {
        AllocationConstraintConfiguration weights = plan.getConstraintConfiguration();
        return List.of(AllocationConstraintConfiguration.LOGISTICS_COST, AllocationConstraintConfiguration.START_DELAY,
                AllocationConstraintConfiguration.SECTOR_FRAGMENTATION,
                AllocationConstraintConfiguration.OPERATIONAL_TARGET,
                AllocationConstraintConfiguration.PREFERRED_CLUSTER).stream()
                .map(name -> weights.weightOf(name).softScore()).toList();
    }

    /** D(c, h) from coordinates exactly as SPEC section 2 writes it (Math, not StrictMath). */
    private static long haversineMetres(double latC, double lonC, double latH, double lonH, double roadFactor) {
        double dLat = Math.toRadians(latH) - Math.toRadians(latC);
        double dLon = Math.toRadians(lonH) - Math.toRadians(lonC);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latC)) * Math.cos(Math.toRadians(latH)) * Math.pow(Math.sin(dLon / 2), 2);
        double dKm = 2 * 6371.0 * Math.asin(Math.sqrt(a));
        return Math.round(dKm * 1000 * roadFactor);
    }
}
