package org.ccnplan.benchmark.exact;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InvalidInputException;
import org.ccnplan.io.PlanFile;
import org.ccnplan.io.PlanWriter;
import org.ccnplan.report.PlanReport;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.SolveOutcome;
import org.ccnplan.solve.SolverSettings;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * The exact reference from the command line (benchmarks only; not part of ccnplan): solves a dataset with CP-SAT level
 * by level, prints each level's objective, bound, gap and proof, and optionally the engine's score on the same
 * dataset and the plan file.
 */
public final class ExactReference {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;

    private final PrintStream out;
    private final PrintStream err;

    ExactReference(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new ExactReference(out, err).run(List.of(args)));
    }

    int run(List<String> args) {
        ExactReferenceArguments arguments;
        try {
            arguments = ExactReferenceArguments.parse(args);
        } catch (ExactReferenceArguments.UsageException e) {
            err.println("exact-reference: " + e.getMessage());
            err.println(ExactReferenceArguments.USAGE);
            return USAGE;
        }
        try {
            DatasetReader.Dataset dataset = DatasetReader.read(arguments.dataset());
            out.println("Exact reference (CP-SAT, " + arguments.settings().workers() + " workers, "
                    + seconds(arguments.settings().timeLimitPerLevel().toMillis()) + " per level) on "
                    + dataset.plan().getName());
            ExactResult result = new LexicographicSolver(arguments.settings()).solve(dataset.plan());
            printResult(result);
            if (arguments.runsEngine()) {
                compareWithEngine(arguments, result.score());
            }
            if (arguments.output() != null) {
                PlanFile planFile = PlanWriter.planFile(result.plan(), PlanReport.of(result.plan()), dataset, null,
                        termination(result, arguments.settings()), new PlanFile.Run(result.wallMillis(), 0, 0));
                PlanWriter.write(planFile, arguments.output());
                out.println("Plan written to " + arguments.output());
            }
            return OK;
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return INVALID_INPUT;
        } catch (ExactReferenceException | ExactModelMismatchException e) {
            err.println("exact-reference: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("exact-reference: cannot write the plan file: " + e.getMessage());
            return FAILED;
        }
    }

    private void printResult(ExactResult result) {
        out.printf(Locale.ROOT, "%-8s %15s %15s %8s %7s %9s%n", "level", "objective", "bound", "gap", "proven",
                "time");
        for (LevelResult level : result.levels()) {
            out.printf(Locale.ROOT, "%-8s %15d %15d %7.2f%% %7s %9s%n", level.level().label(), level.objective(),
                    level.bound(), 100 * level.gap(), level.proven() ? "yes" : "no", seconds(level.wallMillis()));
        }
        out.println("Score (plain recomputation, equal to the model's objectives): " + result.score());
        out.println("Proven optimal: " + (result.provenOptimal() ? "yes" : "no"));
        out.println("Wall time: " + seconds(result.wallMillis()));
    }

    private void compareWithEngine(ExactReferenceArguments arguments, HardMediumSoftLongScore exact)
            throws InvalidInputException {
        SolverSettings settings = new SolverSettings(arguments.engineSeed(), arguments.engineTimeLimit(),
                arguments.engineMoves(), EnvironmentMode.REPRODUCIBLE);
        DatasetReader.Dataset fresh = DatasetReader.read(arguments.dataset());
        SolveOutcome outcome = new AllocationSolver(settings).solve(fresh.plan(), null);
        HardMediumSoftLongScore engine = outcome.plan().getScore();
        out.println("Engine (" + outcome.termination() + ", seed " + arguments.engineSeed() + "): " + engine + ", "
                + verdict(engine, exact));
    }

    /** How the engine's score compares, on the first level where the two differ. */
    static String verdict(HardMediumSoftLongScore engine, HardMediumSoftLongScore exact) {
        for (Level level : Level.values()) {
            long engineLevel = level.penaltyIn(engine);
            long exactLevel = level.penaltyIn(exact);
            if (engineLevel != exactLevel) {
                String difference = String.format(Locale.ROOT, "%d%s", Math.abs(engineLevel - exactLevel),
                        exactLevel == 0 ? "" : String.format(Locale.ROOT, " (%.2f%%)",
                                100.0 * Math.abs(engineLevel - exactLevel) / exactLevel));
                return engineLevel > exactLevel
                        ? "worse than the exact reference on the " + level.label() + " level by " + difference
                        : "better than the exact reference's plan on the " + level.label() + " level by " + difference
                                + " (so that plan is not optimal)";
            }
        }
        return "equal to the exact reference";
    }

    private static String termination(ExactResult result, ExactSettings settings) {
        return "exact reference (CP-SAT), " + seconds(settings.timeLimitPerLevel().toMillis()) + " per level: "
                + (result.provenOptimal() ? "proven optimal" : "not proven optimal");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
