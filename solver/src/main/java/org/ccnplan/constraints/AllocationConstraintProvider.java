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
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.ClusterPhase;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Policy;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
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
        return placedByPhase(factory)
                .groupBy((clusterPhase, project) -> clusterPhase, sumLong((clusterPhase, project) -> project.getLand()))
                .filter((clusterPhase, land) -> land > clusterPhase.getLandCapacity())
                .penalizeConfigurableLong((clusterPhase, land) -> land - clusterPhase.getLandCapacity())
                .asConstraint(LAND_CAPACITY);
    }

    // In every phase, the power of the projects placed in a cluster by then fits the cluster's grid power by then.
    Constraint powerCapacity(ConstraintFactory factory) {
        return placedByPhase(factory)
                .groupBy((clusterPhase, project) -> clusterPhase,
                        sumLong((clusterPhase, project) -> project.getPower()))
                .filter((clusterPhase, power) -> power > clusterPhase.getPowerCapacity())
                .penalizeConfigurableLong((clusterPhase, power) -> power - clusterPhase.getPowerCapacity())
                .asConstraint(POWER_CAPACITY);
    }

    /** Every (cluster phase, project placed in that cluster in that phase or earlier). */
    private static BiConstraintStream<ClusterPhase, Project> placedByPhase(ConstraintFactory factory) {
        return factory.forEach(ClusterPhase.class)
                .join(Project.class,
                        Joiners.equal(ClusterPhase::getCluster, Project::getCluster),
                        Joiners.greaterThanOrEqual(ClusterPhase::getPhaseIndex, Project::getPhaseIndex));
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
        return factory.forEachUniquePair(Project.class, Joiners.equal(Project::getCluster))
                .filter((a, b) -> a.getSector().isIncompatibleWith(b.getSector()))
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
        return factory.forEach(Project.class)
                .groupBy(Project::getCluster, countDistinct(Project::getSector))
                .join(Policy.class)
                .filter((cluster, sectors, policy) -> sectors > policy.getMaxSectorsPerCluster())
                .penalizeConfigurableLong((cluster, sectors, policy) -> sectors - policy.getMaxSectorsPerCluster())
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
}
