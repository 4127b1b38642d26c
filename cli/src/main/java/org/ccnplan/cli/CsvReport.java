package org.ccnplan.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Units;
import org.ccnplan.io.AtomicFiles;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;

/**
 * A plan for spreadsheets: its assignments in one CSV file and its clusters by phase in a second one beside it
 * ({@code plan.csv} and {@code plan-clusters.csv}). UTF-8 with a byte-order mark, so that Excel shows Vietnamese
 * names correctly; numbers with a decimal point.
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

    static void write(Path assignments, AllocationPlan plan, PlanReport report) throws Main.OutputException {
        write(assignments, assignments(plan));
        write(clustersFile(assignments), clusters(report));
    }

    private static String assignments(AllocationPlan plan) {
        return csv(printer -> {
            printer.printRecord("project", "name", "investor", "sector", "reserve block", "cluster", "cluster name",
                    "phase", "land ha", "power MW", "capital billion VND", "jobs");
            for (Project project : plan.getProjects()) {
                boolean placed = project.isPlaced();
                printer.printRecord(project.getId(), project.getName(), project.getInvestor(),
                        project.getSector().getId(), project.isReserveBlock() ? "yes" : "no",
                        placed ? project.getCluster().getId() : "", placed ? project.getCluster().getName() : "",
                        placed ? project.getPhase().getId() : "", Units.hectares(project.getLand()).toPlainString(),
                        Units.megawatts(project.getPower()).toPlainString(),
                        project.getCapitalBillionVnd() == null ? "" : project.getCapitalBillionVnd().toPlainString(),
                        project.getJobs());
            }
        });
    }

    private static String clusters(PlanReport report) {
        return csv(printer -> {
            printer.printRecord("cluster", "name", "district", "phase", "land used ha", "land ha", "power used MW",
                    "power MW", "projects", "sectors");
            for (ClusterPhaseUse use : report.clusterPhases()) {
                printer.printRecord(use.cluster().getId(), use.cluster().getName(), use.cluster().getDistrict(),
                        use.phase().getId(), Units.hectares(use.landUsed()).toPlainString(),
                        Units.hectares(use.landCapacity()).toPlainString(),
                        Units.megawatts(use.powerUsed()).toPlainString(),
                        Units.megawatts(use.powerCapacity()).toPlainString(), use.projects(),
                        use.sectors().stream().map(Sector::getId).collect(Collectors.joining(" ")));
            }
        });
    }

    private interface Records {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(Records records) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
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
