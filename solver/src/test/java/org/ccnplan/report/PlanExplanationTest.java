package org.ccnplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.ccnplan.TestDatasets;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.report.PlanExplanation.ClusterImpact;
import org.ccnplan.report.PlanExplanation.ProjectImpact;
import org.ccnplan.report.PlanExplanation.RuleExplanation;
import org.ccnplan.solve.AllocationSolver;
import org.ccnplan.solve.SolverConfigs;
import org.ccnplan.solve.SolverSettings;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The explanation's matches (plain loops) against OptaPlanner's own explanation of the same plan (the constraint
 * streams): every rule's matches sum to exactly the engine's impact and count, and where the engine matches project by
 * project, the projects it indicts are the explanation's, with the same impacts. Plans: solved, hand-made and random,
 * on the sample, the small province, the edge cases and the explanation cases.
 */
class PlanExplanationTest {

    private static final Path EDGE_CASES = TestDatasets.EDGE_CASES;

    /** The engine's view, built here apart from the code under test. */
    private static final SolutionManager<AllocationPlan, HardMediumSoftLongScore> ENGINE =
            SolutionManager.create(SolverFactory.create(new SolverConfig()
                    .withSolutionClass(AllocationPlan.class)
                    .withEntityClasses(SolverConfigs.ENTITY_CLASSES)
                    .withScoreDirectorFactory(SolverConfigs.scoreDirectorConfig())));

    /** The plans, made once: solving and explaining them is the slow part. */
    private static final Map<String, AllocationPlan> PLANS = new LinkedHashMap<>();
    private static final Map<AllocationPlan, PlanExplanation> EXPLAINED = new HashMap<>();

    private static synchronized Map<String, AllocationPlan> allPlans() {
        if (PLANS.isEmpty()) {
            PLANS.put("small province, solved", solved(TestDatasets.SMALL, 20_000));
            PLANS.put("edge cases, solved", solved(EDGE_CASES, 20_000));
            PLANS.put("edge cases, random 1", random(EDGE_CASES, 1, 5));
            PLANS.put("edge cases, random 2", random(EDGE_CASES, 2, 5));
            PLANS.put("edge cases, nothing placed", TestDatasets.load(EDGE_CASES).plan());
            PLANS.put("sample, random", random(TestDatasets.SAMPLE, 3, 20));
            PLANS.put("explanation cases, by hand", Plans.explainCases(
                    "INV-001 CCN-01 2025", "INV-002 CCN-01 2025", "INV-014 CCN-02 2025", "INV-003 CCN-01 2035"));
        }
        return PLANS;
    }

    private static synchronized PlanExplanation explained(AllocationPlan plan) {
        return EXPLAINED.computeIfAbsent(plan, PlanExplanation::of);
    }

    static Stream<Arguments> plans() {
        return allPlans().entrySet().stream().map(entry -> Arguments.of(Named.of(entry.getKey(), entry.getValue())));
    }

    private static AllocationPlan solved(Path dataset, long moves) {
        return new AllocationSolver(SolverSettings.moveLimited(5, moves)).solve(TestDatasets.load(dataset).plan(), null)
                .plan();
    }

    /** Every movable project unplaced (one in so many) or in a random cluster and phase: every rule gets matches. */
    static AllocationPlan random(Path dataset, long seed, int unplacedOneIn) {
        AllocationPlan plan = TestDatasets.load(dataset).plan();
        Random random = new Random(seed);
        List<Cluster> clusters = plan.getClusters();
        List<Phase> phases = plan.getPhases();
        for (Project project : plan.getProjects()) {
            if (!project.isPinned()) {
                project.setCluster(random.nextInt(unplacedOneIn) == 0 ? null : clusters.get(random.nextInt(clusters.size())));
                project.setPhase(phases.get(random.nextInt(phases.size())));
            }
        }
        return plan;
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everyRulesMatchesSumToTheEnginesImpactAndCount(AllocationPlan plan) {
        ScoreExplanation<AllocationPlan, HardMediumSoftLongScore> engine = ENGINE.explain(plan);
        PlanExplanation explanation = explained(plan);

        // A hand-written plan leaves the phase of unplaced projects unset: the engine counts them as uninitialised.
        assertThat(explanation.score()).isEqualTo(engine.getScore().withInitScore(0));
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new HashMap<>();
        engine.getConstraintMatchTotalMap().values().forEach(total -> totals.put(total.getConstraintName(), total));
        assertThat(explanation.rules()).extracting(RuleExplanation::name)
                .containsExactlyElementsOf(AllocationConstraintConfiguration.CONSTRAINT_NAMES);
        for (RuleExplanation rule : explanation.rules()) {
            ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.get(rule.name());
            assertThat(PlanExplanation.sum(rule.matches()) + " in " + rule.matches().size()).as(rule.name())
                    .isEqualTo(total == null ? HardMediumSoftLongScore.ZERO + " in 0"
                            : total.getScore() + " in " + total.getConstraintMatchCount());
            assertThat(rule.impact()).as(rule.name()).isEqualTo(PlanExplanation.sum(rule.matches()));
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    void theProjectsTheEngineIndictsAreTheExplainedOnesWithTheSameImpacts(AllocationPlan plan) {
        Map<Object, Indictment<HardMediumSoftLongScore>> indictments = ENGINE.explain(plan).getIndictmentMap();
        PlanExplanation explanation = explained(plan);

        for (RuleExplanation rule : explanation.rules()) {
            if (!PlanExplanation.PER_PROJECT_RULES.contains(rule.name())) {
                continue;
            }
            Map<Project, HardMediumSoftLongScore> indicted = new LinkedHashMap<>();
            for (Project project : plan.getProjects()) {
                Indictment<HardMediumSoftLongScore> indictment = indictments.get(project);
                if (indictment != null) {
                    for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
                        if (match.getConstraintName().equals(rule.name())) {
                            assertThat(match.getIndictedObjectList()).containsExactly(project);
                            indicted.merge(project, match.getScore(), HardMediumSoftLongScore::add);
                        }
                    }
                }
            }
            Map<Project, HardMediumSoftLongScore> explained = new LinkedHashMap<>();
            for (RuleMatch match : rule.matches()) {
                assertThat(match.projects()).hasSize(1);
                explained.merge(match.projects().get(0), match.impact(), HardMediumSoftLongScore::add);
            }
            assertThat(explained).as(rule.name()).isEqualTo(indicted);
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    void theClustersAddUpToTheScoreAndEachProjectToItsMatches(AllocationPlan plan) {
        PlanExplanation explanation = explained(plan);

        HardMediumSoftLongScore byClusters = HardMediumSoftLongScore.ZERO;
        int matches = 0;
        for (ClusterImpact cluster : explanation.clusters()) {
            assertThat(cluster.matches()).allMatch(match -> match.cluster() == cluster.cluster()).isNotEmpty();
            assertThat(cluster.impact()).isEqualTo(PlanExplanation.sum(cluster.matches()));
            byClusters = byClusters.add(cluster.impact());
            matches += cluster.matches().size();
        }
        assertThat(byClusters).isEqualTo(explanation.score());
        assertThat(matches).isEqualTo(explanation.rules().stream().mapToInt(rule -> rule.matches().size()).sum());
        HardMediumSoftLongScore previous = null;
        for (ProjectImpact project : explanation.projects()) {
            assertThat(project.matches()).allMatch(match -> match.projects().contains(project.project())
                    && PlanExplanation.PROJECT_RULES.contains(match.constraint()));
            assertThat(project.impact()).isEqualTo(PlanExplanation.sum(project.matches())).isNotEqualTo(
                    HardMediumSoftLongScore.ZERO);
            assertThat(previous == null || previous.compareTo(project.impact()) <= 0).as("worst first").isTrue();
            previous = project.impact();
        }
        long withProjectMatches = plan.getProjects().stream().filter(project -> explanation.rules().stream()
                .filter(rule -> PlanExplanation.PROJECT_RULES.contains(rule.name()))
                .anyMatch(rule -> rule.matches().stream().anyMatch(match -> match.projects().contains(project))))
                .count();
        assertThat(explanation.projects()).hasSize((int) withProjectMatches);
    }

    @Test
    void theRandomPlansExerciseEveryRule() {
        for (String rule : AllocationConstraintConfiguration.CONSTRAINT_NAMES) {
            assertThat(Stream.of("sample, random", "edge cases, random 1")
                    .map(name -> explained(allPlans().get(name)))
                    .flatMap(explanation -> explanation.rules().stream())
                    .filter(explained -> explained.name().equals(rule))
                    .mapToInt(explained -> explained.matches().size()).sum()).as(rule).isPositive();
        }
    }
}
