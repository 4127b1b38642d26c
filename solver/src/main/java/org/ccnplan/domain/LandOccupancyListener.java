package org.ccnplan.domain;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps {@link Cluster#getLandPlacedByPhase()} current. It listens to a cluster's project list (a project came or
 * left) and to a project's phase (a project stayed but starts earlier or later), and recomputes the cluster's land by
 * phase from its list, so it does not matter in which order the notifications of one move arrive.
 */
public class LandOccupancyListener implements VariableListener<AllocationPlan, Object> {

    @Override
    public void beforeVariableChanged(ScoreDirector<AllocationPlan> scoreDirector, Object entity) {
        // Nothing to do: the cluster's value is recomputed from scratch after the change.
    }

    @Override
    public void afterVariableChanged(ScoreDirector<AllocationPlan> scoreDirector, Object entity) {
        update(scoreDirector, entity);
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<AllocationPlan> scoreDirector, Object entity) {
        // Nothing to do before the entity exists.
    }

    @Override
    public void afterEntityAdded(ScoreDirector<AllocationPlan> scoreDirector, Object entity) {
        update(scoreDirector, entity);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<AllocationPlan> scoreDirector, Object entity) {
        // The inverse list's listener tells us about the cluster the project leaves.
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<AllocationPlan> scoreDirector, Object entity) {
        // Idem.
    }

    private static void update(ScoreDirector<AllocationPlan> scoreDirector, Object entity) {
        Cluster cluster = entity instanceof Cluster changed ? changed : ((Project) entity).getCluster();
        if (cluster == null) {
            return;
        }
        long[] landByPhase = cluster.tallyLandPlacedByPhase();
        if (!cluster.hasLandPlacedByPhase(landByPhase)) {
            scoreDirector.beforeVariableChanged(cluster, "landPlacedByPhase");
            cluster.setLandPlacedByPhase(Cluster.boxed(landByPhase));
            scoreDirector.afterVariableChanged(cluster, "landPlacedByPhase");
        }
    }
}
