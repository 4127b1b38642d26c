package org.ccnplan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.ExplanationWords.ObstacleRow;
import org.ccnplan.report.PlanExplanation;
import org.ccnplan.report.PlanExplanation.ClusterImpact;
import org.ccnplan.report.PlanExplanation.ProjectImpact;
import org.ccnplan.report.PlanExplanation.RuleExplanation;
import org.ccnplan.report.Texts;
import org.ccnplan.report.UnplacedProject;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan's explanation as plain text or Markdown: every match of every rule in words, the score by cluster and by
 * project, and why each unplaced project is unplaced.
 */
final class ExplanationReport {

    /** Matches listed per rule on the terminal; a --report file lists them all. */
    static final int TERMINAL_MATCHES_PER_RULE = 50;

    private final ReportSink out;
    private final ExplanationWords words;
    private final Texts texts;
    private final int matchesPerRule;

    private ExplanationReport(ReportSink out, ExplanationWords words, int matchesPerRule) {
        this.out = out;
        this.words = words;
        this.texts = words.texts();
        this.matchesPerRule = matchesPerRule;
    }

    /** The score line: "Score: 0hard/-5124medium/-65734soft  (feasible: no hard rule broken)". */
    static String scoreLine(HardMediumSoftLongScore score, Texts texts) {
        return texts.get("report.score", score.toString()) + "  "
                + texts.get(score.isFeasible() ? "report.feasible" : "report.infeasible");
    }

    /** Every section, with at most {@code matchesPerRule} matches listed per rule. */
    static void print(PlanExplanation explanation, ExplanationWords words, ReportSink out, int matchesPerRule) {
        ExplanationReport report = new ExplanationReport(out, words, matchesPerRule);
        report.printRules(explanation);
        report.printClusters(explanation);
        report.printProjects(explanation);
        report.printUnplaced(explanation);
    }

    private void printRules(PlanExplanation explanation) {
        out.heading(texts.get("explain.byConstraint"));
        List<String> withoutMatch = new ArrayList<>();
        for (RuleExplanation rule : explanation.rules()) {
            if (rule.matches().isEmpty()) {
                withoutMatch.add(texts.constraint(rule.name()));
                continue;
            }
            out.subheading(words.ruleHeading(rule));
            List<RuleMatch> matches = rule.matches();
            for (int i = 0; i < matches.size() && i < matchesPerRule; i++) {
                out.item(words.matchWithImpact(matches.get(i), rule.weight()));
            }
            if (matches.size() > matchesPerRule) {
                out.item(texts.get("explain.more", texts.number(matches.size() - matchesPerRule)));
            }
            out.endList();
        }
        if (!withoutMatch.isEmpty()) {
            out.paragraph(texts.get("explain.noMatch", String.join(", ", withoutMatch)));
        }
    }

    private void printClusters(PlanExplanation explanation) {
        out.heading(texts.get("explain.byCluster"));
        TextTable table = new TextTable(texts.get("report.col.cluster"), texts.get("report.col.name"),
                texts.get("explain.col.hard"), texts.get("explain.col.medium"), texts.get("explain.col.soft"),
                texts.get("report.col.matches"));
        for (ClusterImpact cluster : explanation.clusters()) {
            boolean none = cluster.cluster() == null;
            table.row(none ? "—" : cluster.cluster().getId(),
                    none ? texts.get("explain.noCluster") : cluster.cluster().getName(),
                    texts.number(cluster.impact().hardScore()), texts.number(cluster.impact().mediumScore()),
                    texts.number(cluster.impact().softScore()), texts.number(cluster.matches().size()));
        }
        out.table(table, 2, 3, 4, 5);
    }

    private void printProjects(PlanExplanation explanation) {
        out.heading(texts.get("explain.byProject"));
        TextTable table = new TextTable(texts.get("report.col.project"), texts.get("report.col.name"),
                texts.get("report.col.cluster"), texts.get("report.col.phase"), texts.get("explain.col.hard"),
                texts.get("explain.col.medium"), texts.get("explain.col.soft"), texts.get("explain.col.rules"));
        for (ProjectImpact project : explanation.projects()) {
            boolean placed = project.project().getCluster() != null;
            table.row(project.project().getId(), words.name(project.project()),
                    placed ? project.project().getCluster().getId() : "",
                    placed && project.project().getPhase() != null ? project.project().getPhase().getId() : "",
                    texts.number(project.impact().hardScore()), texts.number(project.impact().mediumScore()),
                    texts.number(project.impact().softScore()),
                    project.rules().stream().map(texts::constraint).collect(Collectors.joining(", ")));
        }
        out.table(table, 4, 5, 6);
    }

    private void printUnplaced(PlanExplanation explanation) {
        out.heading(texts.get("explain.unplaced", texts.number(explanation.unplaced().size())));
        if (explanation.unplaced().isEmpty()) {
            out.item(texts.get("none"));
            out.endList();
            return;
        }
        out.paragraph(texts.get("explain.unplaced.intro"));
        for (UnplacedProject unplaced : explanation.unplaced()) {
            out.subheading(words.unplacedHeading(unplaced.project()));
            out.paragraph(words.unplacedSummary(unplaced));
            TextTable table = new TextTable(texts.get("explain.col.obstacle"), texts.get("explain.col.clusters"));
            for (ObstacleRow row : words.obstacleRows(unplaced)) {
                table.row(row.obstacle(), row.clusters());
            }
            out.table(table);
        }
    }
}
