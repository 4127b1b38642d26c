package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A nation-scale dataset of about 50 MB (1,500 clusters, 150,000 projects, copied from the sample province): it loads
 * and validates in the default heap, and in a heap far too small the tool says so clearly instead of crashing. Timings
 * belong in the benchmarks; this only proves that it works.
 */
class LargeDatasetTest {

    @TempDir
    static Path directory;

    static Path dataset;

    @BeforeAll
    static void writeANationScaleDataset() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode sample = (ObjectNode) mapper.readTree(Path.of("../datasets/sample-province/dataset.json").toFile());
        ArrayNode clusters = mapper.createArrayNode();
        for (int i = 0; i < 1_500; i++) {
            ObjectNode cluster = ((ObjectNode) sample.get("clusters").get(i % sample.get("clusters").size())).deepCopy();
            cluster.put("id", "CCN-%05d".formatted(i));
            clusters.add(cluster);
        }
        ArrayNode projects = mapper.createArrayNode();
        for (int i = 0; i < 150_000; i++) {
            ObjectNode project = ((ObjectNode) sample.get("projects").get(i % sample.get("projects").size())).deepCopy();
            project.put("id", "INV-%06d".formatted(i));
            project.remove("pinned");
            project.remove("preferredClusters");
            projects.add(project);
        }
        sample.set("clusters", clusters);
        sample.set("projects", projects);
        sample.put("name", "Nation scale (synthetic): 1,500 clusters");
        dataset = directory.resolve("nation.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(dataset.toFile(), sample);
    }

    @Test
    void aFiftyMegabyteDatasetValidatesInTheDefaultHeap() throws Exception {
        assertThat(Files.size(dataset)).isGreaterThan(45_000_000L);

        CommandLineTest.Run run = CommandLineTest.run("validate", dataset.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1,500 clusters, 150,000 projects");
    }

    @Test
    void tooSmallAHeapEndsWithAClearMessageNotACrash() throws Exception {
        Path log = directory.resolve("validate.log");
        Process validate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "validate", dataset.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(validate.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log);
        assertThat(validate.exitValue()).as(output).isEqualTo(ExitCodes.FAILURE);
        assertThat(output).contains("ccnplan: out of memory", "CCNPLAN_JAVA_OPTS").doesNotContain("\tat ");
    }
}
