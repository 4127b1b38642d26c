package org.ccnplan.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** The province wants at least minClusters clusters with minOccupancyPercent of their land taken by a phase. */
public class OperationalTarget {

    @PlanningId
    private String id;
    private Phase phase;
    private int minClusters;
    private int minOccupancyPercent;
    /** Clusters with land at the target's phase: at 0 percent, each of them counts, empty or not. */
    private int clustersWithLand;

    public OperationalTarget() {
    }

    public OperationalTarget(String id, Phase phase, int minClusters, int minOccupancyPercent, int clustersWithLand) {
        this.id = id;
        this.phase = phase;
        this.minClusters = minClusters;
        this.minOccupancyPercent = minOccupancyPercent;
        this.clustersWithLand = clustersWithLand;
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

    public int getClustersWithLand() {
        return clustersWithLand;
    }

    /**
     * The clusters meeting this target, given how many occupied clusters meet its occupancy: at 0 percent every
     * cluster with land meets it, occupied or not.
     */
    public int clustersMeeting(int occupiedClustersMeeting) {
        return minOccupancyPercent == 0 ? clustersWithLand : occupiedClustersMeeting;
    }

    @Override
    public String toString() {
        return minClusters + " clusters at " + minOccupancyPercent + "% by " + phase;
    }
}
