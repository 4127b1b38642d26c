package org.ccnplan.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.solve.SolverConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Drives the solver's own incremental (Bavet) score director through thousands of random moves and checks every
 * score, rule by rule with its matches, against the plain recomputation. Between two scores it changes one to five
 * projects (swaps included, a phase sometimes left unset as a construction heuristic may), and undoes half of the
 * moves unscored, in reverse order, as local search does with a rejected move. The engine's shortcuts (term objects
 * whose amounts change in place, map nodes that stop updates when nothing changed, running totals undone in any order)
 * would show up here as a difference; so would a Bavet upgrade that stopped propagating an unchanged group result.
 */
class IncrementalScoreTest {

    private record Change(Project project, Cluster cluster, Phase phase) {
    }

    @ParameterizedTest
    @CsvSource({
            "../datasets/sample-province/dataset.json, 1",
            "src/test/resources/datasets/small-province.json, 2",
            "src/test/resources/datasets/edge-cases.json, 3",
            "src/test/resources/datasets/edge-cases.json, 4"})
    void everyIncrementalScoreOfARandomWalkEqualsThePlainRecomputation(String dataset, long seed) {
        AllocationPlan plan = TestDatasets.load(Path.of(dataset)).plan();
        Random random = new Random(seed);
        List<Project> movable = plan.getProjects().stream().filter(project -> !project.isPinned()).toList();
        List<Cluster> clusters = plan.getClusters();
        List<Phase> phases = plan.getPhases();
        for (Project project : movable) { // A random start: some projects unplaced, a few without a phase yet.
            int draw = random.nextInt(6);
            project.setCluster(draw == 0 ? null : clusters.get(random.nextInt(clusters.size())));
            project.setPhase(draw == 1 ? null : phases.get(random.nextInt(phases.size())));
        }

        try (InnerScoreDirector<AllocationPlan, ?> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            assertAgrees(director, plan, "start");
            for (int move = 0; move < 2_500; move++) {
                List<Change> undo = new ArrayList<>();
                int changes = 1 + random.nextInt(random.nextBoolean() ? 1 : 5);
                for (int i = 0; i < changes; i++) {
                    Project a = movable.get(random.nextInt(movable.size()));
                    undo.add(new Change(a, a.getCluster(), a.getPhase()));
                    switch (random.nextInt(4)) {
                        case 0 -> { // a swap of both decisions
                            Project b = movable.get(random.nextInt(movable.size()));
                            undo.add(new Change(b, b.getCluster(), b.getPhase()));
                            Change before = undo.get(undo.size() - 2);
                            set(director, a, b.getCluster(), b.getPhase());
                            set(director, b, before.cluster(), before.phase());
                        }
                        case 1 -> set(director, a,
                                random.nextInt(5) == 0 ? null : clusters.get(random.nextInt(clusters.size())),
                                a.getPhase());
                        case 2 -> set(director, a, a.getCluster(),
                                random.nextInt(8) == 0 ? null : phases.get(random.nextInt(phases.size())));
                        default -> set(director, a, clusters.get(random.nextInt(clusters.size())),
                                phases.get(random.nextInt(phases.size())));
                    }
                }
                assertAgrees(director, plan, "move " + move);
                if (random.nextBoolean()) {
                    Collections.reverse(undo);
                    undo.forEach(change -> set(director, change.project(), change.cluster(), change.phase()));
                }
            }
            assertAgrees(director, plan, "end");
        }
    }

    @SuppressWarnings("unchecked")
    private static InnerScoreDirector<AllocationPlan, ?> scoreDirector() {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(SolverConfigs.ENTITY_CLASSES)
                .withScoreDirectorFactory(SolverConfigs.scoreDirectorConfig());
        DefaultSolverFactory<AllocationPlan> factory =
                (DefaultSolverFactory<AllocationPlan>) SolverFactory.<AllocationPlan> create(config);
        return factory.getScoreDirectorFactory().buildScoreDirector(false, true); // constraint matches on
    }

    /** The score (an unset phase aside) and every rule's impact and matches equal the plain recomputation. */
    private static void assertAgrees(InnerScoreDirector<AllocationPlan, ?> director, AllocationPlan plan, String when) {
        HardMediumSoftLongScore incremental = (HardMediumSoftLongScore) director.calculateScore();
        assertThat(incremental.withInitScore(0)).as(when).isEqualTo(PlainScoreCalculator.score(plan));
        Map<String, ConstraintMatchTotal<?>> byName = new HashMap<>();
        director.getConstraintMatchTotalMap().values().forEach(total -> byName.put(total.getConstraintName(), total));
        for (ConstraintTotal plain : PlainScoreCalculator.constraintTotals(plan)) {
            ConstraintMatchTotal<?> total = byName.get(plain.name());
            String engine = total == null ? HardMediumSoftLongScore.ZERO + " in 0 matches"
                    : total.getScore() + " in " + total.getConstraintMatchCount() + " matches";
            assertThat(engine).as("%s: %s", when, plain.name())
                    .isEqualTo(plain.impact() + " in " + plain.matches() + " matches");
        }
    }

    private static void set(InnerScoreDirector<AllocationPlan, ?> director, Project project, Cluster cluster,
            Phase phase) {
        director.beforeVariableChanged(project, "cluster");
        project.setCluster(cluster);
        director.afterVariableChanged(project, "cluster");
        director.beforeVariableChanged(project, "phase");
        project.setPhase(phase);
        director.afterVariableChanged(project, "phase");
        director.triggerVariableListeners();
    }
}
