package org.ccnplan.constraints;

import java.util.Arrays;
import java.util.List;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;

/**
 * What the clusters of a plan hold, as the terms of the cluster-wide rules: one element per non-zero term, so that
 * each term is one match of its rule. {@link PlanTally} keeps it up to date.
 * <p>
 * A term object stands for one cluster (and phase) for as long as its amount is above zero, and its amount changes in
 * place: Bavet's flattenLast then sees the same element and updates its match instead of retracting and inserting one.
 * The lists themselves are not modified once handed out.
 *
 * @param landExcesses a cluster's land placed by a phase above its land then
 * @param powerExcesses the same for power
 * @param incompatiblePairs one element per unordered pair of projects of incompatible sectors in one cluster
 * @param targetCounts the clusters meeting each operational target
 */
record PlanLoad(List<CapacityExcess> landExcesses, List<CapacityExcess> powerExcesses,
        List<IncompatiblePair> incompatiblePairs, TargetCounts targetCounts) {

    @Override
    public String toString() {
        return "land excesses " + landExcesses + ", power excesses " + powerExcesses + ", incompatible pairs "
                + incompatiblePairs.size() + ", " + targetCounts;
    }

    /**
     * Per target with an occupancy threshold, the occupied clusters meeting it. Immutable: a new object when a count
     * changes, so that a Bavet map node stops the target rule's update when none did.
     *
     * @param thresholdTargets the targets with an occupancy threshold, in the order of the counts
     * @param occupiedClustersMeeting per threshold target, the occupied clusters meeting it
     * @param learnt whether the targets were learnt from a cluster; before, no cluster is occupied
     */
    record TargetCounts(List<OperationalTarget> thresholdTargets, int[] occupiedClustersMeeting, boolean learnt) {

        /** max(0, k - n) of SPEC section 4 for the target. */
        long shortfall(OperationalTarget target) {
            int position = thresholdTargets.indexOf(target);
            if (position < 0 && learnt && target.getMinOccupancyPercent() > 0) {
                throw new IllegalStateException("The target (" + target + ") is not among the targets of the plan's"
                        + " clusters " + thresholdTargets + ".");
            }
            int occupied = position < 0 ? 0 : occupiedClustersMeeting[position];
            return Math.max(0, target.getMinClusters() - target.clustersMeeting(occupied));
        }

        @Override
        public String toString() {
            return "occupied clusters meeting " + thresholdTargets + ": " + Arrays.toString(occupiedClustersMeeting);
        }
    }

    /**
     * One term of a capacity rule: a cluster's land or power placed by a phase above its capacity then. It reads the
     * amounts from its cluster's running totals, so one object stands for the term as long as it lasts.
     */
    static final class CapacityExcess {

        private final Cluster cluster;
        private final String resource;
        private final int phaseIndex;
        private final long[] totals;
        private final int placedAt;
        private final int capacityAt;

        CapacityExcess(Cluster cluster, String resource, int phaseIndex, long[] totals, int placedAt, int capacityAt) {
            this.cluster = cluster;
            this.resource = resource;
            this.phaseIndex = phaseIndex;
            this.totals = totals;
            this.placedAt = placedAt;
            this.capacityAt = capacityAt;
        }

        Cluster cluster() {
            return cluster;
        }

        long placed() {
            return totals[placedAt];
        }

        long capacity() {
            return totals[capacityAt];
        }

        long amount() {
            return placed() - capacity();
        }

        @Override
        public String toString() {
            return cluster.getId() + " " + resource + " by phase " + phaseIndex + ": " + placed() + " > " + capacity();
        }
    }

    /** One unordered pair of projects of incompatible sectors in a cluster: the ordinal-th of the cluster's pairs. */
    record IncompatiblePair(Cluster cluster, int ordinal) {
    }
}
