package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Valid but awkward datasets, as planners produce them: each still yields a plan and a clear account of it. Every
 * dataset here has one sector, AGRO (no logistics needs unless a test gives it some), and a seaport hub.
 */
class OddDatasetsTest {

    @TempDir
    Path directory;

    private static final String PHASES = """
            [{"id": "2025", "label": "to 2025", "endYear": 2025},
             {"id": "2030", "label": "2026-2030", "endYear": 2030},
             {"id": "2035", "label": "after 2030", "endYear": 2035}]""";

    @Test
    void aSinglePhaseDatasetSolves() throws Exception {
        Solved solved = solve("""
                [{"id": "2030", "label": "to 2030", "endYear": 2030}]""",
                cluster("CCN-01", """
                        [{"phase": "2030", "landHa": 10, "powerMw": 5}]"""),
                project("INV-001", "4", "") + "," + project("INV-002", "5", ""));

        assertThat(solved.plan().get("score").asText()).isEqualTo("0hard/0medium/0soft");
        assertThat(solved.out()).contains("Unplaced projects (0)");
    }

    @Test
    void whenNoProjectFitsAnywhereEveryProjectIsUnplacedAndSaidSo() throws Exception {
        Solved solved = solve(PHASES, cluster("CCN-01", """
                [{"phase": "2025", "landHa": 10, "powerMw": 5}]"""),
                project("INV-001", "20", "") + "," + project("INV-002", "30", ""));

        assertThat(solved.plan().get("feasible").asBoolean()).isTrue();
        assertThat(solved.out()).contains("Unplaced projects (2)", "INV-001", "INV-002", "Projects placed",
                "0 of 2");
    }

    @Test
    void validateWarnsOfAProjectNoClusterCanEverHold() throws Exception {
        Path dataset = directory.resolve("dataset.json");
        Files.writeString(dataset, write(PHASES, cluster("CCN-01", """
                [{"phase": "2025", "landHa": 10, "powerMw": 5}]"""),
                project("INV-001", "20", "") + "," + project("INV-002", "3", "")));

        CommandLineTest.Run run = CommandLineTest.run("validate", dataset.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Valid dataset");
        assertThat(run.err().lines()).containsExactly("ccnplan: warning: INV-001 needs 20.00 ha and 0.000 MW: no"
                + " cluster ever has that much land and power, so it can never be placed");
    }

    @Test
    void aDatasetOfPinnedProjectsOnlyIsScoredAsPinned() throws Exception {
        Solved solved = solve(PHASES, cluster("CCN-01", """
                [{"phase": "2025", "landHa": 10, "powerMw": 5}]"""),
                project("INV-001", "4", pin("CCN-01", "2025")) + "," + project("INV-002", "3", pin("CCN-01", "2030")));

        // INV-002 starts one phase after its earliest (the first): V = 1 x 1 phase.
        assertThat(solved.plan().get("score").asText()).isEqualTo("0hard/0medium/-1soft");
        assertThat(solved.plan().get("assignments").toString())
                .contains("{\"project\":\"INV-002\",\"cluster\":\"CCN-01\",\"phase\":\"2030\"}");
    }

    @Test
    void conflictingPinsAreReportedAsUnavoidableNamingTheProjects() throws Exception {
        Solved solved = solve(PHASES, cluster("CCN-01", """
                [{"phase": "2025", "landHa": 10, "powerMw": 5}]"""),
                project("INV-001", "6", pin("CCN-01", "2025")) + "," + project("INV-002", "6", pin("CCN-01", "2025"))
                        + "," + project("INV-003", "1", ""));

        assertThat(solved.plan().get("feasible").asBoolean()).isFalse();
        // 12 ha pinned on 10 ha: 200 hundredths of a hectare over in each of the 3 phases; INV-003 (value 1) left out.
        assertThat(solved.plan().get("score").asText()).isEqualTo("-600hard/-1medium/0soft");
        assertThat(solved.out()).contains("Unavoidable violations caused by pinned projects (");
        assertThat(solved.plan().get("unavoidableViolations").toString()).contains("INV-001", "INV-002");
        assertThat(solved.plan().get("unplacedProjects").toString()).contains("INV-003"); // no room left for it
    }

    @Test
    void aClusterReadyOnlyInTheLastPhaseTakesOnlyProjectsThatCanWait() throws Exception {
        Solved solved = solve(PHASES, cluster("CCN-01", """
                [{"phase": "2035", "landHa": 10, "powerMw": 5}]"""),
                project("INV-001", "4", "\"latestPhase\": \"2030\",") + "," + project("INV-002", "4", ""));

        assertThat(solved.plan().get("feasible").asBoolean()).isTrue();
        assertThat(solved.plan().get("unplacedProjects").toString()).isEqualTo("[\"INV-001\"]");
        assertThat(solved.plan().get("assignments").toString())
                .contains("{\"project\":\"INV-002\",\"cluster\":\"CCN-01\",\"phase\":\"2035\"}");
    }

    @Test
    void aSectorWhoseHubsAreOutOfReachOfEveryClusterIsLeftUnplaced() throws Exception {
        String dataset = write(PHASES, cluster("CCN-01", """
                [{"phase": "2025", "landHa": 10, "powerMw": 5}]"""),
                project("INV-001", "4", ""))
                .replace("\"hubTypes\": []", "\"hubTypes\": [\"SEAPORT\"], \"maxHubDistanceKm\": 1");
        Files.writeString(directory.resolve("dataset.json"), dataset);
        Solved solved = solve(directory.resolve("dataset.json"));

        assertThat(solved.plan().get("feasible").asBoolean()).isTrue();
        assertThat(solved.plan().get("unplacedProjects").toString()).isEqualTo("[\"INV-001\"]");
    }

    private record Solved(String out, JsonNode plan) {
    }

    private Solved solve(String phases, String clusters, String projects) throws Exception {
        Path dataset = directory.resolve("dataset.json");
        Files.writeString(dataset, write(phases, clusters, projects));
        return solve(dataset);
    }

    private Solved solve(Path dataset) throws Exception {
        Path plan = directory.resolve("plan.json");
        CommandLineTest.Run run = CommandLineTest.run("solve", dataset.toString(), "--moves", "3000", "--output",
                plan.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        CommandLineTest.assertNoStackTrace(run);
        return new Solved(run.out(), new ObjectMapper().readTree(plan.toFile()));
    }

    private static String write(String phases, String clusters, String projects) {
        return """
                {"formatVersion": 1, "name": "Odd data (synthetic)",
                 "phases": %s,
                 "hubs": [{"id": "SEA-1", "type": "SEAPORT", "lat": 10.0, "lon": 107.0}],
                 "sectors": [{"id": "AGRO", "name": "Chế biến nông sản", "environmentalClass": 1, "priority": 1,
                              "hubTypes": []}],
                 "clusters": [%s],
                 "projects": [%s]}""".formatted(phases, clusters, projects);
    }

    private static String cluster(String id, String stages) {
        return """
                {"id": "%s", "name": "Cụm công nghiệp %s", "lat": 11.0, "lon": 106.0, "stages": %s}"""
                .formatted(id, id, stages);
    }

    /** A project of AGRO with the given land; value 1 (capital 1 x priority 1), so a phase of delay costs 1. */
    private static String project(String id, String landHa, String more) {
        return """
                {"id": "%s", "name": "Nhà máy %s", "sector": "AGRO", "landHa": %s, "powerMw": 0,
                 %s "capitalBillionVnd": 1}""".formatted(id, id, landHa, more);
    }

    private static String pin(String cluster, String phase) {
        return "\"pinned\": {\"cluster\": \"%s\", \"phase\": \"%s\"},".formatted(cluster, phase);
    }
}
