package org.ccnplan.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.io.AtomicFiles;
import org.ccnplan.domain.Units;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.Lang;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;
import org.ccnplan.report.Texts;

/**
 * A plan for spreadsheets: its assignments in one CSV file and its clusters by phase in a second one beside it
 * ({@code plan.csv} and {@code plan-clusters.csv}). UTF-8 with a byte-order mark, so that Excel shows Vietnamese
 * names correctly. In English, commas between fields and a decimal point; in Vietnamese, what Excel expects under a
 * Vietnamese locale: semicolons between fields and a decimal comma. Numbers are never grouped, so they stay numbers.
 */
final class CsvReport {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvReport() {
    }

    /** The file of the cluster summary written beside the assignments file. */
    static Path clustersFile(Path assignments) {
        String name = assignments.getFileName().toString();
        return assignments.resolveSibling(name.substring(0, name.length() - ".csv".length()) + "-clusters.csv");
    }

    static void write(Path assignments, AllocationPlan plan, PlanReport report, Texts texts)
            throws Main.OutputException {
        write(assignments, assignments(plan, texts));
        write(clustersFile(assignments), clusters(report, texts));
    }

    /** The CSV dialect of a language: Excel under a Vietnamese locale splits fields at semicolons. */
    static CSVFormat format(Texts texts) {
        return texts.lang() == Lang.VI ? CSVFormat.RFC4180.builder().setDelimiter(';').get() : CSVFormat.RFC4180;
    }

    private static String assignments(AllocationPlan plan, Texts texts) {
        return csv(texts, printer -> {
            printer.printRecord(headers(texts, "project", "name", "investor", "sector", "reserveBlock", "cluster",
                    "clusterName", "phase", "landHa", "powerMw", "capital", "jobs"));
            ExplanationWords words = new ExplanationWords(texts);
            for (Project project : plan.getProjects()) {
                boolean placed = project.isPlaced();
                printer.printRecord(project.getId(), words.name(project), project.getInvestor(),
                        project.getSector().getId(), texts.get(project.isReserveBlock() ? "csv.yes" : "csv.no"),
                        placed ? project.getCluster().getId() : "", placed ? project.getCluster().getName() : "",
                        placed ? project.getPhase().getId() : "", texts.plain(Units.hectares(project.getLand())),
                        texts.plain(Units.megawatts(project.getPower())),
                        project.getCapitalBillionVnd() == null ? "" : texts.plain(project.getCapitalBillionVnd()),
                        project.getJobs());
            }
        });
    }

    private static String clusters(PlanReport report, Texts texts) {
        return csv(texts, printer -> {
            printer.printRecord(headers(texts, "cluster", "name", "district", "phase", "landUsedHa", "landHa",
                    "powerUsedMw", "powerMw", "projects", "sectors"));
            for (ClusterPhaseUse use : report.clusterPhases()) {
                printer.printRecord(use.cluster().getId(), use.cluster().getName(), use.cluster().getDistrict(),
                        use.phase().getId(), texts.plain(Units.hectares(use.landUsed())),
                        texts.plain(Units.hectares(use.landCapacity())), texts.plain(Units.megawatts(use.powerUsed())),
                        texts.plain(Units.megawatts(use.powerCapacity())), use.projects(),
                        use.sectors().stream().map(Sector::getId).collect(Collectors.joining(" ")));
            }
        });
    }

    private static List<String> headers(Texts texts, String... keys) {
        return Arrays.stream(keys).map(key -> texts.get("csv." + key)).toList();
    }

    private interface Records {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(Texts texts, Records records) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, format(texts))) {
            records.print(printer);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void write(Path file, String csv) throws Main.OutputException {
        try {
            AtomicFiles.write(file, (BYTE_ORDER_MARK + csv).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Main.OutputException("cannot write the report to " + file + ": " + e.getMessage());
        }
    }
}
