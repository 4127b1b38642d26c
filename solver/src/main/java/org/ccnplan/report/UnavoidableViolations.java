package org.ccnplan.report;

import java.util.List;

import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;

/**
 * Hard violations that pinned (licensed) projects cause among themselves: no allocation of the other projects can
 * remove them, so the planner must see them named, with the pinned projects involved. They are the hard matches of
 * the plain recomputation with the pinned projects alone.
 */
public final class UnavoidableViolations {

    private UnavoidableViolations() {
    }

    public static List<RuleMatch> of(AllocationPlan plan) {
        return PlainScoreCalculator.matchesAmong(plan, Project::isPinned).stream()
                .filter(match -> AllocationConstraintConfiguration.levelOf(match.constraint()).equals("hard"))
                .toList();
    }
}
