package org.ccnplan.solve;

import org.ccnplan.constraints.AllocationConstraintProvider;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import java.util.List;

import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The one place the solver is configured, so the CLI, the tests and the benchmarks solve alike. */
public final class SolverConfigs {

    private SolverConfigs() {
    }

    /** Bavet explicitly: it is about ten times faster than Drools on this model. */
    public static ScoreDirectorFactoryConfig scoreDirectorConfig() {
        return new ScoreDirectorFactoryConfig()
                .withConstraintProviderClass(AllocationConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }

    public static SolverConfig solverConfig(SolverSettings settings) {
        TerminationConfig solverTermination = new TerminationConfig();
        if (settings.timeLimit() != null) {
            solverTermination.setMillisecondsSpentLimit(settings.timeLimit().toMillis());
        }
        if (settings.moveLimit() != null) {
            // A move count, unlike a step count, always advances: a step can wait forever for an accepted move.
            solverTermination.setScoreCalculationCountLimit(settings.moveLimit());
        }
        return new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(ENTITY_CLASSES)
                .withScoreDirectorFactory(scoreDirectorConfig())
                .withEnvironmentMode(settings.environmentMode())
                .withRandomSeed(settings.seed())
                .withTerminationConfig(solverTermination)
                .withPhases(constructionConfig(), localSearchConfig());
    }

    /** Our own greedy construction: OptaPlanner's default scores every cluster and phase for every project. */
    static CustomPhaseConfig constructionConfig() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class));
    }

    /**
     * Late acceptance (OptaPlanner's default acceptor, and its default size, which measured as well as 100 or 2,000)
     * over four move selectors picked alike: a project's cluster, its phase, two projects swapping both, and
     * ruin-and-recreate, which does what the other three cannot do one project at a time (docs/benchmarks.md).
     */
    static LocalSearchPhaseConfig localSearchConfig() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig(CLUSTER)),
                        new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig(PHASE)),
                        new SwapMoveSelectorConfig(),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinAndRecreateMoves.class)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    static final int LATE_ACCEPTANCE_SIZE = 400;
    static final String CLUSTER = "cluster";
    static final String PHASE = "phase";

    /** The planning entity: a project (or reserve block), with its cluster and phase. */
    public static final Class<?>[] ENTITY_CLASSES = {Project.class};
}
