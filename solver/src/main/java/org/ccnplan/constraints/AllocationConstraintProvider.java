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


import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Policy;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
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
        // Pairs are counted per cluster from its projects per sector; one element, hence one match, per pair.
        return clusterLoads(factory)
                .flattenLast(ClusterLoad::incompatiblePairList)
                .penalizeConfigurable()
                .asConstraint(INCOMPATIBLE_SECTORS);
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
                .penalizeConfigurableLong(
                        (cluster, load, policy) -> load.sectorCount() - policy.getMaxSectorsPerCluster())
                .asConstraint(SECTOR_FRAGMENTATION);
    }

    // Enough clusters are operating (occupied to the target's share of their land) by the target's phase.
    Constraint operationalTarget(ConstraintFactory factory) {
        // Every project, placed or not, joins each target: a target keeps its tuple even when nothing is placed.
        return factory.forEach(OperationalTarget.class)
                .join(factory.forEachIncludingNullVars(Project.class))
                .groupBy((target, project) -> target, TargetTally.COLLECTOR)
                .filter((target, occupied) -> target.clustersMeeting(occupied) < target.getMinClusters())
                .penalizeConfigurableLong(
                        (target, occupied) -> target.getMinClusters() - target.clustersMeeting(occupied))
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
    // What each cluster holds: one groupBy shared by the capacity, compatibility and fragmentation rules
    // ************************************************************************

    /** The last factory {@link #clusterLoads} built for, with its stream; Bavet shares a groupBy only by identity. */
    private volatile SharedLoads sharedLoads;

    private record SharedLoads(ConstraintFactory factory, BiConstraintStream<Cluster, ClusterLoad> stream) {
    }

    /** Every cluster with a project placed in it, with what it holds. */
    private BiConstraintStream<Cluster, ClusterLoad> clusterLoads(ConstraintFactory factory) {
        SharedLoads shared = sharedLoads;
        if (shared == null || shared.factory() != factory) {
            shared = new SharedLoads(factory,
                    factory.forEach(Project.class).groupBy(Project::getCluster, ClusterLoad.Tally.COLLECTOR));
            sharedLoads = shared;
        }
        return shared.stream();
    }
}
