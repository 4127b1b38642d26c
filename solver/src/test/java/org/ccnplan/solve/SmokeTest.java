package org.ccnplan.solve;

import java.nio.file.Path;

import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.io.DatasetReader;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.EnvironmentMode;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        var dataset = DatasetReader.read(Path.of("../datasets/sample-province/dataset.json"));
        var settings = SolverSettings.stepLimited(1, 200).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        var outcome = new AllocationSolver(settings).solve(dataset.plan(), null);
        System.out.println(outcome.plan().getScore() + " plain " + PlainScoreCalculator.score(outcome.plan()));
        System.out.println(PlanScorer.constraintTotals(outcome.plan()));
        var t = System.currentTimeMillis();
        var fast = new AllocationSolver(SolverSettings.timeLimited(1, java.time.Duration.ofSeconds(10))).solve(DatasetReader.read(Path.of("../datasets/sample-province/dataset.json")).plan(), null);
        System.out.println(fast.plan().getScore() + " calc/s " + fast.scoreCalculationsPerSecond());
        System.out.println(PlanScorer.constraintTotals(fast.plan()));
    }
}
