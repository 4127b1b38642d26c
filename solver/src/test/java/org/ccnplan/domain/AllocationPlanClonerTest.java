package org.ccnplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.ccnplan.TestDatasets;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning clone copies every field, read by reflection so that a field added later and not copied fails here:
 * the same facts, the same values, and new projects with their own cluster, phase and pin.
 */
class AllocationPlanClonerTest {

    @Test
    void theCloneHasEveryFieldOfThePlanAndNewProjectsWithEveryFieldOfTheirs() throws IllegalAccessException {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SMALL).plan();
        plan.getProjects().get(1).setCluster(plan.getClusters().get(0));
        plan.getProjects().get(1).setPhase(plan.getPhases().get(1));
        plan.setScore(HardMediumSoftLongScore.of(-1, -2, -3));

        AllocationPlan clone = new AllocationPlanCloner().cloneSolution(plan);

        for (Field field : fields(AllocationPlan.class)) {
            if (field.getName().equals("projects")) {
                assertThat(field.get(clone)).isNotSameAs(field.get(plan));
            } else {
                assertThat(field.get(clone)).as(field.getName()).isSameAs(field.get(plan));
            }
        }
        assertThat(clone.getProjects()).hasSameSizeAs(plan.getProjects());
        for (int i = 0; i < plan.getProjects().size(); i++) {
            Project original = plan.getProjects().get(i);
            Project copy = clone.getProjects().get(i);
            assertThat(copy).isNotSameAs(original);
            for (Field field : fields(Project.class)) {
                assertThat(field.get(copy)).as("%s.%s", original.getId(), field.getName()).isEqualTo(field.get(original));
            }
        }
        assertThat(clone.getProjects().stream().filter(Project::isPinned)).isNotEmpty();
    }

    @Test
    void changingTheCloneLeavesTheOriginalAsItWas() {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SMALL).plan();
        AllocationPlan clone = new AllocationPlanCloner().cloneSolution(plan);

        Project cloned = clone.getProjects().stream().filter(project -> !project.isPinned()).findFirst().orElseThrow();
        cloned.setCluster(clone.getClusters().get(0));

        assertThat(plan.getProjects().get(clone.getProjects().indexOf(cloned)).getCluster()).isNull();
    }

    private static Field[] fields(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .peek(field -> field.setAccessible(true))
                .toArray(Field[]::new);
    }
}
