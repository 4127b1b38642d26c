package org.ccnplan.benchmark.exact;

import java.util.List;

import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The optimum of a tiny plan by trying every assignment of its free projects, each scored by the plain scorer. */
final class BruteForce {

    private final AllocationPlan plan;
    private final List<Project> free;
    private HardMediumSoftLongScore best;
    private long assignments;

    private BruteForce(AllocationPlan plan) {
        this.plan = plan;
        this.free = plan.getProjects().stream().filter(project -> !project.isPinned()).toList();
    }

    /** The best score over every assignment (unplaced, or any cluster and phase) of every free project. */
    static HardMediumSoftLongScore optimum(AllocationPlan plan) {
        BruteForce search = new BruteForce(plan);
        search.assign(0);
        return search.best;
    }

    /** How many assignments the search tries: (1 + clusters x phases) to the number of free projects. */
    static long assignmentCount(AllocationPlan plan) {
        long options = 1 + (long) plan.getClusters().size() * plan.getPhases().size();
        long count = 1;
        for (Project project : plan.getProjects()) {
            if (!project.isPinned()) {
                count = Math.multiplyExact(count, options);
            }
        }
        return count;
    }

    private void assign(int index) {
        if (index == free.size()) {
            HardMediumSoftLongScore score = PlainScoreCalculator.score(plan);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            assignments++;
            return;
        }
        Project project = free.get(index);
        project.setCluster(null);
        project.setPhase(project.getEarliestPhase());
        assign(index + 1);
        for (Cluster cluster : plan.getClusters()) {
            for (Phase phase : plan.getPhases()) {
                project.setCluster(cluster);
                project.setPhase(phase);
                assign(index + 1);
            }
        }
        project.setCluster(null);
    }
}
