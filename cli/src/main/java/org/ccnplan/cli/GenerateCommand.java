package org.ccnplan.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ccnplan.generate.GeneratorSettings;
import org.ccnplan.generate.GeneratorSettings.Scale;
import org.ccnplan.generate.InstanceGenerator;
import org.ccnplan.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a synthetic dataset of realistic proportions, for benchmarks and trials. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Write a synthetic dataset (illustrative data, SPEC v1) of realistic proportions: clusters of"
                + " 10-75 ha ready phase by phase, projects of 0.5-10 ha sized to the --tightness asked, the sample"
                + " province's sectors and hubs' kinds, a few pinned projects that fit where they are pinned.",
                "The same options give the same file, byte for byte."})
public class GenerateCommand implements Callable<Integer> {

    private static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
            .build();

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "PROVINCE",
            description = "Standard size: PROVINCE (36 clusters, 300 projects), REGION (300, 3000) or NATION"
                    + " (1500, 20000). Default: ${DEFAULT-VALUE}.")
    Scale scale;

    @Option(names = "--clusters", paramLabel = "N", description = "Number of clusters. Default: the scale's.")
    Integer clusters;

    @Option(names = "--projects", paramLabel = "N", description = "Number of projects. Default: the scale's.")
    Integer projects;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--tightness", paramLabel = "X", defaultValue = "0.9",
            description = "Land asked for by the projects and reserves against all clusters' land in the last phase. "
                    + "Default: ${DEFAULT-VALUE}.")
    BigDecimal tightness;

    @Option(names = "--pinned-share", paramLabel = "X", defaultValue = "0.02",
            description = "Share of projects pinned by an existing licence (each where it fits). "
                    + "Default: ${DEFAULT-VALUE}.")
    BigDecimal pinnedShare;

    @Option(names = "--reserves", paramLabel = "N",
            description = "Number of sector reserves. Default: one per 7 clusters.")
    Integer reserves;

    @Option(names = "--hubs", paramLabel = "N",
            description = "Number of logistics hubs, at least 7 (one of each type). "
                    + "Default: one per 4 clusters, at least 10.")
    Integer hubs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The dataset file to write, atomically.")
    Path output;

    @Override
    public Integer call() throws Exception {
        int clusterCount = clusters != null ? clusters : scale.clusters();
        GeneratorSettings settings = new GeneratorSettings(clusterCount,
                projects != null ? projects : scale.projects(), seed, tightness, pinnedShare,
                reserves != null ? reserves : GeneratorSettings.defaultReserves(clusterCount),
                hubs != null ? hubs : GeneratorSettings.defaultHubs(clusterCount));
        check(settings.clusters() >= 1, "--clusters must be at least 1");
        check(settings.projects() >= 0, "--projects must not be negative");
        check(settings.hubs() >= 7, "--hubs must be at least 7: one hub of each type");
        check(settings.reserves() >= 0, "--reserves must not be negative");
        check(tightness.signum() > 0 && tightness.compareTo(BigDecimal.TEN) <= 0, "--tightness must be in (0, 10]");
        check(pinnedShare.signum() >= 0 && pinnedShare.compareTo(BigDecimal.ONE) <= 0,
                "--pinned-share must be in [0, 1]");
        byte[] bytes = WRITER.writeValueAsBytes(InstanceGenerator.generate(settings));
        try {
            AtomicFiles.write(output, bytes);
        } catch (IOException e) {
            throw new Main.OutputException("cannot write the dataset to " + output + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("Dataset written to " + output + " (" + settings.clusters()
                + " clusters, " + settings.projects() + " projects, seed " + seed + ")");
        return ExitCodes.OK;
    }

    private void check(boolean condition, String message) {
        if (!condition) {
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
