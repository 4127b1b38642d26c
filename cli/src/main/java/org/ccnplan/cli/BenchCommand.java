package org.ccnplan.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.ccnplan.EngineVersion;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.SolveOutcome;
import org.ccnplan.solve.SolverSettings;
import org.optaplanner.core.config.solver.EnvironmentMode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures how a dataset solves: score at each time limit over several seeds, speed, time to first feasible plan. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Benchmark the solver on a dataset: one solve per seed and time limit, one after another.",
                "Prints a Markdown table for docs/benchmarks.md."})
public class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file, or a scenario of one.")
    Path dataset;

    @Option(names = "--seeds", split = ",", paramLabel = "N", defaultValue = "1,2,3",
            description = "Seeds to run, comma-separated. Default: ${DEFAULT-VALUE}.")
    List<Long> seeds;

    @Option(names = "--time-limits", split = ",", paramLabel = "DURATION", defaultValue = "10s,60s",
            converter = DurationConverter.class,
            description = "Time limits to run, comma-separated. Default: ${DEFAULT-VALUE}.")
    List<Duration> timeLimits;

    @Option(names = "--warm-up", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = {"One unreported solve first, so that every row measures code the JVM has compiled "
                    + "(as OptaPlanner's own benchmarker does); 0s to skip. Default: ${DEFAULT-VALUE}."})
    Duration warmUp;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DatasetReader.Dataset first = DatasetReader.read(dataset);
        out.println("Dataset: " + first.plan().getName() + " (sha256 " + first.sha256().substring(0, 12) + "...), "
                + "ccnplan " + EngineVersion.engine() + ", OptaPlanner " + EngineVersion.optaplanner() + ", Java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + "garbage collector " + garbageCollector() + ", warm-up " + format(warmUp));
        out.println();
        out.flush();
        if (!warmUp.isZero()) {
            new AllocationSolver(new SolverSettings(0L, warmUp, null, EnvironmentMode.REPRODUCIBLE))
                    .solve(first.plan(), null);
        }
        out.println("| Time limit | Seed | Score | Feasible | First feasible plan after | Score calculations/s |");
        out.println("|---:|---:|---|---|---:|---:|");
        out.flush();
        for (Duration limit : timeLimits) {
            for (long seed : seeds) {
                // A fresh read per run: every solve starts from the same unsolved dataset.
                DatasetReader.Dataset loaded = DatasetReader.read(dataset);
                SolveOutcome outcome = new AllocationSolver(new SolverSettings(seed, limit, null,
                        EnvironmentMode.REPRODUCIBLE)).solve(loaded.plan(), null);
                out.printf("| %s | %d | %s | %s | %s | %,d |%n", format(limit), seed,
                        outcome.plan().getScore(), outcome.plan().getScore().isFeasible() ? "yes" : "no",
                        outcome.firstFeasibleMillis() == null ? "never"
                                : String.format("%.1f s", outcome.firstFeasibleMillis() / 1000.0),
                        outcome.scoreCalculationsPerSecond());
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private static String format(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** The JVM's collectors by name, e.g. "PS Scavenge, PS MarkSweep" for the parallel collector. */
    private static String garbageCollector() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }
}
