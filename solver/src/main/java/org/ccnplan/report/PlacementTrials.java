package org.ccnplan.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Tries every unplaced project in every cluster, one at a time, all else unchanged, and keeps the difference of the
 * plain recomputation rule by rule: a reason given for an unplaced project is therefore always a change of the score.
 */
final class PlacementTrials {

    private PlacementTrials() {
    }

    /**
     * Every unplaced project of the plan, in plan order, each tried in every cluster.
     *
     * @param baseline the plain recomputation's matches of the plan as it is
     */
    static List<UnplacedProject> unplacedProjects(AllocationPlan plan, List<RuleMatch> baseline) {
        Set<RuleMatch> before = new HashSet<>(baseline);
        List<UnplacedProject> unplaced = new ArrayList<>();
        for (Project project : plan.getProjects()) {
            if (project.getCluster() == null) {
                List<PlacementTrial> trials = new ArrayList<>();
                for (Cluster cluster : plan.getClusters()) {
                    trials.add(trial(plan, project, cluster, baseline, before));
                }
                unplaced.add(new UnplacedProject(project, List.copyOf(trials)));
            }
        }
        return unplaced;
    }

    /** The first phase of the project's window from the cluster's first stage on; null when there is none. */
    static Phase earliestFeasiblePhase(AllocationPlan plan, Project project, Cluster cluster) {
        int ready = cluster.getStages().get(0).phase().getIndex();
        for (Phase phase : plan.getPhases()) {
            if (phase.getIndex() >= ready && phase.getIndex() >= project.getEarliestPhase().getIndex()
                    && phase.getIndex() <= project.getLatestPhase().getIndex()) {
                return phase;
            }
        }
        return null;
    }

    private static PlacementTrial trial(AllocationPlan plan, Project project, Cluster cluster,
            List<RuleMatch> baseline, Set<RuleMatch> before) {
        Phase earliest = earliestFeasiblePhase(plan, project, cluster);
        Phase tried = earliest != null ? earliest : project.getLatestPhase();
        Phase phaseBefore = project.getPhase();
        List<RuleMatch> after;
        try {
            project.setCluster(cluster);
            project.setPhase(tried);
            after = PlainScoreCalculator.matches(plan);
        } finally {
            project.setCluster(null);
            project.setPhase(phaseBefore);
        }
        List<PlacementTrial.RuleDelta> deltas = new ArrayList<>();
        for (String rule : AllocationConstraintConfiguration.CONSTRAINT_NAMES) {
            long amount = 0;
            HardMediumSoftLongScore impact = HardMediumSoftLongScore.ZERO;
            List<RuleMatch> newMatches = new ArrayList<>();
            for (RuleMatch match : after) {
                if (match.constraint().equals(rule)) {
                    amount += match.amount();
                    impact = impact.add(match.impact());
                    if (!before.contains(match)) {
                        newMatches.add(match);
                    }
                }
            }
            for (RuleMatch match : baseline) {
                if (match.constraint().equals(rule)) {
                    amount -= match.amount();
                    impact = impact.subtract(match.impact());
                }
            }
            if (amount != 0) {
                deltas.add(new PlacementTrial.RuleDelta(rule, amount, impact, List.copyOf(newMatches)));
            }
        }
        return new PlacementTrial(cluster, earliest, tried, List.copyOf(deltas));
    }
}
