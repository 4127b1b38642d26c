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
        assertThat(full.earliestFeasible().getId()).isEqualTo("2025");
        assertThat(full.obstacles()).extracting(RuleDelta::constraint).containsExactly(LAND_CAPACITY);
        assertThat(full.delta(LAND_CAPACITY).orElseThrow().amount()).isEqualTo(3 * 330); // 3.30 ha over, 3 phases
        assertThat(full.delta(UNPLACED_PROJECT).orElseThrow().impact())
                .isEqualTo(HardMediumSoftLongScore.ofMedium(200));
        PlacementTrial zoned = trial(inv002, "CCN-02");
        assertThat(zoned.earliestFeasible().getId()).isEqualTo("2025");
        assertThat(zoned.obstacles()).extracting(RuleDelta::constraint).containsExactly(ENVIRONMENTAL_ZONING);
        PlacementTrial late = trial(inv002, "CCN-03");
        assertThat(late.earliestFeasible()).isNull();
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
                new ObstacleRow("Land capacity (1)", "CCN-01 (1.20 ha free by 2025)"),
                new ObstacleRow("Cluster not ready (1)", "CCN-03 (ready from 2035)"),
                new ObstacleRow("Environmental zoning (1)", "CCN-02 (class 3 > 2)"));
        assertThat(VI.unplacedHeading(inv002.project()))
                .isEqualTo("INV-002 (Nhà máy bê tông Hưng Long): BUILD, 4,50 ha, 1,000 MW, 2025–2030, giá trị 200");
        assertThat(VI.unplacedSummary(inv002)).isEqualTo("Không cụm nào nhận được dự án mà không vi phạm ràng buộc"
                + " cứng: Quỹ đất ở 1 cụm, Cụm chưa sẵn sàng ở 1 cụm, Phân vùng môi trường ở 1 cụm.");
        assertThat(VI.obstacleRows(inv002)).containsExactly(
                new ObstacleRow("Quỹ đất (1)", "CCN-01 (còn trống 1,20 ha đến 2025)"),
                new ObstacleRow("Cụm chưa sẵn sàng (1)", "CCN-03 (sẵn sàng từ 2035)"),
                new ObstacleRow("Phân vùng môi trường (1)", "CCN-02 (cấp 3 > 2)"));
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
    void everyTrialChangesTheEnginesScoreByExactlyItsDelta() {
        AllocationPlan plan = new AllocationSolver(SolverSettings.moveLimited(2, 2_000))
                .solve(TestDatasets.load(TestDatasets.SMALL).plan(), null).plan();
        HardMediumSoftLongScore before = PlanScorer.updateScore(plan).withInitScore(0);
        PlanExplanation explanation = PlanExplanation.of(plan);

        assertThat(explanation.unplaced()).isNotEmpty();
        for (UnplacedProject unplaced : explanation.unplaced()) {
            Project project = unplaced.project();
            Phase phase = project.getPhase();
            for (PlacementTrial trial : unplaced.trials()) {
                project.setCluster(trial.cluster());
                project.setPhase(trial.tried());
                HardMediumSoftLongScore after = PlanScorer.updateScore(plan).withInitScore(0);
                project.setCluster(null);
                project.setPhase(phase);
                assertThat(after.subtract(before)).as(project + " in " + trial.cluster())
                        .isEqualTo(trial.scoreDelta());
            }
        }
        assertThat(PlanScorer.updateScore(plan).withInitScore(0)).isEqualTo(before);
    }
}
