package org.ccnplan.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Scores a plan with the engine's constraints and checks the result against the plain recomputation: the two must
 * agree to the unit, rule by rule, or the plan is not reported at all.
 */
public final class PlanScorer {

    private static final SolutionManager<AllocationPlan, HardMediumSoftLongScore> SOLUTION_MANAGER =
            SolutionManager.create(SolverFactory.create(new SolverConfig()
                    .withSolutionClass(AllocationPlan.class)
                    .withEntityClasses(SolverConfigs.ENTITY_CLASSES)
                    .withScoreDirectorFactory(SolverConfigs.scoreDirectorConfig())));

    private PlanScorer() {
    }

    /** Sets the plan's score from its assignments. */
    public static HardMediumSoftLongScore updateScore(AllocationPlan plan) {
        if (plan.getProjects().isEmpty()) {
            plan.setScore(PlainScoreCalculator.score(plan));
            return plan.getScore();
        }
        return SOLUTION_MANAGER.update(plan);
    }

    /**
     * The engine's breakdown of a plan's score, from one explanation: every rule's impact and match count, and per rule
     * the projects it indicts alone.
     *
     * @param totals every rule in SPEC order
     * @param projectIndictments per rule the engine matches project by project, each project's impact
     */
    public record EngineBreakdown(List<ConstraintTotal> totals,
            Map<String, Map<Project, HardMediumSoftLongScore>> projectIndictments) {
    }

    /** The engine's breakdown of the plan, from a single {@code SolutionManager.explain}. Not checked: see callers. */
    public static EngineBreakdown engineBreakdown(AllocationPlan plan) {
        if (plan.getProjects().isEmpty()) {
            // Without a single project the constraint streams have no tuple to carry the operational targets
            // (OptaPlanner 10.1 cannot concatenate streams), so the plain recomputation speaks alone.
            return new EngineBreakdown(PlainScoreCalculator.constraintTotals(plan), Map.of());
        }
        ScoreExplanation<AllocationPlan, HardMediumSoftLongScore> explanation = SOLUTION_MANAGER.explain(plan);
        return new EngineBreakdown(totals(explanation), projectIndictments(plan, explanation));
    }

    /** Every rule's impact and match count as the engine computes them, verified against the plain recomputation. */
    public static List<ConstraintTotal> constraintTotals(AllocationPlan plan) {
        List<ConstraintTotal> totals = engineBreakdown(plan).totals();
        checkAgainstPlainTotals(totals, PlainScoreCalculator.constraintTotals(plan));
        return totals;
    }

    /** The engine's totals must be the plain recomputation's, rule by rule. */
    public static void checkAgainstPlainTotals(List<ConstraintTotal> engine, List<ConstraintTotal> plain) {
        if (!plain.equals(engine)) {
            throw new ScoreMismatchException("The engine's score breakdown " + engine
                    + " differs from the plain recomputation " + plain);
        }
    }

    private static List<ConstraintTotal> totals(ScoreExplanation<AllocationPlan, HardMediumSoftLongScore> explanation) {
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> byId = explanation.getConstraintMatchTotalMap();
        List<ConstraintTotal> totals = new ArrayList<>();
        for (String name : AllocationConstraintConfiguration.CONSTRAINT_NAMES) {
            ConstraintMatchTotal<HardMediumSoftLongScore> total = byId.values().stream()
                    .filter(candidate -> candidate.getConstraintName().equals(name))
                    .findFirst().orElse(null);
            totals.add(new ConstraintTotal(name, AllocationConstraintConfiguration.levelOf(name),
                    total == null ? HardMediumSoftLongScore.ZERO : total.getScore(),
                    total == null ? 0 : total.getConstraintMatchCount()));
        }
        return totals;
    }

    /**
     * The engine's matches that indict one project alone, from OptaPlanner's indictments: per rule, each project's
     * impact. These are the rules the engine matches project by project; the capacity, compatibility, fragmentation
     * and target rules are matched through cluster-wide terms and indict no project.
     */
    private static Map<String, Map<Project, HardMediumSoftLongScore>> projectIndictments(AllocationPlan plan,
            ScoreExplanation<AllocationPlan, HardMediumSoftLongScore> explanation) {
        Map<String, Map<Project, HardMediumSoftLongScore>> byRule = new LinkedHashMap<>();
        Map<Object, Indictment<HardMediumSoftLongScore>> indictments = explanation.getIndictmentMap();
        for (Project project : plan.getProjects()) {
            Indictment<HardMediumSoftLongScore> indictment = indictments.get(project);
            if (indictment == null) {
                continue;
            }
            for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
                if (match.getIndictedObjectList().equals(List.of(project))) {
                    byRule.computeIfAbsent(match.getConstraintName(), name -> new LinkedHashMap<>())
                            .merge(project, match.getScore(), HardMediumSoftLongScore::add);
                }
            }
        }
        return byRule;
    }

    /**
     * The score the solver kept incrementally must equal the plain recomputation of the same plan (SPEC section 4).
     */
    static void checkAgainstPlainRecomputation(AllocationPlan solved) {
        HardMediumSoftLongScore incremental = solved.getScore();
        if (incremental != null && incremental.isSolutionInitialized()) {
            HardMediumSoftLongScore plain = PlainScoreCalculator.score(solved);
            if (!plain.equals(incremental)) {
                throw new ScoreMismatchException("The solver's score " + incremental
                        + " differs from the plain recomputation " + plain);
            }
        }
    }

    /** The two independent score computations disagree: a bug in the engine, never the user's fault. */
    public static final class ScoreMismatchException extends IllegalStateException {
        public ScoreMismatchException(String message) {
            super(message);
        }
    }
}
