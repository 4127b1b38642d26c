package org.ccnplan.benchmark.suite;

import java.util.List;
import java.util.function.Predicate;

import org.ccnplan.solve.SolverConfigs;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The solver of {@code ccnplan solve} ({@link SolverConfigs}) with some of its local search's move selectors, or with
 * only two of the 13 rules: what a score calculation costs, by kind of move, and what the framework alone costs.
 */
enum SpeedVariant {

    AS_SOLVED("all four, as `ccnplan solve`", selector -> true, false),
    ONE_PROJECT_MOVES("change cluster, change phase, swap", SpeedVariant::movesOneOrTwoProjects, false),
    RUIN_AND_RECREATE("ruin-and-recreate only", selector -> !movesOneOrTwoProjects(selector), false),
    FRAMEWORK_BASELINE("change cluster, change phase, swap", SpeedVariant::movesOneOrTwoProjects, true);

    private final String selectorsLabel;
    private final Predicate<MoveSelectorConfig<?>> keptSelector;
    private final boolean baselineRules;

    SpeedVariant(String selectorsLabel, Predicate<MoveSelectorConfig<?>> keptSelector, boolean baselineRules) {
        this.selectorsLabel = selectorsLabel;
        this.keptSelector = keptSelector;
        this.baselineRules = baselineRules;
    }

    String selectorsLabel() {
        return selectorsLabel;
    }

    String rulesLabel() {
        return baselineRules ? "2 of the 13 (" + BaselineConstraintProvider.RULES + ")" : "all 13";
    }

    /** Whether the engine's score can be checked against the plain recomputation of all 13 rules. */
    boolean scoresEveryRule() {
        return !baselineRules;
    }

    /** Changes {@code config}, as {@link SolverConfigs} made it, into this variant. */
    SolverConfig adjust(SolverConfig config) {
        if (this == AS_SOLVED) {
            return config;
        }
        LocalSearchPhaseConfig localSearch = config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance).map(LocalSearchPhaseConfig.class::cast)
                .findFirst().orElseThrow();
        UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig();
        List<MoveSelectorConfig> kept = union.getMoveSelectorList().stream()
                .filter(selector -> keptSelector.test(selector)).toList();
        localSearch.setMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                kept.toArray(MoveSelectorConfig[]::new)));
        if (baselineRules) {
            config.getScoreDirectorFactoryConfig().setConstraintProviderClass(BaselineConstraintProvider.class);
        }
        return config;
    }

    private static boolean movesOneOrTwoProjects(MoveSelectorConfig<?> selector) {
        return !(selector instanceof MoveIteratorFactoryConfig);
    }
}
