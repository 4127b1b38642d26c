package org.ccnplan.io;

import static org.ccnplan.TestDatasets.project;
import static org.ccnplan.TestDatasets.cluster;
import static org.ccnplan.TestDatasets.phase;
import static org.ccnplan.TestDatasets.hub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Scenarios (docs/scenario-format.md) on {@code datasets/tiny-valid.json}: each kind of change, checked on the dataset
 * it makes, and each rule, checked with its exact message, file and path.
 */
class ScenarioReaderTest {

    private static final String TINY_NAME = "Tỉnh thử nghiệm (dữ liệu minh hoạ): 3 cụm công nghiệp";

    @TempDir
    Path dir;

    private Path base;

    @BeforeEach
    void copyTheBaseDataset() throws IOException, URISyntaxException {
        base = Files.copy(Path.of(getClass().getResource("/datasets/tiny-valid.json").toURI()),
                dir.resolve("dataset.json"));
    }

    // ************************************************************************
    // What a scenario is, and what it records
    // ************************************************************************

    @Test
    void aScenarioWithoutChangesIsItsBaseUnderTheScenariosName() throws Exception {
        Path file = write("scenario.json", """
                {"formatVersion": 1, "name": "Nguyên trạng", "description": "nothing changes",
                 "baseDataset": "dataset.json"}""");

        DatasetReader.Dataset dataset = DatasetReader.read(file);

        AllocationPlan plan = dataset.plan();
        assertThat(plan.getName()).isEqualTo(TINY_NAME + " [scenario: Nguyên trạng]");
        assertThat(plan.getClusters()).extracting(Cluster::getId).containsExactly("CCN-01", "CCN-02", "CCN-03");
        assertThat(plan.getProjects()).hasSize(8);
        assertThat(dataset.file()).as("the base's file and SHA-256").isEqualTo(base.toString());
        assertThat(dataset.sha256()).isEqualTo(JsonFiles.sha256(Files.readAllBytes(base)));
        AppliedScenario scenario = dataset.scenario();
        assertThat(scenario.file()).isEqualTo(file.toString());
        assertThat(scenario.name()).isEqualTo("Nguyên trạng");
        assertThat(scenario.description()).isEqualTo("nothing changes");
        assertThat(scenario.sha256()).isEqualTo(JsonFiles.sha256(Files.readAllBytes(file)));
        assertThat(scenario.baseDatasetName()).isEqualTo(TINY_NAME);
        assertThat(scenario.changes()).isEmpty();
        assertThat(DatasetReader.read(base).scenario()).as("a plain dataset").isNull();
    }

    @Test
    void theBaseDatasetIsFoundRelativeToTheScenariosFolder() throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        Path file = write("scenarios/up.json", """
                {"formatVersion": 1, "name": "Up", "baseDataset": "../dataset.json"}""");

        assertThat(DatasetReader.read(file).file()).isEqualTo(base.toString());
    }

    @Test
    void theSampleProvincesScenariosAreValidIllustrativeAndChangeSomething() throws Exception {
        List<Path> scenarios;
        try (var files = Files.list(TestDatasets.SAMPLE.resolveSibling("scenarios"))) {
            scenarios = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }

        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : scenarios) {
            AppliedScenario scenario = DatasetReader.read(file).scenario();
            assertThat(scenario.description()).as(file.toString()).startsWith("Illustrative.");
            assertThat(scenario.changes()).as(file.toString()).isNotEmpty();
        }
    }

    // ************************************************************************
    // Every kind of change
    // ************************************************************************

    @Test
    void clusterFieldsGivenReplaceTheBasesWholeFieldAndKeepTheOthers() throws Exception {
        DatasetReader.Dataset dataset = read("""
                "clusters": {
                  "CCN-02": {"name": "Cụm công nghiệp Phú Cường mở rộng",
                             "stages": [{"phase": "2025", "landHa": 20, "powerMw": 4},
                                        {"phase": "2035", "landHa": 60, "powerMw": 15}]},
                  "CCN-01": {"hubDistancesKm": {}}
                }""");
        AllocationPlan plan = dataset.plan();

        Cluster expanded = cluster(plan, "CCN-02");
        assertThat(expanded.getName()).isEqualTo("Cụm công nghiệp Phú Cường mở rộng");
        assertThat(landByPhase(plan, expanded)).containsExactly(2000L, 2000L, 6000L);
        assertThat(expanded.getPowerCapacity(phase(plan, "2035"))).isEqualTo(15_000L);
        assertThat(expanded.getDistrict()).as("not given: kept").isEqualTo("Huyện Định Quán");
        assertThat(expanded.getExcludedSectors()).extracting(sector -> sector.getId()).containsExactly("BUILD");
        assertThat(dataset.scenario().changes()).containsExactly(
                "CCN-02: name, stages replaced (2025: 20 ha, 4 MW; 2035: 60 ha, 15 MW)",
                "CCN-01: hubDistancesKm replaced");
        Cluster unsurveyed = cluster(plan, "CCN-01");
        assertThat(unsurveyed.getHubDistancesKm()).isEmpty();
        assertThat(unsurveyed.getHubDistanceMetres().get(hub(plan, "EXP-1"))).as("from coordinates now")
                .isNotEqualTo(48_501L);
    }

    @Test
    void aDelayShiftsEveryStageAndDropsTheStagesPastTheLastPhase() throws Exception {
        DatasetReader.Dataset dataset = read("""
                "delayClusters": {"CCN-02": 1}""");

        Cluster delayed = cluster(dataset.plan(), "CCN-02");
        assertThat(delayed.getStages()).extracting(stage -> stage.phase().getId()).containsExactly("2030", "2035");
        assertThat(landByPhase(dataset.plan(), delayed)).containsExactly(0L, 1500L, 3000L);
        assertThat(dataset.scenario().changes()).containsExactly("CCN-02: every stage delayed by 1 phase:"
                + " 2025 -> 2030, 2030 -> 2035; the stage of 2035 (45 ha, 12.5 MW) would come after the last phase"
                + " \"2035\" and is dropped");
    }

    @Test
    void aNegativeDelayAcceleratesAndADelayOfZeroChangesNothing() throws Exception {
        DatasetReader.Dataset dataset = read("""
                "delayClusters": {"CCN-03": -1, "CCN-01": 0}""");

        List<Stage> stages = cluster(dataset.plan(), "CCN-03").getStages();
        assertThat(stages).extracting(stage -> stage.phase().getId()).containsExactly("2025");
        assertThat(stages.get(0).landHa()).isEqualByComparingTo("40");
        assertThat(landByPhase(dataset.plan(), cluster(dataset.plan(), "CCN-01"))).containsExactly(2000L, 5000L,
                5000L);
        assertThat(dataset.scenario().changes()).containsExactly(
                "CCN-03: every stage accelerated by 1 phase: 2030 -> 2025");
    }

    @Test
    void anExcludedClusterLeavesTheDatasetAndEveryPreference() throws Exception {
        DatasetReader.Dataset dataset = read("""
                "excludeClusters": ["CCN-02", "CCN-01"]""");

        AllocationPlan plan = dataset.plan();
        assertThat(plan.getClusters()).extracting(Cluster::getId).containsExactly("CCN-03");
        assertThat(project(plan, "INV-005").getPreferredClusters()).extracting(Cluster::getId)
                .containsExactly("CCN-03");
        assertThat(project(plan, "INV-001").getPreferredClusters()).as("no preference left").isEmpty();
        assertThat(dataset.scenario().changes()).containsExactly(
                "CCN-02 excluded; dropped from the preferred clusters of INV-005",
                "CCN-01 excluded; dropped from the preferred clusters of INV-001 (INV-001 is left with no preference)");
    }

    @Test
    void theClusterOfAPinnedProjectIsExcludedWhenTheScenarioReleasesThePin() throws Exception {
        AllocationPlan unpinned = read("""
                "excludeClusters": ["CCN-03"], "unpinProjects": ["INV-002"]""").plan();
        AllocationPlan repinned = read("""
                "excludeClusters": ["CCN-03"], "pinProjects": {"INV-002": {"cluster": "CCN-01", "phase": "2030"}}""")
                .plan();
        AllocationPlan withdrawn = read("""
                "excludeClusters": ["CCN-03"], "withdrawProjects": ["INV-002"]""").plan();

        assertThat(project(unpinned, "INV-002").isPinned()).isFalse();
        assertThat(project(repinned, "INV-002").isPinned()).isTrue();
        assertThat(project(repinned, "INV-002").getCluster().getId()).isEqualTo("CCN-01");
        assertThat(withdrawn.getProjects()).extracting(Project::getId).doesNotContain("INV-002");
    }

    @Test
    void hubsAreRemovedWithTheirSurveyedDistancesAndAdded() throws Exception {
        DatasetReader.Dataset dataset = read("""
                "removeHubs": ["EXP-1"],
                "addHubs": [{"id": "EXP-2", "name": "Nút giao cao tốc Long Thành", "type": "EXPRESSWAY",
                             "lat": 10.792, "lon": 106.962}]""");

        AllocationPlan plan = dataset.plan();
        assertThat(plan.getHubs()).extracting(Hub::getId).containsExactly("SEA-1", "EXP-2");
        assertThat(cluster(plan, "CCN-01").getHubDistancesKm()).isEmpty();
        assertThat(cluster(plan, "CCN-01").getHubDistanceMetres().get(hub(plan, "EXP-2"))).isPositive();
        assertThat(dataset.scenario().changes()).containsExactly(
                "hub EXP-1 removed; its surveyed road distances from CCN-01 are dropped",
                "hub EXP-2 added (EXPRESSWAY); its distances are computed from coordinates unless a cluster's"
                        + " hubDistancesKm gives them");
    }

    @Test
    void projectsAreWithdrawnAndAddedAndAWithdrawnIdCanBeAddedAnew() throws Exception {
        AllocationPlan plan = read("""
                "withdrawProjects": ["INV-003", "INV-004"],
                "addProjects": [
                  {"id": "INV-006", "name": "Nhà máy linh kiện Tân Phú", "sector": "ELEC", "landHa": 2,
                   "powerMw": 0.5, "capitalBillionVnd": 100, "preferredClusters": ["CCN-03"]},
                  {"id": "INV-004", "name": "Cơ sở sấy nông sản Xuân Lộc", "sector": "AGRO", "landHa": 2,
                   "powerMw": 0.4, "capitalBillionVnd": 45}
                ]""").plan();

        assertThat(plan.getProjects()).extracting(Project::getId).containsExactly("INV-001", "INV-002", "INV-005",
                "INV-006", "INV-004", "RES-AGRO-2030-1", "RES-AGRO-2030-2", "RES-AGRO-2030-3");
        assertThat(project(plan, "INV-006").getPreferredClusters()).extracting(Cluster::getId)
                .containsExactly("CCN-03");
        assertThat(project(plan, "INV-004").getLand()).isEqualTo(200L);
    }

    @Test
    void projectsArePinnedRepinnedAndUnpinned() throws Exception {
        AllocationPlan plan = read("""
                "pinProjects": {"INV-001": {"cluster": "CCN-01", "phase": "2025"}},
                "unpinProjects": ["INV-002"]""").plan();
        AllocationPlan moved = read("""
                "pinProjects": {"INV-002": {"cluster": "CCN-01", "phase": "2030"}}""").plan();

        assertThat(project(plan, "INV-001").isPinned()).isTrue();
        assertThat(project(plan, "INV-001").getCluster().getId()).isEqualTo("CCN-01");
        assertThat(project(plan, "INV-001").getPhase().getId()).isEqualTo("2025");
        assertThat(project(plan, "INV-002").isPinned()).isFalse();
        assertThat(project(moved, "INV-002").getCluster().getId()).isEqualTo("CCN-01");
        assertThat(project(moved, "INV-002").getPhase().getId()).isEqualTo("2030");
    }

    @Test
    void sectorReservesAreReplacedInPlaceAddedOrRemoved() throws Exception {
        DatasetReader.Dataset changed = read("""
                "sectorReserves": [{"sector": "ELEC", "phase": "2035", "landHa": 5},
                                   {"sector": "AGRO", "phase": "2030", "landHa": 40, "blockHa": 20}]""");
        AllocationPlan removed = read("""
                "sectorReserves": [{"sector": "AGRO", "phase": "2030", "landHa": 0}]""").plan();

        assertThat(blocks(changed.plan())).containsExactly("RES-AGRO-2030-1", "RES-AGRO-2030-2", "RES-ELEC-2035-1");
        assertThat(project(changed.plan(), "RES-AGRO-2030-2").getLand()).isEqualTo(2000L);
        assertThat(changed.scenario().changes()).containsExactly("reserve for ELEC in 2035 added: 5 ha",
                "reserve for AGRO in 2030 set to 40 ha (was 25 ha)");
        assertThat(blocks(removed)).isEmpty();
        assertThat(removed.getSectorReserves()).isEmpty();
    }

    @Test
    void policyAndWeightsChangeOnlyTheFieldsGiven() throws Exception {
        DatasetReader.Dataset dataset = read("""
                "policy": {"maxSectorsPerCluster": 3},
                "weights": {"logisticsCost": 4, "sectorFragmentation": null}""");

        AllocationPlan plan = dataset.plan();
        assertThat(plan.getPolicy().getMaxSectorsPerCluster()).isEqualTo(3);
        assertThat(plan.getPolicy().getReserveValuePerHa()).isEqualByComparingTo("12.5");
        assertThat(plan.getOperationalTargets()).hasSize(2);
        assertThat(softWeights(plan)).as("null restores the default").containsExactly(4L, 1L, 500L, 5000L, 50L);
        assertThat(dataset.scenario().changes()).containsExactly("policy.maxSectorsPerCluster: 2 -> 3",
                "weights.logisticsCost: 2 -> 4", "weights.sectorFragmentation: 400 -> default");
    }

    @Test
    void theChangesAreListedInTheOrderTheyAreApplied() throws Exception {
        DatasetReader.Dataset dataset = read("""
                "weights": {"startDelay": 2},
                "withdrawProjects": ["INV-002"],
                "delayClusters": {"CCN-03": 1},
                "excludeClusters": ["CCN-02"],
                "clusters": {"CCN-01": {"maxEnvironmentalClass": 3, "district": null}},
                "unpinProjects": []""");

        assertThat(dataset.scenario().changes()).containsExactly(
                "CCN-02 excluded; dropped from the preferred clusters of INV-005",
                "CCN-01: maxEnvironmentalClass, district replaced",
                "CCN-03: every stage delayed by 1 phase: 2030 -> 2035",
                "INV-002 withdrawn (it was pinned to CCN-03 in 2030)",
                "weights.startDelay: 1 -> 2");
        assertThat(cluster(dataset.plan(), "CCN-01").getDistrict()).isNull();
    }

    // ************************************************************************
    // The scenario's own rules: exact message and path in the scenario
    // ************************************************************************

    @Test
    void anUnknownPropertyGetsTheNearestName() {
        expectOnly("""
                "delayCluster": {"CCN-02": 1}""", "delayCluster", "unknown property; did you mean \"delayClusters\"?");
    }

    @Test
    void unknownIdsAreReportedWithTheNearestKnownId() {
        List<InputProblem> problems = problems("""
                "excludeClusters": ["CCN-3"], "removeHubs": ["EXP-2"], "withdrawProjects": ["INV-0005"],
                "delayClusters": {"CCN-1": 1}, "clusters": {"CCN-2": {"name": "x"}},
                "pinProjects": {"INV-0001": {"cluster": "CCN-01", "phase": "2025"}}, "unpinProjects": ["INV-02"]""");

        assertThat(describe(problems)).containsExactly(
                "removeHubs[0]: unknown hub \"EXP-2\" (not in the base dataset); did you mean \"EXP-1\"?",
                "excludeClusters[0]: unknown cluster \"CCN-3\" (not in the base dataset); did you mean \"CCN-03\"?",
                "clusters.CCN-2: unknown cluster \"CCN-2\" (not in the base dataset); did you mean \"CCN-02\"?",
                "delayClusters.CCN-1: unknown cluster \"CCN-1\" (not in the base dataset); did you mean \"CCN-01\"?",
                "withdrawProjects[0]: unknown project \"INV-0005\" (not in the base dataset); did you mean"
                        + " \"INV-005\"?",
                "unpinProjects[0]: unknown project \"INV-02\" (not in the base dataset); did you mean \"INV-002\"?",
                "pinProjects.INV-0001: unknown project \"INV-0001\" (not in the base dataset or addProjects); did"
                        + " you mean \"INV-001\"?");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(scenarioFile().toString()));
    }

    @Test
    void aWeightForARuleThatDoesNotExistIsAnUnknownPropertyOfTheScenario() {
        InputProblem problem = only(problems("""
                "weights": {"landCapacity": 5}"""));

        assertThat(problem.file()).isEqualTo(scenarioFile().toString());
        assertThat(problem.location()).isEqualTo("weights.landCapacity");
        assertThat(problem.message()).isEqualTo("unknown property; expected one of logisticsCost, startDelay,"
                + " sectorFragmentation, operationalTarget, preferredCluster");
    }

    @Test
    void wrongTypesAreReportedAtTheirPaths() {
        List<InputProblem> problems = problems("""
                "delayClusters": {"CCN-02": "1"}, "excludeClusters": "CCN-02", "clusters": [],
                "addHubs": {}, "policy": 3, "description": 7""");

        assertThat(describe(problems)).containsExactlyInAnyOrder(
                "description: must be a string, found the number 7",
                "excludeClusters: must be a list, found the string \"CCN-02\"",
                "addHubs: must be a list, found an object",
                "clusters: must be an object, found a list",
                "delayClusters.CCN-02: must be a whole number, found the string \"1\"",
                "policy: must be an object, found the number 3");
    }

    @Test
    void theScenariosOwnFieldsFollowTheFormat() throws Exception {
        Path noName = write("no-name.json", """
                {"formatVersion": 2, "baseDataset": null}""");

        assertThat(describe(problemsReading(noName))).containsExactly("formatVersion: must be 1, found 2",
                "name: is required", "baseDataset: is required, found null");
    }

    @Test
    void aBaseThatCannotBeReadIsReportedAtBaseDataset() throws Exception {
        Path file = write("missing-base.json", """
                {"formatVersion": 1, "name": "x", "baseDataset": "nope.json"}""");

        InputProblem problem = only(problemsReading(file));

        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.location()).isEqualTo("baseDataset");
        assertThat(problem.message()).isEqualTo("cannot read the base dataset " + dir.resolve("nope.json")
                + ": no such file");
    }

    @Test
    void aScenarioCannotBeTheBaseOfAnother() throws Exception {
        write("first.json", """
                {"formatVersion": 1, "name": "first", "baseDataset": "dataset.json"}""");
        Path second = write("second.json", """
                {"formatVersion": 1, "name": "second", "baseDataset": "first.json"}""");

        assertThat(describe(problemsReading(second))).containsExactly("baseDataset: " + dir.resolve("first.json")
                + " is itself a scenario (it names a baseDataset); the base of a scenario must be a dataset");
    }

    @Test
    void anInvalidBaseIsReportedAsItsOwnFileWithTheScenariosProblems() throws Exception {
        Files.writeString(base, Files.readString(base).replace("\"landHa\": 4.5", "\"landHa\": -4.5"));
        Path file = write("scenario.json", """
                {"formatVersion": 1, "name": "x", "baseDataset": "dataset.json", "withdrawProject": []}""");

        List<InputProblem> problems = problemsReading(file);

        assertThat(problems).extracting(InputProblem::toString).containsExactly(
                file + ": withdrawProject: unknown property; did you mean \"withdrawProjects\"?",
                base + ": projects[0].landHa: must be at least 0.01 (and at most 1000000000), found -4.5");
    }

    @Test
    void excludingTheClusterOfAPinnedProjectNamesTheProject() {
        expectOnly("""
                "excludeClusters": ["CCN-03"]""", "excludeClusters[0]", "cluster \"CCN-03\" holds pinned project"
                + " \"INV-002\"; also unpin it (unpinProjects), pin it elsewhere (pinProjects) or withdraw it"
                + " (withdrawProjects)");
    }

    @Test
    void anExcludedClusterCannotBeChangedDelayedPinnedOrPreferred() {
        List<InputProblem> problems = problems("""
                "excludeClusters": ["CCN-01"],
                "clusters": {"CCN-01": {"name": "x"}}, "delayClusters": {"CCN-01": 1},
                "pinProjects": {"INV-003": {"cluster": "CCN-01", "phase": "2030"}},
                "addProjects": [{"id": "INV-009", "name": "x", "sector": "ELEC", "landHa": 1, "powerMw": 0.2,
                                 "capitalBillionVnd": 10, "preferredClusters": ["CCN-03", "CCN-01"]}]""");

        assertThat(describe(problems)).containsExactly(
                "clusters.CCN-01: cluster \"CCN-01\" is excluded by this scenario (excludeClusters[0]); it cannot"
                        + " also be changed",
                "delayClusters.CCN-01: cluster \"CCN-01\" is excluded by this scenario (excludeClusters[0]); it"
                        + " cannot also be delayed",
                "addProjects[0].preferredClusters[1]: cluster \"CCN-01\" is excluded by this scenario"
                        + " (excludeClusters[0])",
                "pinProjects.INV-003.cluster: cluster \"CCN-01\" is excluded by this scenario (excludeClusters[0])");
    }

    @Test
    void aDelayMayNotLeaveAClusterWithoutStagesOrStartBeforeTheFirstPhase() {
        List<InputProblem> problems = problems("""
                "delayClusters": {"CCN-03": 2, "CCN-02": -1, "CCN-01": 1},
                "clusters": {"CCN-01": {"stages": [{"phase": "2030", "landHa": 20, "powerMw": 5}]}}""");

        assertThat(describe(problems)).containsExactly(
                "delayClusters.CCN-03: delaying by 2 phases pushes every stage of CCN-03 past the last phase"
                        + " \"2035\", leaving it no stage; exclude it instead (excludeClusters)",
                "delayClusters.CCN-02: accelerating by 1 phase would move the first stage of CCN-02 (phase"
                        + " \"2025\") before the first phase \"2025\"",
                "delayClusters.CCN-01: cluster \"CCN-01\" also gets new stages in clusters.CCN-01.stages; write the"
                        + " delayed stages there instead");
    }

    @Test
    void anIdAddedThatAlreadyExistsOrTwiceIsAnError() {
        List<InputProblem> problems = problems("""
                "addHubs": [{"id": "SEA-1", "type": "SEAPORT", "lat": 10, "lon": 107},
                            {"id": "RAIL-1", "type": "RAIL", "lat": 10, "lon": 107},
                            {"id": "RAIL-1", "type": "RAIL", "lat": 10, "lon": 107}],
                "addProjects": [{"id": "INV-001", "name": "x", "sector": "ELEC", "landHa": 1, "powerMw": 0.2,
                                 "capitalBillionVnd": 10}]""");

        assertThat(describe(problems)).containsExactly(
                "addHubs[0].id: hub \"SEA-1\" already exists in the base dataset; to move it, also list it in"
                        + " removeHubs",
                "addHubs[2].id: hub \"RAIL-1\" is added twice (first at addHubs[1])",
                "addProjects[0].id: project \"INV-001\" already exists in the base dataset; to replace it, also list"
                        + " it in withdrawProjects");
    }

    @Test
    void pinsAndWithdrawalsMustNotContradictEachOther() {
        List<InputProblem> problems = problems("""
                "withdrawProjects": ["INV-003", "RES-AGRO-2030-1", "INV-003"],
                "unpinProjects": ["INV-001", "INV-002", "INV-003"],
                "pinProjects": {"INV-002": {"cluster": "CCN-01", "phase": "2030"}, "INV-003": null,
                                "INV-004": null}""");

        assertThat(describe(problems)).containsExactly(
                "withdrawProjects[2]: \"INV-003\" is listed twice (first at withdrawProjects[0])",
                "withdrawProjects[1]: \"RES-AGRO-2030-1\" is a reserve block; change its reserve in sectorReserves"
                        + " instead",
                "unpinProjects[0]: project \"INV-001\" is not pinned in the base dataset",
                "unpinProjects[2]: project \"INV-003\" is withdrawn by this scenario (withdrawProjects[0])",
                "pinProjects.INV-002: project \"INV-002\" is also unpinned (unpinProjects[1]); pin it or unpin it,"
                        + " not both",
                "pinProjects.INV-003: project \"INV-003\" is withdrawn by this scenario (withdrawProjects[0])",
                "pinProjects.INV-004: must be an object {\"cluster\": id, \"phase\": id}, found null; to unpin a"
                        + " project, list it in unpinProjects");
    }

    @Test
    void aReserveIsSetOnceAndRemovedOnlyWhereTheBaseHasOne() {
        List<InputProblem> problems = problems("""
                "sectorReserves": [{"sector": "ELEC", "phase": "2030", "landHa": 0},
                                   {"sector": "AGRO", "phase": "2030", "landHa": 10},
                                   {"sector": "AGRO", "phase": "2030", "landHa": 0}]""");

        assertThat(describe(problems)).containsExactly(
                "sectorReserves[0].landHa: landHa 0 removes a reserve, but the base dataset has no reserve for"
                        + " sector \"ELEC\" in phase \"2030\"",
                "sectorReserves[2]: a second entry for sector \"AGRO\" in phase \"2030\" (the first is"
                        + " sectorReserves[1])");
    }

    // ************************************************************************
    // The dataset's rules on the changed dataset: at the scenario's path where it wrote the value
    // ************************************************************************

    @Test
    void theDatasetsRulesApplyToWhatTheScenarioWritesAtItsPathThere() {
        List<InputProblem> problems = problems("""
                "clusters": {"CCN-01": {"stages": [{"phase": "2025", "landHa": 20, "powerMw": 5},
                                                   {"phase": "2030", "landHa": 10, "powerMw": 5}],
                                        "id": "CCN-09", "stagez": []}},
                "addHubs": [{"id": "DRY-1", "type": "DRY_PORT", "lat": 95, "lon": 107}],
                "addProjects": [{"id": "INV-006", "name": "x", "sector": "AGRI", "landHa": 1, "powerMw": 0.2,
                                 "capitalBillionVnd": 10}],
                "pinProjects": {"INV-001": {"cluster": "CCN-01", "phase": "2031"}},
                "sectorReserves": [{"sector": "ELEC", "phase": "2035", "landHa": -2}],
                "policy": {"maxSectorPerCluster": 4}""");

        assertThat(problems).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(scenarioFile().toString()));
        assertThat(describe(problems)).containsExactlyInAnyOrder(
                "clusters.CCN-01.stagez: unknown property; did you mean \"stages\"?",
                "clusters.CCN-01.id: a cluster's id cannot be changed; the key (\"CCN-01\") names the cluster",
                "addHubs[0].lat: must be from -90 to 90, found 95",
                "clusters.CCN-01.stages[1].landHa: stages are cumulative and land never decreases: 10 is less than"
                        + " the previous stage's 20",
                "policy.maxSectorPerCluster: unknown property; did you mean \"maxSectorsPerCluster\"?",
                "addProjects[0].sector: unknown sector \"AGRI\"; did you mean \"AGRO\"?",
                "pinProjects.INV-001.phase: unknown phase \"2031\"; did you mean \"2030\"?",
                "sectorReserves[0].landHa: must be at least 0.01 (and at most 1000000000), found -2");
    }

    @Test
    void whatTheScenarioOnlyCausedIsReportedInTheBaseAsChangedByIt() {
        InputProblem problem = only(problems("""
                "removeHubs": ["SEA-1"]"""));

        assertThat(problem.file()).isEqualTo(base + " as changed by " + scenarioFile());
        assertThat(problem.location()).isEqualTo("sectors[1].hubTypes[0]");
        assertThat(problem.message()).isEqualTo("no hub of type SEAPORT is defined in hubs");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<InputProblem> problems = problems("""
                "excludeClusters": ["CCN-03", "CCN-99"],
                "weights": {"logisticCost": 2},
                "removeHubs": ["SEA-1"],
                "delayClusters": {"CCN-02": 3}""");

        assertThat(problems).extracting(InputProblem::location).containsExactly("excludeClusters[0]",
                "excludeClusters[1]", "delayClusters.CCN-02", "sectors[1].hubTypes[0]", "weights.logisticCost");
    }

    @Test
    void aProblemInABaseElementIsReportedAtItsPositionInTheBase() {
        ChangedDataset changed = new ChangedDataset(json("""
                {"projects": [{"id": "A"}, {"id": "B"}, {"id": "C"}], "clusters": [{"id": "X"}]}"""));
        changed.items("projects").remove(changed.find("projects", "A"));
        changed.add("projects", json("{\"id\": \"D\"}"), "addProjects[0]");
        changed.find("clusters", "X").replace("stages", json("[]"), ChangedDataset.Origin.scenario(
                "clusters.X.stages"));
        changed.toTree();

        assertThat(changed.locate(new InputProblem("f", "projects[1].landHa", "m"), "s", "b").toString())
                .isEqualTo("b: projects[2].landHa: m");
        assertThat(changed.locate(new InputProblem("f", "projects[2].pinned.phase", "m"), "s", "b").toString())
                .isEqualTo("s: addProjects[0].pinned.phase: m");
        assertThat(changed.locate(new InputProblem("f", "clusters[0].stages", "m"), "s", "b").toString())
                .isEqualTo("s: clusters.X.stages: m");
        assertThat(changed.locate(new InputProblem("f", "clusters[0].name", "m"), "s", "b").toString())
                .isEqualTo("b: clusters[0].name: m");
        assertThat(changed.locate(new InputProblem("f", "(top level)", "m"), "s", "b").toString())
                .isEqualTo("b: (top level): m");
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private Path scenarioFile() {
        return dir.resolve("scenario.json");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A scenario named "Test" of the tiny dataset with these fields. */
    private Path scenario(String fields) {
        try {
            return write("scenario.json", "{\"formatVersion\": 1, \"name\": \"Test\", \"baseDataset\": \"dataset.json\","
                    + fields + "}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private DatasetReader.Dataset read(String fields) throws InvalidInputException {
        return DatasetReader.read(scenario(fields));
    }

    private List<InputProblem> problems(String fields) {
        return problemsReading(scenario(fields));
    }

    private static List<InputProblem> problemsReading(Path file) {
        try {
            DatasetReader.read(file);
        } catch (InvalidInputException e) {
            return e.getProblems();
        }
        return fail("expected " + file + " to be rejected");
    }

    private void expectOnly(String fields, String location, String message) {
        InputProblem problem = only(problems(fields));
        assertThat(problem.file()).isEqualTo(scenarioFile().toString());
        assertThat(problem.location()).isEqualTo(location);
        assertThat(problem.message()).isEqualTo(message);
    }

    private static InputProblem only(List<InputProblem> problems) {
        assertThat(problems).as("exactly one problem expected, got:%n%s", String.join("\n", describe(problems)))
                .hasSize(1);
        return problems.get(0);
    }

    /** "location: message" of each problem. */
    private static List<String> describe(List<InputProblem> problems) {
        return problems.stream().map(problem -> problem.location() + ": " + problem.message())
                .collect(Collectors.toList());
    }

    private static JsonNode json(String text) {
        try {
            return JsonMapper.builder().build().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Long> landByPhase(AllocationPlan plan, Cluster cluster) {
        return plan.getPhases().stream().map(cluster::getLandCapacity).toList();
    }

    private static List<String> blocks(AllocationPlan plan) {
        return plan.getProjects().stream().filter(Project::isReserveBlock).map(Project::getId).toList();
    }

    private static List<Long> softWeights(AllocationPlan plan) {
        AllocationConstraintConfiguration weights = plan.getConstraintConfiguration();
        return List.of(AllocationConstraintConfiguration.LOGISTICS_COST, AllocationConstraintConfiguration.START_DELAY,
                AllocationConstraintConfiguration.SECTOR_FRAGMENTATION,
                AllocationConstraintConfiguration.OPERATIONAL_TARGET,
                AllocationConstraintConfiguration.PREFERRED_CLUSTER).stream()
                .map(name -> weights.weightOf(name).softScore()).toList();
    }
}
