package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccnplan.cli.CommandLineTest.SMALL;
import static org.ccnplan.cli.CommandLineTest.assertNoStackTrace;
import static org.ccnplan.cli.CommandLineTest.planWithoutRun;
import static org.ccnplan.cli.CommandLineTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.ccnplan.cli.CommandLineTest.Run;
import org.ccnplan.report.Lang;
import org.ccnplan.report.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code ccnplan scenarios}: the base and every variant solved in parallel, each plan written, one comparison. */
class ScenariosCommandTest {

    @TempDir
    Path directory;

    /** The small province with logistics weighted 20 times: a variant whose plan must differ. */
    private Path logisticsTwentyTimes() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode dataset = (ObjectNode) mapper.readTree(Path.of(SMALL).toFile());
        ((ObjectNode) dataset.get("weights")).put("logisticsCost", 20);
        Path variant = directory.resolve("logistics-x20.json");
        Files.writeString(variant, mapper.writeValueAsString(dataset));
        return variant;
    }

    @Test
    void solvesEveryInputWritesEveryPlanAndComparesThem() throws Exception {
        Path variant = logisticsTwentyTimes();
        Path plans = directory.resolve("plans");
        Path report = directory.resolve("comparison.md");

        Run run = run("scenarios", SMALL, variant.toString(), "--moves", "20000", "--seed", "5", "--threads", "2",
                "--output-dir", plans.toString(), "--report", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("[1/2]", "[2/2]");
        assertThat(run.out()).contains("Base and 1 scenarios of", "A  " + SMALL + " -> "
                + plans.resolve("small-province.plan.json") + "  (baseline)",
                "B  " + variant + " -> " + plans.resolve("logistics-x20.plan.json"),
                "Logistics cost", "Report written to " + report,
                "B weights Logistics cost 20 (A: 1): its soft score is not on the same scale");
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).contains("## Score");
        // Each plan is what solve gives for its input with the same seed and move limit.
        for (String[] input : new String[][] {{SMALL, "small-province"}, {variant.toString(), "logistics-x20"}}) {
            Path alone = directory.resolve(input[1] + "-alone.json");
            run("solve", input[0], "--moves", "20000", "--seed", "5", "--quiet", "--output", alone.toString());
            assertThat(planWithoutRun(plans.resolve(input[1] + ".plan.json"))).isEqualTo(planWithoutRun(alone));
        }
        assertThat(planWithoutRun(plans.resolve("small-province.plan.json")))
                .isNotEqualTo(planWithoutRun(plans.resolve("logistics-x20.plan.json")));
    }

    @Test
    void compareScoresEachPlanAgainstTheDatasetNamedBeforeIt() throws Exception {
        Path variant = logisticsTwentyTimes();
        Path plans = directory.resolve("plans");
        run("scenarios", SMALL, variant.toString(), "--moves", "20000", "--seed", "5", "--output-dir",
                plans.toString());
        Path basePlan = plans.resolve("small-province.plan.json");
        Path variantPlan = plans.resolve("logistics-x20.plan.json");

        Run both = run("compare", SMALL, basePlan.toString(), variant.toString(), variantPlan.toString());
        Run wrongDataset = run("compare", SMALL, basePlan.toString(), variantPlan.toString());

        assertThat(both.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(both.out()).contains("A  " + basePlan + "  (baseline)", "B  " + variantPlan + " (" + variant + ")");
        assertThat(both.err()).isEmpty();
        HardMediumSoftLongScore recorded = HardMediumSoftLongScore.parseScore(
                new ObjectMapper().readTree(variantPlan.toFile()).get("score").asText());
        assertThat(both.out()).containsPattern("Soft +[-0-9,]+ +" + Texts.of(Lang.EN).number(recorded.softScore())
                + "\n");
        assertThat(wrongDataset.err()).contains("was made for another version of the dataset");
    }

    @Test
    void aScenariosWithdrawnAndAddedInvestorsAreNamedInTheComparison() throws Exception {
        Path scenario = directory.resolve("dong-tien-withdraws.json");
        Files.writeString(scenario, """
                {"formatVersion": 1, "name": "Đồng Tiến withdraws; a second garment investor",
                 "baseDataset": "%s",
                 "withdrawProjects": ["INV-003"],
                 "addProjects": [{"id": "INV-100", "name": "Nhà máy may Thành Công", "sector": "TEXTILE",
                                  "landHa": 2, "powerMw": 0.5, "capitalBillionVnd": 120, "jobs": 600}]}"""
                .formatted(Path.of(SMALL).toAbsolutePath().toString().replace("\\", "/")));
        Path plans = directory.resolve("plans");

        Run run = run("scenarios", SMALL, scenario.toString(), "--moves", "20000", "--output-dir", plans.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("INV-003 +Nhà máy gạch không nung Đồng Tiến +withdrawn +.* +not in this plan")
                .containsPattern("INV-100 +Nhà máy may Thành Công +added +not in this plan +");
        JsonNode plan = new ObjectMapper().readTree(plans.resolve("dong-tien-withdraws.plan.json").toFile());
        assertThat(plan.get("scenario").get("name").asText()).isEqualTo("Đồng Tiến withdraws; a second garment investor");
    }

    @Test
    void inputsOfTheSameNameGetPlansOfTheirOwn() {
        Path plans = directory.resolve("plans");

        Run run = run("scenarios", SMALL, SMALL, "--moves", "2000", "--output-dir", plans.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(plans.resolve("small-province.plan.json")).exists();
        assertThat(plans.resolve("small-province-2.plan.json")).exists();
        assertThat(run.out()).contains("Projects placed differently in B than in A (0)");
    }

    @Test
    void everyBadInputIsReportedBeforeAnythingIsSolved() throws Exception {
        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1,");
        Path missing = directory.resolve("missing.json");
        Path plans = directory.resolve("plans");

        Run run = run("scenarios", SMALL, broken.toString(), missing.toString(), "--output-dir", plans.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("invalid input (2 problems)", broken + ": line 1", missing + ": (file): no such file");
        assertThat(plans).doesNotExist();
        assertNoStackTrace(run);
    }

    @Test
    void aStopSignalStopsEverySearchAndKeepsEachBestPlan() throws Exception {
        Path variant = logisticsTwentyTimes();
        Path plans = directory.resolve("plans");
        Path log = directory.resolve("scenarios.log");
        Process batch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "scenarios", SMALL, variant.toString(), "--time-limit", "5m", "--output-dir", plans.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Thread.sleep(4_000); // loaded and searching
        assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(batch.pid())).start().waitFor()).isZero();

        assertThat(batch.waitFor(60, TimeUnit.SECONDS)).as("stops promptly").isTrue();
        String output = Files.readString(log);
        assertThat(batch.exitValue()).as(output).isEqualTo(ExitCodes.OK);
        assertThat(output).contains("interrupted: the searches were stopped early", "Score");
        for (String plan : new String[] {"small-province.plan.json", "logistics-x20.plan.json"}) {
            JsonNode json = new ObjectMapper().readTree(plans.resolve(plan).toFile());
            assertThat(json.get("termination").asText()).isEqualTo("interrupted");
            assertThat(json.get("assignments")).hasSize(15);
        }
    }

    @Test
    void threadsAndMovesMustBePositive() {
        assertThat(run("scenarios", SMALL, SMALL, "--threads", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("scenarios", SMALL, SMALL, "--moves", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
