package org.ccnplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.ccnplan.io.AtomicFiles;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What the workbook commands share: the output's extension checked before any work, and atomic writing. */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /** A usage error when a file is not named with the extension of what is written into it. */
    static void requireExtension(CommandSpec spec, String option, Path file, String extension) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + file + ": name the file"
                    + " with " + extension + (extension.equals(".xlsx") ? " (an Excel workbook)" : " (a dataset)"));
        }
    }

    static void write(Path file, byte[] content) throws Main.OutputException {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new Main.OutputException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
