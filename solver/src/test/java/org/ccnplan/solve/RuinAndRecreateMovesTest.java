package org.ccnplan.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void proposingAMoveLeavesTheLedgerAsThePlanIs(long seed) {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SAMPLE).plan();
        Random random = new Random(seed);
        PlacementLedgerTest.randomize(plan, random);
        PlacementLedger kept = PlacementLedger.of(plan);
        for (int i = 0; i < 60; i++) {
            Reassignment move = RuinAndRecreateMoves.ruinAndRecreate(plan, kept, random);
            PlacementLedgerTest.assertAnswersAlike(plan, kept, PlacementLedger.of(plan));
            // Every other proposal is done, so the kept ledger also follows a changing plan through its syncs.
            if (i % 2 == 0) {
                apply(move);
                kept.sync();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.ccnplan.TestDatasets#varied")
    void theRegretQueueChoosesAsIfItLookedAtEveryProjectAgain(Path dataset) {
        AllocationPlan plan = TestDatasets.load(dataset).plan();
        List<Project> pending = new ArrayList<>();
        PlacementLedger ledger = PlacementLedgerTest.partlyPlaced(plan, new Random(11), pending);
        RuinAndRecreateMoves.RegretQueue queue =
                new RuinAndRecreateMoves.RegretQueue(pending, ledger, plan.getClusters(), false);
        int placed = 0;
        for (int choice = 0; !pending.isEmpty(); choice++) {
            Project expected = new RuinAndRecreateMoves.RegretQueue(pending, ledger, plan.getClusters(), false).next()
                    .project();
            RuinAndRecreateMoves.RegretQueue.Choice next = queue.next();
            Project chosen = next.project();
            assertThat(chosen).as("choice %d", choice).isSameAs(expected);
            PlacementLedger.Slot slot = ledger.cheapestSlot(chosen, plan.getClusters());
            assertThat(next.slot()).as("choice %d", choice).isEqualTo(slot);
            pending.remove(chosen);
            if (slot != null) {
                ledger.place(chosen, slot.cluster(), slot.phase());
                queue.placed(chosen, slot.cluster());
                placed++;
            }
            List<PlacementLedger.Slot[]> kept = queue.keptSlots();
            for (int i = 0; i < pending.size(); i++) {
                assertThat(kept.get(i)).as("%s after choice %d", pending.get(i).getId(), choice)
                        .containsExactly(ledger.twoCheapestSlots(pending.get(i), plan.getClusters(), null));
            }
        }
        assertThat(placed).isPositive();
    }

    private static void apply(Reassignment move) {
        for (Reassignment.Target target : move.targets()) {
            target.project().setCluster(target.cluster());
            target.project().setPhase(target.phase());
        }
    }
}
