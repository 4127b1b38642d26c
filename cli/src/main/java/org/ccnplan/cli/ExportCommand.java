package org.ccnplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.sheets.WorkbookWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a dataset as a workbook in the layout of the template, so that importing it gives the same dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Write a dataset as a workbook (.xlsx) in the layout of `ccnplan template`, with its notes and"
                + " validations, for planners to edit in Excel.",
                "Importing the workbook again gives the same dataset."})
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file.")
    Path dataset;

    @Option(names = {"-o", "--output"}, paramLabel = "WORKBOOK", required = true,
            description = "Write the workbook (.xlsx) here, atomically.")
    Path output;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws Exception {
        SolveCommand.refuseToOverwrite(spec, dataset, output);
        WorkbookFiles.requireExtension(spec, "--output", output, ".xlsx");
        AllocationPlan plan = DatasetReader.read(dataset).plan();
        WorkbookFiles.write(output, WorkbookWriter.export(plan));
        spec.commandLine().getOut().println(language.texts().get("xlsx.exported", plan.getName(),
                output.toString()));
        return ExitCodes.OK;
    }
}
