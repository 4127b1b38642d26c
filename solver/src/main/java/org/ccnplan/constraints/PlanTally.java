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
 * solver explores, keeps a groupBy per cluster ({@link SectorCounts#DISTINCT}): through flattenLast every calculation
 * would touch each of its terms. Clusters and sectors are found by their index in the plan, not through hash maps.
 * <p>
 * Adding a project returns its exact undo; undos may come in any order.
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
                    ? new TargetCounts(thresholdTargets, occupiedClustersMeeting.clone())
                    : load.targetCounts();
            targetsChanged = false;
            load = new PlanLoad(landExcesses.terms(), powerExcesses.terms(), incompatiblePairs.terms(), targetCounts);
        }
        return load;
    }

    /** What one cluster holds. */
    private final class ClusterTally {

        private final Cluster cluster;
        private final CapacityTally land;
        private final CapacityTally power;
        private final List<OperationalTarget> targets;
        private final SectorCounts projectsBySector = new SectorCounts();
        private final PairTerms pairs;

        ClusterTally(Cluster cluster) {
            this.cluster = cluster;
            this.land = new CapacityTally(cluster, "land", landExcesses, true);
            this.power = new CapacityTally(cluster, "power", powerExcesses, false);
            this.pairs = new PairTerms(cluster, incompatiblePairs);
            List<OperationalTarget> withThreshold = new ArrayList<>();
            for (OperationalTarget target : cluster.getOperationalTargets()) {
                // At 0 percent the count does not depend on occupancy (OperationalTarget.clustersMeeting).
                if (target.getMinOccupancyPercent() > 0) {
                    withThreshold.add(target);
                }
            }
            this.targets = List.copyOf(withThreshold);
            if (!targets.equals(thresholdTargets)) {
                if (!thresholdTargets.isEmpty()) {
                    throw new IllegalStateException("The clusters of one plan have different targets: " + targets
                            + " and " + thresholdTargets + ".");
                }
                thresholdTargets = targets;
                occupiedClustersMeeting = new int[targets.size()];
            }
        }

        void place(int phaseIndex, long landAmount, long powerAmount, Sector sector) {
            countTargets(phaseIndex, landAmount);
            land.change(phaseIndex, landAmount);
            power.change(phaseIndex, powerAmount);
            int found = projectsBySector.countOf(sector.getIncompatibleEitherWayList());
            projectsBySector.add(sector);
            pairs.change(found);
        }

        void remove(int phaseIndex, long landAmount, long powerAmount, Sector sector) {
            countTargets(phaseIndex, -landAmount);
            land.change(phaseIndex, -landAmount);
            power.change(phaseIndex, -powerAmount);
            projectsBySector.remove(sector);
            // Counted against those present now: undos need not come in the order of the adds.
            pairs.change(-projectsBySector.countOf(sector.getIncompatibleEitherWayList()));
        }

        /** Before land changes from a phase on: the targets of that phase or later whose threshold it crosses. */
        private void countTargets(int phaseIndex, long landChange) {
            for (int i = 0; i < targets.size(); i++) {
                int targetPhase = targets.get(i).getPhase().getIndex();
                if (targetPhase < phaseIndex) {
                    continue;
                }
                long placed = land.placedBy[targetPhase];
                boolean before = meets(targets.get(i), targetPhase, placed);
                boolean after = meets(targets.get(i), targetPhase, placed + landChange);
                if (before != after) {
                    occupiedClustersMeeting[i] += after ? 1 : -1;
                    targetsChanged = true;
                }
            }
        }

        /** 100 x land placed >= minimum percent x land, in a cluster with land at the target's phase. */
        private boolean meets(OperationalTarget target, int targetPhase, long placed) {
            long capacity = cluster.getLandCapacityAt(targetPhase);
            return placed > 0 && capacity > 0 && 100L * placed >= target.getMinOccupancyPercent() * capacity;
        }
    }

    /** Land or power placed in one cluster by each phase (cumulative), and its excesses over capacity. */
    private static final class CapacityTally extends TermSource<CapacityExcess> {

        private final long[] capacity;
        private final long[] placedBy;
        /** One term per phase, created once; in the rule's list while its amount is above zero. */
        private final CapacityExcess[] excesses;
        private int excessCount;

        CapacityTally(Cluster cluster, String resource, RuleTerms<CapacityExcess> rule, boolean land) {
            super(rule);
            int phases = cluster.getPhaseCount();
            this.capacity = new long[phases];
            this.excesses = new CapacityExcess[phases];
            for (int i = 0; i < phases; i++) {
                capacity[i] = land ? cluster.getLandCapacityAt(i) : cluster.getPowerCapacityAt(i);
                excesses[i] = new CapacityExcess(cluster, resource, i, capacity[i]);
            }
            this.placedBy = new long[phases];
        }

        /** A project starting in the given phase counts in that phase and every later one. */
        void change(int phaseIndex, long amount) {
            if (amount == 0) {
                return;
            }
            for (int i = phaseIndex; i < placedBy.length; i++) {
                boolean wasOver = placedBy[i] > capacity[i];
                placedBy[i] += amount;
                boolean isOver = placedBy[i] > capacity[i];
                excesses[i].setPlaced(placedBy[i]);
                if (wasOver != isOver) {
                    excessCount += isOver ? 1 : -1;
                    termsChanged(excessCount > 0);
                }
            }
        }

        @Override
        void addTermsTo(List<CapacityExcess> terms) {
            for (int i = 0; i < excesses.length; i++) {
                if (placedBy[i] > capacity[i]) {
                    terms.add(excesses[i]);
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
