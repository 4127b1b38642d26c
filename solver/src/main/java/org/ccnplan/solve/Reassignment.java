package org.ccnplan.solve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * A move that gives several projects a new cluster (or none) and phase at once: what one ruin-and-recreate step
 * decides. Its undo is the same kind of move, back to where the projects were.
 */
final class Reassignment extends AbstractMove<AllocationPlan> {

    /** One project's new cluster (null: unplaced) and phase. */
    record Target(Project project, Cluster cluster, Phase phase) {
    }

    private final List<Target> targets;

    Reassignment(List<Target> targets) {
        this.targets = List.copyOf(targets);
    }

    List<Target> targets() {
        return targets;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<AllocationPlan> scoreDirector) {
        for (Target target : targets) {
            if (target.project().getCluster() != target.cluster() || target.project().getPhase() != target.phase()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Reassignment createUndoMove(ScoreDirector<AllocationPlan> scoreDirector) {
        List<Target> back = new ArrayList<>(targets.size());
        for (Target target : targets) {
            Project project = target.project();
            back.add(new Target(project, project.getCluster(), project.getPhase()));
        }
        return new Reassignment(back);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<AllocationPlan> scoreDirector) {
        for (Target target : targets) {
            GreedyConstruction.assign(scoreDirector, target.project(), target.cluster(), target.phase());
        }
    }

    @Override
    public Reassignment rebase(ScoreDirector<AllocationPlan> destination) {
        List<Target> rebased = new ArrayList<>(targets.size());
        for (Target target : targets) {
            rebased.add(new Target(destination.lookUpWorkingObject(target.project()),
                    target.cluster() == null ? null : destination.lookUpWorkingObject(target.cluster()),
                    destination.lookUpWorkingObject(target.phase())));
        }
        return new Reassignment(rebased);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "Reassignment(Project.cluster, Project.phase)";
    }

    @Override
    public List<Project> getPlanningEntities() {
        return targets.stream().map(Target::project).toList();
    }

    @Override
    public Set<Object> getPlanningValues() {
        Set<Object> values = new LinkedHashSet<>();
        for (Target target : targets) {
            if (target.cluster() != null) {
                values.add(target.cluster());
            }
            values.add(target.phase());
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reassignment that && targets.equals(that.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targets);
    }

    @Override
    public String toString() {
        return targets.stream().map(t -> t.project() + " {-> " + t.cluster() + ", " + t.phase() + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
