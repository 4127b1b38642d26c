package org.ccnplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.PlanFile;
import org.ccnplan.io.PlanReader;
import org.ccnplan.io.PlanWriter;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.Texts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Scores and explains a given plan, such as a manual allocation, against a dataset. */
@Command(name = "score", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Score and explain a plan against a dataset, without solving.",
                "The plan may be written by hand with only \"assignments\": a project not listed is unplaced,"
                        + " a pinned project not listed stays at its pin."})
public class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file.")
    Path dataset;

    @Parameters(index = "1", paramLabel = "PLAN", description = "The plan JSON file.")
    Path plan;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN",
            description = "Also write the complete, scored plan file here. Default: not written.")
    Path output;

    @Option(names = "--report", paramLabel = "FILE", description = ReportFile.DESCRIPTION)
    Path reportFile;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws Exception {
        SolveCommand.refuseToOverwrite(spec, dataset, output);
        SolveCommand.refuseToOverwrite(spec, plan, output);
        SolveCommand.refuseToOverwrite(spec, dataset, reportFile);
        SolveCommand.refuseToOverwrite(spec, plan, reportFile);
        ReportFile.checkFormat(spec, reportFile, true);
        DatasetReader.Dataset loaded = DatasetReader.read(dataset);
        AllocationPlan allocation = loaded.plan();
        warnIfMadeForAnother(spec, plan, PlanReader.apply(plan, allocation), loaded);
        PlanReport report = PlanReport.of(allocation);
        Texts texts = language.texts();
        String summary = texts.get("summary.scored", plan.toString(), allocation.getName());
        spec.commandLine().getOut().println(summary);
        TextReport.print(report, spec.commandLine().getOut(), texts);
        if (output != null) {
            SolveCommand.write(PlanWriter.planFile(allocation, report, loaded.sha256(), null,
                    "scored, not solved", null), output);
            spec.commandLine().getOut().println(texts.get("summary.planWritten", output.toString()));
        }
        if (reportFile != null) {
            spec.commandLine().getOut().println(texts.get("summary.reportWritten",
                    ReportFile.writePlan(reportFile, summary, allocation, report, texts)));
        }
        return ExitCodes.OK;
    }

    /** A plan records the SHA-256 of the dataset it was made for: a different one is worth a warning, not a refusal. */
    static void warnIfMadeForAnother(CommandSpec spec, Path plan, String madeFor, DatasetReader.Dataset loaded) {
        if (madeFor != null && !madeFor.equals(loaded.sha256())) {
            spec.commandLine().getErr().println("ccnplan: warning: " + plan + " was made for another version of the"
                    + " dataset (SHA-256 " + madeFor.substring(0, Math.min(12, madeFor.length())) + "..., this one is "
                    + loaded.sha256().substring(0, 12) + "...); scoring it anyway.");
        }
    }
}
