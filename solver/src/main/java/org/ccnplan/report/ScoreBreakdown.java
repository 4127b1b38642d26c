package org.ccnplan.report;

import java.util.List;
import java.util.Map;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.ccnplan.solve.PlanScorer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan's score computed both ways, once, and checked rule by rule: the engine's totals and indictments (one
 * OptaPlanner explanation) and the plain recomputation's matches (one pass). A plan's report and its explanation both
 * start from it, so that {@code solve --explain} computes the score neither twice nor three times. The plan's
 * assignments must not change after it is made.
 *
 * @param plan the plan
 * @param totals every rule's impact and match count, in SPEC order, the same both ways
 * @param matches the plain recomputation's matches
 * @param projectIndictments the engine's indictments of single projects, per rule
 */
public record ScoreBreakdown(AllocationPlan plan, List<ConstraintTotal> totals, List<RuleMatch> matches,
        Map<String, Map<Project, HardMediumSoftLongScore>> projectIndictments) {

    public static ScoreBreakdown of(AllocationPlan plan) {
        PlanScorer.EngineBreakdown engine = PlanScorer.engineBreakdown(plan);
        List<RuleMatch> matches = PlainScoreCalculator.matches(plan);
        PlanScorer.checkAgainstPlainTotals(engine.totals(),
                PlainScoreCalculator.totalsOf(plan.getConstraintConfiguration(), matches));
        return new ScoreBreakdown(plan, engine.totals(), matches, engine.projectIndictments());
    }

    public HardMediumSoftLongScore score() {
        return totals.stream().map(ConstraintTotal::impact)
                .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
    }
}
