package org.ccnplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InvalidInputException;
import org.ccnplan.io.JsonFiles;
import org.ccnplan.report.PlanComparison;
import org.ccnplan.report.Texts;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Puts two or more plans of one dataset side by side: scores, rules, headline figures and the projects that moved. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Compare two or more plans of a dataset, or of a dataset and its scenarios, side by side:"
                + " score levels, every rule, the headline figures, and the projects placed differently from the"
                + " first plan.",
                "Each plan is scored again against the dataset or scenario named before it, so plans written by hand"
                        + " compare too: compare base.json a.json b.json scenario.json c.json"})
public class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "3..*", paramLabel = "DATASET|PLAN",
            description = "A dataset (or scenario) file, then the plan files made for it; another dataset or scenario"
                    + " may follow with its own plans. The first plan is the baseline the others are compared with.")
    List<Path> files;

    @Option(names = "--report", paramLabel = "FILE", description = ReportFile.COMPARISON_DESCRIPTION)
    Path report;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws Exception {
        ReportFile.checkFormat(spec, report, false);
        for (Path file : files) {
            SolveCommand.refuseToOverwrite(spec, file, report);
        }
        List<String> labels = new ArrayList<>();
        List<AllocationPlan> allocations = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        String datasetName = null;
        Path input = null;
        boolean inputHasPlans = false;
        for (Path file : files) {
            if (!isPlan(file)) {
                refuseWithoutPlans(input, inputHasPlans);
                input = file;
                inputHasPlans = false;
                continue;
            }
            inputHasPlans = true;
            if (input == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the first file must be the dataset"
                        + " (or a scenario) the plans were made for; " + file + " is a plan");
            }
            DatasetReader.Dataset loaded = ScoreCommand.readWithPlan(spec, input, file);
            datasetName = datasetName == null ? loaded.plan().getName() : datasetName;
            labels.add(ComparisonReport.label(labels.size()));
            allocations.add(loaded.plan());
            sources.add(input.equals(files.get(0)) ? file.toString()
                    : file + " (" + input + ScenariosCommand.scenarioName(loaded) + ")");
        }
        refuseWithoutPlans(input, inputHasPlans);
        if (allocations.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "name two or more plans to compare, after the dataset they were made for");
        }
        PlanComparison comparison = PlanComparison.of(labels, allocations);
        Texts texts = language.texts();
        String title = texts.get("compare.title", texts.number(allocations.size()), datasetName);
        PrintWriter out = spec.commandLine().getOut();
        ComparisonReport.print(title, sources, comparison, new ReportSink.Plain(out), texts);
        out.flush();
        if (report != null) {
            ReportFile.writeComparison(report, comparison, allocations, texts,
                    sink -> ComparisonReport.print(title, sources, comparison, sink, texts));
            out.println(texts.get("summary.reportWritten", report.toString()));
        }
        return ExitCodes.OK;
    }

    /** A dataset or scenario named without a plan after it is a slip worth saying, not a file to ignore. */
    private void refuseWithoutPlans(Path input, boolean hasPlans) {
        if (input != null && !hasPlans) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + " is a dataset or scenario with no"
                    + " plan after it; name the plans made for it after it");
        }
    }

    /** A plan file holds assignments; a dataset or scenario does not. */
    private static boolean isPlan(Path file) throws InvalidInputException {
        JsonNode tree = JsonFiles.read(file).tree();
        return tree.isObject() && tree.has("assignments");
    }
}
