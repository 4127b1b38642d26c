package org.ccnplan.report;

import static org.ccnplan.domain.AllocationConstraintConfiguration.CLUSTER_NOT_READY;

import java.util.List;
import java.util.Optional;

import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What placing an unplaced project in one cluster would change, all else unchanged, in the best phase for it: the
 * difference, rule by rule, between the plain recomputation of the plan with the project placed and without.
 *
 * @param cluster the cluster tried
 * @param readyPhases the phases of the project's window at which the cluster is ready, earliest first: the project
 *        was tried in each; empty when the cluster is not ready at any phase of the window
 * @param tried the phase of this trial: of the ready phases, the one with the greatest score change (hard, then
 *        medium, then soft), the earliest on ties; the window's last phase when none is ready
 * @param deltas the rules whose amount changes, in SPEC order
 */
public record PlacementTrial(Cluster cluster, List<Phase> readyPhases, Phase tried, List<RuleDelta> deltas) {

    /**
     * One rule's change: amount and impact after minus before, and the matches that placing the project creates or
     * changes (after, as the recomputation finds them).
     */
    public record RuleDelta(String constraint, long amount, HardMediumSoftLongScore impact,
            List<RuleMatch> newMatches) {

        public boolean isHard() {
            return AllocationConstraintConfiguration.levelOf(constraint).equals("hard");
        }
    }

    /** The change of the whole score. */
    public HardMediumSoftLongScore scoreDelta() {
        HardMediumSoftLongScore sum = HardMediumSoftLongScore.ZERO;
        for (RuleDelta delta : deltas) {
            sum = sum.add(delta.impact());
        }
        return sum;
    }

    public boolean readyInWindow() {
        return !readyPhases.isEmpty();
    }

    /** The hard rules that placing the project breaks (more), in SPEC order. */
    public List<RuleDelta> hardBreaks() {
        return deltas.stream().filter(delta -> delta.isHard() && delta.amount() > 0).toList();
    }

    public boolean breaksNoHardRule() {
        return hardBreaks().isEmpty();
    }

    /**
     * What stands in the way, as a planner is told: the hard rules broken; for a cluster never ready in the window,
     * that alone (a cluster has no land or power before it is ready, so its capacity rules follow from it).
     */
    public List<RuleDelta> obstacles() {
        if (!readyInWindow()) {
            return delta(CLUSTER_NOT_READY).map(List::of).orElseGet(this::hardBreaks);
        }
        return hardBreaks();
    }

    public Optional<RuleDelta> delta(String constraint) {
        return deltas.stream().filter(delta -> delta.constraint().equals(constraint)).findFirst();
    }
}
