package org.ccnplan.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;

import org.ccnplan.TestDatasets;
import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class RuinAndRecreateMovesTest {

    @ParameterizedTest
    @MethodSource("org.ccnplan.TestDatasets#varied")
    void movesNeverBreakAHardRuleThatThePinsDoNotAlreadyBreak(Path dataset) {
        AllocationPlan plan = TestDatasets.load(dataset).plan();
        for (Project project : plan.getProjects()) {
            if (!project.isPinned()) {
                project.setPhase(project.getEarliestPhase());
            }
        }
        long pinsHard = PlainScoreCalculator.score(plan).hardScore();
        HardMediumSoftLongScore unplacedEverywhere = PlainScoreCalculator.score(plan);
        PlacementLedger ledger = PlacementLedger.of(plan);
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            ledger.sync();
            apply(RuinAndRecreateMoves.ruinAndRecreate(plan, ledger, random));
            assertThat(PlainScoreCalculator.score(plan).hardScore()).as("move %d", i).isEqualTo(pinsHard);
        }
        assertThat(PlainScoreCalculator.score(plan).mediumScore()).isGreaterThan(unplacedEverywhere.mediumScore());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void aLedgerKeptFromMoveToMoveProposesWhatAFreshOneWould(long seed) {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SAMPLE).plan();
        Random random = new Random(seed);
        PlacementLedgerTest.randomize(plan, random);
        PlacementLedger kept = PlacementLedger.of(plan);
        Random keptRandom = new Random(seed);
        Random freshRandom = new Random(seed);
        for (int i = 0; i < 100; i++) {
            kept.sync();
            Reassignment fromKept = RuinAndRecreateMoves.ruinAndRecreate(plan, kept, keptRandom);
            Reassignment fromFresh = RuinAndRecreateMoves.ruinAndRecreate(plan, PlacementLedger.of(plan), freshRandom);
            assertThat(fromKept).as("move %d", i).isEqualTo(fromFresh);
            // Every other proposal is done, so the kept ledger sees both proposals only and plans changed between.
            if (i % 2 == 0) {
                apply(fromKept);
            }
        }
    }

    private static void apply(Reassignment move) {
        for (Reassignment.Target target : move.targets()) {
            target.project().setCluster(target.cluster());
            target.project().setPhase(target.phase());
        }
    }
}
