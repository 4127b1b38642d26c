package org.ccnplan.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.solution.cloner.DeepPlanningClone;

/**
 * A cluster's land and power capacity in one phase: the unit the capacity rules are checked on.
 * <p>
 * Deep-cloned with the plan because it points at a {@link Cluster}, which is a planning entity: a best-plan clone
 * must join its own clusters, not the working plan's.
 */
@DeepPlanningClone
public class ClusterPhase {

    @PlanningId
    private String id;
    private Cluster cluster;
    private Phase phase;

    public ClusterPhase() {
    }

    public ClusterPhase(Cluster cluster, Phase phase) {
        this.id = cluster.getId() + "@" + phase.getId();
        this.cluster = cluster;
        this.phase = phase;
    }

    public String getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getPhaseIndex() {
        return phase.getIndex();
    }

    public long getLandCapacity() {
        return cluster.getLandCapacity(phase);
    }

    public long getPowerCapacity() {
        return cluster.getPowerCapacity(phase);
    }

    @Override
    public String toString() {
        return id;
    }
}
