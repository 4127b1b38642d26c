package org.ccnplan.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ccnplan.TestDatasets;
import org.ccnplan.constraints.PlacementScorer;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger guides the construction and the ruin-and-recreate moves; these tests hold its two answers to the plain
 * recomputation of SPEC section 4 (through {@link PlacementScorer}) for every unplaced project, cluster and phase of
 * random plans: "breaks no hard rule" exactly when the placement adds no hard penalty, and its soft cost exactly the
 * change of the four rules it estimates.
 */
class PlacementLedgerTest {

    /** The rules whose change the ledger's soft cost is: all soft rules but the operational target. */
    private static final Set<String> ESTIMATED = Set.of(AllocationConstraintConfiguration.LOGISTICS_COST,
            AllocationConstraintConfiguration.START_DELAY, AllocationConstraintConfiguration.SECTOR_FRAGMENTATION,
            AllocationConstraintConfiguration.PREFERRED_CLUSTER);

    @ParameterizedTest
    @MethodSource("org.ccnplan.TestDatasets#varied")
    void hardRulesAndSoftCostAgreeWithThePlainRecomputation(Path dataset) {
        AllocationPlan plan = TestDatasets.load(dataset).plan();
        Random random = new Random(20261204L);
        int refused = 0;
        int allowed = 0;
        for (int round = 0; round < 4; round++) {
            randomize(plan, random);
            PlacementLedger ledger = PlacementLedger.of(plan);
            PlacementScorer scorer = PlacementScorer.of(plan);
            for (Project project : plan.getProjects()) {
                if (project.getCluster() != null) {
                    continue;
                }
                for (Cluster cluster : plan.getClusters()) {
                    List<RuleMatch> before = scorer.termsBefore(project, cluster);
                    for (Phase phase : plan.getPhases()) {
                        List<RuleMatch> after = scorer.termsAfter(project, cluster, phase);
                        String slot = project + " in " + cluster + " from " + phase;
                        boolean free = ledger.breaksNoHardRule(project, cluster, phase.getIndex());
                        assertThat(free).as(slot).isEqualTo(hard(after) == hard(before));
                        assertThat(-ledger.softCost(project, cluster, phase.getIndex())).as(slot)
                                .isEqualTo(estimatedSoft(after) - estimatedSoft(before));
                        if (free) {
                            allowed++;
                        } else {
                            refused++;
                        }
                    }
                }
            }
        }
        // Both answers occur, so the agreement is not vacuous.
        assertThat(allowed).isPositive();
        assertThat(refused).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aSyncedLedgerAnswersAsAFreshOne(long seed) {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SAMPLE).plan();
        Random random = new Random(seed);
        randomize(plan, random);
        PlacementLedger kept = PlacementLedger.of(plan);
        randomize(plan, random);
        kept.sync();
        assertAnswersAlike(plan, kept, PlacementLedger.of(plan));
    }

    @ParameterizedTest
    @MethodSource("org.ccnplan.TestDatasets#varied")
    void theCheapestSlotsAreThoseFoundByTryingEverySlot(Path dataset) {
        AllocationPlan plan = TestDatasets.load(dataset).plan();
        List<Project> left = new ArrayList<>();
        PlacementLedger ledger = partlyPlaced(plan, new Random(3), left);
        int found = 0;
        for (Project project : left) {
            PlacementLedger.Slot cheapest = cheapestByHand(ledger, plan, project, plan.getClusters());
            assertThat(ledger.cheapestSlot(project, plan.getClusters())).as(project.getId()).isEqualTo(cheapest);
            PlacementLedger.Slot[] two = ledger.twoCheapestSlots(project, plan.getClusters(), null);
            assertThat(two[0]).as(project.getId()).isEqualTo(cheapest);
            List<Cluster> others = cheapest == null ? plan.getClusters()
                    : plan.getClusters().stream().filter(cluster -> cluster != cheapest.cluster()).toList();
            assertThat(two[1]).as(project.getId()).isEqualTo(cheapest == null ? null
                    : cheapestByHand(ledger, plan, project, others));
            found += cheapest == null ? 0 : 1;
        }
        assertThat(found).isPositive();
    }

    /**
     * Every cluster (in the given order) and phase tried through the two answers checked against the plain
     * recomputation above: the first of the cheapest slots that break no hard rule.
     */
    private static PlacementLedger.Slot cheapestByHand(PlacementLedger ledger, AllocationPlan plan, Project project,
            List<Cluster> clusters) {
        PlacementLedger.Slot best = null;
        for (Cluster cluster : clusters) {
            for (Phase phase : plan.getPhases()) {
                if (ledger.breaksNoHardRule(project, cluster, phase.getIndex())) {
                    long cost = ledger.softCost(project, cluster, phase.getIndex());
                    if (best == null || cost < best.softCost()) {
                        best = new PlacementLedger.Slot(cluster, phase, cost);
                    }
                }
            }
        }
        return best;
    }

    /**
     * A ledger of the plan with every movable project unplaced, then about a third of them placed by the ledger alone
     * (each in its cheapest slot, in the plan's order); the others are added to {@code left}. The plan itself keeps
     * every movable project unplaced.
     */
    static PlacementLedger partlyPlaced(AllocationPlan plan, Random random, List<Project> left) {
        for (Project project : plan.getProjects()) {
            if (!project.isPinned()) {
                project.setCluster(null);
                project.setPhase(project.getEarliestPhase());
            }
        }
        PlacementLedger ledger = PlacementLedger.of(plan);
        for (Project project : plan.getProjects()) {
            if (project.isPinned()) {
                continue;
            }
            PlacementLedger.Slot slot = random.nextInt(3) == 0 ? ledger.cheapestSlot(project, plan.getClusters()) : null;
            if (slot != null) {
                ledger.place(project, slot.cluster(), slot.phase());
            } else {
                left.add(project);
            }
        }
        return ledger;
    }

    /** Both ledgers give every unplaced project the same slot, and hold the same movable projects in each place. */
    static void assertAnswersAlike(AllocationPlan plan, PlacementLedger ledger, PlacementLedger expected) {
        for (Project project : plan.getProjects()) {
            if (project.getCluster() == null) {
                assertThat(ledger.cheapestSlot(project, plan.getClusters())).as(project.getId())
                        .isEqualTo(expected.cheapestSlot(project, plan.getClusters()));
            }
        }
        for (Cluster cluster : plan.getClusters()) {
            assertThat(ledger.movableIn(cluster)).as(cluster.getId())
                    .containsExactlyInAnyOrderElementsOf(expected.movableIn(cluster));
        }
        assertThat(ledger.movableUnplaced()).containsExactlyInAnyOrderElementsOf(expected.movableUnplaced());
    }

    /** Places every movable project at random (a fifth of them nowhere); pins stay. */
    static void randomize(AllocationPlan plan, Random random) {
        for (Project project : plan.getProjects()) {
            if (!project.isPinned()) {
                project.setCluster(random.nextInt(5) == 0 ? null
                        : plan.getClusters().get(random.nextInt(plan.getClusters().size())));
                project.setPhase(plan.getPhases().get(random.nextInt(plan.getPhases().size())));
            }
        }
    }

    private static long hard(List<RuleMatch> matches) {
        return matches.stream().mapToLong(match -> match.impact().hardScore()).sum();
    }

    private static long estimatedSoft(List<RuleMatch> matches) {
        return matches.stream().filter(match -> ESTIMATED.contains(match.constraint()))
                .mapToLong(match -> match.impact().softScore()).sum();
    }
}
