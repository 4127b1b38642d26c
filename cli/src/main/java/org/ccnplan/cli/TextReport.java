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

/** The plain-text tables printed after a solve or a score: what a planner pastes into a memo. */
final class TextReport {

    private final PrintWriter out;

    private TextReport(PrintWriter out) {
        this.out = out;
    }

    static void print(PlanReport report, PrintWriter out) {
        new TextReport(out).printAll(report);
        out.flush();
    }

    private void printAll(PlanReport report) {
        out.println("Score: " + report.score() + (report.score().isFeasible()
                ? "  (feasible: no hard rule broken)" : "  (NOT feasible: hard rules broken)"));
        out.println();
        printConstraints(report);
        printClusters(report);
        printHeadline(report);
        printUnplaced(report);
        printUnavoidable(report);
    }

    private void printConstraints(PlanReport report) {
        out.println("Constraints");
        TextTable table = new TextTable("Constraint", "Level", "Matches", "Score impact");
        for (ConstraintTotal total : report.constraints()) {
            table.row(total.name(), total.level(), number(total.matches()), number(total.levelImpact()));
        }
        table.print(out, 2, 3);
    }

    private void printClusters(PlanReport report) {
        out.println("Clusters by phase (used / available by the end of each phase; empty phases left out)");
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
        table.print(out, 2, 3, 4);
    }

    private void printHeadline(PlanReport report) {
        PlanReport.Headline headline = report.headline();
        out.println("Headline figures");
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
        table.print(out);
    }

    private void printUnplaced(PlanReport report) {
        out.println("Unplaced projects (" + report.unplaced().size() + ")");
        if (report.unplaced().isEmpty()) {
            out.println("  none");
            out.println();
            return;
        }
        TextTable table = new TextTable("Project", "Name", "Sector", "Land ha", "Window", "Value lost");
        for (Project project : report.unplaced()) {
            table.row(project.getId(), project.getName(), project.getSector().getId(),
                    project.getLandHa().toPlainString(),
                    project.getEarliestPhase().getId() + ".." + project.getLatestPhase().getId(),
                    number(project.getValue()));
        }
        table.print(out, 3, 5);
    }

    private void printUnavoidable(PlanReport report) {
        out.println("Unavoidable violations caused by pinned projects (" + report.unavoidableViolations().size()
                + ")");
        if (report.unavoidableViolations().isEmpty()) {
            out.println("  none");
        }
        report.unavoidableViolations().forEach(violation -> out.println("  " + violation));
    }

    private static String number(long value) {
        return TextTable.number(value);
    }

    private static String decimal(BigDecimal value) {
        return TextTable.decimal(value);
    }
}
