package org.ccnplan.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.PlanComparison;
import org.ccnplan.report.PlanComparison.ChangeKind;
import org.ccnplan.report.PlanComparison.ComparedPlan;
import org.ccnplan.report.PlanComparison.ProjectChange;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.Headline;
import org.ccnplan.report.PlanReport.PhaseLand;
import org.ccnplan.report.PlanReport.TargetResult;
import org.ccnplan.report.Texts;

/**
 * The tables of a comparison of plans, as plain text or Markdown: score levels, every rule, the headline figures,
 * and the projects placed differently from the first plan. A plan's column is headed by its label (A, B, ...).
 */
final class ComparisonReport {

    private final ReportSink out;
    private final Texts texts;
    private final PlanComparison comparison;

    private ComparisonReport(ReportSink out, Texts texts, PlanComparison comparison) {
        this.out = out;
        this.texts = texts;
        this.comparison = comparison;
    }

    /**
     * @param title the heading above the list of plans
     * @param sources what each plan is (its file, or its scenario), in the comparison's order
     */
    static void print(String title, List<String> sources, PlanComparison comparison, ReportSink out, Texts texts) {
        ComparisonReport report = new ComparisonReport(out, texts, comparison);
        out.heading(title);
        for (int i = 0; i < sources.size(); i++) {
            out.item(comparison.plans().get(i).label() + "  " + sources.get(i)
                    + (i == 0 ? "  " + texts.get("compare.baseline") : ""));
        }
        out.endList();
        report.printWeightChanges();
        report.printScores();
        report.printConstraints();
        report.printHeadlines();
        report.printChanges();
    }

    /** A column label: A, B, ... Z, then P27, P28, ... */
    static String label(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "P" + (index + 1);
    }

    /** Plans weighted otherwise than the baseline: their soft scores are not on one scale, so say so first. */
    private void printWeightChanges() {
        boolean any = false;
        for (int i = 1; i < comparison.plans().size(); i++) {
            for (PlanComparison.WeightChange change : comparison.weightChanges().get(i - 1)) {
                out.item(texts.get("compare.weightChanged", comparison.plans().get(i).label(),
                        texts.constraint(change.constraint()), texts.number(change.weight()),
                        comparison.plans().get(0).label(), texts.number(change.baseline())));
                any = true;
            }
        }
        if (any) {
            out.endList();
        }
    }

    private void printScores() {
        out.heading(texts.get("compare.score"));
        TextTable table = new TextTable(header(texts.get("compare.col.level")));
        table.row(row(texts.get("compare.hard"), report -> texts.number(report.score().hardScore())));
        table.row(row(texts.get("compare.medium"), report -> texts.number(report.score().mediumScore())));
        table.row(row(texts.get("compare.soft"), report -> texts.number(report.score().softScore())));
        table.row(row(texts.get("compare.feasible"), report -> texts.yesNo(report.score().isFeasible())));
        out.table(table, numericColumns(1));
    }

    private void printConstraints() {
        out.heading(texts.get("compare.constraints"));
        List<String> header = new ArrayList<>(List.of(texts.get("report.col.constraint"),
                texts.get("report.col.level")));
        comparison.plans().forEach(plan -> header.add(plan.label()));
        TextTable table = new TextTable(header.toArray(String[]::new));
        int rules = comparison.plans().get(0).report().constraints().size();
        for (int r = 0; r < rules; r++) {
            ConstraintTotal first = comparison.plans().get(0).report().constraints().get(r);
            List<String> cells = new ArrayList<>(List.of(texts.constraint(first.name()), texts.level(first.level())));
            for (ComparedPlan plan : comparison.plans()) {
                ConstraintTotal total = plan.report().constraints().get(r);
                cells.add(texts.number(total.levelImpact()) + " (" + texts.number(total.matches()) + ")");
            }
            table.row(cells.toArray(String[]::new));
        }
        out.table(table, numericColumns(2));
    }

    private void printHeadlines() {
        out.heading(texts.get("report.headline"));
        TextTable table = new TextTable(header(texts.get("report.col.figure")));
        table.row(row(texts.get("report.projectsPlaced"), report -> texts.get("report.ofTotal",
                texts.number(report.headline().projectsPlaced()), texts.number(report.headline().projectsTotal()))));
        table.row(row(texts.get("report.reserveBlocksPlaced"), report -> texts.get("report.ofTotal",
                texts.number(report.headline().reserveBlocksPlaced()),
                texts.number(report.headline().reserveBlocksTotal()))));
        table.row(row(texts.get("compare.capitalPlaced"),
                report -> texts.decimal(report.headline().capitalPlacedBillionVnd())));
        table.row(row(texts.get("report.jobs"), report -> texts.number(report.headline().jobsPlaced())));
        Headline baseline = comparison.plans().get(0).report().headline();
        for (int p = 0; p < baseline.landUse().size(); p++) {
            int phase = p;
            table.row(row(texts.get("report.landUsedBy", baseline.landUse().get(p).phase().getId()), report -> {
                PhaseLand land = report.headline().landUse().get(phase);
                return texts.get("compare.landValue", texts.hectares(land.landUsed()), texts.number(land.percent()));
            }));
        }
        table.row(row(texts.get("compare.logistics"),
                report -> texts.number(report.headline().logisticsThousandTonneKm())));
        // A scenario may change the targets: a row per target any plan has, blank where a plan has not that target.
        Set<String> targets = new LinkedHashSet<>();
        comparison.plans().forEach(plan -> plan.report().headline().targets().forEach(result -> targets.add(
                describe(result))));
        for (String target : targets) {
            table.row(row(target, report -> report.headline().targets().stream()
                    .filter(result -> describe(result).equals(target)).findFirst()
                    .map(result -> texts.get(result.met() ? "compare.targetMet" : "compare.targetNotMet",
                            texts.number(result.clustersMeeting())))
                    .orElse("")));
        }
        out.table(table, numericColumns(1));
    }

    private void printChanges() {
        ComparedPlan baseline = comparison.plans().get(0);
        for (int i = 1; i < comparison.plans().size(); i++) {
            ComparedPlan plan = comparison.plans().get(i);
            List<ProjectChange> changes = comparison.changes().get(i - 1);
            out.heading(texts.get("compare.changes", plan.label(), baseline.label(), texts.number(changes.size())));
            if (changes.isEmpty()) {
                out.item(texts.get("none"));
                out.endList();
                continue;
            }
            TextTable table = new TextTable(texts.get("report.col.project"), texts.get("report.col.name"),
                    texts.get("compare.col.change"), baseline.label(), plan.label());
            ExplanationWords words = new ExplanationWords(texts);
            for (ProjectChange change : changes) {
                String absent = texts.get("compare.absent");
                table.row(change.project(), words.name(change.subject()), describe(change.kind()),
                        change.kind() == ChangeKind.ADDED ? absent : place(change.fromCluster(), change.fromPhase()),
                        change.kind() == ChangeKind.WITHDRAWN ? absent : place(change.toCluster(), change.toPhase()));
            }
            out.table(table);
        }
    }

    private String describe(TargetResult result) {
        return texts.get("compare.target", texts.number(result.target().getMinOccupancyPercent()),
                result.target().getPhase().getId(), texts.number(result.target().getMinClusters()));
    }

    private String describe(ChangeKind kind) {
        return texts.get(switch (kind) {
            case MOVED -> "compare.moved";
            case RESCHEDULED -> "compare.rescheduled";
            case NEWLY_PLACED -> "compare.placed";
            case NEWLY_UNPLACED -> "compare.unplaced";
            case ADDED -> "compare.added";
            case WITHDRAWN -> "compare.withdrawn";
            case CHANGED -> "compare.changed";
        });
    }

    private String place(String cluster, String phase) {
        return cluster == null ? texts.get("compare.unplacedCell") : texts.get("compare.place", cluster, phase);
    }

    private String[] header(String first) {
        List<String> header = new ArrayList<>(List.of(first));
        comparison.plans().forEach(plan -> header.add(plan.label()));
        return header.toArray(String[]::new);
    }

    private String[] row(String first, Function<PlanReport, String> cell) {
        List<String> row = new ArrayList<>(List.of(first));
        comparison.plans().forEach(plan -> row.add(cell.apply(plan.report())));
        return row.toArray(String[]::new);
    }

    /** The plans' columns, which come after the given number of label columns, are right-aligned. */
    private int[] numericColumns(int labelColumns) {
        int[] columns = new int[comparison.plans().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = labelColumns + i;
        }
        return columns;
    }
}
