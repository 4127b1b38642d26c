package org.ccnplan.domain;

import java.util.IdentityHashMap;
import java.util.Map;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps {@link Cluster#getLandPlacedByPhase()} current as projects change cluster or phase. It remembers where it
 * counted each project, so a move that changes both variables (two notifications) uncounts the old placement once
 * and counts the new one once, whatever the order of the notifications.
 */
public class LandOccupancyListener implements VariableListener<AllocationPlan, Project> {

    private static final String VARIABLE = "landPlacedByPhase";

    private record Placement(Cluster cluster, Phase phase) {
    }

    private final Map<Project, Placement> counted = new IdentityHashMap<>();

    @Override
    public void resetWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector) {
        // Recomputed from the assignments, so a plan that arrives with stale values is repaired here.
        scoreDirector.getWorkingSolution().refreshShadowVariables();
        counted.clear();
        for (Project project : scoreDirector.getWorkingSolution().getProjects()) {
            if (project.getCluster() != null && project.getPhase() != null) {
                counted.put(project, new Placement(project.getCluster(), project.getPhase()));
            }
        }
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<AllocationPlan> scoreDirector, Project project) {
        uncount(scoreDirector, project);
    }

    @Override
    public void afterVariableChanged(ScoreDirector<AllocationPlan> scoreDirector, Project project) {
        count(scoreDirector, project);
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<AllocationPlan> scoreDirector, Project project) {
        // Counted once added.
    }

    @Override
    public void afterEntityAdded(ScoreDirector<AllocationPlan> scoreDirector, Project project) {
        count(scoreDirector, project);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<AllocationPlan> scoreDirector, Project project) {
        uncount(scoreDirector, project);
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<AllocationPlan> scoreDirector, Project project) {
        // Uncounted before removal.
    }

    private void uncount(ScoreDirector<AllocationPlan> scoreDirector, Project project) {
        Placement placement = counted.remove(project);
        if (placement != null) {
            change(scoreDirector, placement.cluster(), placement.phase(), -project.getLand());
        }
    }

    private void count(ScoreDirector<AllocationPlan> scoreDirector, Project project) {
        if (project.getCluster() != null && project.getPhase() != null && !counted.containsKey(project)) {
            counted.put(project, new Placement(project.getCluster(), project.getPhase()));
            change(scoreDirector, project.getCluster(), project.getPhase(), project.getLand());
        }
    }

    private static void change(ScoreDirector<AllocationPlan> scoreDirector, Cluster cluster, Phase phase, long land) {
        scoreDirector.beforeVariableChanged(cluster, VARIABLE);
        cluster.addLandPlaced(phase, land);
        scoreDirector.afterVariableChanged(cluster, VARIABLE);
    }
}
