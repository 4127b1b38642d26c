package org.ccnplan.domain;

import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;

/** Clones a plan for OptaPlanner by plain copies instead of reflection: see {@link AllocationPlan#planningClone()}. */
public final class AllocationPlanCloner implements SolutionCloner<AllocationPlan> {

    @Override
    public AllocationPlan cloneSolution(AllocationPlan original) {
        return original.planningClone();
    }
}
