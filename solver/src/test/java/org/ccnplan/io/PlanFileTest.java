package org.ccnplan.io;

import static org.ccnplan.TestDatasets.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ccnplan.TestDatasets;
import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.report.PlanReport;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.SolveOutcome;
import org.ccnplan.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {

    @TempDir
    Path directory;

    @Test
    void aSolvedPlanReadBackGivesTheSameAssignmentsAndScore() throws Exception {
        DatasetReader.Dataset loaded = TestDatasets.load(TestDatasets.SMALL);
        SolveOutcome outcome = new AllocationSolver(SolverSettings.moveLimited(5, 20_000)).solve(loaded.plan(), null);
        PlanReport report = PlanReport.of(outcome.plan());
        Path planPath = directory.resolve("plan.json");
        PlanWriter.write(PlanWriter.planFile(outcome.plan(), report, loaded.sha256(), 5L, outcome.termination(),
                new PlanFile.Run(outcome.timeSpentMillis(), 0, 0)), planPath);

        AllocationPlan reread = TestDatasets.load(TestDatasets.SMALL).plan();
        PlanReader.apply(planPath, reread);

        assertThat(assignments(reread)).isEqualTo(assignments(outcome.plan()));
        assertThat(PlanReport.of(reread).score()).isEqualTo(outcome.plan().getScore());
        assertThat(PlainScoreCalculator.score(reread)).isEqualTo(outcome.plan().getScore());
    }

    @Test
    void thePlanFileRecordsProvenanceEveryRuleAndVietnameseNames() throws Exception {
        DatasetReader.Dataset loaded = TestDatasets.load(TestDatasets.SMALL);
        SolveOutcome outcome = new AllocationSolver(SolverSettings.moveLimited(5, 5_000)).solve(loaded.plan(), null);
        PlanFile planFile = PlanWriter.planFile(outcome.plan(), PlanReport.of(outcome.plan()), loaded.sha256(), 5L,
                outcome.termination(), null);
        String json = new String(PlanWriter.toBytes(planFile), StandardCharsets.UTF_8);

        assertThat(planFile.constraints()).hasSize(13);
        assertThat(planFile.datasetSha256()).isEqualTo(JsonFiles.sha256(Files.readAllBytes(TestDatasets.SMALL)));
        assertThat(planFile.seed()).isEqualTo(5L);
        assertThat(planFile.termination()).isEqualTo("move limit 5000");
        assertThat(planFile.engineVersion()).isNotBlank().isNotEqualTo("unknown");
        assertThat(planFile.assignments()).hasSize(outcome.plan().getProjects().size());
        assertThat(json).contains("\"Cụm công nghiệp Tân Lập\"", "\"score\" : \"" + outcome.plan().getScore() + "\"");
        long impactSum = planFile.constraints().stream().filter(c -> c.level().equals("soft"))
                .mapToLong(PlanFile.ConstraintEntry::impact).sum();
        assertThat(impactSum).isEqualTo(outcome.plan().getScore().softScore());
    }

    @Test
    void aHandWrittenPlanNeedsOnlyAssignments() throws Exception {
        Path planPath = write("""
                {"assignments": [
                  {"project": "INV-002", "cluster": "CCN-01", "phase": "2030"},
                  {"project": "INV-003", "cluster": null, "phase": null}
                ]}""");
        AllocationPlan plan = TestDatasets.load(TestDatasets.SMALL).plan();

        PlanReader.apply(planPath, plan);

        assertThat(project(plan, "INV-002").getCluster().getId()).isEqualTo("CCN-01");
        assertThat(project(plan, "INV-002").getPhase().getId()).isEqualTo("2030");
        assertThat(project(plan, "INV-003").isPlaced()).isFalse();
        assertThat(project(plan, "INV-004").isPlaced()).as("not listed: unplaced").isFalse();
        assertThat(project(plan, "INV-001").getCluster().getId()).as("pinned, not listed: at its pin")
                .isEqualTo("CCN-01");
        assertThat(PlanReport.of(plan).unplaced()).hasSize(plan.getProjects().size() - 2);
    }

    @Test
    void aPinnedProjectMayBeListedAtItsPin() throws Exception {
        Path planPath = write("""
                {"assignments": [{"project": "INV-001", "cluster": "CCN-01", "phase": "2025"}]}""");

        PlanReader.apply(planPath, TestDatasets.load(TestDatasets.SMALL).plan());
    }

    @Test
    void aProjectListedTwiceIsInvalid() throws Exception {
        expectProblem("""
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2030"},
                                 {"project": "INV-002", "cluster": "CCN-02", "phase": "2030"}]}""",
                "assignments[1].project", "listed twice");
    }

    @Test
    void anUnknownProjectIsInvalid() throws Exception {
        expectProblem("""
                {"assignments": [{"project": "INV-999", "cluster": "CCN-01", "phase": "2030"}]}""",
                "assignments[0].project", "unknown project \"INV-999\"");
    }

    @Test
    void anUnknownClusterIsInvalid() throws Exception {
        expectProblem("""
                {"assignments": [{"project": "INV-002", "cluster": "CCN-77", "phase": "2030"}]}""",
                "assignments[0].cluster", "unknown cluster \"CCN-77\" (not in the dataset); did you mean \"CCN-01\"?");
    }

    @Test
    void anUnknownPhaseIsInvalid() throws Exception {
        expectProblem("""
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2040"}]}""",
                "assignments[0].phase", "unknown phase \"2040\"");
    }

    @Test
    void aClusterWithoutAPhaseIsInvalid() throws Exception {
        expectProblem("""
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01"}]}""",
                "assignments[0].phase", "needs a phase");
    }

    @Test
    void aPhaseWithoutAClusterIsInvalid() throws Exception {
        expectProblem("""
                {"assignments": [{"project": "INV-002", "cluster": null, "phase": "2030"}]}""",
                "assignments[0].cluster", "without a cluster");
    }

    @Test
    void aPinnedProjectMovedOrUnplacedIsInvalid() throws Exception {
        expectProblem("""
                {"assignments": [{"project": "INV-001", "cluster": "CCN-03", "phase": "2025"}]}""",
                "assignments[0].project", "pinned to CCN-01 in 2025");
        expectProblem("""
                {"assignments": [{"project": "INV-001", "cluster": null, "phase": null}]}""",
                "assignments[0].project", "pinned");
    }

    @Test
    void aMisspeltPropertyNamesTheNearestKnownOne() throws Exception {
        expectProblem("""
                {"assignment": []}""", "assignment", "did you mean \"assignments\"");
        expectProblem("""
                {"assignments": [{"project": "INV-002", "clustr": "CCN-01", "phase": "2030"}]}""",
                "assignments[0].clustr", "did you mean \"cluster\"");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        Path planPath = write("""
                {"assignments": [{"project": "INV-999", "cluster": "CCN-01", "phase": "2030"},
                                 {"project": "INV-002", "cluster": "CCN-77", "phase": "2030"},
                                 {"project": "INV-003", "cluster": "CCN-01"}]}""");

        assertThatThrownBy(() -> PlanReader.apply(planPath, TestDatasets.load(TestDatasets.SMALL).plan()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(InputProblem::location)
                        .containsExactly("assignments[0].project", "assignments[1].cluster", "assignments[2].phase"));
    }

    @Test
    void anUnknownTopLevelPropertyDoesNotHideTheAssignmentsProblems() throws Exception {
        Path planPath = write("""
                {"scor": "0hard/0medium/0soft",
                 "assignments": [{"project": "INV-999", "cluster": "CCN-01", "phase": "2030"}]}""");

        assertThatThrownBy(() -> PlanReader.apply(planPath, TestDatasets.load(TestDatasets.SMALL).plan()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(InputProblem::location)
                        .containsExactly("scor", "assignments[0].project"));
    }

    private void expectProblem(String json, String location, String messagePart) throws IOException {
        Path planPath = write(json);
        assertThatThrownBy(() -> PlanReader.apply(planPath, TestDatasets.load(TestDatasets.SMALL).plan()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(planPath.toString());
                            assertThat(problem.location()).isEqualTo(location);
                            assertThat(problem.message()).contains(messagePart);
                        }));
    }

    private Path write(String json) throws IOException {
        Path path = Files.createTempFile(directory, "plan", ".json");
        Files.writeString(path, json);
        return path;
    }

    private static List<String> assignments(AllocationPlan plan) {
        return plan.getProjects().stream().map(project -> project.getId() + "->"
                + (project.isPlaced() ? project.getCluster().getId() + "@" + project.getPhase().getId() : "none"))
                .toList();
    }

}
