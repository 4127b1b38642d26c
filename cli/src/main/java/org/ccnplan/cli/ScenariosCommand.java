package org.ccnplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InputProblem;
import org.ccnplan.io.InvalidInputException;
import org.ccnplan.report.PlanComparison;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.Texts;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.SolveOutcome;
import org.ccnplan.solve.SolverSettings;
import org.optaplanner.core.config.solver.EnvironmentMode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Solves a base dataset and its scenarios side by side, writes every plan, and compares them. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Solve a base dataset and each scenario (in parallel, up to --threads at a time, each with the"
                + " same time or move limit and seed), write every plan into --output-dir, and compare the plans:"
                + " the base is plan A, the scenarios B, C, ... in the order given.",
                "Every input is checked before anything is solved. Ctrl-C stops every search and keeps each best"
                        + " plan found so far."})
public class ScenariosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The base dataset JSON file.")
    Path base;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SCENARIO",
            description = "Scenario JSON files (or other datasets) to solve and compare with the base.")
    List<Path> scenarios;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Each solve stops after this long: 500ms, 30s, 5m, 1h. "
                    + "Default: 30s, or no time limit when --moves is given.")
    Duration timeLimit;

    @Option(names = "--moves", paramLabel = "N",
            description = "Each solve stops after evaluating N moves: repeatable plans. Default: no move limit.")
    Long moves;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Random seed of every search. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many solves run at once. Default: the machine's cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "scenario-plans",
            description = "Where the plan files go, one per input, named after it (NAME.plan.json). "
                    + "Default: ${DEFAULT-VALUE}.")
    Path outputDirectory;

    @Option(names = "--report", paramLabel = "FILE", description = ReportFile.COMPARISON_DESCRIPTION)
    Path report;

    @Mixin
    LangOption language;

    /** One input to solve: the file, the dataset (or scenario) it holds, and where its plan goes. */
    private record Job(Path file, DatasetReader.Dataset loaded, Path planFile) {
    }

    @Override
    public Integer call() throws Exception {
        if (moves != null && moves < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--moves must be at least 1, found " + moves);
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, found " + threads);
        }
        ReportFile.checkFormat(spec, report, false);
        List<Path> inputs = new ArrayList<>(List.of(base));
        inputs.addAll(scenarios);
        for (Path input : inputs) {
            SolveCommand.refuseToOverwrite(spec, input, report);
        }
        List<Job> jobs = load(inputs);
        try {
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new Main.OutputException("cannot create the directory " + outputDirectory + " for the plans: "
                    + e.getMessage());
        }
        Texts texts = language.texts();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SolveOutcome> outcomes = solveAll(jobs, err);
        List<String> labels = new ArrayList<>();
        List<AllocationPlan> plans = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            SolveOutcome outcome = outcomes.get(i);
            SolveCommand.write(SolveCommand.planFile(outcome, PlanReport.of(outcome.plan()), job.loaded(), seed),
                    job.planFile());
            labels.add(ComparisonReport.label(i));
            plans.add(outcome.plan());
            sources.add(job.file() + scenarioName(job.loaded()) + " -> " + job.planFile());
        }
        PlanComparison comparison = PlanComparison.of(labels, plans);
        String title = texts.get("scenarios.title", texts.number(jobs.size() - 1), jobs.get(0).loaded().plan().getName());
        ComparisonReport.print(title, sources, comparison, new ReportSink.Plain(out), texts);
        out.println(texts.get("scenarios.plansWritten", texts.number(jobs.size()), outputDirectory.toString()));
        if (report != null) {
            ReportFile.writeComparison(report, comparison, plans, texts,
                    sink -> ComparisonReport.print(title, sources, comparison, sink, texts));
            out.println(texts.get("summary.reportWritten", report.toString()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** " (scenario: NAME)" for a scenario, nothing for a dataset: what a comparison's plan stands for. */
    static String scenarioName(DatasetReader.Dataset loaded) {
        return loaded.scenario() == null ? "" : " (" + loaded.scenario().name() + ")";
    }

    /** Reads every input before solving any, and reports the problems of all of them at once. */
    private List<Job> load(List<Path> inputs) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        Set<String> planNames = new HashSet<>();
        for (Path input : inputs) {
            try {
                DatasetReader.Dataset loaded = DatasetReader.read(input);
                jobs.add(new Job(input, loaded, outputDirectory.resolve(planName(input, planNames))));
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return jobs;
    }

    /** NAME.plan.json after the input's file name; a second input of the same name gets NAME-2.plan.json. */
    private static String planName(Path input, Set<String> taken) {
        String name = input.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        String candidate = name + ".plan.json";
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "-" + n + ".plan.json";
        }
        return candidate;
    }

    /** Runs the solves on a pool of --threads; a signal stops them all, each keeping its best plan. */
    private List<SolveOutcome> solveAll(List<Job> jobs, PrintWriter err) throws Exception {
        Duration limit = timeLimit != null || moves != null ? timeLimit : SolveCommand.DEFAULT_TIME_LIMIT;
        List<AllocationSolver> solvers = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            solvers.add(new AllocationSolver(new SolverSettings(seed, limit, moves, EnvironmentMode.REPRODUCIBLE)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
        try (Interrupts ignored = Interrupts.onInterrupt(() -> solvers.forEach(AllocationSolver::stop))) {
            List<Future<SolveOutcome>> futures = new ArrayList<>();
            int[] finished = {0};
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                AllocationSolver solver = solvers.get(i);
                futures.add(pool.submit(() -> {
                    SolveOutcome outcome = solver.solve(job.loaded().plan(), null);
                    synchronized (finished) {
                        finished[0]++;
                        err.println("ccnplan: [" + finished[0] + "/" + jobs.size() + "] " + job.file() + ": "
                                + outcome.plan().getScore() + " (" + SolveCommand.terminationWords(outcome, language.texts()) + ")");
                        err.flush();
                    }
                    return outcome;
                }));
            }
            List<SolveOutcome> outcomes = new ArrayList<>();
            boolean interrupted = false;
            for (Future<SolveOutcome> future : futures) {
                outcomes.add(result(future));
                interrupted |= outcomes.get(outcomes.size() - 1).interrupted();
            }
            if (interrupted) {
                err.println("ccnplan: interrupted: the searches were stopped early; these are the best plans found"
                        + " so far.");
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A solve's outcome; a failure inside it surfaces as itself, not wrapped. */
    private static SolveOutcome result(Future<SolveOutcome> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
