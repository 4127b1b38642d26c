package org.ccnplan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ccnplan.io.sheets.WorkbookWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes an empty dataset workbook: the sheets, headers, notes and validations a planner fills in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Write an empty dataset workbook (.xlsx) to fill in: one sheet per list of the dataset,"
                + " a notes sheet explaining every column in Vietnamese and English, drop-downs of sectors, phases,"
                + " clusters, hubs and hub types, and number ranges checked while typing.",
                "Turn the filled-in workbook into a dataset with `ccnplan import`."})
public class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "WORKBOOK", required = true,
            description = "Write the workbook (.xlsx) here, atomically.")
    Path output;

    @Option(names = "--phases", paramLabel = "ID,...", split = ",", defaultValue = "2025,2030,2035",
            description = "The phases filled in on the Phases sheet, in time order, each with a pair of land and"
                    + " power columns on the Clusters sheet (labels and end years are filled in for years)."
                    + " Default: ${DEFAULT-VALUE}.")
    List<String> phases;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws Exception {
        WorkbookFiles.requireExtension(spec, "--output", output, ".xlsx");
        if (phases.stream().anyMatch(String::isBlank) || phases.stream().distinct().count() < phases.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--phases " + String.join(",", phases)
                    + ": phase ids must be distinct and not empty");
        }
        WorkbookFiles.write(output, WorkbookWriter.template(phases));
        spec.commandLine().getOut().println(language.texts().get("xlsx.templateWritten", output.toString()));
        return ExitCodes.OK;
    }
}
