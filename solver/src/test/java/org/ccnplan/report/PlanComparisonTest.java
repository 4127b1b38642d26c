package org.ccnplan.report;

import static org.ccnplan.TestDatasets.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.ccnplan.report.PlanComparison.ChangeKind;
import org.ccnplan.report.PlanComparison.ProjectChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class PlanComparisonTest {

    @Test
    void aPlanComparedWithItselfChangesNothing() {
        AllocationPlan plan = placed(TestDatasets.load(TestDatasets.SMALL).plan());

        PlanComparison comparison = PlanComparison.of(List.of("A", "B"), List.of(plan, plan));

        assertThat(comparison.changes()).containsExactly(List.of());
        assertThat(comparison.plans().get(0).report().score()).isEqualTo(comparison.plans().get(1).report().score());
    }

    @Test
    void eachKindOfChangeIsFoundAgainstTheBaseline() {
        AllocationPlan baseline = placed(TestDatasets.load(TestDatasets.SMALL).plan());
        AllocationPlan other = placed(TestDatasets.load(TestDatasets.SMALL).plan());
        project(baseline, "INV-010").setCluster(null);
        project(other, "INV-002").setCluster(other.getClusters().get(3));
        project(other, "INV-005").setPhase(other.getPhases().get(2));
        project(other, "INV-006").setCluster(null);

        List<ProjectChange> changes = PlanComparison.of(List.of("A", "B"), List.of(baseline, other)).changes().get(0);

        assertThat(changes).extracting(ProjectChange::project, ProjectChange::kind).containsExactly(
                tuple("INV-002", ChangeKind.MOVED),
                tuple("INV-005", ChangeKind.RESCHEDULED),
                tuple("INV-006", ChangeKind.NEWLY_UNPLACED),
                tuple("INV-010", ChangeKind.NEWLY_PLACED));
        assertThat(changes.get(2).toCluster()).isNull();
        assertThat(changes.get(2).toPhase()).isNull();
    }

    @Test
    void aScenariosAddedAndWithdrawnProjectsAreNamed() {
        AllocationPlan baseline = placed(TestDatasets.load(TestDatasets.SMALL).plan());
        AllocationPlan scenario = placed(TestDatasets.load(TestDatasets.SMALL).plan());
        Project withdrawn = project(scenario, "INV-003");
        scenario.getProjects().remove(withdrawn);
        Project added = project(baseline, "INV-004"); // stands in for a new investor: only the scenario has it
        baseline.getProjects().remove(added);

        List<ProjectChange> changes = PlanComparison.of(List.of("A", "B"), List.of(baseline, scenario)).changes()
                .get(0);

        assertThat(changes).extracting(ProjectChange::project, ProjectChange::kind, ProjectChange::fromCluster,
                ProjectChange::toCluster).containsExactly(
                        tuple("INV-003", ChangeKind.WITHDRAWN, "CCN-01", null),
                        tuple("INV-004", ChangeKind.ADDED, null, "CCN-01"));
    }

    @Test
    void aProjectWithOtherFiguresUnderTheSameIdAndOtherWeightsAreNamed(@TempDir Path directory) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode variant = (ObjectNode) mapper.readTree(TestDatasets.SMALL.toFile());
        ((ObjectNode) variant.get("projects").get(2)).put("landHa", 6); // INV-003, 5 ha in the baseline
        ((ObjectNode) variant.get("weights")).put("logisticsCost", 2);
        Path file = directory.resolve("variant.json");
        mapper.writeValue(file.toFile(), variant);
        AllocationPlan baseline = placed(TestDatasets.load(TestDatasets.SMALL).plan());
        AllocationPlan other = placed(TestDatasets.load(file).plan());

        PlanComparison comparison = PlanComparison.of(List.of("A", "B"), List.of(baseline, other));

        assertThat(comparison.changes().get(0)).extracting(ProjectChange::project, ProjectChange::kind)
                .containsExactly(tuple("INV-003", ChangeKind.CHANGED));
        assertThat(comparison.weightChanges().get(0)).containsExactly(
                new PlanComparison.WeightChange("Logistics cost", 1, 2));
    }

    @Test
    void aSinglePlanIsRefused() {
        AllocationPlan plan = placed(TestDatasets.load(TestDatasets.SMALL).plan());

        assertThatThrownBy(() -> PlanComparison.of(List.of("A"), List.of(plan)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every movable project in the first cluster from its earliest phase: a simple, complete plan. */
    private static AllocationPlan placed(AllocationPlan plan) {
        for (Project project : plan.getProjects()) {
            if (!project.isPinned()) {
                project.setCluster(plan.getClusters().get(0));
                project.setPhase(project.getEarliestPhase());
            }
        }
        return plan;
    }

}
