package org.ccnplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccnplan.domain.AllocationConstraintConfiguration.CLUSTER_NOT_READY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.ENVIRONMENTAL_ZONING;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LAND_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_COST;
import static org.ccnplan.domain.AllocationConstraintConfiguration.POWER_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.UNPLACED_PROJECT;

import java.nio.file.Path;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.report.ExplanationWords.ObstacleRow;
import org.ccnplan.report.PlacementTrial.RuleDelta;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.PlanScorer;
import org.ccnplan.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Why unplaced projects are unplaced, on {@code unplaced-reasons.json}: CCN-01 holds 10 ha of which the pinned INV-001
 * takes 8.8; CCN-02 takes environmental class 2 at most; CCN-03 is ready only from 2035. INV-002 (BUILD, class 3,
 * 4.5 ha, 2025-2030) is blocked by land in CCN-01, zoning in CCN-02 and readiness in CCN-03. INV-003 (TEXTILE, 1 ha,
 * capital 0) fits anywhere, but placing it gains no value and costs logistics; INV-004 (capital 0, no logistics) fits
 * anywhere and changes nothing.
 */
class UnplacedReasonsTest {

    private static final Path REASONS = Path.of("src/test/resources/datasets/unplaced-reasons.json");
    /**
     * Four clusters of 2 ha at first: CCN-01 grows to 10 ha in 2035, CCN-02 to 5 ha in 2030 and 10 ha in 2035, CCN-03
     * only to 3 ha in 2035, and CCN-04 opens with 10 ha in 2035; the seaport is 10, 20, 30 and 40 km away. INV-001 and
     * INV-003 (TEXTILE, 4 ha, value 200, 2,400 t a year) have the windows 2025–2035 and 2025–2030; INV-002 (SERVICE,
     * 1 ha, value 0) changes no rule wherever it goes.
     */
    private static final Path PHASES = Path.of("src/test/resources/datasets/phase-trials.json");

    private static final ExplanationWords EN = ExplanationWords.of(Lang.EN);
    private static final ExplanationWords VI = ExplanationWords.of(Lang.VI);

    private static UnplacedProject unplaced(PlanExplanation explanation, String id) {
        return explanation.unplaced().stream().filter(u -> u.project().getId().equals(id)).findFirst().orElseThrow();
    }

    private static PlacementTrial trial(UnplacedProject unplaced, String cluster) {
        return unplaced.trials().stream().filter(t -> t.cluster().getId().equals(cluster)).findFirst().orElseThrow();
    }

    @Test
    void aProjectBlockedByLandZoningAndReadinessIsToldSoClusterByCluster() {
        UnplacedProject inv002 = unplaced(PlanExplanation.of(TestDatasets.load(REASONS).plan()), "INV-002");

        PlacementTrial full = trial(inv002, "CCN-01");
        assertThat(full.readyPhases()).extracting(Phase::getId).containsExactly("2025", "2030");
        // Short of land in every phase: least over when placed last, in 2030 (3.30 ha over in 2030 and 2035).
        assertThat(full.tried().getId()).isEqualTo("2030");
        assertThat(full.obstacles()).extracting(RuleDelta::constraint).containsExactly(LAND_CAPACITY);
        assertThat(full.delta(LAND_CAPACITY).orElseThrow().amount()).isEqualTo(2 * 330);
        assertThat(full.delta(UNPLACED_PROJECT).orElseThrow().impact())
                .isEqualTo(HardMediumSoftLongScore.ofMedium(200));
        PlacementTrial zoned = trial(inv002, "CCN-02");
        assertThat(zoned.readyPhases()).extracting(Phase::getId).containsExactly("2025", "2030");
        // Zoning breaks it in every phase alike: the start delay makes the earliest the best.
        assertThat(zoned.tried().getId()).isEqualTo("2025");
        assertThat(zoned.obstacles()).extracting(RuleDelta::constraint).containsExactly(ENVIRONMENTAL_ZONING);
        PlacementTrial late = trial(inv002, "CCN-03");
        assertThat(late.readyPhases()).isEmpty();
        assertThat(late.tried().getId()).isEqualTo("2030");
        // Placed in 2030 it also finds no land or power there, but only readiness is the obstacle told.
        assertThat(late.hardBreaks()).extracting(RuleDelta::constraint)
                .containsExactly(LAND_CAPACITY, POWER_CAPACITY, CLUSTER_NOT_READY);
        assertThat(late.obstacles()).extracting(RuleDelta::constraint).containsExactly(CLUSTER_NOT_READY);
        assertThat(inv002.hardFeasible()).isEmpty();

        assertThat(EN.unplacedHeading(inv002.project()))
                .isEqualTo("INV-002 (Nhà máy bê tông Hưng Long): BUILD, 4.50 ha, 1.000 MW, 2025–2030, value 200");
        assertThat(EN.unplacedSummary(inv002)).isEqualTo("No cluster takes it without breaking a hard rule:"
                + " Land capacity in 1 cluster, Cluster not ready in 1 cluster, Environmental zoning in 1 cluster.");
        assertThat(EN.obstacleRows(inv002)).containsExactly(
                new ObstacleRow("Land capacity (1)", "CCN-01 in 2030 (1.20 ha free by 2030)"),
                new ObstacleRow("Cluster not ready (1)", "CCN-03 in 2030 (ready from 2035)"),
                new ObstacleRow("Environmental zoning (1)", "CCN-02 in 2025 (class 3 > 2)"));
        assertThat(VI.unplacedHeading(inv002.project()))
                .isEqualTo("INV-002 (Nhà máy bê tông Hưng Long): BUILD, 4,50 ha, 1,000 MW, 2025–2030, giá trị 200");
        assertThat(VI.unplacedSummary(inv002)).isEqualTo("Không cụm nào nhận được dự án mà không vi phạm ràng buộc"
                + " cứng: Quỹ đất ở 1 cụm, Cụm chưa sẵn sàng ở 1 cụm, Phân vùng môi trường ở 1 cụm.");
        assertThat(VI.obstacleRows(inv002)).containsExactly(
                new ObstacleRow("Quỹ đất (1)", "CCN-01 giai đoạn 2030 (còn trống 1,20 ha đến 2030)"),
                new ObstacleRow("Cụm chưa sẵn sàng (1)", "CCN-03 giai đoạn 2030 (sẵn sàng từ 2035)"),
                new ObstacleRow("Phân vùng môi trường (1)", "CCN-02 giai đoạn 2025 (cấp 3 > 2)"));
    }

    @Test
    void aProjectThatFitsButCostsMoreThanItGainsIsSaidToBeTooCostly() {
        UnplacedProject inv003 = unplaced(PlanExplanation.of(TestDatasets.load(REASONS).plan()), "INV-003");

        // 600 t a year to the seaport: 20 km from CCN-02, 30 km from CCN-01, 45 km from CCN-03 (ready from 2035).
        assertThat(inv003.hardFeasible()).extracting(t -> t.cluster().getId() + " " + t.tried().getId() + " "
                + t.scoreDelta()).containsExactly("CCN-02 2025 0hard/0medium/-12soft",
                        "CCN-01 2025 0hard/0medium/-18soft", "CCN-03 2035 0hard/0medium/-27soft");
        assertThat(trial(inv003, "CCN-02").deltas()).extracting(RuleDelta::constraint).containsExactly(LOGISTICS_COST);
        assertThat(inv003.improvable()).isFalse();

        assertThat(EN.unplacedSummary(inv003)).isEqualTo("It fits without breaking a hard rule in 3 clusters, but costs"
                + " more than it gains: at best, CCN-02 in 2025 changes the score by -12 soft.");
        assertThat(EN.obstacleRows(inv003)).containsExactly(new ObstacleRow("No hard rule broken (3)",
                "CCN-02 in 2025: -12 soft; CCN-01 in 2025: -18 soft; CCN-03 in 2035: -27 soft"));
        assertThat(VI.unplacedSummary(inv003)).isEqualTo("Dự án bố trí được mà không vi phạm ràng buộc cứng ở 3 cụm,"
                + " nhưng chi phí lớn hơn lợi ích: tốt nhất là CCN-02 giai đoạn 2025, điểm thay đổi -12 điểm mềm.");
        assertThat(VI.obstacleRows(inv003)).containsExactly(new ObstacleRow("Không vi phạm ràng buộc cứng (3)",
                "CCN-02 giai đoạn 2025: -12 điểm mềm; CCN-01 giai đoạn 2025: -18 điểm mềm;"
                        + " CCN-03 giai đoạn 2035: -27 điểm mềm"));
    }

    @Test
    void aProjectWhosePlacementChangesNothingIsSaidToBeNeutral() {
        // INV-004 (SERVICE: no logistics, no value) changes no rule wherever it goes.
        UnplacedProject inv004 = unplaced(PlanExplanation.of(TestDatasets.load(REASONS).plan()), "INV-004");

        assertThat(inv004.hardFeasible()).hasSize(3).allMatch(trial -> trial.deltas().isEmpty());
        assertThat(EN.unplacedSummary(inv004)).isEqualTo("It fits without breaking a hard rule in 3 clusters, but"
                + " placing it, in CCN-01 in 2025 for instance, leaves the score unchanged.");
        assertThat(VI.unplacedSummary(inv004)).isEqualTo("Dự án bố trí được mà không vi phạm ràng buộc cứng ở 3 cụm,"
                + " nhưng bố trí vào đó, chẳng hạn CCN-01 giai đoạn 2025, không làm thay đổi điểm.");
    }

    @Test
    void aProjectThatWouldImproveThePlanIsSaidToBeMissed() {
        // Nothing placed: INV-002 (TEXTILE, V 420) fits in CCN-01, in CCN-02 (from 2030) and in CCN-04 (from 2035).
        UnplacedProject inv002 = unplaced(PlanExplanation.of(Plans.explainCases()), "INV-002");

        assertThat(inv002.improvable()).isTrue();
        assertThat(EN.unplacedSummary(inv002)).isEqualTo("It fits without breaking a hard rule in 3 clusters; the best,"
                + " CCN-01 in 2025, changes the score by +420 medium, -72 soft: placing it there improves the plan.");
        assertThat(VI.unplacedSummary(inv002)).isEqualTo("Dự án bố trí được mà không vi phạm ràng buộc cứng ở 3 cụm;"
                + " tốt nhất là CCN-01 giai đoạn 2025, điểm thay đổi +420 điểm trung bình, -72 điểm mềm: bố trí vào đó"
                + " sẽ cải thiện phương án.");
    }

    @Test
    void aClusterThatGrowsLaterInTheWindowTakesTheProjectThenAndTheEarliestFittingPhaseIsTheBest() {
        UnplacedProject inv001 = unplaced(PlanExplanation.of(TestDatasets.load(PHASES).plan()), "INV-001");

        // CCN-01 has room only from 2035, CCN-02 from 2030 (2035 fits too, a phase later: 200 more start delay).
        assertThat(inv001.trials()).extracting(t -> t.cluster().getId() + " " + t.tried().getId() + " "
                + t.scoreDelta()).containsExactly("CCN-01 2035 0hard/200medium/-424soft",
                        "CCN-02 2030 0hard/200medium/-248soft", "CCN-03 2035 -100hard/200medium/-472soft",
                        "CCN-04 2035 0hard/200medium/-496soft");
        assertThat(trial(inv001, "CCN-01").readyPhases()).extracting(Phase::getId)
                .containsExactly("2025", "2030", "2035");
        assertThat(trial(inv001, "CCN-04").readyPhases()).extracting(Phase::getId).containsExactly("2035");
        assertThat(inv001.hardFeasible()).extracting(t -> t.cluster().getId())
                .containsExactly("CCN-02", "CCN-01", "CCN-04");

        assertThat(EN.unplacedSummary(inv001)).isEqualTo("It fits without breaking a hard rule in 3 clusters; the best,"
                + " CCN-02 in 2030, changes the score by +200 medium, -248 soft: placing it there improves the plan.");
        // CCN-03 is short of land in every phase: least over when placed in 2035, with the figures of 2035.
        assertThat(EN.obstacleRows(inv001)).containsExactly(
                new ObstacleRow("Land capacity (1)", "CCN-03 in 2035 (3.00 ha free by 2035)"),
                new ObstacleRow("No hard rule broken (3)", "CCN-02 in 2030: +200 medium, -248 soft;"
                        + " CCN-01 in 2035: +200 medium, -424 soft; CCN-04 in 2035: +200 medium, -496 soft"));
        assertThat(VI.obstacleRows(inv001)).containsExactly(
                new ObstacleRow("Quỹ đất (1)", "CCN-03 giai đoạn 2035 (còn trống 3,00 ha đến 2035)"),
                new ObstacleRow("Không vi phạm ràng buộc cứng (3)", "CCN-02 giai đoạn 2030: +200 điểm trung bình,"
                        + " -248 điểm mềm; CCN-01 giai đoạn 2035: +200 điểm trung bình, -424 điểm mềm;"
                        + " CCN-04 giai đoạn 2035: +200 điểm trung bình, -496 điểm mềm"));
    }

    @Test
    void aClusterThatGrowsAfterTheWindowIsBlockedInTheWindowsBestPhase() {
        UnplacedProject inv003 = unplaced(PlanExplanation.of(TestDatasets.load(PHASES).plan()), "INV-003");

        assertThat(EN.unplacedSummary(inv003)).isEqualTo("It fits without breaking a hard rule in 1 cluster; the best,"
                + " CCN-02 in 2030, changes the score by +200 medium, -248 soft: placing it there improves the plan.");
        assertThat(EN.obstacleRows(inv003)).containsExactly(
                new ObstacleRow("Land capacity (2)", "CCN-01 in 2030 (2.00 ha free by 2030);"
                        + " CCN-03 in 2030 (2.00 ha free by 2030)"),
                new ObstacleRow("Cluster not ready (1)", "CCN-04 in 2030 (ready from 2035)"),
                new ObstacleRow("No hard rule broken (1)", "CCN-02 in 2030: +200 medium, -248 soft"));
    }

    @Test
    void phasesThatChangeTheScoreAlikeLeaveTheEarliest() {
        // INV-002 changes nothing in any phase: each cluster keeps the first phase it is ready in.
        UnplacedProject inv002 = unplaced(PlanExplanation.of(TestDatasets.load(PHASES).plan()), "INV-002");

        assertThat(inv002.trials()).allMatch(trial -> trial.deltas().isEmpty())
                .extracting(t -> t.cluster().getId() + " " + t.tried().getId())
                .containsExactly("CCN-01 2025", "CCN-02 2025", "CCN-03 2025", "CCN-04 2035");
        assertThat(EN.unplacedSummary(inv002)).isEqualTo("It fits without breaking a hard rule in 4 clusters, but"
                + " placing it, in CCN-01 in 2025 for instance, leaves the score unchanged.");
    }

    @Test
    void everyTrialChangesTheEnginesScoreByExactlyItsDeltaAndNoOtherReadyPhaseDoesBetter() {
        AllocationPlan plan = new AllocationSolver(SolverSettings.moveLimited(2, 2_000))
                .solve(TestDatasets.load(TestDatasets.SMALL).plan(), null).plan();
        HardMediumSoftLongScore before = PlanScorer.updateScore(plan).withInitScore(0);
        PlanExplanation explanation = PlanExplanation.of(plan);

        assertThat(explanation.unplaced()).isNotEmpty();
        for (UnplacedProject unplaced : explanation.unplaced()) {
            Project project = unplaced.project();
            for (PlacementTrial trial : unplaced.trials()) {
                String where = project + " in " + trial.cluster();
                assertThat(engineChange(plan, before, project, trial.cluster(), trial.tried())).as(where)
                        .isEqualTo(trial.scoreDelta());
                for (Phase phase : trial.readyPhases()) {
                    HardMediumSoftLongScore change = engineChange(plan, before, project, trial.cluster(), phase);
                    // Never better; as good only from the tried phase on (ties keep the earliest).
                    assertThat(change.compareTo(trial.scoreDelta())).as(where + " in " + phase)
                            .isLessThanOrEqualTo(0);
                    if (phase.getIndex() < trial.tried().getIndex()) {
                        assertThat(change.compareTo(trial.scoreDelta())).as(where + " in " + phase).isNegative();
                    }
                }
            }
        }
        assertThat(PlanScorer.updateScore(plan).withInitScore(0)).isEqualTo(before);
    }

    /** The engine's score change from placing the unplaced project there, undone. */
    private static HardMediumSoftLongScore engineChange(AllocationPlan plan, HardMediumSoftLongScore before,
            Project project, Cluster cluster, Phase phase) {
        Phase phaseBefore = project.getPhase();
        project.setCluster(cluster);
        project.setPhase(phase);
        HardMediumSoftLongScore after = PlanScorer.updateScore(plan).withInitScore(0);
        project.setCluster(null);
        project.setPhase(phaseBefore);
        return after.subtract(before);
    }
}
