package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Random mutations of a valid dataset (fixed seed, a few hundred per run): whatever a hand edit or a spreadsheet
 * export does to a dataset, the tool answers with a valid plan or a clear input error (exit 0 or 3), never a crash
 * (exit 1), a stack trace or a hang. Mutated datasets that still validate are also solved briefly.
 */
class MutatedDatasetTest {

    private static final Path SMALL = Path.of(CommandLineTest.SMALL);
    private static final int MUTANTS = 300;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path directory;

    @Test
    void noMutationOfAValidDatasetCrashesOrHangsTheTool() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode original = mapper.readTree(SMALL.toFile());
        Random random = new Random(20261125L);
        int valid = 0;
        int invalid = 0;
        for (int mutant = 0; mutant < MUTANTS; mutant++) {
            Path file = directory.resolve("mutant-" + mutant + ".json");
            if (random.nextInt(10) == 0) {
                byte[] bytes = mapper.writeValueAsBytes(original);
                Files.write(file, damageBytes(bytes, random));
            } else {
                JsonNode tree = original.deepCopy();
                int mutations = 1 + random.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    mutate(tree, random);
                }
                Files.writeString(file, mapper.writeValueAsString(tree), StandardCharsets.UTF_8);
            }
            String description = "mutant " + mutant + ":\n" + Files.readString(file, StandardCharsets.ISO_8859_1);

            CommandLineTest.Run validate = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> CommandLineTest.run("validate", file.toString()), description);
            assertThat(validate.exitCode()).as(description + "\n" + validate.err())
                    .isIn(ExitCodes.OK, ExitCodes.INVALID_INPUT);
            CommandLineTest.assertNoStackTrace(validate);
            if (validate.exitCode() == ExitCodes.INVALID_INPUT) {
                invalid++;
                assertThat(validate.err()).as(description).contains(file.toString());
                continue;
            }
            valid++;
            CommandLineTest.Run solve = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CommandLineTest.run("solve", file.toString(), "--moves", "300", "--quiet"), description);
            assertThat(solve.exitCode()).as(description + "\n" + solve.err()).isEqualTo(ExitCodes.OK);
            CommandLineTest.assertNoStackTrace(solve);
        }
        // Both outcomes must occur, or the mutations test nothing.
        assertThat(valid).isPositive();
        assertThat(invalid).isPositive();
    }

    @Test
    void noMutationOfAPlanFileCrashesOrHangsTheTool() throws Exception {
        Path original = directory.resolve("plan.json");
        CommandLineTest.Run solve = CommandLineTest.run("solve", SMALL.toString(), "--moves", "2000", "--quiet",
                "--output", original.toString());
        assertThat(solve.exitCode()).isEqualTo(ExitCodes.OK);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode plan = mapper.readTree(original.toFile());
        Random random = new Random(20261126L);
        int scored = 0;
        int invalid = 0;
        for (int mutant = 0; mutant < 150; mutant++) {
            Path file = directory.resolve("plan-mutant-" + mutant + ".json");
            JsonNode tree = plan.deepCopy();
            for (int m = 0; m < 1 + random.nextInt(3); m++) {
                mutate(tree, random);
            }
            Files.writeString(file, mapper.writeValueAsString(tree), StandardCharsets.UTF_8);
            String description = "plan mutant " + mutant + ":\n" + Files.readString(file);

            CommandLineTest.Run score = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> CommandLineTest.run("score", SMALL.toString(), file.toString()), description);

            assertThat(score.exitCode()).as(description + "\n" + score.err())
                    .isIn(ExitCodes.OK, ExitCodes.INVALID_INPUT);
            CommandLineTest.assertNoStackTrace(score);
            if (score.exitCode() == ExitCodes.OK) {
                scored++;
            } else {
                invalid++;
                assertThat(score.err()).as(description).contains(file.toString());
            }
        }
        assertThat(scored).isPositive();
        assertThat(invalid).isPositive();
    }

    /** One random change somewhere in the tree: a field removed, a value replaced, an element duplicated. */
    private static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name + (random.nextBoolean() ? "x" : ""), randomValue(random));
                case 2 -> object.set(name, randomValue(random));
                default -> object.set("unexpected", randomValue(random));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(3)) {
                case 0 -> array.remove(index);
                case 1 -> array.add(array.get(index).deepCopy()); // a duplicate id, usually
                default -> array.set(index, randomValue(random));
            }
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                fields.forEachRemaining(field -> collectContainers(field.getValue(), containers));
            } else {
                node.forEach(child -> collectContainers(child, containers));
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(7) - 3);
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 4 -> NODES.numberNode(new java.math.BigDecimal("-0.000000000000000000000000000000000001"));
            case 5 -> NODES.numberNode(Long.MAX_VALUE);
            case 6 -> NODES.textNode("");
            case 7 -> NODES.textNode("CCN-0" + random.nextInt(6));
            case 8 -> NODES.textNode("Cụm công nghiệp " + random.nextInt(100));
            case 9 -> NODES.arrayNode().add(random.nextInt(3));
            case 10 -> NODES.objectNode().put("phase", "2025");
            default -> NODES.numberNode(random.nextDouble() * 100);
        };
    }

    /** Byte-level damage: the file cut short, or a few bytes overwritten. */
    private static byte[] damageBytes(byte[] bytes, Random random) {
        if (random.nextBoolean()) {
            return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        byte[] damaged = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
        }
        return damaged;
    }
}
