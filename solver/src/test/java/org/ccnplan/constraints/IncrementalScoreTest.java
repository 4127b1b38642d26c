package org.ccnplan.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.solve.SolverConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Drives the solver's own incremental (Bavet) score director through thousands of random moves, as local search does
 * (a move, its score, then its undo scored together with the next move), and checks every score against the plain
 * recomputation. The engine's shortcuts (term objects kept while their amount stands, map nodes that stop updates when
 * nothing changed, running totals undone in any order) would show up here as a difference.
 */
class IncrementalScoreTest {

    @ParameterizedTest
    @ValueSource(strings = {"../datasets/sample-province/dataset.json",
            "src/test/resources/datasets/small-province.json"})
    void everyIncrementalScoreOfARandomWalkEqualsThePlainRecomputation(String dataset) {
        AllocationPlan plan = TestDatasets.load(Path.of(dataset)).plan();
        SolverConfig config = new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(SolverConfigs.ENTITY_CLASSES)
                .withScoreDirectorFactory(SolverConfigs.scoreDirectorConfig());
        DefaultSolverFactory<AllocationPlan> factory =
                (DefaultSolverFactory<AllocationPlan>) SolverFactory.<AllocationPlan> create(config);
        Random random = new Random(25112026L);
        List<Project> movable = plan.getProjects().stream().filter(project -> !project.isPinned()).toList();
        List<Cluster> clusters = plan.getClusters();
        List<Phase> phases = plan.getPhases();
        for (Project project : movable) { // A random start: some projects unplaced, every phase set.
            project.setCluster(random.nextInt(4) == 0 ? null : clusters.get(random.nextInt(clusters.size())));
            project.setPhase(phases.get(random.nextInt(phases.size())));
        }

        try (InnerScoreDirector<AllocationPlan, ?> director =
                factory.getScoreDirectorFactory().buildScoreDirector(false, false)) {
            director.setWorkingSolution(plan);
            for (int move = 0; move < 3_000; move++) {
                Project a = movable.get(random.nextInt(movable.size()));
                Project b = movable.get(random.nextInt(movable.size()));
                Cluster clusterA = a.getCluster();
                Phase phaseA = a.getPhase();
                int kind = random.nextInt(4);
                if (kind == 0) { // swap both decisions, as OptaPlanner's swap move does
                    set(director, a, b.getCluster(), b.getPhase());
                    set(director, b, clusterA, phaseA);
                } else if (kind == 1) {
                    set(director, a, random.nextInt(6) == 0 ? null : clusters.get(random.nextInt(clusters.size())),
                            phaseA);
                } else if (kind == 2) {
                    set(director, a, clusterA, phases.get(random.nextInt(phases.size())));
                } else {
                    set(director, a, clusters.get(random.nextInt(clusters.size())),
                            phases.get(random.nextInt(phases.size())));
                }
                HardMediumSoftLongScore incremental = (HardMediumSoftLongScore) director.calculateScore();
                assertThat(incremental).as("move %d", move).isEqualTo(PlainScoreCalculator.score(plan));
                if (random.nextBoolean()) { // undo half the moves, unscored, like a rejected move
                    if (kind == 0) {
                        set(director, b, a.getCluster(), a.getPhase());
                    }
                    set(director, a, clusterA, phaseA);
                }
            }
            assertThat(director.calculateScore()).isEqualTo(PlainScoreCalculator.score(plan));
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
