package org.ccnplan.solve;

import static org.ccnplan.TestDatasets.project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.ccnplan.TestDatasets;
import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Project;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.PlanFile;
import org.ccnplan.io.PlanWriter;
import org.ccnplan.report.PlanReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.config.solver.EnvironmentMode;

class AllocationSolverTest {

    @Test
    void fullAssertSolveOfSmallProvinceAgreesWithPlainRecomputation() {
        AllocationPlan problem = TestDatasets.load(TestDatasets.SMALL).plan();
        SolverSettings settings = SolverSettings.moveLimited(7, 5_000).withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

        SolveOutcome outcome = new AllocationSolver(settings).solve(problem, null);

        AllocationPlan solved = outcome.plan();
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
        assertThat(solved.getScore()).isEqualTo(PlainScoreCalculator.score(solved));
        assertThat(PlanScorer.constraintTotals(solved)).isEqualTo(PlainScoreCalculator.constraintTotals(solved));
        assertThat(outcome.termination()).isEqualTo("move limit 5000");
    }

    @Test
    void pinnedProjectsStayWhereTheirPinSays() {
        AllocationPlan solved = new AllocationSolver(SolverSettings.moveLimited(3, 5_000))
                .solve(TestDatasets.load(TestDatasets.SMALL).plan(), null).plan();

        Project pinned = project(solved, "INV-001");
        assertThat(pinned.getCluster().getId()).isEqualTo("CCN-01");
        assertThat(pinned.getPhase().getId()).isEqualTo("2025");
    }

    @Test
    void solvingPlacesProjectsAndBreaksNoAvoidableHardRule() {
        AllocationPlan solved = new AllocationSolver(SolverSettings.moveLimited(1, 50_000))
                .solve(TestDatasets.load(TestDatasets.SMALL).plan(), null).plan();

        // The only hard violation left is the pinned INV-001, whose cluster is beyond AGRO's 40 km limit.
        assertThat(solved.getScore().hardScore()).isEqualTo(-1);
        assertThat(PlanReport.of(solved).unavoidableViolations()).singleElement().satisfies(match -> {
            assertThat(match.constraint()).isEqualTo("Logistics distance limit");
            assertThat(match.projects()).extracting(Project::getId).containsExactly("INV-001");
        });
        assertThat(solved.getProjects().stream().filter(Project::isPlaced).count()).isGreaterThan(10);
    }

    @Test
    void sameSeedAndMoveLimitGiveTheSamePlanFileByteForByte() {
        assertThat(planFileBytes(TestDatasets.SAMPLE, 11, 60_000)).isEqualTo(planFileBytes(TestDatasets.SAMPLE, 11, 60_000));
    }

    @Test
    void differentSeedsExploreDifferently() {
        assertThat(planFileBytes(TestDatasets.SMALL, 1, 2_000)).isNotEqualTo(planFileBytes(TestDatasets.SMALL, 2, 2_000));
    }

    private static String planFileBytes(Path dataset, long seed, long moves) {
        DatasetReader.Dataset loaded = TestDatasets.load(dataset);
        SolveOutcome outcome = new AllocationSolver(SolverSettings.moveLimited(seed, moves)).solve(loaded.plan(),
                null);
        PlanFile planFile = PlanWriter.planFile(outcome.plan(), PlanReport.of(outcome.plan()), loaded.sha256(),
                seed, outcome.termination(), null);
        return new String(PlanWriter.toBytes(planFile), java.nio.charset.StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../datasets/sample-province/dataset.json",
            "src/test/resources/datasets/small-province.json"})
    void randomPlansScoreTheSameIncrementallyAndPlainly(String dataset) {
        AllocationPlan plan = TestDatasets.load(Path.of(dataset)).plan();
        Random random = new Random(20261125L);
        List<Cluster> clusters = plan.getClusters();
        for (int round = 0; round < 60; round++) {
            for (Project project : plan.getProjects()) {
                if (project.isPinned()) {
                    continue;
                }
                project.setCluster(random.nextInt(5) == 0 ? null : clusters.get(random.nextInt(clusters.size())));
                project.setPhase(plan.getPhases().get(random.nextInt(plan.getPhases().size())));
            }
            assertThat(PlanScorer.updateScore(plan)).as("round %d", round).isEqualTo(PlainScoreCalculator.score(plan));
            assertThat(PlanScorer.constraintTotals(plan)).isEqualTo(PlainScoreCalculator.constraintTotals(plan));
        }
    }

    @Test
    void aPlanWithEveryProjectPinnedIsScoredWithoutSearching() {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SMALL).plan();
        plan.getProjects().removeIf(project -> !project.isPinned());

        SolveOutcome outcome = new AllocationSolver(SolverSettings.moveLimited(1, 10)).solve(plan, null);

        assertThat(outcome.termination()).startsWith("nothing to decide");
        assertThat(outcome.plan().getScore()).isEqualTo(PlainScoreCalculator.score(plan));
    }

    @Test
    void aPlanWithNoProjectsAtAllStillCountsItsOperationalTargets() {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SMALL).plan();
        plan.getProjects().clear();

        SolveOutcome outcome = new AllocationSolver(SolverSettings.moveLimited(1, 10)).solve(plan, null);

        // Target: 2 clusters at 50% by 2025; none can be, so both are missing: 2 x weight 5000.
        assertThat(outcome.plan().getScore()).isEqualTo(HardMediumSoftLongScore.ofSoft(-10_000));
        assertThat(PlanReport.of(plan).score()).isEqualTo(HardMediumSoftLongScore.ofSoft(-10_000));
    }

    @Test
    void aStopRequestedBeforeSolvingStillReturnsACompletePlan() {
        AllocationSolver solver = new AllocationSolver(SolverSettings.timeLimited(1, Duration.ofMinutes(5)));
        solver.stop();

        SolveOutcome outcome = solver.solve(TestDatasets.load(TestDatasets.SMALL).plan(), null);

        assertThat(outcome.interrupted()).isTrue();
        assertThat(outcome.termination()).isEqualTo("interrupted");
        assertThat(outcome.timeSpentMillis()).isLessThan(Duration.ofMinutes(1).toMillis());
    }

}
