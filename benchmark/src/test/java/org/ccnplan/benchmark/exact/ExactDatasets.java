package org.ccnplan.benchmark.exact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.generate.GeneratorSettings;
import org.ccnplan.generate.InstanceGenerator;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InvalidInputException;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The datasets the exact reference's tests solve: a hand-made tiny one, and generated ones written to a folder. */
final class ExactDatasets {

    /** 3 clusters, 6 projects (2 pinned, one against zoning), 2 phases, an incompatible pair, a target. */
    static final Path TINY_HAND = Path.of("src/test/resources/datasets/tiny-hand.json");
    /**
     * Sectors incompatible with themselves, a one-block reserve, a target of 0% at a phase where a cluster has no land
     * yet, and at most 2 sectors a cluster: the rules' corner cases, which the optimum of TINY_HAND never touches.
     */
    static final Path SELF_INCOMPATIBLE = Path.of("src/test/resources/datasets/self-incompatible.json");
    /** The shipped sample province: 36 clusters, 259 projects, 5 reserves. */
    static final Path SAMPLE_PROVINCE = Path.of("../datasets/sample-province/dataset.json");

    /** As ccnplan generate writes: decimals as written, never in exponent notation. */
    private static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ExactDatasets() {
    }

    static AllocationPlan load(Path path) {
        try {
            return DatasetReader.read(path).plan();
        } catch (InvalidInputException e) {
            throw new AssertionError("Test dataset " + path + " is invalid:\n" + e.getMessage(), e);
        }
    }

    /** Writes a generated dataset into the folder and returns its path: the same settings give the same file. */
    static Path generated(Path folder, int clusters, int projects, long seed, String tightness, String pinnedShare,
            int reserves) {
        Path file = folder.resolve("generated-" + clusters + "x" + projects + "-seed" + seed + ".json");
        GeneratorSettings settings = new GeneratorSettings(clusters, projects, seed, new BigDecimal(tightness),
                new BigDecimal(pinnedShare), reserves, GeneratorSettings.defaultHubs(clusters));
        try {
            Files.write(file, WRITER.writeValueAsBytes(InstanceGenerator.generate(settings)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
