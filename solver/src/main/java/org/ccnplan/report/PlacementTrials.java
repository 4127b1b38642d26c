package org.ccnplan.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ccnplan.constraints.PlacementScorer;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Tries every unplaced project in every cluster, in every phase of its window at which the cluster is ready, one at a
 * time, all else unchanged, and keeps per cluster the best phase with the difference of the plain recomputation rule
 * by rule: a reason given for an unplaced project is therefore always a change of the score. The recomputation is the
 * local one ({@link PlacementScorer}): only the terms the placement can change, whose difference is the whole one.
 */
final class PlacementTrials {

    private PlacementTrials() {
    }

    /** Every unplaced project of the plan, in plan order, each tried in every cluster. */
    static List<UnplacedProject> unplacedProjects(AllocationPlan plan) {
        PlacementScorer scorer = PlacementScorer.of(plan);
        List<UnplacedProject> unplaced = new ArrayList<>();
        for (Project project : plan.getProjects()) {
            if (project.getCluster() == null) {
                List<PlacementTrial> trials = new ArrayList<>();
                for (Cluster cluster : plan.getClusters()) {
                    trials.add(bestTrial(plan, scorer, project, cluster));
                }
                unplaced.add(new UnplacedProject(project, List.copyOf(trials)));
            }
        }
        return unplaced;
    }

    /** The phases of the project's window from the cluster's first stage on, earliest first; none when never ready. */
    static List<Phase> readyPhases(AllocationPlan plan, Project project, Cluster cluster) {
        int ready = cluster.getStages().get(0).phase().getIndex();
        List<Phase> phases = new ArrayList<>();
        for (Phase phase : plan.getPhases()) {
            if (phase.getIndex() >= ready && phase.getIndex() >= project.getEarliestPhase().getIndex()
                    && phase.getIndex() <= project.getLatestPhase().getIndex()) {
                phases.add(phase);
            }
        }
        return List.copyOf(phases);
    }

    /**
     * The project in the cluster in each ready phase, the best kept: the greatest score change, compared hard, then
     * medium, then soft; the earliest phase on ties. A cluster never ready in the window is tried in its last phase.
     */
    private static PlacementTrial bestTrial(AllocationPlan plan, PlacementScorer scorer, Project project,
            Cluster cluster) {
        List<Phase> readyPhases = readyPhases(plan, project, cluster);
        List<RuleMatch> before = scorer.termsBefore(project, cluster);
        Set<RuleMatch> beforeSet = new HashSet<>(before);
        if (readyPhases.isEmpty()) {
            Phase last = project.getLatestPhase();
            return new PlacementTrial(cluster, readyPhases, last,
                    deltas(before, beforeSet, scorer.termsAfter(project, cluster, last)));
        }
        PlacementTrial best = null;
        for (Phase phase : readyPhases) {
            PlacementTrial trial = new PlacementTrial(cluster, readyPhases, phase,
                    deltas(before, beforeSet, scorer.termsAfter(project, cluster, phase)));
            // Strictly better only: on ties the earlier phase stays.
            if (best == null || trial.scoreDelta().compareTo(best.scoreDelta()) > 0) {
                best = trial;
            }
        }
        return best;
    }

    /** Rule by rule, in SPEC order, the rules whose amount changes: after minus before, and the new matches. */
    private static List<PlacementTrial.RuleDelta> deltas(List<RuleMatch> before, Set<RuleMatch> beforeSet,
            List<RuleMatch> after) {
        List<PlacementTrial.RuleDelta> deltas = new ArrayList<>();
        for (String rule : AllocationConstraintConfiguration.CONSTRAINT_NAMES) {
            long amount = 0;
            HardMediumSoftLongScore impact = HardMediumSoftLongScore.ZERO;
            List<RuleMatch> newMatches = new ArrayList<>();
            for (RuleMatch match : after) {
                if (match.constraint().equals(rule)) {
                    amount += match.amount();
                    impact = impact.add(match.impact());
                    if (!beforeSet.contains(match)) {
                        newMatches.add(match);
                    }
                }
            }
            for (RuleMatch match : before) {
                if (match.constraint().equals(rule)) {
                    amount -= match.amount();
                    impact = impact.subtract(match.impact());
                }
            }
            if (amount != 0) {
                deltas.add(new PlacementTrial.RuleDelta(rule, amount, impact, List.copyOf(newMatches)));
            }
        }
        return List.copyOf(deltas);
    }
}
