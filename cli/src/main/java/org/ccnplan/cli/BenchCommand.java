package org.ccnplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

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

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file.")
    Path dataset;

    @Option(names = "--seeds", split = ",", paramLabel = "N", defaultValue = "1,2,3",
            description = "Seeds to run, comma-separated. Default: ${DEFAULT-VALUE}.")
    List<Long> seeds;

    @Option(names = "--time-limits", split = ",", paramLabel = "DURATION", defaultValue = "10s,60s",
            converter = DurationConverter.class,
            description = "Time limits to run, comma-separated. Default: ${DEFAULT-VALUE}.")
    List<Duration> timeLimits;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DatasetReader.Dataset first = DatasetReader.read(dataset);
        out.println("Dataset: " + first.plan().getName() + " (sha256 " + first.sha256().substring(0, 12) + "...), "
                + "ccnplan " + EngineVersion.engine() + ", OptaPlanner " + EngineVersion.optaplanner() + ", Java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        out.println();
        out.println("| Time limit | Seed | Score | Feasible | First feasible plan after | Score calculations/s |");
        out.println("|---:|---:|---|---|---:|---:|");
        out.flush();
        for (Duration limit : timeLimits) {
            for (long seed : seeds) {
                // A fresh read per run: every solve starts from the same unsolved dataset.
                DatasetReader.Dataset loaded = DatasetReader.read(dataset);
                SolveOutcome outcome = new AllocationSolver(new SolverSettings(seed, limit, null,
                        EnvironmentMode.REPRODUCIBLE)).solve(loaded.plan(), null);
                out.printf("| %s | %d | %s | %s | %s | %,d |%n", limit.toMillis() % 1000 == 0
                        ? limit.toSeconds() + " s" : limit.toMillis() + " ms", seed,
                        outcome.plan().getScore(), outcome.plan().getScore().isFeasible() ? "yes" : "no",
                        outcome.firstFeasibleMillis() == null ? "never"
                                : String.format("%.1f s", outcome.firstFeasibleMillis() / 1000.0),
                        outcome.scoreCalculationsPerSecond());
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
