package org.ccnplan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Everything a planner reads about one plan: the score rule by rule, the clusters phase by phase, the headline
 * figures, the unplaced projects and the violations that pinned projects make unavoidable. Land in hundredths of a
 * hectare and power in kW, as the score counts them.
 */
public record PlanReport(
        HardMediumSoftLongScore score,
        List<ConstraintTotal> constraints,
        List<ClusterPhaseUse> clusterPhases,
        Headline headline,
        List<Project> unplaced,
        List<RuleMatch> unavoidableViolations) {

    /** One cluster in one phase: what is used by then against what it has by then. */
    public record ClusterPhaseUse(Cluster cluster, Phase phase, long landUsed, long landCapacity, long powerUsed,
            long powerCapacity, int projects, List<Sector> sectors) {
    }

    /** Land placed by a phase against all clusters' land by then. */
    public record PhaseLand(Phase phase, long landUsed, long landCapacity) {

        /** Whole percent, rounded down; 0 when there is no capacity. */
        public long percent() {
            return landCapacity == 0 ? 0 : landUsed * 100 / landCapacity;
        }
    }

    /** How many clusters meet an operational target, against how many it asks for. */
    public record TargetResult(OperationalTarget target, int clustersMeeting) {

        public boolean met() {
            return clustersMeeting >= target.getMinClusters();
        }
    }

    public record Headline(int projectsPlaced, int projectsTotal, int reserveBlocksPlaced, int reserveBlocksTotal,
            BigDecimal capitalPlacedBillionVnd, BigDecimal capitalTotalBillionVnd, long jobsPlaced, long jobsTotal,
            List<PhaseLand> landUse, long logisticsThousandTonneKm, List<TargetResult> targets) {
    }

    /** The report of a plan whose assignments are final; the score is checked against the plain recomputation. */
    public static PlanReport of(AllocationPlan plan) {
        return of(ScoreBreakdown.of(plan));
    }

    /** The report of a plan whose score is already computed both ways and checked. */
    public static PlanReport of(ScoreBreakdown breakdown) {
        AllocationPlan plan = breakdown.plan();
        List<Project> unplaced = plan.getProjects().stream().filter(project -> !project.isPlaced()).toList();
        return new PlanReport(breakdown.score(), breakdown.totals(), clusterPhases(plan), headline(plan), unplaced,
                UnavoidableViolations.of(plan));
    }

    private static List<ClusterPhaseUse> clusterPhases(AllocationPlan plan) {
        List<ClusterPhaseUse> uses = new ArrayList<>();
        for (Cluster cluster : plan.getClusters()) {
            for (Phase phase : plan.getPhases()) {
                long land = 0;
                long power = 0;
                int count = 0;
                Set<Sector> present = new LinkedHashSet<>();
                for (Project project : plan.getProjects()) {
                    if (project.getCluster() == cluster && project.getPhase().getIndex() <= phase.getIndex()) {
                        land += project.getLand();
                        power += project.getPower();
                        count++;
                        present.add(project.getSector());
                    }
                }
                List<Sector> sectors = plan.getSectors().stream().filter(present::contains).toList();
                uses.add(new ClusterPhaseUse(cluster, phase, land, cluster.getLandCapacity(phase), power,
                        cluster.getPowerCapacity(phase), count, sectors));
            }
        }
        return uses;
    }

    private static long landPlacedBy(AllocationPlan plan, Cluster cluster, Phase phase) {
        return plan.getProjects().stream()
                .filter(project -> project.getCluster() == cluster && project.getPhase().getIndex() <= phase.getIndex())
                .mapToLong(Project::getLand).sum();
    }

    /** The cluster has land at the target's phase and at least the target's share of it is placed by then. */
    private static boolean meets(AllocationPlan plan, Cluster cluster, OperationalTarget target) {
        long capacity = cluster.getLandCapacity(target.getPhase());
        return capacity > 0 && 100L * landPlacedBy(plan, cluster, target.getPhase())
                >= (long) target.getMinOccupancyPercent() * capacity;
    }

    private static Headline headline(AllocationPlan plan) {
        int placed = 0;
        int total = 0;
        int blocksPlaced = 0;
        int blocksTotal = 0;
        BigDecimal capitalPlaced = BigDecimal.ZERO;
        BigDecimal capitalTotal = BigDecimal.ZERO;
        long jobsPlaced = 0;
        long jobsTotal = 0;
        long logistics = 0;
        for (Project project : plan.getProjects()) {
            if (project.isReserveBlock()) {
                blocksTotal++;
                blocksPlaced += project.isPlaced() ? 1 : 0;
            } else {
                total++;
                capitalTotal = capitalTotal.add(project.getCapitalBillionVnd());
                jobsTotal += project.getJobs();
                if (project.isPlaced()) {
                    placed++;
                    capitalPlaced = capitalPlaced.add(project.getCapitalBillionVnd());
                    jobsPlaced += project.getJobs();
                }
            }
            if (project.isPlaced()) {
                logistics += project.getLogisticsCost();
            }
        }
        List<PhaseLand> landUse = new ArrayList<>();
        for (Phase phase : plan.getPhases()) {
            long used = 0;
            long capacity = 0;
            for (Cluster cluster : plan.getClusters()) {
                capacity += cluster.getLandCapacity(phase);
                used += landPlacedBy(plan, cluster, phase);
            }
            landUse.add(new PhaseLand(phase, used, capacity));
        }
        List<TargetResult> targets = new ArrayList<>();
        for (OperationalTarget target : plan.getOperationalTargets()) {
            int meeting = (int) plan.getClusters().stream().filter(cluster -> meets(plan, cluster, target)).count();
            targets.add(new TargetResult(target, meeting));
        }
        return new Headline(placed, total, blocksPlaced, blocksTotal, capitalPlaced, capitalTotal, jobsPlaced,
                jobsTotal, landUse, logistics, targets);
    }
}
