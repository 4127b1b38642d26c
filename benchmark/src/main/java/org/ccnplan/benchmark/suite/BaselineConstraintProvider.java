package org.ccnplan.benchmark.suite;

import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_COST;
import static org.ccnplan.domain.AllocationConstraintConfiguration.UNPLACED_PROJECT;

import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * Two of the 13 rules, each a filter on one project, written as the engine's provider writes them: a score
 * calculation then costs about what OptaPlanner and Bavet themselves cost (moves, undo, acceptor, one node per
 * project). For measuring only; its plans mean nothing.
 */
public class BaselineConstraintProvider implements ConstraintProvider {

    static final String RULES = UNPLACED_PROJECT + ", " + LOGISTICS_COST;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        UniConstraintStream<Project> projects = factory.forEachIncludingNullVars(Project.class);
        return new Constraint[] {
                projects.filter(project -> project.getCluster() == null && project.getValue() > 0)
                        .penalizeConfigurableLong(Project::getValue)
                        .asConstraint(UNPLACED_PROJECT),
                projects.filter(Project::isPlaced)
                        .filter(project -> project.getLogisticsCost() > 0)
                        .penalizeConfigurableLong(Project::getLogisticsCost)
                        .asConstraint(LOGISTICS_COST)
        };
    }
}
