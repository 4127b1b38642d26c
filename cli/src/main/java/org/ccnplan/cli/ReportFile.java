package org.ccnplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.AtomicFiles;
import org.ccnplan.report.PlanComparison;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.Texts;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --report FILE} option's file: its format comes from its extension; it is written whole or not at all. */
final class ReportFile {

    static final String DESCRIPTION = "Also write the report to this file, in the format of its extension: .md"
            + " (Markdown tables for a memo), .html (one self-contained page: the tables, a map of the clusters and a"
            + " chart of land and power use), .csv (the assignments, and the clusters by phase in FILE-clusters.csv,"
            + " for spreadsheets), .xlsx (an Excel workbook: headline figures, assignments, clusters by phase with"
            + " their use coloured, constraints, unplaced projects) or .geojson (clusters and hubs with the plan's"
            + " figures, for QGIS). Default: not written.";

    static final String COMPARISON_DESCRIPTION = "Also write the comparison to this file, in Markdown (.md) for a"
            + " memo, or as one self-contained page (.html) with a map per plan. Default: not written.";

    private ReportFile() {
    }

    /**
     * Fails as a usage error, before any work, when the file's extension names no format the tool writes (CSV and
     * GeoJSON only where a single plan is reported).
     */
    static void checkFormat(CommandSpec spec, Path report, boolean csvAllowed) {
        if (report != null && !isMarkdown(report) && !isHtml(report)
                && !(csvAllowed && (isCsv(report) || isGeoJson(report) || isXlsx(report)))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--report " + report
                    + ": unknown report format; name the file with .md (Markdown)"
                    + (csvAllowed ? ", .html, .csv, .xlsx or .geojson" : " or .html"));
        }
    }

    static boolean isMarkdown(Path report) {
        return report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    static boolean isHtml(Path report) {
        String name = report.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    static boolean isGeoJson(Path report) {
        return report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".geojson");
    }

    static boolean isXlsx(Path report) {
        return report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    static boolean isCsv(Path report) {
        return report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * Writes one plan's report in the file's format (after its summary line, in Markdown) and says where it went.
     */
    static String writePlan(Path file, String summary, AllocationPlan plan, PlanReport report, Texts texts)
            throws Main.OutputException {
        return writePlan(file, summary, plan, report, texts, sink -> {
        });
    }

    /** As above; in Markdown and HTML, {@code more} then adds its sections after the report (the explanation). */
    static String writePlan(Path file, String summary, AllocationPlan plan, PlanReport report, Texts texts,
            Consumer<ReportSink> more) throws Main.OutputException {
        if (isCsv(file)) {
            CsvReport.write(file, plan, report, texts);
            return file + ", " + CsvReport.clustersFile(file);
        }
        if (isXlsx(file)) {
            XlsxReport.write(file, summary, plan, report, texts);
        } else if (isHtml(file)) {
            HtmlReport.writePlan(file, texts, summary, plan, report, sink -> {
                TextReport.print(report, sink, texts);
                more.accept(sink);
            });
        } else if (isGeoJson(file)) {
            GeoJsonReport.write(file, plan, report);
        } else {
            write(file, sink -> {
                sink.paragraph(summary);
                TextReport.print(report, sink, texts);
                more.accept(sink);
            });
        }
        return file.toString();
    }

    /** Writes a comparison in the file's format: HTML with a map per plan, or Markdown. */
    static void writeComparison(Path file, PlanComparison comparison, List<AllocationPlan> plans, Texts texts,
            Consumer<ReportSink> tables) throws Main.OutputException {
        if (isHtml(file)) {
            HtmlReport.writeComparison(file, texts, comparison, plans, tables);
        } else {
            write(file, tables);
        }
    }

    /** Renders the report in Markdown and writes it atomically. */
    static void write(Path report, Consumer<ReportSink> content) throws Main.OutputException {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            content.accept(new ReportSink.Markdown(out));
        }
        try {
            AtomicFiles.write(report, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Main.OutputException("cannot write the report to " + report + ": " + e.getMessage());
        }
    }
}
