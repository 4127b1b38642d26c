package org.ccnplan.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.generate.GeneratorSettings;
import org.ccnplan.generate.InstanceGenerator;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.solve.PlanScorer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The local recomputation around one cluster against the whole one: on random plans of several datasets, for random
 * (unplaced project, cluster, phase) triples, the terms it finds before and after differ exactly as the whole plan's
 * matches do (the same matches appear and vanish), so every rule's amount and impact change alike; and the change of
 * the score is the engine's. Phases are drawn from all of them, outside the window and before the cluster is ready
 * too.
 */
class PlacementScorerTest {

    private static final int TRIPLES_PER_PLAN = 150;

    static Stream<Arguments> plans() throws Exception {
        AllocationPlan generated = DatasetReader.read("generated", InstanceGenerator.generate(new GeneratorSettings(
                60, 600, 5, new BigDecimal("0.95"), new BigDecimal("0.05"), 6, 15)));
        return Stream.of(
                Arguments.of(Named.of("edge cases, random 1", random(load("src/test/resources/datasets/edge-cases.json"),
                        1))),
                Arguments.of(Named.of("edge cases, random 2", random(load("src/test/resources/datasets/edge-cases.json"),
                        2))),
                Arguments.of(Named.of("edge cases, nothing placed", load("src/test/resources/datasets/edge-cases.json"))),
                Arguments.of(Named.of("small province, random", random(load(TestDatasets.SMALL.toString()), 3))),
                Arguments.of(Named.of("sample, random", random(load(TestDatasets.SAMPLE.toString()), 4))),
                Arguments.of(Named.of("generated, random", random(generated, 5))));
    }

    private static AllocationPlan load(String path) {
        return TestDatasets.load(Path.of(path)).plan();
    }

    /**
     * Every movable project in a random cluster and phase, or unplaced (one in three; some of those without a phase,
     * as a hand-written plan leaves them): capacities overflow, pairs clash, targets are met and missed.
     */
    private static AllocationPlan random(AllocationPlan plan, long seed) {
        Random random = new Random(seed);
        for (Project project : plan.getProjects()) {
            if (!project.isPinned()) {
                boolean unplaced = random.nextInt(3) == 0;
                project.setCluster(unplaced ? null : pick(random, plan.getClusters()));
                project.setPhase(unplaced && random.nextBoolean() ? null : pick(random, plan.getPhases()));
            }
        }
        return plan;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void theLocalChangeOfEveryRuleIsTheWholeRecomputationsAndTheEngines(AllocationPlan plan) {
        Random random = new Random(plan.getProjects().size());
        List<Project> unplaced = plan.getProjects().stream().filter(project -> project.getCluster() == null).toList();
        List<RuleMatch> wholeBefore = PlainScoreCalculator.matches(plan);
        HardMediumSoftLongScore engineBefore = PlanScorer.updateScore(plan).withInitScore(0);
        PlacementScorer scorer = PlacementScorer.of(plan);
        assertThat(unplaced).isNotEmpty();

        Map<String, Integer> changedRules = new HashMap<>();
        for (int i = 0; i < TRIPLES_PER_PLAN; i++) {
            Project project = pick(random, unplaced);
            Cluster cluster = pick(random, plan.getClusters());
            Phase phase = pick(random, plan.getPhases());
            Phase phaseBefore = project.getPhase();
            String triple = project.getId() + " in " + cluster.getId() + " in " + phase.getId();

            List<RuleMatch> localBefore = scorer.termsBefore(project, cluster);
            List<RuleMatch> localAfter = scorer.termsAfter(project, cluster, phase);
            assertThat(project.getCluster()).as(triple).isNull();
            assertThat(project.getPhase()).as(triple).isSameAs(phaseBefore);
            project.setCluster(cluster);
            project.setPhase(phase);
            List<RuleMatch> wholeAfter = PlainScoreCalculator.matches(plan);
            HardMediumSoftLongScore engineAfter = PlanScorer.updateScore(plan).withInitScore(0);
            project.setCluster(null);
            project.setPhase(phaseBefore);

            assertThat(minus(localAfter, localBefore)).as("appearing, " + triple)
                    .containsExactlyInAnyOrderElementsOf(minus(wholeAfter, wholeBefore));
            assertThat(minus(localBefore, localAfter)).as("vanishing, " + triple)
                    .containsExactlyInAnyOrderElementsOf(minus(wholeBefore, wholeAfter));
            HardMediumSoftLongScore localChange = HardMediumSoftLongScore.ZERO;
            for (String rule : AllocationConstraintConfiguration.CONSTRAINT_NAMES) {
                long amount = amount(localAfter, rule) - amount(localBefore, rule);
                HardMediumSoftLongScore impact = impact(localAfter, rule).subtract(impact(localBefore, rule));
                assertThat(amount).as(rule + ", " + triple)
                        .isEqualTo(amount(wholeAfter, rule) - amount(wholeBefore, rule));
                assertThat(impact).as(rule + ", " + triple)
                        .isEqualTo(impact(wholeAfter, rule).subtract(impact(wholeBefore, rule)));
                localChange = localChange.add(impact);
                if (amount != 0) {
                    changedRules.merge(rule, 1, Integer::sum);
                }
            }
            assertThat(localChange).as(triple).isEqualTo(engineAfter.subtract(engineBefore));
        }
        assertThat(PlanScorer.updateScore(plan).withInitScore(0)).isEqualTo(engineBefore);
        // The triples change most rules: capacity, the project's own rules, pairs, fragmentation, unplaced.
        assertThat(changedRules.keySet()).hasSizeGreaterThanOrEqualTo(6);
    }

    /** The matches of the first list not in the second, each as often as it is there more. */
    private static List<RuleMatch> minus(List<RuleMatch> from, List<RuleMatch> taken) {
        Map<RuleMatch, Integer> times = new HashMap<>();
        taken.forEach(match -> times.merge(match, 1, Integer::sum));
        List<RuleMatch> left = new ArrayList<>();
        for (RuleMatch match : from) {
            if (times.getOrDefault(match, 0) > 0) {
                times.merge(match, -1, Integer::sum);
            } else {
                left.add(match);
            }
        }
        return left;
    }

    private static long amount(List<RuleMatch> matches, String rule) {
        return matches.stream().filter(match -> match.constraint().equals(rule)).mapToLong(RuleMatch::amount).sum();
    }

    private static HardMediumSoftLongScore impact(List<RuleMatch> matches, String rule) {
        return matches.stream().filter(match -> match.constraint().equals(rule)).map(RuleMatch::impact)
                .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
    }
}
