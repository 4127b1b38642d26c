package org.ccnplan.benchmark.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * On instances small enough to try every assignment, the brute-force optimum (scored by the plain recomputation), the
 * exact reference's proven optimum and the engine's result are one and the same score.
 */
class TinyOptimumTest {

    private static final ExactSettings SETTINGS = new ExactSettings(Duration.ofSeconds(10), 2, 0, false, "");
    private static final long ENGINE_MOVES = 20_000;

    /**
     * By hand: the pin of P5 (ELEC) in CCN-C, which excludes ELEC, is a zoning violation no plan avoids (hard 1); of the
     * three free sectors' projects one cannot fit, and the cheapest to leave out is P6 (V = 50 x priority 1).
     */
    @Test
    void handMadeInstanceWithPinsAnIncompatiblePairAndATarget() {
        HardMediumSoftLongScore optimum = assertAllThreeAgree(ExactDatasets.TINY_HAND);
        assertThat(optimum.hardScore()).isEqualTo(-1);
        assertThat(optimum.mediumScore()).isEqualTo(-50);
    }

    @Test
    void cornerCasesOfTheRules() {
        assertAllThreeAgree(ExactDatasets.SELF_INCOMPATIBLE);
    }

    @Test
    void generatedInstanceWithAReserve(@TempDir Path folder) {
        assertAllThreeAgree(ExactDatasets.generated(folder, 2, 3, 7, "1.5", "0.34", 1));
    }

    /** More generated shapes, against the brute force alone: the exact reference proves its optimum on each. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void exactReferenceMatchesTheBruteForceOnGeneratedInstances(long seed, @TempDir Path folder) {
        Path dataset = ExactDatasets.generated(folder, 2, 5, seed, "1.8", "0", 0);
        AllocationPlan forBruteForce = ExactDatasets.load(dataset);
        assertThat(BruteForce.assignmentCount(forBruteForce)).isLessThanOrEqualTo(20_000L);
        ExactResult exact = new LexicographicSolver(SETTINGS).solve(ExactDatasets.load(dataset));
        assertThat(exact.provenOptimal()).isTrue();
        assertThat(exact.score()).isEqualTo(BruteForce.optimum(forBruteForce));
    }

    /** The brute-force optimum, after checking that the exact reference proves it and the engine finds it. */
    private static HardMediumSoftLongScore assertAllThreeAgree(Path dataset) {
        AllocationPlan forBruteForce = ExactDatasets.load(dataset);
        assertThat(BruteForce.assignmentCount(forBruteForce)).isBetween(1_000L, 20_000L);
        HardMediumSoftLongScore optimum = BruteForce.optimum(forBruteForce);

        ExactResult exact = new LexicographicSolver(SETTINGS).solve(ExactDatasets.load(dataset));
        assertThat(exact.provenOptimal()).isTrue();
        assertThat(exact.score()).isEqualTo(optimum);

        AllocationPlan forEngine = ExactDatasets.load(dataset);
        HardMediumSoftLongScore engine = new AllocationSolver(SolverSettings.moveLimited(1, ENGINE_MOVES))
                .solve(forEngine, null).plan().getScore();
        assertThat(engine).isEqualTo(optimum);
        return optimum;
    }
}
