package org.ccnplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.PlanReader;
import org.ccnplan.report.PlanComparison;
import org.ccnplan.report.Texts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Puts two or more plans of one dataset side by side: scores, rules, headline figures and the projects that moved. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Compare two or more plans of a dataset side by side: score levels, every rule, the headline"
                + " figures, and the projects placed differently from the first plan.",
                "Every plan is scored again against the dataset, so plans written by hand compare too."})
public class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file the plans were made for.")
    Path dataset;

    @Parameters(index = "1..*", arity = "2..*", paramLabel = "PLAN",
            description = "The plan JSON files; the first is the baseline the others are compared with.")
    List<Path> plans;

    @Option(names = "--report", paramLabel = "FILE", description = ReportFile.COMPARISON_DESCRIPTION)
    Path report;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws Exception {
        ReportFile.checkFormat(spec, report, false);
        SolveCommand.refuseToOverwrite(spec, dataset, report);
        for (Path plan : plans) {
            SolveCommand.refuseToOverwrite(spec, plan, report);
        }
        List<String> labels = new ArrayList<>();
        List<AllocationPlan> allocations = new ArrayList<>();
        String datasetName = null;
        for (Path plan : plans) {
            // A fresh read per plan: applying a plan sets the dataset's projects.
            DatasetReader.Dataset loaded = DatasetReader.read(dataset);
            ScoreCommand.warnIfMadeForAnother(spec, plan, PlanReader.apply(plan, loaded.plan()), loaded);
            datasetName = loaded.plan().getName();
            labels.add(ComparisonReport.label(labels.size()));
            allocations.add(loaded.plan());
        }
        PlanComparison comparison = PlanComparison.of(labels, allocations);
        Texts texts = language.texts();
        String title = texts.get("compare.title", texts.number(plans.size()), datasetName);
        List<String> sources = plans.stream().map(Path::toString).toList();
        PrintWriter out = spec.commandLine().getOut();
        ComparisonReport.print(title, sources, comparison, new ReportSink.Plain(out), texts);
        out.flush();
        if (report != null) {
            ReportFile.write(report, sink -> ComparisonReport.print(title, sources, comparison, sink, texts));
            out.println(texts.get("summary.reportWritten", report.toString()));
        }
        return ExitCodes.OK;
    }
}
