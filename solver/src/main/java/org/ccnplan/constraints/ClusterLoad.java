package org.ccnplan.constraints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * What one cluster holds: land and power placed by each phase (cumulative, by phase index), the number of distinct
 * sectors, and the number of unordered pairs of its projects whose sectors are incompatible.
 */
record ClusterLoad(Cluster cluster, long[] landPlacedBy, long[] powerPlacedBy, int sectorCount,
        long incompatiblePairs) {

    List<CapacityExcess> landExcesses() {
        return excesses(true);
    }

    List<CapacityExcess> powerExcesses() {
        return excesses(false);
    }

    private List<CapacityExcess> excesses(boolean land) {
        long[] placedBy = land ? landPlacedBy : powerPlacedBy;
        List<CapacityExcess> excesses = List.of();
        for (int i = 0; i < placedBy.length; i++) {
            long capacity = land ? cluster.getLandCapacityAt(i) : cluster.getPowerCapacityAt(i);
            if (placedBy[i] > capacity) {
                if (excesses.isEmpty()) {
                    excesses = new ArrayList<>(placedBy.length);
                }
                excesses.add(new CapacityExcess(cluster, land ? "land" : "power", i, placedBy[i], capacity));
            }
        }
        return excesses;
    }

    /** One element per incompatible pair, so that each pair is one match of the rule. */
    List<Integer> incompatiblePairList() {
        if (incompatiblePairs == 0) {
            return List.of();
        }
        List<Integer> pairs = new ArrayList<>((int) incompatiblePairs);
        for (int i = 1; i <= incompatiblePairs; i++) {
            pairs.add(i);
        }
        return pairs;
    }

    @Override
    public String toString() {
        return cluster.getId() + " land " + Arrays.toString(landPlacedBy)
                + " power " + Arrays.toString(powerPlacedBy) + " sectors " + sectorCount + " incompatible pairs "
                + incompatiblePairs;
    }

    /** One term of a capacity rule: a cluster's land or power placed by a phase above its capacity then. */
    record CapacityExcess(Cluster cluster, String resource, int phaseIndex, long placed, long capacity) {

        long amount() {
            return placed - capacity;
        }
    }

    /**
     * The running totals of one group: land and power of the projects starting in each phase, projects per sector and
     * incompatible pairs. Adding a project returns its exact undo.
     */
    static final class Tally {

        static final UniConstraintCollector<Project, Tally, ClusterLoad> COLLECTOR = new UniConstraintCollector<>() {
            @Override
            public Supplier<Tally> supplier() {
                return Tally::new;
            }

            @Override
            public BiFunction<Tally, Project, Runnable> accumulator() {
                return Tally::add;
            }

            @Override
            public Function<Tally, ClusterLoad> finisher() {
                return Tally::toLoad;
            }
        };

        private Cluster cluster;
        private long[] land;
        private long[] power;
        private final Map<Sector, int[]> projectsBySector = new IdentityHashMap<>();
        private long incompatiblePairs;

        private Runnable add(Project project) {
            if (land == null) {
                cluster = project.getCluster();
                land = new long[cluster.getPhaseCount()];
                power = new long[cluster.getPhaseCount()];
            }
            int phaseIndex = project.getPhaseIndex();
            long projectLand = project.getLand();
            long projectPower = project.getPower();
            Sector sector = project.getSector();
            land[phaseIndex] += projectLand;
            power[phaseIndex] += projectPower;
            incompatiblePairs += incompatibleWithPresent(sector);
            projectsBySector.computeIfAbsent(sector, key -> new int[1])[0]++;
            return () -> {
                land[phaseIndex] -= projectLand;
                power[phaseIndex] -= projectPower;
                int[] count = projectsBySector.get(sector);
                if (--count[0] == 0) {
                    projectsBySector.remove(sector);
                }
                // Counted against those present now: undos need not come in the order of the adds.
                incompatiblePairs -= incompatibleWithPresent(sector);
            };
        }

        /** Projects already here whose sector is incompatible with the given one (itself too, if it lists itself). */
        private long incompatibleWithPresent(Sector sector) {
            long pairs = 0;
            for (Sector other : sector.getIncompatibleEitherWay()) {
                int[] count = projectsBySector.get(other);
                if (count != null) {
                    pairs += count[0];
                }
            }
            return pairs;
        }

        private ClusterLoad toLoad() {
            long[] landBy = new long[land.length];
            long[] powerBy = new long[power.length];
            long landSum = 0L;
            long powerSum = 0L;
            for (int i = 0; i < land.length; i++) {
                landSum += land[i];
                powerSum += power[i];
                landBy[i] = landSum;
                powerBy[i] = powerSum;
            }
            return new ClusterLoad(cluster, landBy, powerBy, projectsBySector.size(), incompatiblePairs);
        }
    }
}
