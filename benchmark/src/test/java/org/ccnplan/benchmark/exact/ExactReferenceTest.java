package org.ccnplan.benchmark.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command line: what it prints, the plan file it writes, and how it fails without a stack trace. */
class ExactReferenceTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ExactReference(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    @Test
    void solvesComparesWithTheEngineAndWritesThePlanFile(@TempDir Path folder) throws IOException {
        Path plan = folder.resolve("exact-plan.json");
        int exit = run(ExactDatasets.TINY_HAND.toString(), "--time-limit", "10s", "--workers", "2",
                "--engine-moves", "20000", "--output", plan.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExactReference.OK);
        assertThat(printed).contains("Proven optimal: yes")
                .contains("equal to the model's objectives): -1hard/-50medium/")
                .contains("Engine (move limit 20000, seed 1): -1hard/-50medium/")
                .contains("equal to the exact reference");
        JsonNode file = new ObjectMapper().readTree(plan.toFile());
        assertThat(printed).contains("objectives): " + file.get("score").asText());
        assertThat(file.get("termination").asText()).endsWith("proven optimal");
        assertThat(file.get("assignments")).hasSize(6);
    }

    @Test
    void saysWhatIsWrongWithoutAStackTrace(@TempDir Path folder) throws IOException {
        assertThat(run()).isEqualTo(ExactReference.USAGE);
        assertThat(run("x.json", "--time-limit", "soon")).isEqualTo(ExactReference.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing DATASET")
                .contains("'soon' is not a positive duration").doesNotContain("Exception");

        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1}");
        assertThat(run(broken.toString())).isEqualTo(ExactReference.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.json").doesNotContain("Exception");
    }

    @Test
    void comparesOnTheFirstLevelThatDiffers() {
        HardMediumSoftLongScore exact = HardMediumSoftLongScore.of(0, -200, -1000);
        assertThat(ExactReference.verdict(HardMediumSoftLongScore.of(0, -210, -900), exact))
                .isEqualTo("worse than the exact reference on the medium level by 10 (5.00%)");
        assertThat(ExactReference.verdict(HardMediumSoftLongScore.of(0, -200, -990), exact))
                .startsWith("better than the exact reference's plan on the soft level by 10 (1.00%)");
        assertThat(ExactReference.verdict(exact, exact)).isEqualTo("equal to the exact reference");
    }
}
