package org.ccnplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InvalidInputException;
import org.ccnplan.io.MadeFor;
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

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file, or a scenario of one.")
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
        DatasetReader.Dataset loaded = readWithPlan(spec, dataset, plan);
        AllocationPlan allocation = loaded.plan();
        PlanReport report = PlanReport.of(allocation);
        Texts texts = language.texts();
        String summary = texts.get("summary.scored", plan.toString(), allocation.getName());
        spec.commandLine().getOut().println(summary);
        TextReport.print(report, spec.commandLine().getOut(), texts);
        if (output != null) {
            SolveCommand.write(PlanWriter.planFile(allocation, report, loaded, null,
                    "scored, not solved", null), output);
            spec.commandLine().getOut().println(texts.get("summary.planWritten", output.toString()));
        }
        if (reportFile != null) {
            spec.commandLine().getOut().println(texts.get("summary.reportWritten",
                    ReportFile.writePlan(reportFile, summary, allocation, report, texts)));
        }
        return ExitCodes.OK;
    }

    /**
     * The dataset (or scenario) with the plan's assignments applied, after a warning if the plan was made for
     * another version of it. A fresh read every time: applying a plan sets the dataset's projects.
     */
    static DatasetReader.Dataset readWithPlan(CommandSpec spec, Path dataset, Path plan) throws InvalidInputException {
        DatasetReader.Dataset loaded = DatasetReader.read(dataset);
        warnIfMadeForAnother(spec, plan, PlanReader.apply(plan, loaded.plan()), loaded);
        return loaded;
    }

    /**
     * A plan records the SHA-256 of the dataset, and the scenario, it was made for: a different one is worth a
     * warning, not a refusal.
     */
    static void warnIfMadeForAnother(CommandSpec spec, Path plan, MadeFor madeFor, DatasetReader.Dataset loaded) {
        for (String difference : madeFor.differencesFrom(loaded)) {
            spec.commandLine().getErr().println("ccnplan: warning: " + plan + " " + difference
                    + "; scoring it anyway.");
        }
    }
}
