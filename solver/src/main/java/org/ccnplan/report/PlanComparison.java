package org.ccnplan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;

/**
 * Two or more plans side by side: each plan's report, and what changed for each project from the first plan (the
 * baseline) to each of the others.
 *
 * @param plans the plans compared, the baseline first
 * @param changes per plan after the first, the projects placed differently from the baseline, in dataset order
 * @param weightChanges per plan after the first, the soft rules it weights otherwise than the baseline
 */
public record PlanComparison(List<ComparedPlan> plans, List<List<ProjectChange>> changes,
        List<List<WeightChange>> weightChanges) {

    /** A rule weighted otherwise than in the baseline (a scenario's new weights): scores then differ by design. */
    public record WeightChange(String constraint, long baseline, long weight) {
    }

    /** One plan of a comparison: a label for the column (its file, usually), and its report. */
    public record ComparedPlan(String label, PlanReport report) {
    }

    /** How a project's place differs from the baseline. */
    public enum ChangeKind {
        /** Placed in both, in another cluster. */
        MOVED,
        /** In the same cluster, starting in another phase. */
        RESCHEDULED,
        /** Unplaced in the baseline, placed here. */
        NEWLY_PLACED,
        /** Placed in the baseline, unplaced here. */
        NEWLY_UNPLACED,
        /** Not in the baseline's projects: a scenario added it (placed or not). */
        ADDED,
        /** In the baseline's projects, not in this plan's: a scenario withdrew it. */
        WITHDRAWN,
        /** In both under one id, but with other land, power, value or sector: a scenario replaced it. */
        CHANGED
    }

    /**
     * A project placed differently from the baseline; cluster and phase ids are null where it is unplaced.
     *
     * @param subject the project as the plan that has it holds it (the baseline's, unless the change added it)
     */
    public record ProjectChange(Project subject, ChangeKind kind, String fromCluster, String fromPhase,
            String toCluster, String toPhase) {

        public String project() {
            return subject.getId();
        }
    }

    /**
     * Compares plans of one dataset or of its scenarios, matching projects by id. Each plan comes with its label; the
     * first is the baseline.
     */
    public static PlanComparison of(List<String> labels, List<AllocationPlan> plans) {
        if (labels.size() != plans.size() || plans.size() < 2) {
            throw new IllegalArgumentException("A comparison needs two or more plans, each with a label.");
        }
        List<ComparedPlan> compared = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            compared.add(new ComparedPlan(labels.get(i), PlanReport.of(plans.get(i))));
        }
        List<List<ProjectChange>> changes = new ArrayList<>();
        List<List<WeightChange>> weightChanges = new ArrayList<>();
        for (int i = 1; i < plans.size(); i++) {
            changes.add(changes(plans.get(0), plans.get(i)));
            weightChanges.add(weightChanges(plans.get(0), plans.get(i)));
        }
        return new PlanComparison(List.copyOf(compared), List.copyOf(changes), List.copyOf(weightChanges));
    }

    /** The baseline's projects in its order, then the projects only the other plan has, in that plan's order. */
    private static List<ProjectChange> changes(AllocationPlan baseline, AllocationPlan other) {
        Map<String, Project> before = byId(baseline);
        Map<String, Project> after = byId(other);
        List<ProjectChange> changes = new ArrayList<>();
        for (Project from : before.values()) {
            Project to = after.get(from.getId());
            ChangeKind kind = to == null ? ChangeKind.WITHDRAWN : sameFigures(from, to) ? kind(from, to)
                    : ChangeKind.CHANGED;
            if (kind != null) {
                changes.add(new ProjectChange(from, kind, clusterId(from), phaseId(from),
                        clusterId(to), phaseId(to)));
            }
        }
        for (Project to : after.values()) {
            if (!before.containsKey(to.getId())) {
                changes.add(new ProjectChange(to, ChangeKind.ADDED, null, null, clusterId(to),
                        phaseId(to)));
            }
        }
        return List.copyOf(changes);
    }

    private static Map<String, Project> byId(AllocationPlan plan) {
        Map<String, Project> projects = new LinkedHashMap<>();
        plan.getProjects().forEach(project -> projects.put(project.getId(), project));
        return projects;
    }

    /** The same project in both plans: the figures the score reads from it are equal. */
    private static boolean sameFigures(Project from, Project to) {
        return from.getLand() == to.getLand() && from.getPower() == to.getPower() && from.getValue() == to.getValue()
                && from.getSector().getId().equals(to.getSector().getId());
    }

    private static List<WeightChange> weightChanges(AllocationPlan baseline, AllocationPlan other) {
        List<WeightChange> changes = new ArrayList<>();
        for (String rule : AllocationConstraintConfiguration.CONSTRAINT_NAMES) {
            long before = baseline.getConstraintConfiguration().weightOf(rule).softScore();
            long after = other.getConstraintConfiguration().weightOf(rule).softScore();
            if (before != after) {
                changes.add(new WeightChange(rule, before, after));
            }
        }
        return List.copyOf(changes);
    }

    private static ChangeKind kind(Project from, Project to) {
        if (!from.isPlaced()) {
            return to.isPlaced() ? ChangeKind.NEWLY_PLACED : null;
        }
        if (!to.isPlaced()) {
            return ChangeKind.NEWLY_UNPLACED;
        }
        if (!from.getCluster().getId().equals(to.getCluster().getId())) {
            return ChangeKind.MOVED;
        }
        return Objects.equals(from.getPhase().getId(), to.getPhase().getId()) ? null : ChangeKind.RESCHEDULED;
    }

    private static String clusterId(Project project) {
        return project != null && project.isPlaced() ? project.getCluster().getId() : null;
    }

    private static String phaseId(Project project) {
        return project != null && project.isPlaced() ? project.getPhase().getId() : null;
    }
}
