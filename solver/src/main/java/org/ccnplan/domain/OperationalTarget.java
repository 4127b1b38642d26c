package org.ccnplan.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** The province wants at least minClusters clusters with minOccupancyPercent of their land taken by a phase. */
public class OperationalTarget {

    @PlanningId
    private String id;
    private Phase phase;
    private int minClusters;
    private int minOccupancyPercent;

    public OperationalTarget() {
    }

    public OperationalTarget(String id, Phase phase, int minClusters, int minOccupancyPercent) {
        this.id = id;
        this.phase = phase;
        this.minClusters = minClusters;
        this.minOccupancyPercent = minOccupancyPercent;
    }

    public String getId() {
        return id;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getMinClusters() {
        return minClusters;
    }

    public int getMinOccupancyPercent() {
        return minOccupancyPercent;
    }

    @Override
    public String toString() {
        return minClusters + " clusters at " + minOccupancyPercent + "% by " + phase;
    }
}
