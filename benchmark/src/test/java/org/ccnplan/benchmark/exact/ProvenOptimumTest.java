package org.ccnplan.benchmark.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.PlanScorer;
import org.ccnplan.solve.SolveOutcome;
import org.ccnplan.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At the small scale of issue 4 (8 clusters, 50 projects) CP-SAT proves the lexicographic optimum, and the engine's own
 * scorers give its plan the same score. Seed 2 proves in about 7 s of the soft level on the shared 2-core machine;
 * seed 3 of the same size does not prove within minutes (docs/exact-reference.md).
 */
class ProvenOptimumTest {

    @Test
    void provesTheOptimumOfAGeneratedEightClusterFiftyProjectInstance(@TempDir Path folder) {
        Path dataset = ExactDatasets.generated(folder, 8, 50, 2, "0.9", "0.02", 1);
        ExactResult result = new LexicographicSolver(ExactSettings.timeLimited(Duration.ofSeconds(25)))
                .solve(ExactDatasets.load(dataset));

        assertThat(result.provenOptimal()).as("levels %s", result.levels()).isTrue();
        assertThat(result.levels()).allSatisfy(level -> assertThat(level.bound()).isEqualTo(level.objective()));
        assertThat(result.score()).isEqualTo(PlainScoreCalculator.score(result.plan()));
        assertThat(PlanScorer.updateScore(result.plan())).isEqualTo(result.score());
        assertThat(result.score().isFeasible()).isTrue();
    }

    /**
     * The engine's target of issue 4 on one small instance: the proven optimum, with a move limit so that the run is
     * the same on every machine. Before ruin-and-recreate moves, the engine stopped 1.3% short on the medium level.
     */
    @Test
    void theEngineReachesTheProvenOptimumOfAGeneratedEightClusterFortyProjectInstance(@TempDir Path folder) {
        Path dataset = ExactDatasets.generated(folder, 8, 40, 2, "0.9", "0.02", 1);
        ExactResult exact = new LexicographicSolver(ExactSettings.timeLimited(Duration.ofSeconds(25)))
                .solve(ExactDatasets.load(dataset));
        assertThat(exact.provenOptimal()).isTrue();

        SolveOutcome engine = new AllocationSolver(SolverSettings.moveLimited(1, ENGINE_MOVES))
                .solve(ExactDatasets.load(dataset), null);

        assertThat(engine.plan().getScore()).isEqualTo(exact.score());
    }

    private static final long ENGINE_MOVES = 200_000;
}
