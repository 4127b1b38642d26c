package org.ccnplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.PlanExplanation;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.ScoreBreakdown;
import org.ccnplan.report.Texts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Explains a plan's score in plain words: every match, the clusters, the projects, and the unplaced projects. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Explain a plan's score: every match of every constraint in plain words, the score by cluster"
                + " and by project, and for each unplaced project what placing it in each cluster would break or"
                + " cost.",
                "The plan may be written by hand with only \"assignments\", as for score."})
public class ExplainCommand implements Callable<Integer> {

    static final String REPORT_DESCRIPTION = "Also write the whole explanation, every match included, to this file,"
            + " atomically: Markdown (.md) for a memo, or HTML (.html) with the plan's map and chart. Default: not"
            + " written.";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file, or a scenario of one.")
    Path dataset;

    @Parameters(index = "1", paramLabel = "PLAN", description = "The plan JSON file.")
    Path plan;

    @Option(names = "--report", paramLabel = "FILE", description = REPORT_DESCRIPTION)
    Path reportFile;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws Exception {
        SolveCommand.refuseToOverwrite(spec, dataset, reportFile);
        SolveCommand.refuseToOverwrite(spec, plan, reportFile);
        ReportFile.checkFormat(spec, reportFile, false);
        AllocationPlan allocation = ScoreCommand.readWithPlan(spec, dataset, plan).plan();
        ScoreBreakdown breakdown = ScoreBreakdown.of(allocation);
        PlanExplanation explanation = PlanExplanation.of(breakdown);
        ExplanationWords words = ExplanationWords.of(language.lang);
        Texts texts = words.texts();
        String summary = texts.get("explain.summary", plan.toString(), allocation.getName());
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary);
        print(explanation, words, new ReportSink.Plain(out), ExplanationReport.TERMINAL_MATCHES_PER_RULE);
        out.flush();
        if (reportFile != null) {
            if (ReportFile.isHtml(reportFile)) {
                HtmlReport.writePlan(reportFile, texts, summary, allocation, PlanReport.of(breakdown),
                        sink -> print(explanation, words, sink, Integer.MAX_VALUE));
            } else {
                ReportFile.write(reportFile, sink -> {
                    sink.paragraph(summary);
                    print(explanation, words, sink, Integer.MAX_VALUE);
                });
            }
            out.println(texts.get("summary.reportWritten", reportFile.toString()));
        }
        return ExitCodes.OK;
    }

    private static void print(PlanExplanation explanation, ExplanationWords words, ReportSink sink,
            int matchesPerRule) {
        sink.paragraph(ExplanationReport.scoreLine(explanation.score(), words.texts()));
        ExplanationReport.print(explanation, words, sink, matchesPerRule);
    }
}
