package org.ccnplan.constraints;

import static org.ccnplan.domain.AllocationConstraintConfiguration.CLUSTER_NOT_READY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.ENVIRONMENTAL_ZONING;
import static org.ccnplan.domain.AllocationConstraintConfiguration.INCOMPATIBLE_SECTORS;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LAND_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_COST;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_DISTANCE_LIMIT;
import static org.ccnplan.domain.AllocationConstraintConfiguration.OPERATIONAL_TARGET;
import static org.ccnplan.domain.AllocationConstraintConfiguration.POWER_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PREFERRED_CLUSTER;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PROJECT_TIME_WINDOW;
import static org.ccnplan.domain.AllocationConstraintConfiguration.SECTOR_FRAGMENTATION;
import static org.ccnplan.domain.AllocationConstraintConfiguration.START_DELAY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.UNPLACED_PROJECT;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Policy;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

/**
 * The 13 rules of SPEC section 4. Every rule penalizes only non-zero amounts, so a rule's match count is the number of
 * non-zero terms of its sum. Weights come from {@link org.ccnplan.domain.AllocationConstraintConfiguration}.
 */
public class AllocationConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                landCapacity(factory),
                powerCapacity(factory),
                clusterNotReady(factory),
                projectTimeWindow(factory),
                environmentalZoning(factory),
                incompatibleSectors(factory),
                logisticsDistanceLimit(factory),
                // Medium
                unplacedProject(factory),
                // Soft
                logisticsCost(factory),
                startDelay(factory),
                sectorFragmentation(factory),
                operationalTarget(factory),
                preferredCluster(factory)
        };
    }

    // ************************************************************************
    // Hard constraints
    // ************************************************************************

    // In every phase, the land of the projects placed in a cluster by then fits the cluster's land by then.
    Constraint landCapacity(ConstraintFactory factory) {
        return clusterLoads(factory)
                .flattenLast(ClusterLoad::landExcesses)
                .penalizeConfigurableLong((cluster, excess) -> excess.amount())
                .asConstraint(LAND_CAPACITY);
    }

    // In every phase, the power of the projects placed in a cluster by then fits the cluster's grid power by then.
    Constraint powerCapacity(ConstraintFactory factory) {
        return clusterLoads(factory)
                .flattenLast(ClusterLoad::powerExcesses)
                .penalizeConfigurableLong((cluster, excess) -> excess.amount())
                .asConstraint(POWER_CAPACITY);
    }

    // A project cannot start in a cluster before the cluster's first stage.
    Constraint clusterNotReady(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(project -> !project.getCluster().isReadyIn(project.getPhase()))
                .penalizeConfigurable()
                .asConstraint(CLUSTER_NOT_READY);
    }

    // A project starts neither before its earliest phase nor after its latest phase.
    Constraint projectTimeWindow(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(Project::isOutsideTimeWindow)
                .penalizeConfigurable()
                .asConstraint(PROJECT_TIME_WINDOW);
    }

    // A cluster takes no sector above its environmental class and none it excludes.
    Constraint environmentalZoning(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(project -> project.getCluster().forbids(project.getSector()))
                .penalizeConfigurable()
                .asConstraint(ENVIRONMENTAL_ZONING);
    }

    // Two projects of incompatible sectors never share a cluster, whatever their phases.
    Constraint incompatibleSectors(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(project -> !project.getSector().getIncompatibleWith().isEmpty())
                .join(Project.class, Joiners.equal(Project::getCluster),
                        Joiners.filtering(AllocationConstraintProvider::isCountedIncompatiblePair))
                .penalizeConfigurable()
                .asConstraint(INCOMPATIBLE_SECTORS);
    }

    /**
     * True for exactly one ordering of every unordered pair of distinct, incompatible projects: (a, b) where a's
     * sector lists b's, and, when b's sector lists a's too, a's id comes first. Only a's list is read first, so pairs
     * of compatible projects cost one set look-up.
     */
    private static boolean isCountedIncompatiblePair(Project a, Project b) {
        return a.getSector().getIncompatibleWith().contains(b.getSector()) && a != b
                && (!b.getSector().getIncompatibleWith().contains(a.getSector()) || a.getId().compareTo(b.getId()) < 0);
    }

    // A sector with a distance limit has a hub of a type it needs within that many km of its cluster.
    Constraint logisticsDistanceLimit(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(project -> project.getSector().exceedsDistanceLimit(
                        project.getCluster().getSectorDistanceMetres(project.getSector())))
                .penalizeConfigurable()
                .asConstraint(LOGISTICS_DISTANCE_LIMIT);
    }

    // ************************************************************************
    // Medium constraints
    // ************************************************************************

    // Every project left unplaced loses its priority-weighted value.
    Constraint unplacedProject(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Project.class)
                .filter(project -> project.getCluster() == null && project.getValue() > 0)
                .penalizeConfigurableLong(Project::getValue)
                .asConstraint(UNPLACED_PROJECT);
    }

    // ************************************************************************
    // Soft constraints
    // ************************************************************************

    // Freight travels to the nearest hub the sector needs: thousand tonne-km a year.
    Constraint logisticsCost(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(project -> project.getLogisticsCost() > 0)
                .penalizeConfigurableLong(Project::getLogisticsCost)
                .asConstraint(LOGISTICS_COST);
    }

    // Every phase a project starts after its earliest phase costs its priority-weighted value.
    Constraint startDelay(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(project -> project.getStartDelayCost() > 0)
                .penalizeConfigurableLong(Project::getStartDelayCost)
                .asConstraint(START_DELAY);
    }

    // A cluster hosts at most the policy's number of distinct sectors.
    Constraint sectorFragmentation(ConstraintFactory factory) {
        return clusterLoads(factory)
                .join(Policy.class)
                .filter((cluster, load, policy) -> load.sectorCount() > policy.getMaxSectorsPerCluster())
                .penalizeConfigurableLong((cluster, load, policy) -> load.sectorCount() - policy.getMaxSectorsPerCluster())
                .asConstraint(SECTOR_FRAGMENTATION);
    }

    // Enough clusters are operating (occupied to the target's share of their land) by the target's phase.
    Constraint operationalTarget(ConstraintFactory factory) {
        // Joining every cluster (not only occupied ones) keeps a tuple for a target that no cluster meets.
        return factory.forEach(OperationalTarget.class)
                .join(Cluster.class)
                .groupBy((target, cluster) -> target, conditionally((target, cluster) -> cluster.meetsTarget(target),
                        countBi()))
                .filter((target, meeting) -> meeting < target.getMinClusters())
                .penalizeConfigurableLong((target, meeting) -> target.getMinClusters() - meeting)
                .asConstraint(OPERATIONAL_TARGET);
    }

    // A project that names preferred clusters lands in one of them.
    Constraint preferredCluster(ConstraintFactory factory) {
        return factory.forEach(Project.class)
                .filter(Project::isOutsidePreferredClusters)
                .penalizeConfigurable()
                .asConstraint(PREFERRED_CLUSTER);
    }

    // ************************************************************************
    // What each cluster holds: one groupBy shared by the capacity and fragmentation rules
    // ************************************************************************

    /** The last factory {@link #clusterLoads} built for, with its stream; Bavet shares a groupBy only by identity. */
    private volatile SharedLoads sharedLoads;

    private record SharedLoads(ConstraintFactory factory, BiConstraintStream<Cluster, ClusterLoad> stream) {
    }

    /** Every cluster with at least one project placed in it, with what it holds. */
    private BiConstraintStream<Cluster, ClusterLoad> clusterLoads(ConstraintFactory factory) {
        SharedLoads shared = sharedLoads;
        if (shared == null || shared.factory() != factory) {
            shared = new SharedLoads(factory,
                    factory.forEach(Project.class).groupBy(Project::getCluster, ClusterTally.COLLECTOR));
            sharedLoads = shared;
        }
        return shared.stream();
    }

    /**
     * The running totals of one cluster: land and power of the projects that start in each phase, and how many of
     * its projects are of each sector. Adding a project returns the exact undo, with the phase it had when added.
     */
    static final class ClusterTally {

        static final UniConstraintCollector<Project, ClusterTally, ClusterLoad> COLLECTOR = new UniConstraintCollector<>() {
            @Override
            public Supplier<ClusterTally> supplier() {
                return ClusterTally::new;
            }

            @Override
            public BiFunction<ClusterTally, Project, Runnable> accumulator() {
                return ClusterTally::add;
            }

            @Override
            public Function<ClusterTally, ClusterLoad> finisher() {
                return ClusterTally::toLoad;
            }
        };

        private Cluster cluster;
        private long[] land;
        private long[] power;
        private final Map<Sector, int[]> projectsBySector = new IdentityHashMap<>();

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
            projectsBySector.computeIfAbsent(sector, key -> new int[1])[0]++;
            return () -> {
                land[phaseIndex] -= projectLand;
                power[phaseIndex] -= projectPower;
                int[] count = projectsBySector.get(sector);
                if (--count[0] == 0) {
                    projectsBySector.remove(sector);
                }
            };
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
            return new ClusterLoad(cluster, landBy, powerBy, projectsBySector.size());
        }
    }

    /**
     * A snapshot of what a cluster holds: land and power placed by each phase (cumulative, by phase index) and the
     * number of distinct sectors.
     */
    record ClusterLoad(Cluster cluster, long[] landPlacedBy, long[] powerPlacedBy, int sectorCount) {

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

        @Override
        public String toString() {
            return cluster + " land " + Arrays.toString(landPlacedBy) + " power " + Arrays.toString(powerPlacedBy)
                    + " sectors " + sectorCount;
        }
    }

    /** One term of a capacity rule: a cluster's land or power placed by a phase above its capacity then. */
    record CapacityExcess(Cluster cluster, String resource, int phaseIndex, long placed, long capacity) {

        long amount() {
            return placed - capacity;
        }
    }
}
