package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CommandLineTest {

    static final String SMALL = "../solver/src/test/resources/datasets/small-province.json";

    @TempDir
    Path directory;

    /** What one run of the command line printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static void assertNoStackTrace(Run run) {
        assertThat(run.out() + run.err()).doesNotContain("\tat ", "Exception:", "Exception\n");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "solve", "score", "compare", "bench", "Exit codes:",
                "3  invalid input");
    }

    @Test
    void everyCommandHasHelpWithItsDefaultsAndExitCodes() {
        Run solve = run("solve", "--help");

        assertThat(solve.exitCode()).isZero();
        assertThat(solve.out()).contains("--time-limit", "Default: 30s", "--seed", "Default: 42", "--moves",
                "Exit codes:");
        for (String command : new String[] {"validate", "score", "compare", "bench"}) {
            assertThat(run(command, "--help").out()).contains("Usage: ccnplan " + command, "Exit codes:");
        }
    }

    @Test
    void versionNamesTheEngineAndOptaPlanner() {
        Run run = run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ccnplan 0.1.0", "OptaPlanner 10.1.0");
    }

    @Test
    void benchPrintsOneRowPerSeedAndTimeLimitAfterItsWarmUp() {
        Run run = run("bench", SMALL, "--seeds", "1,2", "--time-limits", "300ms", "--warm-up", "200ms");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("warm-up 200 ms", "garbage collector ",
                "| Time limit | Seed | Score | Feasible | First feasible plan after | Score calculations/s |");
        assertThat(run.out().lines().filter(line -> line.startsWith("| 300 ms | "))).hasSize(2);
    }

    @Test
    void validateSummarisesAValidDatasetInOneLine() {
        Run run = run("validate", SMALL);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Valid dataset \"Small test province (synthetic): 4 clusters\": 4 clusters,"
                + " 12 projects (1 pinned), 3 reserve blocks, 3 phases");
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void validateListsEveryProblemWithFileAndPathAndExitsWith3() throws Exception {
        String broken = Files.readString(Path.of(SMALL))
                .replace("\"landHa\": 3.5", "\"landHa\": -3.5")
                .replace("\"sector\": \"TEXTILE\", \"landHa\": 4", "\"sector\": \"TEXTIL\", \"landHa\": 4");
        Path dataset = directory.resolve("broken.json");
        Files.writeString(dataset, broken);

        Run run = run("validate", dataset.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("invalid input (2 problems)",
                dataset + ": projects[0].landHa: must be at least 0.01",
                dataset + ": projects[1].sector: unknown sector \"TEXTIL\"; did you mean \"TEXTILE\"?");
        assertNoStackTrace(run);
    }

    @Test
    void aMissingOrEmptyFileIsInvalidInputNotACrash() throws Exception {
        Run missing = run("validate", directory.resolve("nope.json").toString());
        Path empty = Files.createFile(directory.resolve("empty.json"));
        Run emptyRun = run("solve", empty.toString());
        Run folder = run("validate", directory.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.err()).contains("no such file");
        assertThat(emptyRun.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(emptyRun.err()).contains("empty");
        assertThat(folder.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(folder.err()).contains("is a directory");
        assertNoStackTrace(missing);
        assertNoStackTrace(emptyRun);
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() throws Exception {
        Path dataset = directory.resolve("syntax.json");
        Files.writeString(dataset, "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",,\n}");

        Run run = run("validate", dataset.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(dataset + ": line 3, column");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("solve").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("solve", SMALL, "--frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("solve", SMALL, "--time-limit", "10x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("solve", SMALL, "--moves", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run().exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anOutputThatIsTheInputOrAnAbsurdTimeLimitIsAUsageError() throws Exception {
        Path dataset = Files.copy(Path.of(SMALL), directory.resolve("dataset.json"));

        Run overwrite = run("solve", dataset.toString(), "--moves", "10", "-q", "-o", dataset.toString());
        Run tooLong = run("solve", SMALL, "--time-limit", "99999999999999999999h");

        assertThat(overwrite.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(overwrite.err()).contains("is the input file");
        assertThat(Files.readString(dataset)).isEqualTo(Files.readString(Path.of(SMALL)));
        assertThat(tooLong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertNoStackTrace(tooLong);
    }

    @Test
    void thePlanFileGetsTheSamePermissionsAsAnyNewFile() throws Exception {
        Path plan = directory.resolve("plan.json");
        Path ordinary = Files.createFile(directory.resolve("ordinary.txt"));

        assertThat(run("solve", SMALL, "--moves", "10", "-q", "-o", plan.toString()).exitCode()).isZero();

        assertThat(Files.getPosixFilePermissions(plan)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void solvePrintsTheTablesAndWritesTheFullPlanFile() throws Exception {
        Path plan = directory.resolve("out/plan.json");

        Run run = run("solve", SMALL, "--moves", "20000", "--seed", "9", "--quiet", "--output", plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("with seed 9, move limit 20,000", "Score: ", "Constraints", "Land capacity",
                "Preferred cluster", "Clusters by phase", "CCN-01", "Headline figures", "Projects placed",
                "Logistics", "Operational target 2025", "Unplaced projects",
                "Unavoidable violations caused by pinned projects (1)", "INV-001");
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(plan.toFile());
        assertThat(json.get("constraints")).hasSize(13);
        assertThat(json.get("assignments")).hasSize(15);
        assertThat(json.get("seed").asLong()).isEqualTo(9);
        assertThat(run.out()).contains("Score: " + json.get("score").asText());
        assertThat(Files.list(plan.getParent())).containsExactly(plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"}) // Ctrl-C, and a polite kill
    void aStopSignalDuringSolveKeepsTheBestPlanAndExitsNormally(String signal) throws Exception {
        Path plan = directory.resolve("interrupted.json");
        Path log = directory.resolve("solve.log");
        Process solve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "solve", SMALL, "--time-limit", "5m", "--quiet", "--output", plan.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Thread.sleep(4_000); // loaded and searching
        assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(solve.pid())).start().waitFor()).isZero();

        assertThat(solve.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("stops promptly").isTrue();
        String output = Files.readString(log);
        assertThat(solve.exitValue()).as(output).isEqualTo(ExitCodes.OK);
        assertThat(output).contains("interrupted", "Score: ");
        JsonNode json = new ObjectMapper().readTree(plan.toFile());
        assertThat(json.get("termination").asText()).isEqualTo("interrupted");
        assertThat(json.get("assignments")).hasSize(15);
    }

    @Test
    void twoSeparateRunsWithTheSameSeedAndMoveLimitWriteTheSamePlan() throws Exception {
        String first = planWithoutRun(solveInChildProcess("first.json"));
        String second = planWithoutRun(solveInChildProcess("second.json"));

        assertThat(first).isEqualTo(second).contains("\"termination\" : \"move limit 30000\"");
    }

    private Path solveInChildProcess(String planName) throws Exception {
        Path plan = directory.resolve(planName);
        Process solve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "solve", SMALL, "--moves", "30000", "--seed", "3", "--quiet", "--output", plan.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve(planName + ".log").toFile()).start();
        assertThat(solve.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(solve.exitValue()).isZero();
        return plan;
    }

    /** The plan file without its "run" block, the only part that may differ between runs. */
    static String planWithoutRun(Path plan) throws Exception {
        String json = Files.readString(plan);
        return json.substring(0, json.indexOf("\"run\" :"));
    }

    @Test
    void aHardKillNeverLeavesAPartialPlanFile() throws Exception {
        Path plan = directory.resolve("plan.json");
        Files.writeString(plan, "{\"assignments\": []}"); // the previous plan, which a killed run must not damage
        String previous = Files.readString(plan);
        // Kills at moments spread around the end of a 1 s search, when the plan is being written; the last one comes
        // after the run has written its plan.
        boolean written = false;
        for (int killAfterMillis : new int[] {1_000, 1_600, 2_200, 2_800, 8_000}) {
            Process solve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "solve", SMALL, "--time-limit", "1s", "--quiet", "--output", plan.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("solve.log").toFile()).start();
            Thread.sleep(killAfterMillis);
            solve.destroyForcibly(); // SIGKILL: no chance to clean up
            solve.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);

            String now = Files.readString(plan);
            if (!now.equals(previous)) {
                JsonNode json = new ObjectMapper().readTree(now); // complete, or this throws
                assertThat(json.get("assignments")).as("killed after %d ms", killAfterMillis).hasSize(15);
                assertThat(json.get("score").asText()).isNotEmpty();
                previous = now;
                written = true;
            }
        }
        assertThat(written).as("some run got as far as writing its plan").isTrue();
    }

    @Test
    void scoreExplainsAHandWrittenPlan() throws Exception {
        Path plan = directory.resolve("manual.json");
        Files.writeString(plan, """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2025"},
                                 {"project": "INV-004", "cluster": "CCN-03", "phase": "2025"}]}""");
        Path output = directory.resolve("scored.json");

        Run run = run("score", SMALL, plan.toString(), "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Score: ", "Unplaced projects (12)");
        JsonNode json = new ObjectMapper().readTree(output.toFile());
        assertThat(json.get("termination").asText()).isEqualTo("scored, not solved");
        assertThat(json.get("seed").isNull()).isTrue();
    }

    @Test
    void compareShowsTwoHandWrittenPlansSideBySideWithWhatChanged() throws Exception {
        Path baseline = directory.resolve("baseline.json");
        Files.writeString(baseline, """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2025"},
                                 {"project": "INV-004", "cluster": "CCN-03", "phase": "2025"},
                                 {"project": "INV-005", "cluster": "CCN-02", "phase": "2025"}]}""");
        Path variant = directory.resolve("variant.json");
        Files.writeString(variant, """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-02", "phase": "2025"},
                                 {"project": "INV-004", "cluster": "CCN-03", "phase": "2030"},
                                 {"project": "INV-006", "cluster": "CCN-01", "phase": "2030"}]}""");

        Run run = run("compare", SMALL, baseline.toString(), variant.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("A  " + baseline + "  (baseline)", "B  " + variant,
                "Constraints: score impact (matches)", "Headline figures",
                "Projects placed differently in B than in A (4)");
        assertThat(run.out().lines().filter(line -> line.startsWith("  Projects placed "))
                .map(line -> line.strip().replaceAll("\\s{2,}", " | ")))
                .containsExactly("Projects placed | 4 of 12 | 4 of 12"); // INV-001 is pinned in both
        assertThat(run.out().lines().filter(line -> line.startsWith("  INV-00")).map(String::strip)
                .map(line -> line.replaceAll("\\s{2,}", " | ")))
                .containsExactly(
                        "INV-002 | Nhà máy may xuất khẩu Hưng Phát | moved | CCN-01 from 2025 | CCN-02 from 2025",
                        "INV-004 | Nhà máy khung pin mặt trời Ánh Dương | rescheduled | CCN-03 from 2025 | CCN-03 from 2030",
                        "INV-005 | Xưởng sấy nông sản Suối Tre | unplaced | CCN-02 from 2025 | unplaced",
                        "INV-006 | Nhà máy giày da Thành Công | placed | unplaced | CCN-01 from 2030");
    }

    /** A hand-written plan placing INV-002 (Nhà máy may xuất khẩu Hưng Phát) in CCN-01 from 2025, nothing else. */
    private Path placingInv002InCcn01() throws Exception {
        Path plan = directory.resolve("manual.json");
        Files.writeString(plan, """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2025"}]}""");
        return plan;
    }

    @Test
    void scoreAndCompareWriteMarkdownReportsForAMemo() throws Exception {
        Path plan = placingInv002InCcn01();
        Path scored = directory.resolve("scored.md");
        Path compared = directory.resolve("compared.md");

        Run score = run("score", SMALL, plan.toString(), "--report", scored.toString());
        Run compare = run("compare", SMALL, plan.toString(), plan.toString(), "--report", compared.toString());

        assertThat(score.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(score.out()).contains("Report written to " + scored);
        List<String> lines = Files.readAllLines(scored, StandardCharsets.UTF_8);
        assertThat(lines).contains("## Constraints", "| Constraint | Level | Matches | Score impact |",
                "|---|---|---:|---:|", "## Unplaced projects (13)"); // 10 projects, 3 reserve blocks
        assertThat(lines.stream().filter(line -> line.startsWith("| ") && line.contains(" | hard | "))).hasSize(7);
        assertThat(lines).anyMatch(line -> line.startsWith("| INV-005 | Xưởng sấy nông sản Suối Tre | AGRO |"));
        assertThat(compare.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(compared)).contains("## Score", "| Level | A | B |",
                "## Projects placed differently in B than in A (0)", "- none");
    }

    @Test
    void aCsvReportHoldsTheAssignmentsAndTheClustersForASpreadsheet() throws Exception {
        Path plan = placingInv002InCcn01();
        Path csv = directory.resolve("scored.csv");

        Run run = run("score", SMALL, plan.toString(), "--report", csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Report written to " + csv + ", " + directory.resolve("scored-clusters.csv"));
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF); // for Excel
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> assignments;
        try (CSVParser parser = CSVParser.parse(new String(bytes, StandardCharsets.UTF_8).substring(1), format)) {
            assignments = parser.getRecords();
        }
        assertThat(assignments).hasSize(15); // 12 projects and 3 reserve blocks
        CSVRecord placed = assignments.stream().filter(record -> record.get("project").equals("INV-002"))
                .findFirst().orElseThrow();
        assertThat(placed.get("name")).isEqualTo("Nhà máy may xuất khẩu Hưng Phát");
        assertThat(placed.get("cluster")).isEqualTo("CCN-01");
        assertThat(placed.get("phase")).isEqualTo("2025");
        assertThat(assignments.stream().filter(record -> record.get("cluster").isEmpty())).hasSize(13);
        List<CSVRecord> clusters;
        try (CSVParser parser = CSVParser.parse(Files.readString(directory.resolve("scored-clusters.csv"))
                .substring(1), format)) {
            clusters = parser.getRecords();
        }
        assertThat(clusters).hasSize(4 * 3); // every cluster in every phase
        assertThat(clusters.get(0).get("cluster")).isEqualTo("CCN-01");
        assertThat(clusters.get(0).get("phase")).isEqualTo("2025");

        Run compare = run("compare", SMALL, plan.toString(), plan.toString(), "--report", csv.toString());
        assertThat(compare.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(compare.err()).contains("name the file with .md (Markdown)");
    }

    @Test
    void aGeoJsonReportPlacesClustersAndHubsWithThePlansFigures() throws Exception {
        Path plan = placingInv002InCcn01();
        Path geoJson = directory.resolve("map.geojson");

        Run run = run("score", SMALL, plan.toString(), "--report", geoJson.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode map = new ObjectMapper().readTree(geoJson.toFile());
        JsonNode dataset = new ObjectMapper().readTree(Path.of(SMALL).toFile());
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(map.get("features")).hasSize(dataset.get("clusters").size() + dataset.get("hubs").size());
        JsonNode first = map.get("features").get(0);
        assertThat(first.get("geometry").get("coordinates").get(0).decimalValue()) // GeoJSON: longitude first
                .isEqualByComparingTo(dataset.get("clusters").get(0).get("lon").decimalValue());
        assertThat(first.get("geometry").get("coordinates").get(1).decimalValue())
                .isEqualByComparingTo(dataset.get("clusters").get(0).get("lat").decimalValue());
        JsonNode properties = first.get("properties");
        assertThat(properties.get("kind").asText()).isEqualTo("cluster");
        assertThat(properties.get("name").asText()).isEqualTo(dataset.get("clusters").get(0).get("name").asText());
        assertThat(properties.get("projects_2025").asInt()).isEqualTo(2); // INV-002, and INV-001 pinned there
        assertThat(properties.get("mainSector").isTextual()).isTrue();
        JsonNode lastFeature = map.get("features").get(map.get("features").size() - 1);
        assertThat(lastFeature.get("properties").get("kind").asText()).isEqualTo("hub");
    }

    @Test
    void aReportInAFormatTheToolDoesNotWriteIsAUsageError() {
        Run run = run("solve", SMALL, "--moves", "10", "--report", directory.resolve("plan.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(
                "unknown report format; name the file with .md (Markdown), .html, .csv, .xlsx or .geojson");
        assertThat(directory.resolve("plan.pdf")).doesNotExist();
    }

    @Test
    void compareNeedsTwoPlansAndRejectsAnInvalidOne() throws Exception {
        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, """
                {"assignments": [{"project": "INV-999", "cluster": "CCN-01", "phase": "2025"}]}""");
        Path empty = directory.resolve("empty.json");
        Files.writeString(empty, """
                {"assignments": []}""");

        assertThat(run("compare", SMALL, empty.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        Run planFirst = run("compare", empty.toString(), SMALL, empty.toString());
        assertThat(planFirst.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(planFirst.err()).contains("the first file must be the dataset (or a scenario) the plans were made"
                + " for; " + empty + " is a plan");
        Run datasetLast = run("compare", SMALL, empty.toString(), empty.toString(), SMALL);
        assertThat(datasetLast.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(datasetLast.err()).contains(SMALL + " is a dataset or scenario with no plan after it");
        Path truncated = directory.resolve("truncated.json");
        Files.writeString(truncated, "{\"assignments\": [");
        Run unreadable = run("compare", SMALL, empty.toString(), truncated.toString());
        assertThat(unreadable.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unreadable.err()).contains(truncated + ": line 1");
        Run invalid = run("compare", SMALL, empty.toString(), broken.toString());
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.err()).contains(broken.toString(), "INV-999");
        assertNoStackTrace(invalid);
    }

    @Test
    void scoringAPlanMadeForAnotherVersionOfTheDatasetWarns() throws Exception {
        Path plan = directory.resolve("old.json");
        Files.writeString(plan, """
                {"datasetSha256": "0000000000000000", "assignments": []}""");

        Run run = run("score", SMALL, plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("warning: " + plan + " was made for another version of the dataset");
    }

    @Test
    void scoreRejectsAnInvalidPlanWithExit3() throws Exception {
        Path plan = directory.resolve("bad.json");
        Files.writeString(plan, """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01"}]}""");

        Run run = run("score", SMALL, plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(plan + ": assignments[0].phase: a placed project needs a phase");
        assertNoStackTrace(run);
    }

    @Test
    void anOutputThatCannotBeWrittenIsAClearFailure() throws Exception {
        Path blocked = Files.createDirectories(directory.resolve("taken"));
        Files.writeString(blocked.resolve("inside.txt"), "keeps the directory non-empty");

        Run run = run("solve", SMALL, "--moves", "500", "--quiet", "--output", blocked.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("cannot write the plan to " + blocked);
        assertNoStackTrace(run);
    }
}
