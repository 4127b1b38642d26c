package org.ccnplan.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Units;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;
import org.ccnplan.report.PlanReport.PhaseLand;
import org.ccnplan.report.PlanReport.TargetResult;

/** The tables shown after a solve or a score, as plain text or Markdown: what a planner pastes into a memo. */
final class TextReport {

    private final ReportSink out;

    private TextReport(ReportSink out) {
        this.out = out;
    }

    static void print(PlanReport report, PrintWriter out) {
        print(report, new ReportSink.Plain(out));
        out.flush();
    }

    static void print(PlanReport report, ReportSink out) {
        new TextReport(out).printAll(report);
    }

    private void printAll(PlanReport report) {
        out.paragraph("Score: " + report.score() + (report.score().isFeasible()
                ? "  (feasible: no hard rule broken)" : "  (NOT feasible: hard rules broken)"));
        printConstraints(report);
        printClusters(report);
        printHeadline(report);
        printUnplaced(report);
        printUnavoidable(report);
    }

    private void printConstraints(PlanReport report) {
        out.heading("Constraints");
        TextTable table = new TextTable("Constraint", "Level", "Matches", "Score impact");
        for (ConstraintTotal total : report.constraints()) {
            table.row(total.name(), total.level(), number(total.matches()), number(total.levelImpact()));
        }
        out.table(table, 2, 3);
    }

    private void printClusters(PlanReport report) {
        out.heading("Clusters by phase (used / available by the end of each phase; empty phases left out)");
        TextTable table = new TextTable("Cluster", "Phase", "Land ha", "Power MW", "Projects", "Sectors");
        for (ClusterPhaseUse use : report.clusterPhases()) {
            if (use.landCapacity() == 0 && use.landUsed() == 0 && use.projects() == 0) {
                continue;
            }
            table.row(use.cluster().getId(), use.phase().getId(),
                    Units.hectares(use.landUsed()).toPlainString() + " / "
                            + Units.hectares(use.landCapacity()).toPlainString(),
                    Units.megawatts(use.powerUsed()).toPlainString() + " / "
                            + Units.megawatts(use.powerCapacity()).toPlainString(),
                    number(use.projects()),
                    use.sectors().stream().map(Sector::getId).collect(Collectors.joining(", ")));
        }
        out.table(table, 2, 3, 4);
    }

    private void printHeadline(PlanReport report) {
        PlanReport.Headline headline = report.headline();
        out.heading("Headline figures");
        TextTable table = new TextTable("Figure", "Value");
        table.row("Projects placed", headline.projectsPlaced() + " of " + headline.projectsTotal());
        table.row("Reserve blocks placed", headline.reserveBlocksPlaced() + " of " + headline.reserveBlocksTotal());
        table.row("Capital placed", decimal(headline.capitalPlacedBillionVnd()) + " of "
                + decimal(headline.capitalTotalBillionVnd()) + " billion VND");
        table.row("Jobs", number(headline.jobsPlaced()) + " of " + number(headline.jobsTotal()));
        for (PhaseLand land : headline.landUse()) {
            table.row("Land used by " + land.phase().getId(), Units.hectares(land.landUsed()).toPlainString() + " of "
                    + Units.hectares(land.landCapacity()).toPlainString() + " ha (" + land.percent() + "%)");
        }
        table.row("Logistics", number(headline.logisticsThousandTonneKm()) + " thousand tonne-km a year");
        for (TargetResult result : headline.targets()) {
            table.row("Operational target " + result.target().getPhase().getId(),
                    result.clustersMeeting() + " clusters at >= " + result.target().getMinOccupancyPercent()
                            + "% (target " + result.target().getMinClusters() + "): "
                            + (result.met() ? "met" : "NOT met"));
        }
        out.table(table);
    }

    private void printUnplaced(PlanReport report) {
        out.heading("Unplaced projects (" + report.unplaced().size() + ")");
        if (report.unplaced().isEmpty()) {
            out.item("none");
            out.endList();
            return;
        }
        TextTable table = new TextTable("Project", "Name", "Sector", "Land ha", "Window", "Value lost");
        for (Project project : report.unplaced()) {
            table.row(project.getId(), project.getName(), project.getSector().getId(),
                    project.getLandHa().toPlainString(),
                    project.getEarliestPhase().getId() + ".." + project.getLatestPhase().getId(),
                    number(project.getValue()));
        }
        out.table(table, 3, 5);
    }

    private void printUnavoidable(PlanReport report) {
        out.heading("Unavoidable violations caused by pinned projects (" + report.unavoidableViolations().size()
                + ")");
        if (report.unavoidableViolations().isEmpty()) {
            out.item("none");
        }
        report.unavoidableViolations().forEach(out::item);
        out.endList();
    }

    private static String number(long value) {
        return TextTable.number(value);
    }

    private static String decimal(BigDecimal value) {
        return TextTable.decimal(value);
    }
}
