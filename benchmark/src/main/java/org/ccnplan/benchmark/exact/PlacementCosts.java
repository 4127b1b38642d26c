package org.ccnplan.benchmark.exact;

import static org.ccnplan.domain.AllocationConstraintConfiguration.CLUSTER_NOT_READY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.ENVIRONMENTAL_ZONING;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_COST;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_DISTANCE_LIMIT;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PREFERRED_CLUSTER;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PROJECT_TIME_WINDOW;
import static org.ccnplan.domain.AllocationConstraintConfiguration.START_DELAY;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Units;

/**
 * The rules of SPEC section 4 whose amount depends on one project's placement alone: each is a constant coefficient
 * of that placement's variable.
 */
final class PlacementCosts {

    private final AllocationConstraintConfiguration weights;

    PlacementCosts(AllocationConstraintConfiguration weights) {
        this.weights = weights;
    }

    /** Hard 3, 4, 5 and 7: cluster not ready, time window, zoning, distance limit (each 0 or 1, times its weight). */
    long hard(Project project, Cluster cluster, Phase phase) {
        Sector sector = project.getSector();
        int index = phase.getIndex();
        boolean notReady = index < cluster.getReadyPhaseIndex();
        boolean outsideWindow = index < project.getEarliestPhase().getIndex()
                || index > project.getLatestPhase().getIndex();
        boolean tooFar = sector.hasDistanceLimit()
                && sector.exceedsDistanceLimit(cluster.getSectorDistanceMetres(sector));
        return hardWeight(CLUSTER_NOT_READY) * flag(notReady)
                + hardWeight(PROJECT_TIME_WINDOW) * flag(outsideWindow)
                + hardWeight(ENVIRONMENTAL_ZONING) * flag(cluster.forbids(sector))
                + hardWeight(LOGISTICS_DISTANCE_LIMIT) * flag(tooFar);
    }

    /** Soft 1, 2 and 5, weighted: logistics cost K(j, c), start delay V x phases late, outside the preferred. */
    long soft(Project project, Cluster cluster, Phase phase) {
        long logistics = Units.thousandTonneKm(project.getFreight(),
                cluster.getSectorDistanceMetres(project.getSector()));
        long delay = project.getValue() * Math.max(0, phase.getIndex() - project.getEarliestPhase().getIndex());
        boolean notPreferred = !project.getPreferredClusters().isEmpty()
                && !project.getPreferredClusters().contains(cluster);
        return Math.addExact(Math.addExact(
                Math.multiplyExact(softWeight(LOGISTICS_COST), logistics),
                Math.multiplyExact(softWeight(START_DELAY), delay)),
                softWeight(PREFERRED_CLUSTER) * flag(notPreferred));
    }

    long hardWeight(String rule) {
        return weights.weightOf(rule).hardScore();
    }

    long mediumWeight(String rule) {
        return weights.weightOf(rule).mediumScore();
    }

    long softWeight(String rule) {
        return weights.weightOf(rule).softScore();
    }

    private static long flag(boolean condition) {
        return condition ? 1 : 0;
    }
}
