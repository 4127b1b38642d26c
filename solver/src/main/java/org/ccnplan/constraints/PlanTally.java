package org.ccnplan.constraints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ccnplan.constraints.PlanLoad.CapacityExcess;
import org.ccnplan.constraints.PlanLoad.IncompatiblePair;
import org.ccnplan.constraints.PlanLoad.TargetCounts;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * The running totals behind the cluster-wide rules whose terms are rare in a good plan (capacity, incompatible
 * sectors, operational targets), kept in one collector over every project of the plan.
 * <p>
 * Why one group for the whole plan rather than a groupBy per cluster: in Bavet 10.1 a keyed groupBy costs about as
 * much per move as all the single-project rules together (it looks both groups up in a hash map and propagates each
 * through every rule behind it), while this group propagates one tuple per move. Its term lists change only when a
 * term appears or goes, and each term's amount changes in place. Sector fragmentation, whose terms are many while the
 * solver explores, keeps a groupBy per cluster ({@link DistinctSectors}): through flattenLast every calculation
 * would touch each of its terms. Clusters and sectors are found by their index in the plan, not through hash maps.
 * <p>
 * Adding a project returns its exact undo; undos may come in any order.
 * <p>
 * Term amounts changing in place rely on two behaviours of Bavet 10.1: a group propagates an update on every change,
 * even when its finisher returns the same object, and flattenLast updates every item that stays. An engine upgrade
 * that skipped either would leave amounts stale; {@code IncrementalScoreTest} would show it.
 */
final class PlanTally {

    static final UniConstraintCollector<Project, PlanTally, PlanLoad> COLLECTOR = new UniConstraintCollector<>() {
        @Override
        public Supplier<PlanTally> supplier() {
            return PlanTally::new;
        }

        @Override
        public BiFunction<PlanTally, Project, Runnable> accumulator() {
            return PlanTally::add;
        }

        @Override
        public Function<PlanTally, PlanLoad> finisher() {
            return PlanTally::toLoad;
        }
    };

    private static final Runnable NOTHING_TO_UNDO = () -> {
    };

    private ClusterTally[] clusters = new ClusterTally[0];
    private final RuleTerms<CapacityExcess> landExcesses = new RuleTerms<>();
    private final RuleTerms<CapacityExcess> powerExcesses = new RuleTerms<>();
    private final RuleTerms<IncompatiblePair> incompatiblePairs = new RuleTerms<>();
    /** The targets with an occupancy threshold (the same for every cluster of a plan), learnt from the clusters. */
    private List<OperationalTarget> thresholdTargets = List.of();
    private boolean targetsLearnt;
    private int[] occupiedClustersMeeting = new int[0];
    private boolean targetsChanged = true;
    private PlanLoad load;

    private Runnable add(Project project) {
        Cluster cluster = project.getCluster();
        Phase phase = project.getPhase();
        if (cluster == null || phase == null) {
            return NOTHING_TO_UNDO; // Unplaced: it is in no cluster's totals.
        }
        ClusterTally placedIn = tallyOf(cluster);
        int phaseIndex = phase.getIndex();
        long land = project.getLand();
        long power = project.getPower();
        Sector sector = project.getSector();
        placedIn.place(phaseIndex, land, power, sector);
        return () -> placedIn.remove(phaseIndex, land, power, sector);
    }

    private ClusterTally tallyOf(Cluster cluster) {
        int index = cluster.getIndex();
        if (index < 0) {
            throw new IllegalStateException("The cluster (" + cluster + ") has no index: it is not part of a plan.");
        }
        if (index >= clusters.length) {
            clusters = Arrays.copyOf(clusters, Math.max(index + 1, 2 * clusters.length));
        }
        ClusterTally tally = clusters[index];
        if (tally == null) {
            tally = new ClusterTally(cluster);
            clusters[index] = tally;
        } else if (tally.cluster != cluster) {
            throw new IllegalStateException("The clusters (" + tally.cluster + ") and (" + cluster
                    + ") have the same index (" + index + ").");
        }
        return tally;
    }

    private PlanLoad toLoad() {
        if (load == null || landExcesses.changed || powerExcesses.changed || incompatiblePairs.changed
                || targetsChanged) {
            TargetCounts targetCounts = targetsChanged || load == null
                    ? new TargetCounts(thresholdTargets, occupiedClustersMeeting.clone(), targetsLearnt)
                    : load.targetCounts();
            targetsChanged = false;
            load = new PlanLoad(landExcesses.terms(), powerExcesses.terms(), incompatiblePairs.terms(), targetCounts);
        }
        return load;
    }

    /** What one cluster holds. */
    private final class ClusterTally {

        private final Cluster cluster;
        private final int phases;
        /**
         * Land placed by each phase, power placed, land capacity and power capacity, each by phase index, in one array:
         * a move then touches few cache lines (this runs between allocations that keep evicting them).
         */
        private final long[] totals;
        private final CapacityTerms landTerms;
        private final CapacityTerms powerTerms;
        /** Per target with an occupancy threshold: its phase index, and the least land placed that meets it. */
        private final int[] targetPhase;
        private final long[] targetMinLand;
        private final SectorCounts projectsBySector = new SectorCounts();
        private final PairTerms pairs;

        ClusterTally(Cluster cluster) {
            this.cluster = cluster;
            this.phases = cluster.getPhaseCount();
            this.totals = new long[4 * phases];
            for (int i = 0; i < phases; i++) {
                totals[2 * phases + i] = cluster.getLandCapacityAt(i);
                totals[3 * phases + i] = cluster.getPowerCapacityAt(i);
            }
            this.landTerms = new CapacityTerms(cluster, "land", landExcesses, totals, 0, 2 * phases);
            this.powerTerms = new CapacityTerms(cluster, "power", powerExcesses, totals, phases, 3 * phases);
            this.pairs = new PairTerms(cluster, incompatiblePairs);
            List<OperationalTarget> withThreshold = new ArrayList<>();
            for (OperationalTarget target : cluster.getOperationalTargets()) {
                // At 0 percent the count does not depend on occupancy (OperationalTarget.clustersMeeting).
                if (target.getMinOccupancyPercent() > 0) {
                    withThreshold.add(target);
                }
            }
            this.targetPhase = new int[withThreshold.size()];
            this.targetMinLand = new long[withThreshold.size()];
            for (int t = 0; t < withThreshold.size(); t++) {
                OperationalTarget target = withThreshold.get(t);
                targetPhase[t] = target.getPhase().getIndex();
                targetMinLand[t] = minLandMeeting(target.getMinOccupancyPercent(),
                        cluster.getLandCapacityAt(targetPhase[t]));
            }
            if (!targetsLearnt) {
                thresholdTargets = List.copyOf(withThreshold);
                occupiedClustersMeeting = new int[withThreshold.size()];
                targetsLearnt = true;
                targetsChanged = true;
            } else if (!withThreshold.equals(thresholdTargets)) {
                throw new IllegalStateException("The clusters of one plan have different targets: "
                        + withThreshold + " and " + thresholdTargets + ".");
            }
        }

        /**
         * The least land U with 100 x U >= percent x capacity, for a percent above 0: the ceiling of percent x capacity
         * / 100. A cluster without land then never meets the target.
         */
        private static long minLandMeeting(int percent, long capacity) {
            return capacity <= 0 ? Long.MAX_VALUE : Math.floorDiv(Math.multiplyExact(percent, capacity) + 99, 100);
        }

        void place(int phaseIndex, long land, long power, Sector sector) {
            change(phaseIndex, land, power);
            int found = projectsBySector.countOf(sector.getIncompatibleEitherWayList());
            projectsBySector.add(sector);
            pairs.change(found);
        }

        void remove(int phaseIndex, long land, long power, Sector sector) {
            change(phaseIndex, -land, -power);
            projectsBySector.remove(sector);
            // Counted against those present now: undos need not come in the order of the adds.
            pairs.change(-projectsBySector.countOf(sector.getIncompatibleEitherWayList()));
        }

        /** A project starting in the given phase counts in that phase and every later one. */
        private void change(int phaseIndex, long land, long power) {
            for (int t = 0; t < targetPhase.length; t++) {
                int at = targetPhase[t];
                if (at >= phaseIndex) {
                    boolean before = totals[at] >= targetMinLand[t];
                    boolean after = totals[at] + land >= targetMinLand[t];
                    if (before != after) {
                        occupiedClustersMeeting[t] += after ? 1 : -1;
                        targetsChanged = true;
                    }
                }
            }
            for (int i = phaseIndex; i < phases; i++) {
                long landBefore = totals[i];
                long landAfter = landBefore + land;
                totals[i] = landAfter;
                long landCapacity = totals[2 * phases + i];
                if (landBefore > landCapacity != landAfter > landCapacity) {
                    landTerms.countExcess(landAfter > landCapacity);
                }
                long powerBefore = totals[phases + i];
                long powerAfter = powerBefore + power;
                totals[phases + i] = powerAfter;
                long powerCapacity = totals[3 * phases + i];
                if (powerBefore > powerCapacity != powerAfter > powerCapacity) {
                    powerTerms.countExcess(powerAfter > powerCapacity);
                }
            }
        }
    }

    /** The excesses of one cluster over its land or power capacity, one term per phase, read from its totals. */
    private static final class CapacityTerms extends TermSource<CapacityExcess> {

        private final CapacityExcess[] excesses;
        private int excessCount;

        CapacityTerms(Cluster cluster, String resource, RuleTerms<CapacityExcess> rule, long[] totals,
                int placedOffset, int capacityOffset) {
            super(rule);
            this.excesses = new CapacityExcess[cluster.getPhaseCount()];
            for (int i = 0; i < excesses.length; i++) {
                excesses[i] = new CapacityExcess(cluster, resource, i, totals, placedOffset + i, capacityOffset + i);
            }
        }

        void countExcess(boolean added) {
            excessCount += added ? 1 : -1;
            termsChanged(excessCount > 0);
        }

        @Override
        void addTermsTo(List<CapacityExcess> terms) {
            for (CapacityExcess excess : excesses) {
                if (excess.amount() > 0) {
                    terms.add(excess);
                }
            }
        }
    }

    /** The pairs of projects of incompatible sectors in one cluster. */
    private static final class PairTerms extends TermSource<IncompatiblePair> {

        private final Cluster cluster;
        private int count;
        /** Pair terms by ordinal - 1, created once: a pair that stays keeps its object. */
        private final List<IncompatiblePair> terms = new ArrayList<>();

        PairTerms(Cluster cluster, RuleTerms<IncompatiblePair> rule) {
            super(rule);
            this.cluster = cluster;
        }

        void change(int pairs) {
            if (pairs != 0) {
                count += pairs;
                termsChanged(count > 0);
            }
        }

        @Override
        void addTermsTo(List<IncompatiblePair> list) {
            while (terms.size() < count) {
                terms.add(new IncompatiblePair(cluster, terms.size() + 1));
            }
            list.addAll(terms.subList(0, count));
        }
    }

    /**
     * Something holding terms of one rule: a cluster's land, power or incompatible pairs. It tells its rule when its
     * set of terms changes (not their amounts: those change in place).
     */
    private abstract static class TermSource<T> {

        private final RuleTerms<T> rule;
        /** Position in the rule's sources, or -1 while it holds no term. */
        private int position = -1;

        TermSource(RuleTerms<T> rule) {
            this.rule = rule;
        }

        final void termsChanged(boolean holdsTerms) {
            rule.changed = true;
            if (holdsTerms && position < 0) {
                rule.hold(this);
            } else if (!holdsTerms && position >= 0) {
                rule.release(this);
            }
        }

        abstract void addTermsTo(List<T> terms);
    }

    /** The terms of one rule across the plan: the sources holding any, and their list, rebuilt after a change. */
    private static final class RuleTerms<T> {

        private final List<TermSource<T>> sources = new ArrayList<>();
        private boolean changed = true;
        private List<T> terms = List.of();

        void hold(TermSource<T> source) {
            source.position = sources.size();
            sources.add(source);
        }

        /** Swaps the last source into the released one's place: constant time. */
        void release(TermSource<T> source) {
            TermSource<T> last = sources.remove(sources.size() - 1);
            if (last != source) {
                sources.set(source.position, last);
                last.position = source.position;
            }
            source.position = -1;
        }

        List<T> terms() {
            if (changed) {
                changed = false;
                if (sources.isEmpty()) {
                    terms = List.of();
                } else {
                    // A new list each time, never changed after: flattenLast compares it with the one it had.
                    List<T> list = new ArrayList<>(2 * sources.size());
                    for (int i = 0; i < sources.size(); i++) {
                        sources.get(i).addTermsTo(list);
                    }
                    terms = list;
                }
            }
            return terms;
        }
    }
}
