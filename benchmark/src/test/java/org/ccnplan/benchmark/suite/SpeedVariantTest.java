package org.ccnplan.benchmark.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.ccnplan.constraints.AllocationConstraintProvider;
import org.ccnplan.solve.SolverConfigs;
import org.ccnplan.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

class SpeedVariantTest {

    @Test
    void asSolvedLeavesTheConfigurationAlone() {
        SolverConfig config = solveConfig();
        assertThat(SpeedVariant.AS_SOLVED.adjust(config)).isSameAs(config);
        assertThat(selectorTypes(config)).containsExactly(ChangeMoveSelectorConfig.class,
                ChangeMoveSelectorConfig.class, SwapMoveSelectorConfig.class, MoveIteratorFactoryConfig.class);
    }

    @Test
    void oneProjectMovesDropRuinAndRecreate() {
        SolverConfig config = SpeedVariant.ONE_PROJECT_MOVES.adjust(solveConfig());
        assertThat(selectorTypes(config)).containsExactly(ChangeMoveSelectorConfig.class,
                ChangeMoveSelectorConfig.class, SwapMoveSelectorConfig.class);
        assertThat(config.getScoreDirectorFactoryConfig().getConstraintProviderClass())
                .isEqualTo(AllocationConstraintProvider.class);
    }

    @Test
    void ruinAndRecreateKeepsOnlyIt() {
        assertThat(selectorTypes(SpeedVariant.RUIN_AND_RECREATE.adjust(solveConfig())))
                .containsExactly(MoveIteratorFactoryConfig.class);
    }

    @Test
    void frameworkBaselineScoresTwoRulesWithOneProjectMoves() {
        SolverConfig config = SpeedVariant.FRAMEWORK_BASELINE.adjust(solveConfig());
        assertThat(selectorTypes(config)).containsExactly(ChangeMoveSelectorConfig.class,
                ChangeMoveSelectorConfig.class, SwapMoveSelectorConfig.class);
        assertThat(config.getScoreDirectorFactoryConfig().getConstraintProviderClass())
                .isEqualTo(BaselineConstraintProvider.class);
        assertThat(SpeedVariant.FRAMEWORK_BASELINE.scoresEveryRule()).isFalse();
    }

    private static SolverConfig solveConfig() {
        return SolverConfigs.solverConfig(SolverSettings.timeLimited(1, Duration.ofSeconds(1)));
    }

    private static List<Class<?>> selectorTypes(SolverConfig config) {
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
        List<MoveSelectorConfig> selectors =
                ((UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig()).getMoveSelectorList();
        return selectors.stream().<Class<?>>map(Object::getClass).toList();
    }
}
