package org.ccnplan.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;
import org.ccnplan.report.PlanReport.PhaseLand;
import org.ccnplan.report.PlanReport.TargetResult;
import org.ccnplan.report.Texts;

/** The tables shown after a solve or a score, as plain text or Markdown: what a planner pastes into a memo. */
final class TextReport {

    private final ReportSink out;
    private final Texts texts;

    private TextReport(ReportSink out, Texts texts) {
        this.out = out;
        this.texts = texts;
    }

    static void print(PlanReport report, PrintWriter out, Texts texts) {
        print(report, new ReportSink.Plain(out), texts);
        out.flush();
    }

    static void print(PlanReport report, ReportSink out, Texts texts) {
        new TextReport(out, texts).printAll(report);
    }

    private void printAll(PlanReport report) {
        out.paragraph(texts.get("report.score", report.score().toString()) + "  "
                + texts.get(report.score().isFeasible() ? "report.feasible" : "report.infeasible"));
        printConstraints(report);
        printClusters(report);
        printHeadline(report);
        printUnplaced(report);
        printUnavoidable(report);
    }

    private void printConstraints(PlanReport report) {
        out.heading(texts.get("report.constraints"));
        TextTable table = new TextTable(texts.get("report.col.constraint"), texts.get("report.col.level"),
                texts.get("report.col.matches"), texts.get("report.col.impact"));
        for (ConstraintTotal total : report.constraints()) {
            table.row(texts.constraint(total.name()), texts.level(total.level()), texts.number(total.matches()),
                    texts.number(total.levelImpact()));
        }
        out.table(table, 2, 3);
    }

    private void printClusters(PlanReport report) {
        out.heading(texts.get("report.clusters"));
        TextTable table = new TextTable(texts.get("report.col.cluster"), texts.get("report.col.phase"),
                texts.get("report.col.landHa"), texts.get("report.col.powerMw"), texts.get("report.col.projects"),
                texts.get("report.col.sectors"));
        for (ClusterPhaseUse use : report.clusterPhases()) {
            if (use.landCapacity() == 0 && use.landUsed() == 0 && use.projects() == 0) {
                continue;
            }
            table.row(use.cluster().getId(), use.phase().getId(),
                    texts.hectares(use.landUsed()) + " / " + texts.hectares(use.landCapacity()),
                    texts.megawatts(use.powerUsed()) + " / " + texts.megawatts(use.powerCapacity()),
                    texts.number(use.projects()),
                    use.sectors().stream().map(Sector::getId).collect(Collectors.joining(", ")));
        }
        out.table(table, 2, 3, 4);
    }

    private void printHeadline(PlanReport report) {
        PlanReport.Headline headline = report.headline();
        out.heading(texts.get("report.headline"));
        TextTable table = new TextTable(texts.get("report.col.figure"), texts.get("report.col.value"));
        table.row(texts.get("report.projectsPlaced"), texts.get("report.ofTotal",
                texts.number(headline.projectsPlaced()), texts.number(headline.projectsTotal())));
        table.row(texts.get("report.reserveBlocksPlaced"), texts.get("report.ofTotal",
                texts.number(headline.reserveBlocksPlaced()), texts.number(headline.reserveBlocksTotal())));
        table.row(texts.get("report.capitalPlaced"), texts.get("report.capitalOfTotal",
                texts.decimal(headline.capitalPlacedBillionVnd()), texts.decimal(headline.capitalTotalBillionVnd())));
        table.row(texts.get("report.jobs"), texts.get("report.ofTotal", texts.number(headline.jobsPlaced()),
                texts.number(headline.jobsTotal())));
        for (PhaseLand land : headline.landUse()) {
            table.row(texts.get("report.landUsedBy", land.phase().getId()), texts.get("report.landOfTotal",
                    texts.hectares(land.landUsed()), texts.hectares(land.landCapacity()),
                    texts.number(land.percent())));
        }
        table.row(texts.get("report.logistics"),
                texts.get("report.logisticsValue", texts.number(headline.logisticsThousandTonneKm())));
        for (TargetResult result : headline.targets()) {
            table.row(texts.get("report.target", result.target().getPhase().getId()), texts.get("report.targetValue",
                    texts.number(result.clustersMeeting()), texts.number(result.target().getMinOccupancyPercent()),
                    texts.number(result.target().getMinClusters()),
                    texts.get(result.met() ? "report.met" : "report.notMet")));
        }
        out.table(table);
    }

    private void printUnplaced(PlanReport report) {
        out.heading(texts.get("report.unplaced", texts.number(report.unplaced().size())));
        if (report.unplaced().isEmpty()) {
            out.item(texts.get("none"));
            out.endList();
            return;
        }
        TextTable table = new TextTable(texts.get("report.col.project"), texts.get("report.col.name"),
                texts.get("report.col.sector"), texts.get("report.col.landHa"), texts.get("report.col.window"),
                texts.get("report.col.valueLost"));
        ExplanationWords words = new ExplanationWords(texts);
        for (Project project : report.unplaced()) {
            table.row(project.getId(), words.name(project), project.getSector().getId(),
                    texts.hectares(project.getLand()), words.window(project), texts.number(project.getValue()));
        }
        out.table(table, 3, 5);
    }

    private void printUnavoidable(PlanReport report) {
        out.heading(texts.get("report.unavoidable", texts.number(report.unavoidableViolations().size())));
        if (report.unavoidableViolations().isEmpty()) {
            out.item(texts.get("none"));
        }
        ExplanationWords words = new ExplanationWords(texts);
        report.unavoidableViolations().forEach(match -> out.item(words.unavoidable(match)));
        out.endList();
    }
}
