package org.ccnplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Units;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.PlanReader;
import org.ccnplan.report.PlanComparison;
import org.ccnplan.report.PlanComparison.ComparedPlan;
import org.ccnplan.report.PlanComparison.ProjectChange;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.Headline;
import org.ccnplan.report.PlanReport.PhaseLand;
import org.ccnplan.report.PlanReport.TargetResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Puts two or more plans of one dataset side by side: scores, rules, headline figures and the projects that moved. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Compare two or more plans of a dataset side by side: score levels, every rule, the headline"
                + " figures, and the projects placed differently from the first plan.",
                "Every plan is scored again against the dataset, so plans written by hand compare too."})
public class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file the plans were made for.")
    Path dataset;

    @Parameters(index = "1..*", arity = "2..*", paramLabel = "PLAN",
            description = "The plan JSON files; the first is the baseline the others are compared with.")
    List<Path> plans;

    @Option(names = "--report", paramLabel = "FILE", description = ReportFile.COMPARISON_DESCRIPTION)
    Path report;

    @Override
    public Integer call() throws Exception {
        ReportFile.checkFormat(spec, report, false);
        SolveCommand.refuseToOverwrite(spec, dataset, report);
        for (Path plan : plans) {
            SolveCommand.refuseToOverwrite(spec, plan, report);
        }
        List<String> labels = new ArrayList<>();
        List<AllocationPlan> allocations = new ArrayList<>();
        String datasetName = null;
        for (Path plan : plans) {
            // A fresh read per plan: applying a plan sets the dataset's projects.
            DatasetReader.Dataset loaded = DatasetReader.read(dataset);
            ScoreCommand.warnIfMadeForAnother(spec, plan, PlanReader.apply(plan, loaded.plan()), loaded);
            datasetName = loaded.plan().getName();
            labels.add(label(labels.size()));
            allocations.add(loaded.plan());
        }
        PlanComparison comparison = PlanComparison.of(labels, allocations);
        String title = "Comparing " + plans.size() + " plans of \"" + datasetName + "\":";
        PrintWriter out = spec.commandLine().getOut();
        print(title, comparison, new ReportSink.Plain(out));
        out.flush();
        if (report != null) {
            ReportFile.writeComparison(report, comparison, allocations, sink -> print(title, comparison, sink));
            out.println("Report written to " + report);
        }
        return ExitCodes.OK;
    }

    private void print(String title, PlanComparison comparison, ReportSink out) {
        out.heading(title);
        for (int i = 0; i < plans.size(); i++) {
            out.item(comparison.plans().get(i).label() + "  " + plans.get(i) + (i == 0 ? "  (baseline)" : ""));
        }
        out.endList();
        printScores(comparison, out);
        printConstraints(comparison, out);
        printHeadlines(comparison, out);
        printChanges(comparison, out);
    }

    /** A column label: A, B, ... Z, then P27, P28, ... */
    private static String label(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "P" + (index + 1);
    }

    private static void printScores(PlanComparison comparison, ReportSink out) {
        out.heading("Score");
        TextTable table = new TextTable(header("Level", comparison));
        table.row(row("Hard", comparison, report -> TextTable.number(report.score().hardScore())));
        table.row(row("Medium", comparison, report -> TextTable.number(report.score().mediumScore())));
        table.row(row("Soft", comparison, report -> TextTable.number(report.score().softScore())));
        table.row(row("Feasible", comparison, report -> report.score().isFeasible() ? "yes" : "NO"));
        out.table(table, numericColumns(1, comparison));
    }

    private static void printConstraints(PlanComparison comparison, ReportSink out) {
        out.heading("Constraints: score impact (matches)");
        List<String> header = new ArrayList<>(List.of("Constraint", "Level"));
        comparison.plans().forEach(plan -> header.add(plan.label()));
        TextTable table = new TextTable(header.toArray(String[]::new));
        int rules = comparison.plans().get(0).report().constraints().size();
        for (int r = 0; r < rules; r++) {
            ConstraintTotal first = comparison.plans().get(0).report().constraints().get(r);
            List<String> cells = new ArrayList<>(List.of(first.name(), first.level()));
            for (ComparedPlan plan : comparison.plans()) {
                ConstraintTotal total = plan.report().constraints().get(r);
                cells.add(TextTable.number(total.levelImpact()) + " (" + TextTable.number(total.matches()) + ")");
            }
            table.row(cells.toArray(String[]::new));
        }
        out.table(table, numericColumns(2, comparison));
    }

    private static void printHeadlines(PlanComparison comparison, ReportSink out) {
        out.heading("Headline figures");
        TextTable table = new TextTable(header("Figure", comparison));
        table.row(row("Projects placed", comparison, report -> report.headline().projectsPlaced() + " of "
                + report.headline().projectsTotal()));
        table.row(row("Reserve blocks placed", comparison, report -> report.headline().reserveBlocksPlaced() + " of "
                + report.headline().reserveBlocksTotal()));
        table.row(row("Capital placed, billion VND", comparison,
                report -> TextTable.decimal(report.headline().capitalPlacedBillionVnd())));
        table.row(row("Jobs", comparison, report -> TextTable.number(report.headline().jobsPlaced())));
        Headline baseline = comparison.plans().get(0).report().headline();
        for (int p = 0; p < baseline.landUse().size(); p++) {
            int phase = p;
            table.row(row("Land used by " + baseline.landUse().get(p).phase().getId(), comparison, report -> {
                PhaseLand land = report.headline().landUse().get(phase);
                return Units.hectares(land.landUsed()).toPlainString() + " ha (" + land.percent() + "%)";
            }));
        }
        table.row(row("Logistics, thousand tonne-km a year", comparison,
                report -> TextTable.number(report.headline().logisticsThousandTonneKm())));
        for (int t = 0; t < baseline.targets().size(); t++) {
            int target = t;
            TargetResult first = baseline.targets().get(t);
            table.row(row("Clusters at >= " + first.target().getMinOccupancyPercent() + "% by "
                    + first.target().getPhase().getId() + " (target " + first.target().getMinClusters() + ")",
                    comparison, report -> {
                        TargetResult result = report.headline().targets().get(target);
                        return result.clustersMeeting() + (result.met() ? " (met)" : " (NOT met)");
                    }));
        }
        out.table(table, numericColumns(1, comparison));
    }

    private static void printChanges(PlanComparison comparison, ReportSink out) {
        ComparedPlan baseline = comparison.plans().get(0);
        for (int i = 1; i < comparison.plans().size(); i++) {
            ComparedPlan plan = comparison.plans().get(i);
            List<ProjectChange> changes = comparison.changes().get(i - 1);
            out.heading("Projects placed differently in " + plan.label() + " than in " + baseline.label() + " ("
                    + changes.size() + ")");
            if (changes.isEmpty()) {
                out.item("none");
                out.endList();
                continue;
            }
            TextTable table = new TextTable("Project", "Name", "Change", baseline.label(), plan.label());
            for (ProjectChange change : changes) {
                table.row(change.project(), change.name(), describe(change.kind()),
                        place(change.fromCluster(), change.fromPhase()), place(change.toCluster(), change.toPhase()));
            }
            out.table(table);
        }
    }

    private static String describe(PlanComparison.ChangeKind kind) {
        return switch (kind) {
            case MOVED -> "moved";
            case RESCHEDULED -> "rescheduled";
            case NEWLY_PLACED -> "placed";
            case NEWLY_UNPLACED -> "unplaced";
        };
    }

    private static String place(String cluster, String phase) {
        return cluster == null ? "unplaced" : cluster + " from " + phase;
    }

    private static String[] header(String first, PlanComparison comparison) {
        List<String> header = new ArrayList<>(List.of(first));
        comparison.plans().forEach(plan -> header.add(plan.label()));
        return header.toArray(String[]::new);
    }

    private static String[] row(String first, PlanComparison comparison,
            Function<PlanReport, String> cell) {
        List<String> row = new ArrayList<>(List.of(first));
        comparison.plans().forEach(plan -> row.add(cell.apply(plan.report())));
        return row.toArray(String[]::new);
    }

    /** The plans' columns, which come after the given number of label columns, are right-aligned. */
    private static int[] numericColumns(int labelColumns, PlanComparison comparison) {
        int[] columns = new int[comparison.plans().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = labelColumns + i;
        }
        return columns;
    }
}
