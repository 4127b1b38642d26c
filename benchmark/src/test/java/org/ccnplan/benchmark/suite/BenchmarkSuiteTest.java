package org.ccnplan.benchmark.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The suite end to end on a tiny configuration: every part runs and prints well-formed tables (no timing checked). */
class BenchmarkSuiteTest {

    @Test
    void runsEveryPartOnATinyConfigurationAndPrintsTables() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = new BenchmarkSuite(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8)).run(List.of(
                        "--small", "--small-projects", "40", "--small-seeds", "1", "--engine-seeds", "1",
                        "--small-time-limit", "2s", "--small-exact-time-limit", "2s",
                        "--province", "--province-seeds", "1", "--province-checkpoints", "1s,2s",
                        "--province-exact-time-limit", "3s", "--workers", "2",
                        "--scales", "province", "--scale-time-limit", "2s", "--child-heap", "1g",
                        "--speed", "--speed-time-limit", "1s"));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output + errors.toString(StandardCharsets.UTF_8)).isZero();

        List<List<List<String>>> tables = tables(output);
        assertThat(tables).hasSize(4);
        // Small: one instance, one engine seed.
        assertThat(tables.get(0)).hasSize(1);
        List<String> small = tables.get(0).get(0);
        assertThat(small.get(0)).isEqualTo("8 x 40, seed 1");
        assertThat(small.get(1)).matches("0hard/-\\d+medium/-\\d+soft");
        assertThat(small.get(5)).isIn("yes", "no", "better");
        assertThat(output).containsPattern("Optimum found on [01] of 1 runs");
        // Province: one instance, one seed, two checkpoints.
        assertThat(tables.get(1)).hasSize(2);
        assertThat(tables.get(1)).extracting(row -> row.get(4)).containsExactly("1 s", "2 s");
        assertThat(tables.get(1).get(1).get(6)).matches("-|none|(hard|medium|soft) [+-]\\d+ \\(.*\\)");
        // Scales: the province, run in its own JVM.
        assertThat(tables.get(2)).hasSize(1);
        List<String> scale = tables.get(2).get(0);
        assertThat(scale.get(0)).isEqualTo("province");
        assertThat(scale.get(1)).isEqualTo("36 x 300");
        assertThat(scale.get(6)).matches("[\\d,]+");
        assertThat(scale.get(7)).matches("[\\d,]+ MB");
        // Speed: one row per variant; the framework baseline's plan is not scored by all 13 rules.
        assertThat(tables.get(3)).extracting(row -> row.get(0)).containsExactly("all four, as `ccnplan solve`",
                "change cluster, change phase, swap", "ruin-and-recreate only", "change cluster, change phase, swap");
        assertThat(tables.get(3)).extracting(row -> row.get(2)).allMatch(cell -> cell.matches("[1-9][\\d,]*"));
        assertThat(tables.get(3).get(0).get(3)).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(tables.get(3).get(3).get(1)).startsWith("2 of the 13");
    }

    @Test
    void rejectsAnUnknownOption() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = new BenchmarkSuite(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8)).run(List.of("--scales", "planet"));
        assertThat(exit).isEqualTo(BenchmarkSuite.USAGE);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("'planet' is not province, region or nation");
    }

    /** Each Markdown table's body rows, as cells, checking that every row has as many cells as its header. */
    private static List<List<List<String>>> tables(String output) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        int columns = 0;
        for (String line : output.split("\n")) {
            if (!line.startsWith("|")) {
                current = null;
                continue;
            }
            List<String> cells = cells(line);
            if (current == null) {
                current = new ArrayList<>();
                tables.add(current);
                columns = cells.size();
            } else if (cells.stream().allMatch(cell -> cell.matches("-+:?|:?-+:?"))) {
                assertThat(cells).hasSize(columns);
            } else {
                assertThat(cells).as(line).hasSize(columns);
                current.add(cells);
            }
        }
        return tables;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }
}
