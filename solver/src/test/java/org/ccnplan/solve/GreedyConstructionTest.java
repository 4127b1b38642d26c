package org.ccnplan.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.ccnplan.TestDatasets;
import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.ccnplan.generate.GeneratorSettings;
import org.ccnplan.generate.InstanceGenerator;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

class GreedyConstructionTest {

    @ParameterizedTest
    @MethodSource("org.ccnplan.TestDatasets#varied")
    void everyProjectIsConsideredAndNoHardRuleBrokenThatThePinsDoNotBreak(Path dataset) {
        AllocationPlan plan = TestDatasets.load(dataset).plan();
        AllocationPlan pinsOnly = TestDatasets.load(dataset).plan();
        pinsOnly.getProjects().removeIf(project -> !project.isPinned());

        HardMediumSoftLongScore score = construct(plan);

        assertThat(score.isSolutionInitialized()).isTrue();
        assertThat(score).isEqualTo(PlainScoreCalculator.score(plan));
        assertThat(plan.getProjects()).allSatisfy(project -> assertThat(project.getPhase()).isNotNull());
        assertThat(score.hardScore()).isEqualTo(PlainScoreCalculator.score(pinsOnly).hardScore());
        assertThat(plan.getProjects().stream().filter(project -> !project.isPinned() && project.isPlaced()))
                .isNotEmpty();
    }

    @Test
    void aProjectIsLeftUnplacedOnlyWhenItFitsNowhereWithoutBreakingAHardRule() throws InvalidInputException {
        // Tight: the projects ask for 1.5 times the land, so some must stay unplaced.
        AllocationPlan plan = DatasetReader.read("generated", InstanceGenerator.generate(new GeneratorSettings(4, 40,
                5, new BigDecimal("1.5"), BigDecimal.ZERO, 0, GeneratorSettings.defaultHubs(4))));

        construct(plan);

        List<Project> unplaced = plan.getProjects().stream().filter(project -> !project.isPlaced()).toList();
        assertThat(unplaced).isNotEmpty();
        // Land only fills up as the construction goes, so a project refused then is still refused by the final plan.
        PlacementLedger ledger = PlacementLedger.of(plan);
        assertThat(unplaced).allSatisfy(project -> assertThat(ledger.cheapestSlot(project, plan.getClusters()))
                .isNull());
    }

    /** Runs the construction alone on the plan, through the solver's own score director, and returns the score. */
    static HardMediumSoftLongScore construct(AllocationPlan plan) {
        DefaultSolverFactory<AllocationPlan> factory = (DefaultSolverFactory<AllocationPlan>) SolverFactory
                .<AllocationPlan>create(SolverConfigs.solverConfig(SolverSettings.moveLimited(1, 1)));
        try (InnerScoreDirector<AllocationPlan, HardMediumSoftLongScore> scoreDirector = factory
                .<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector()) {
            scoreDirector.setWorkingSolution(plan);
            new GreedyConstruction().changeWorkingSolution(scoreDirector);
            return scoreDirector.calculateScore();
        }
    }
}
