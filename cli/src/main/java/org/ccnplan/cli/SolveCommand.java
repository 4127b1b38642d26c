package org.ccnplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.PlanFile;
import org.ccnplan.io.PlanWriter;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.PlanExplanation;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.ScoreBreakdown;
import org.ccnplan.report.Texts;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.SolveOutcome;
import org.ccnplan.solve.SolverSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Optimises a dataset's allocation and prints (and optionally writes) the explained plan. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Optimise which cluster and phase every project and reserve block gets.",
                "Ctrl-C stops the search early and keeps the best plan found so far.",
                "Same dataset, same --seed and --moves without --time-limit: the same plan, byte for byte"
                        + " (all but its \"run\" timings)."})
public class SolveCommand implements Callable<Integer> {

    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file, or a scenario of one.")
    Path dataset;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop searching after this long: 500ms, 30s, 5m, 1h. "
                    + "Default: 30s, or no time limit when --moves is given.")
    Duration timeLimit;

    @Option(names = "--moves", paramLabel = "N",
            description = "Stop after evaluating N moves: a repeatable run (same seed, same plan). "
                    + "Default: no move limit.")
    Long moves;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Random seed of the search. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN",
            description = "Write the plan file (JSON) here, atomically. Default: not written.")
    Path output;

    @Option(names = "--report", paramLabel = "FILE", description = ReportFile.DESCRIPTION)
    Path reportFile;

    @Option(names = {"-q", "--quiet"}, description = "No live progress line on stderr.")
    boolean quiet;

    @Mixin
    LangOption language;

    @Option(names = "--explain", description = "After the report, explain the score: every match of every constraint"
            + " in plain words, the score by cluster and by project, and why each unplaced project is unplaced (as"
            + " ccnplan explain). With --report FILE.md or .html the file holds it too, every match included.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        if (moves != null && moves < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--moves must be at least 1, found " + moves);
        }
        refuseToOverwrite(spec, dataset, output);
        refuseToOverwrite(spec, dataset, reportFile);
        ReportFile.checkFormat(spec, reportFile, true);
        DatasetReader.Dataset loaded = DatasetReader.read(dataset);
        Duration limit = timeLimit != null || moves != null ? timeLimit : DEFAULT_TIME_LIMIT;
        SolverSettings settings = new SolverSettings(seed, limit, moves,
                org.optaplanner.core.config.solver.EnvironmentMode.REPRODUCIBLE);
        AllocationSolver solver = new AllocationSolver(settings);
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = quiet ? null : new ProgressLine(err);
        // Signals stay caught until the plan is written: a Ctrl-C while writing must not cut the file short.
        try (Interrupts ignored = Interrupts.onInterrupt(solver::stop)) {
            SolveOutcome outcome = solver.solve(loaded.plan(), progress);
            if (progress != null) {
                progress.finish();
            }
            report(outcome, loaded, err);
        }
        return ExitCodes.OK;
    }

    private void report(SolveOutcome outcome, DatasetReader.Dataset loaded, PrintWriter err)
            throws Main.OutputException {
        // The score both ways once, for the report and, with --explain, the explanation.
        ScoreBreakdown breakdown = ScoreBreakdown.of(outcome.plan());
        PlanReport report = PlanReport.of(breakdown);
        PrintWriter out = spec.commandLine().getOut();
        if (outcome.interrupted()) {
            err.println("ccnplan: interrupted: the search was stopped early; this is the best plan found so far.");
        }
        Texts texts = language.texts();
        String termination = terminationWords(outcome, texts);
        String summary = texts.get("summary.solved", outcome.plan().getName(), Long.toString(seed), termination,
                texts.plain(BigDecimal.valueOf(outcome.timeSpentMillis(), 3)),
                texts.number(outcome.scoreCalculationsPerSecond()));
        out.println(summary);
        TextReport.print(report, out, texts);
        if (output != null) {
            write(planFile(outcome, report, loaded, seed), output);
            out.println(texts.get("summary.planWritten", output.toString()));
        }
        // Explained once the plan file is safe: trying the unplaced projects in every cluster takes a moment.
        PlanExplanation explanation = explain ? PlanExplanation.of(breakdown) : null;
        ExplanationWords words = ExplanationWords.of(language.lang);
        if (explanation != null) {
            out.println();
            ExplanationReport.print(explanation, words, new ReportSink.Plain(out),
                    ExplanationReport.TERMINAL_MATCHES_PER_RULE);
            out.flush();
        }
        if (reportFile != null) {
            out.println(texts.get("summary.reportWritten", ReportFile.writePlan(reportFile, summary, outcome.plan(),
                    report, texts, sink -> {
                        if (explanation != null) {
                            ExplanationReport.print(explanation, words, sink, Integer.MAX_VALUE);
                        }
                    })));
        }
    }

    /**
     * What stopped the search, in the report's language; the plan file keeps the engine's English term
     * ({@code "move limit 100000"}, {@code "time limit 30s"}, ...).
     */
    static String terminationWords(SolveOutcome outcome, Texts texts) {
        String term = outcome.termination();
        if (outcome.interrupted()) {
            return texts.get("termination.interrupted");
        }
        if (term.startsWith(AllocationSolver.MOVE_LIMIT)) {
            return texts.get("termination.moves", texts.number(Long.parseLong(term.substring(
                    AllocationSolver.MOVE_LIMIT.length()))));
        }
        if (term.startsWith(AllocationSolver.TIME_LIMIT)) {
            return texts.get("termination.time", term.substring(AllocationSolver.TIME_LIMIT.length()));
        }
        return term.equals(AllocationSolver.NOTHING_TO_DECIDE) ? texts.get("termination.nothingToDecide") : term;
    }

    /** The plan file of a solve: the plan, its report, where it came from and how the run went. */
    static PlanFile planFile(SolveOutcome outcome, PlanReport report, DatasetReader.Dataset loaded, long seed) {
        return PlanWriter.planFile(outcome.plan(), report, loaded, seed, outcome.termination(),
                new PlanFile.Run(outcome.timeSpentMillis(), outcome.scoreCalculationCount(),
                        outcome.scoreCalculationsPerSecond()));
    }

    /** An output file that is one of the inputs would destroy the planner's data: a usage error. */
    static void refuseToOverwrite(CommandSpec spec, Path input, Path output) {
        try {
            if (output != null && Files.exists(output) && Files.isSameFile(input, output)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--output " + output + " is the input file " + input + "; choose another file");
            }
        } catch (IOException e) {
            // Cannot compare: the read or the write will report the file's problem itself.
        }
    }

    static void write(PlanFile planFile, Path output) throws Main.OutputException {
        try {
            PlanWriter.write(planFile, output);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null
                    ? fileSystem.getReason() : e.getMessage();
            throw new Main.OutputException("cannot write the plan to " + output + ": " + reason);
        }
    }
}
