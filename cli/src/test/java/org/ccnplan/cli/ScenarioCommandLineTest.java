package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every command that takes a DATASET takes a scenario of one; the plans it makes record the scenario. */
class ScenarioCommandLineTest {

    private static final String SCENARIO_NAME = "Cảng Phú Mỹ chậm, INV-004 rút";

    @TempDir
    Path directory;

    private Path base;
    private Path scenario;

    @BeforeEach
    void writeAScenarioOfTheSmallProvince() throws Exception {
        base = Files.copy(Path.of(CommandLineTest.SMALL), directory.resolve("small-province.json"));
        Files.createDirectories(directory.resolve("scenarios"));
        scenario = Files.writeString(directory.resolve("scenarios/delays.json"), """
                {
                  "formatVersion": 1,
                  "name": "%s",
                  "description": "CCN-03 a phase late; the solar-frame investor withdraws; logistics x2",
                  "baseDataset": "../small-province.json",
                  "delayClusters": {"CCN-03": 1},
                  "withdrawProjects": ["INV-004"],
                  "weights": {"logisticsCost": 2}
                }
                """.formatted(SCENARIO_NAME), StandardCharsets.UTF_8);
    }

    @Test
    void validateWarnsWhenAScenarioMakesAPinBreakAHardRule() throws Exception {
        Path delay = Files.writeString(directory.resolve("delay.json"), """
                {"formatVersion": 1, "name": "Tân Lập slips a phase", "baseDataset": "small-province.json",
                 "delayClusters": {"CCN-01": 1}}""");

        CommandLineTest.Run run = CommandLineTest.run("validate", delay.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("ccnplan: warning: pinned projects break a hard rule whatever the plan:"
                + " Cluster not ready: INV-001 (Nhà máy chế biến hạt điều Tân Lập) in CCN-01: starts in 2025, but the"
                + " cluster is ready only from 2030");
        assertThat(CommandLineTest.run("validate", base.toString()).err())
                .doesNotContain("Cluster not ready"); // the base's own pin conflict is the distance limit only
    }

    @Test
    void solvingAScenarioTwiceWritesTheSamePlanWhichRecordsTheScenario() throws Exception {
        Path first = directory.resolve("first.json");
        Path second = directory.resolve("second.json");

        CommandLineTest.Run run = solve(first);
        CommandLineTest.Run again = solve(second);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Solved \"Small test province (synthetic): 4 clusters [scenario: "
                + SCENARIO_NAME + "]\" with seed 11, move limit 20,000");
        JsonNode plan = new ObjectMapper().readTree(first.toFile());
        assertThat(plan.get("datasetName").asText()).isEqualTo("Small test province (synthetic): 4 clusters");
        assertThat(plan.get("datasetSha256").asText()).isEqualTo(sha256(base));
        assertThat(plan.get("scenario").get("name").asText()).isEqualTo(SCENARIO_NAME);
        assertThat(plan.get("scenario").get("sha256").asText()).isEqualTo(sha256(scenario));
        assertThat(plan.get("assignments")).hasSize(14); // 12 projects, one withdrawn, and 3 reserve blocks
        assertThat(plan.get("constraints").findValues("weight").get(8).asLong()).as("logistics cost").isEqualTo(2);
        assertThat(withoutRun(first)).isEqualTo(withoutRun(second)).doesNotContain(directory.toString());
    }

    @Test
    void validateListsWhatTheScenarioChanges() {
        CommandLineTest.Run run = CommandLineTest.run("validate", scenario.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).containsExactly(
                "Valid dataset \"Small test province (synthetic): 4 clusters [scenario: " + SCENARIO_NAME + "]\": 4"
                        + " clusters, 11 projects (1 pinned), 3 reserve blocks, 3 phases, 3 hubs, 4 sectors. Demand:"
                        + " land 43.30 ha against 55.00 ha of capacity by 2035, power 13.100 MW against 17.000 MW.",
                "Scenario \"" + SCENARIO_NAME + "\" changes \"Small test province (synthetic): 4 clusters\""
                        + " (3 changes):",
                "  - CCN-03: every stage delayed by 1 phase: 2025 -> 2030; the stage of 2035 (12 ha, 4 MW) would"
                        + " come after the last phase \"2035\" and is dropped",
                "  - INV-004 withdrawn",
                "  - weights.logisticsCost: 1 -> 2");
    }

    @Test
    void scoreAndCompareTakeAScenarioAndWarnAboutAPlanMadeWithoutIt() throws Exception {
        Path scenarioPlan = directory.resolve("scenario-plan.json");
        Path basePlan = directory.resolve("base-plan.json");
        assertThat(solve(scenarioPlan).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(CommandLineTest.run("solve", base.toString(), "--moves", "2000", "--quiet", "--output",
                basePlan.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        dropAssignmentOf("INV-004", basePlan); // withdrawn in the scenario: an unknown project there

        CommandLineTest.Run same = CommandLineTest.run("score", scenario.toString(), scenarioPlan.toString());
        CommandLineTest.Run other = CommandLineTest.run("score", scenario.toString(), basePlan.toString());
        CommandLineTest.Run plain = CommandLineTest.run("score", base.toString(), scenarioPlan.toString());
        CommandLineTest.Run compare = CommandLineTest.run("compare", scenario.toString(), basePlan.toString(),
                scenarioPlan.toString());

        assertThat(same.exitCode()).as(same.err()).isEqualTo(ExitCodes.OK);
        assertThat(same.err()).isEmpty();
        assertThat(other.exitCode()).as(other.err()).isEqualTo(ExitCodes.OK);
        assertThat(other.err()).contains("ccnplan: warning: " + basePlan + " was made for the dataset without a"
                + " scenario, not for scenario \"" + SCENARIO_NAME + "\"; scoring it anyway.");
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(plain.err()).contains("ccnplan: warning: " + scenarioPlan + " was made for scenario \""
                + SCENARIO_NAME + "\" (SHA-256 " + sha256(scenario).substring(0, 12) + "...), not for the dataset"
                + " without it; scoring it anyway.");
        assertThat(compare.exitCode()).as(compare.err()).isEqualTo(ExitCodes.OK);
        assertThat(compare.out()).contains("Comparing 2 plans of \"Small test province (synthetic): 4 clusters"
                + " [scenario: " + SCENARIO_NAME + "]\"");
    }

    @Test
    void aBrokenScenarioListsEveryProblemAndRunsNothing() throws Exception {
        Path broken = Files.writeString(directory.resolve("scenarios/broken.json"), """
                {"formatVersion": 1, "name": "Broken", "baseDataset": "../small-province.json",
                 "excludeClusters": ["CCN-01"], "weights": {"landCapacity": 1}, "removeHubs": ["PORT-1"]}""");
        Path plan = directory.resolve("never.json");

        CommandLineTest.Run run = CommandLineTest.run("solve", broken.toString(), "--moves", "100", "--output",
                plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("ccnplan: invalid input (4 problems):",
                broken + ": excludeClusters[0]: cluster \"CCN-01\" holds pinned project \"INV-001\"",
                directory.resolve("small-province.json") + " as changed by " + broken
                        + ": sectors[1].hubTypes[0]: no hub of type SEAPORT is defined in hubs",
                broken + ": weights.landCapacity: unknown property");
        assertThat(run.out()).isEmpty();
        assertThat(plan).doesNotExist();
        CommandLineTest.assertNoStackTrace(run);
    }

    private CommandLineTest.Run solve(Path output) {
        return CommandLineTest.run("solve", scenario.toString(), "--moves", "20000", "--seed", "11", "--quiet",
                "--output", output.toString());
    }

    private static void dropAssignmentOf(String project, Path plan) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(plan.toFile());
        ((ArrayNode) json.get("assignments")).removeIf(entry -> entry.get("project").asText().equals(project));
        mapper.writeValue(plan.toFile(), json);
    }

    /** The plan file without its "run" block, the only part that may differ between runs. */
    private static String withoutRun(Path plan) throws Exception {
        String json = Files.readString(plan);
        return json.substring(0, json.indexOf("\"run\" :"));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
