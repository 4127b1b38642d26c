package org.ccnplan.constraints;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.function.TriFunction;
import org.optaplanner.core.api.score.stream.bi.BiConstraintCollector;

/**
 * For one operational target, the land each cluster has placed by the target's phase and how many clusters meet the
 * target's occupancy, kept up to date one project at a time (a cluster crossing the threshold changes the count).
 * Every project of the plan, placed or not, passes through, so the count exists even when nothing is placed.
 */
final class TargetTally {

    static final BiConstraintCollector<OperationalTarget, Project, TargetTally, Integer> COLLECTOR =
            new BiConstraintCollector<>() {
                @Override
                public Supplier<TargetTally> supplier() {
                    return TargetTally::new;
                }

                @Override
                public TriFunction<TargetTally, OperationalTarget, Project, Runnable> accumulator() {
                    return TargetTally::add;
                }

                @Override
                public Function<TargetTally, Integer> finisher() {
                    return tally -> tally.occupiedClustersMeeting;
                }
            };

    private static final Runnable NOTHING_TO_UNDO = () -> {
    };

    private final Map<Cluster, long[]> landByCluster = new IdentityHashMap<>();
    private int occupiedClustersMeeting;

    private Runnable add(OperationalTarget target, Project project) {
        Cluster cluster = project.getCluster();
        if (cluster == null || project.getPhase() == null || project.getPhase().isAfter(target.getPhase())) {
            return NOTHING_TO_UNDO; // Not placed by the target's phase: it changes no cluster's occupancy then.
        }
        long land = project.getLand();
        long[] placed = landByCluster.computeIfAbsent(cluster, key -> new long[1]);
        change(target, cluster, placed, land);
        return () -> change(target, cluster, placed, -land);
    }

    private void change(OperationalTarget target, Cluster cluster, long[] placed, long land) {
        boolean metBefore = meets(target, cluster, placed[0]);
        placed[0] += land;
        boolean metAfter = meets(target, cluster, placed[0]);
        occupiedClustersMeeting += (metAfter ? 1 : 0) - (metBefore ? 1 : 0);
    }

    /** 100 x land placed >= minimum percent x land, in a cluster with land at the target's phase. */
    private static boolean meets(OperationalTarget target, Cluster cluster, long placed) {
        long capacity = cluster.getLandCapacity(target.getPhase());
        return placed > 0 && capacity > 0 && 100L * placed >= target.getMinOccupancyPercent() * capacity;
    }
}
