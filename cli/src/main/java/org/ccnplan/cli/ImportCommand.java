package org.ccnplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetWriter;
import org.ccnplan.io.sheets.WorkbookReader;
import org.ccnplan.report.Texts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads a dataset from a workbook or a folder of CSV files and writes it as a SPEC v1 dataset JSON file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Read a dataset from an Excel workbook (.xlsx) or a folder of CSV files (one per sheet) and"
                + " write it as a dataset JSON file.",
                "The layout (sheets, columns, notes) is the one `ccnplan template` writes; see docs/spreadsheets.md."
                        + " Every problem is listed with its sheet and cell (Projects!E17), and nothing is written"
                        + " when there is one."})
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKBOOK",
            description = "The workbook (.xlsx), or a folder of CSV files named after the sheets (settings.csv,"
                    + " phases.csv, projects.csv, ...; UTF-8, separated by commas or semicolons).")
    Path workbook;

    @Option(names = {"-o", "--output"}, paramLabel = "DATASET", required = true,
            description = "Write the dataset (JSON) here, atomically.")
    Path output;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws Exception {
        SolveCommand.refuseToOverwrite(spec, workbook, output);
        WorkbookFiles.requireExtension(spec, "--output", output, ".json");
        AllocationPlan plan = WorkbookReader.read(workbook);
        try {
            DatasetWriter.write(plan, output);
        } catch (IOException e) {
            throw new Main.OutputException("cannot write the dataset to " + output + ": " + e.getMessage());
        }
        Texts texts = language.texts();
        PrintWriter out = spec.commandLine().getOut();
        out.println(texts.get("xlsx.imported", workbook.toString(), output.toString()));
        out.println(ValidateCommand.summary(plan, texts));
        ValidateCommand.warn(ValidateCommand.neverPlaceable(plan), spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
