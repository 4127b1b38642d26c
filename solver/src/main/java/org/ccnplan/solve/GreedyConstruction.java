package org.ccnplan.solve;

import java.util.Comparator;
import java.util.List;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The construction heuristic: the most valuable projects first, each to the cheapest cluster and phase where it breaks
 * no hard rule (by the {@link PlacementLedger}), or unplaced when there is none. Every project is considered once, and
 * each costs a few array reads per cluster and phase instead of a score calculation, so a nation of 20,000 projects
 * and 1,500 clusters is built in seconds, where OptaPlanner's default construction heuristic took 110 s.
 * <p>
 * Only projects without a phase are constructed; pinned and already assigned projects are counted as they are.
 */
public final class GreedyConstruction implements CustomPhaseCommand<AllocationPlan> {

    /** Most valuable first; the plan's order on ties. */
    static final Comparator<Project> MOST_VALUABLE_FIRST = Comparator.comparingLong(Project::getValue).reversed();

    @Override
    public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        PlacementLedger ledger = PlacementLedger.of(plan);
        List<Project> unassigned = plan.getProjects().stream()
                .filter(project -> !project.isPinned() && project.getPhase() == null)
                .sorted(MOST_VALUABLE_FIRST)
                .toList();
        for (Project project : unassigned) {
            PlacementLedger.Slot slot = ledger.cheapestSlot(project, plan.getClusters());
            if (slot != null && worthPlacing(project, slot)) {
                ledger.place(project, slot.cluster(), slot.phase());
                assign(scoreDirector, project, slot.cluster(), slot.phase());
            } else {
                // Unplaced; its phase means nothing then, but every variable must hold a value.
                assign(scoreDirector, project, null, project.getEarliestPhase());
            }
            scoreDirector.triggerVariableListeners();
        }
    }

    /** A placement that adds no value and costs soft penalty makes the plan worse. */
    static boolean worthPlacing(Project project, PlacementLedger.Slot slot) {
        return project.getValue() > 0 || slot.softCost() == 0;
    }

    static void assign(ScoreDirector<AllocationPlan> scoreDirector, Project project, Cluster cluster, Phase phase) {
        if (project.getCluster() != cluster) {
            scoreDirector.beforeVariableChanged(project, SolverConfigs.CLUSTER);
            project.setCluster(cluster);
            scoreDirector.afterVariableChanged(project, SolverConfigs.CLUSTER);
        }
        if (project.getPhase() != phase) {
            scoreDirector.beforeVariableChanged(project, SolverConfigs.PHASE);
            project.setPhase(phase);
            scoreDirector.afterVariableChanged(project, SolverConfigs.PHASE);
        }
    }
}
