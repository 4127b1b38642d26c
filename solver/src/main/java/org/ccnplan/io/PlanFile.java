package org.ccnplan.io;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The plan file of SPEC section 5, as written. Everything but {@link #run} is deterministic: the same dataset, seed
 * and move limit give the same bytes. A hand-written plan needs only {@link #assignments}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanFile(
        int formatVersion,
        String datasetName,
        String datasetSha256,
        ScenarioEntry scenario,
        String engineVersion,
        String optaplannerVersion,
        Long seed,
        String termination,
        String score,
        boolean feasible,
        List<ConstraintEntry> constraints,
        List<Assignment> assignments,
        List<ClusterEntry> clusters,
        Headline headline,
        List<String> unplacedProjects,
        List<String> unavoidableViolations,
        Run run) {

    public static final int FORMAT_VERSION = 1;

    /** The scenario a plan was made from, next to its base dataset's name and SHA-256; null for a plain dataset. */
    public record ScenarioEntry(String name, String sha256) {
    }

    /** A rule's level, its signed weighted impact on that level, and its number of non-zero terms. */
    public record ConstraintEntry(String name, String level, long weight, long impact, long matches) {
    }

    /** Where a project or reserve block goes; cluster and phase are null when it is unplaced. */
    public record Assignment(String project, String cluster, String phase) {
    }

    public record ClusterEntry(String cluster, String name, List<ClusterPhaseEntry> phases) {
    }

    public record ClusterPhaseEntry(String phase, BigDecimal landUsedHa, BigDecimal landCapacityHa,
            BigDecimal powerUsedMw, BigDecimal powerCapacityMw, int projects, List<String> sectors) {
    }

    public record Headline(int projectsPlaced, int projectsTotal, int reserveBlocksPlaced, int reserveBlocksTotal,
            BigDecimal capitalPlacedBillionVnd, BigDecimal capitalTotalBillionVnd, long jobsPlaced, long jobsTotal,
            List<PhaseLandEntry> landUtilisation, long logisticsThousandTonneKm, List<TargetEntry> operationalTargets) {
    }

    public record PhaseLandEntry(String phase, BigDecimal landUsedHa, BigDecimal landCapacityHa, long percent) {
    }

    public record TargetEntry(String phase, int minClusters, int minOccupancyPercent, int clustersMeeting,
            boolean met) {
    }

    /** Run metadata: differs between runs of the same solve, so it is kept apart from the plan itself. */
    public record Run(long timeSpentMillis, long scoreCalculationCount, long scoreCalculationsPerSecond) {
    }
}
