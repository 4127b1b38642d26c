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

import org.ccnplan.constraints.PlanLoad.CapacityExcess;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Policy;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

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
        return planLoad(factory)
                .flattenLast(PlanLoad::landExcesses)
                .penalizeConfigurableLong(CapacityExcess::amount)
                .asConstraint(LAND_CAPACITY);
    }

    // In every phase, the power of the projects placed in a cluster by then fits the cluster's grid power by then.
    Constraint powerCapacity(ConstraintFactory factory) {
        return planLoad(factory)
                .flattenLast(PlanLoad::powerExcesses)
                .penalizeConfigurableLong(CapacityExcess::amount)
                .asConstraint(POWER_CAPACITY);
    }

    // A project cannot start in a cluster before the cluster's first stage.
    Constraint clusterNotReady(ConstraintFactory factory) {
        return placedProjects(factory)
                .filter(project -> !project.getCluster().isReadyIn(project.getPhase()))
                .penalizeConfigurable()
                .asConstraint(CLUSTER_NOT_READY);
    }

    // A project starts neither before its earliest phase nor after its latest phase.
    Constraint projectTimeWindow(ConstraintFactory factory) {
        return placedProjects(factory)
                .filter(Project::isOutsideTimeWindow)
                .penalizeConfigurable()
                .asConstraint(PROJECT_TIME_WINDOW);
    }

    // A cluster takes no sector above its environmental class and none it excludes.
    Constraint environmentalZoning(ConstraintFactory factory) {
        return placedProjects(factory)
                .filter(project -> project.getCluster().forbids(project.getSector()))
                .penalizeConfigurable()
                .asConstraint(ENVIRONMENTAL_ZONING);
    }

    // Two projects of incompatible sectors never share a cluster, whatever their phases.
    Constraint incompatibleSectors(ConstraintFactory factory) {
        // Pairs are counted per cluster from its projects per sector; one element, hence one match, per pair.
        return planLoad(factory)
                .flattenLast(PlanLoad::incompatiblePairs)
                .penalizeConfigurable()
                .asConstraint(INCOMPATIBLE_SECTORS);
    }

    // A sector with a distance limit has a hub of a type it needs within that many km of its cluster.
    Constraint logisticsDistanceLimit(ConstraintFactory factory) {
        return placedProjects(factory)
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
        return allProjects(factory)
                .filter(project -> project.getCluster() == null && project.getValue() > 0)
                .penalizeConfigurableLong(Project::getValue)
                .asConstraint(UNPLACED_PROJECT);
    }

    // ************************************************************************
    // Soft constraints
    // ************************************************************************

    // Freight travels to the nearest hub the sector needs: thousand tonne-km a year.
    Constraint logisticsCost(ConstraintFactory factory) {
        return placedProjects(factory)
                .filter(project -> project.getLogisticsCost() > 0)
                .penalizeConfigurableLong(Project::getLogisticsCost)
                .asConstraint(LOGISTICS_COST);
    }

    // Every phase a project starts after its earliest phase costs its priority-weighted value.
    Constraint startDelay(ConstraintFactory factory) {
        return placedProjects(factory)
                .filter(project -> project.getStartDelayCost() > 0)
                .penalizeConfigurableLong(Project::getStartDelayCost)
                .asConstraint(START_DELAY);
    }

    // A cluster hosts at most the policy's number of distinct sectors.
    Constraint sectorFragmentation(ConstraintFactory factory) {
        return placedProjects(factory)
                .groupBy(Project::getCluster, DistinctSectors.COLLECTOR)
                .map((cluster, sectors) -> sectors) // Stops here unless the cluster's count changed.
                .join(Policy.class)
                .filter((sectors, policy) -> sectors.count() > policy.getMaxSectorsPerCluster())
                .penalizeConfigurableLong((sectors, policy) -> sectors.count() - policy.getMaxSectorsPerCluster())
                .asConstraint(SECTOR_FRAGMENTATION);
    }

    // Enough clusters are operating (occupied to the target's share of their land) by the target's phase.
    Constraint operationalTarget(ConstraintFactory factory) {
        return factory.forEach(OperationalTarget.class)
                .join(planLoad(factory).map(PlanLoad::targetCounts)) // Stops here unless a count changed.
                .filter((target, counts) -> counts.shortfall(target) > 0)
                .penalizeConfigurableLong((target, counts) -> counts.shortfall(target))
                .asConstraint(OPERATIONAL_TARGET);
    }

    // A project that names preferred clusters lands in one of them.
    Constraint preferredCluster(ConstraintFactory factory) {
        return placedProjects(factory)
                .filter(Project::isOutsidePreferredClusters)
                .penalizeConfigurable()
                .asConstraint(PREFERRED_CLUSTER);
    }

    // ************************************************************************
    // Shared streams. Bavet shares a node only when it is the same stream object, so each is built once per factory.
    // Every rule starts from the one forEachIncludingNullVars node: a second ForEach node for the same class (forEach)
    // would be updated too on every move.
    // ************************************************************************

    private volatile SharedStreams sharedStreams;

    private record SharedStreams(ConstraintFactory factory, UniConstraintStream<Project> allProjects,
            UniConstraintStream<Project> placedProjects, UniConstraintStream<PlanLoad> planLoad) {

        static SharedStreams of(ConstraintFactory factory) {
            UniConstraintStream<Project> all = factory.forEachIncludingNullVars(Project.class);
            // Every project, placed or not, passes through the collector, so its one tuple exists whenever the plan
            // has a project, even with nothing placed (the targets are still due then).
            return new SharedStreams(factory, all, all.filter(Project::isPlaced), all.groupBy(PlanTally.COLLECTOR));
        }
    }

    private SharedStreams shared(ConstraintFactory factory) {
        SharedStreams shared = sharedStreams;
        if (shared == null || shared.factory() != factory) {
            shared = SharedStreams.of(factory);
            sharedStreams = shared;
        }
        return shared;
    }

    /** Every project and reserve block, placed or not. */
    private UniConstraintStream<Project> allProjects(ConstraintFactory factory) {
        return shared(factory).allProjects();
    }

    /** The projects and reserve blocks placed in a cluster. */
    private UniConstraintStream<Project> placedProjects(ConstraintFactory factory) {
        return shared(factory).placedProjects();
    }

    /** The terms of the capacity, compatibility and target rules (see {@link PlanTally}). */
    private UniConstraintStream<PlanLoad> planLoad(ConstraintFactory factory) {
        return shared(factory).planLoad();
    }
}
