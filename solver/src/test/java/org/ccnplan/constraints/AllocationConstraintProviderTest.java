package org.ccnplan.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccnplan.constraints.Fixtures.P2025;
import static org.ccnplan.constraints.Fixtures.P2030;
import static org.ccnplan.constraints.Fixtures.P2035;
import static org.ccnplan.constraints.Fixtures.PHASES;
import static org.ccnplan.constraints.Fixtures.agro;
import static org.ccnplan.constraints.Fixtures.buildingMaterials;
import static org.ccnplan.constraints.Fixtures.cluster;
import static org.ccnplan.constraints.Fixtures.electronics;
import static org.ccnplan.constraints.Fixtures.handicrafts;
import static org.ccnplan.constraints.Fixtures.lists;
import static org.ccnplan.constraints.Fixtures.mechanical;
import static org.ccnplan.constraints.Fixtures.pin;
import static org.ccnplan.constraints.Fixtures.place;
import static org.ccnplan.constraints.Fixtures.policy;
import static org.ccnplan.constraints.Fixtures.project;
import static org.ccnplan.constraints.Fixtures.roomyCluster;
import static org.ccnplan.constraints.Fixtures.seaportSectorWithLimit;
import static org.ccnplan.constraints.Fixtures.stage;
import static org.ccnplan.constraints.Fixtures.target;
import static org.ccnplan.constraints.Fixtures.textile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One test per rule of SPEC section 4 and per case. Amounts are the unweighted amounts of the SPEC (the verifier
 * divides out the configured weight); {@code penalizes(n)} checks the number of matches, i.e. non-zero terms.
 * <p>
 * Units in the fixtures: land in hundredths of a hectare (2000 = 20 ha), power in kW, value V, freight T in t/yr,
 * distances in metres.
 */
class AllocationConstraintProviderTest {

    private static final ConstraintVerifier<AllocationConstraintProvider, AllocationPlan> VERIFIER =
            ConstraintVerifier.build(new AllocationConstraintProvider(), AllocationPlan.class, Project.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    /**
     * Everything a test passes to {@code given(...)}: facts and entities in one array, lists flattened. As a plan
     * does, it indexes the clusters and sectors and gives every cluster the targets.
     */
    private static Object[] facts(Object... items) {
        List<Object> all = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof List<?> list) {
                all.addAll(list);
            } else {
                all.add(item);
            }
        }
        List<OperationalTarget> targets = all.stream().filter(OperationalTarget.class::isInstance)
                .map(OperationalTarget.class::cast).toList();
        // Indexes as a plan gives them: by position among the clusters, and among the sectors in sight.
        Set<Sector> sectors = new LinkedHashSet<>();
        int clusterIndex = 0;
        for (Object item : all) {
            if (item instanceof Cluster cluster) {
                cluster.setIndex(clusterIndex++);
                cluster.setOperationalTargets(targets);
                sectors.addAll(cluster.getExcludedSectors());
            } else if (item instanceof Project project) {
                sectors.add(project.getSector());
            } else if (item instanceof Sector sector) {
                sectors.add(sector);
            }
        }
        for (Sector sector : List.copyOf(sectors)) {
            sectors.addAll(sector.getIncompatibleEitherWay());
        }
        int sectorIndex = 0;
        for (Sector sector : sectors) {
            sector.setIndex(sectorIndex++);
        }
        for (Object item : all) {
            if (item instanceof Cluster cluster) {
                cluster.indexSectorDistances(List.copyOf(sectors));
            }
        }
        return all.toArray();
    }

    // ************************************************************************
    // Hard 1: land capacity
    // ************************************************************************

    @Test
    void landWithinCapacityInEveryPhaseIsNotPenalized() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"));
        Project a = place(project("A", agro).land(1000).build(), c1, P2025);
        Project b = place(project("B", agro).land(1000).build(), c1, P2030);
        Project unplaced = project("U", agro).land(9000).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b, unplaced))
                .penalizes(0);
        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b, unplaced))
                .penalizesBy(0);
    }

    @Test
    void landFillingCapacityExactlyIsNotPenalized() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Project a = place(project("A", agro).land(1200).build(), c1, P2025);
        Project b = place(project("B", agro).land(800).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b))
                .penalizesBy(0);
    }

    @Test
    void landCapacityExceededInOnePhaseCountsTheExcess() {
        Sector agro = agro();
        // 20 ha in 2025, 50 ha from 2030: 25 ha in 2025 overflow 2025 only.
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"));
        Project a = place(project("A", agro).land(1500).build(), c1, P2025);
        Project b = place(project("B", agro).land(1000).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b))
                .penalizesBy(500);
        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b))
                .penalizes(1);
    }

    @Test
    void landCapacityExceededInTwoPhasesCountsBothExcesses() {
        Sector agro = agro();
        // 20 ha / 50 ha / 75 ha. 25 ha by 2025 (5 over), 55 ha by 2030 (5 over), 55 ha by 2035 (fits).
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"),
                stage(P2035, "75", "20"));
        Project a = place(project("A", agro).land(2500).build(), c1, P2025);
        Project b = place(project("B", agro).land(3000).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b))
                .penalizesBy(1000);
        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b))
                .penalizes(2);
    }

    @Test
    void projectPlacedIn2025CountsAgainst2030And2035Capacity() {
        Sector agro = agro();
        // 30 ha throughout. 20 ha by 2025 fits; adding 15 ha in 2030 gives 35 ha in 2030 and in 2035.
        Cluster c1 = cluster("CCN-01", stage(P2025, "30", "10"));
        Project early = place(project("EARLY", agro).land(2000).build(), c1, P2025);
        Project later = place(project("LATER", agro).land(1500).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, early, later))
                .penalizesBy(1000);
        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, early, later))
                .penalizes(2);
    }

    @Test
    void projectPlacedIn2035DoesNotCountAgainstEarlierPhases() {
        Sector agro = agro();
        // 20 ha in 2025 and 2030, 50 ha from 2035: 45 ha placed in 2035 fits its phase and is absent before.
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2035, "50", "12"));
        Project a = place(project("A", agro).land(4500).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a))
                .penalizes(0);
    }

    @Test
    void cumulativeStagesGiveFirstStageLandIn2025() {
        Sector agro = agro();
        // Stages 2025: 20 ha, 2030: 50 ha. 20.01 ha in 2025 is 1 hundredth over in 2025 only.
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"));
        Project a = place(project("A", agro).land(2001).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a))
                .penalizesBy(1);
        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a))
                .penalizes(1);
    }

    @Test
    void cumulativeStagesKeepSecondStageLandIn2030And2035() {
        Sector agro = agro();
        // 20 ha by 2025, 50 ha by 2030 (fits exactly), 50.01 ha by 2035: 2035 still has 50 ha.
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"));
        Project a = place(project("A", agro).land(2000).build(), c1, P2025);
        Project b = place(project("B", agro).land(3000).build(), c1, P2030);
        Project c = place(project("C", agro).land(1).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b, c))
                .penalizesBy(1);
        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a, b, c))
                .penalizes(1);
    }

    @Test
    void clusterHasNoLandBeforeItsFirstStage() {
        Sector agro = agro();
        // First stage 2030: capacity 0 in 2025, so 5 ha placed in 2025 is 5 ha over in 2025 (and fits later).
        Cluster c1 = cluster("CCN-01", stage(P2030, "50", "12"));
        Project a = place(project("A", agro).land(500).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a))
                .penalizesBy(500);
        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, a))
                .penalizes(1);
    }

    @Test
    void landOfOtherClustersDoesNotCount() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Cluster c2 = cluster("CCN-02", stage(P2025, "20", "5"));
        Project a = place(project("A", agro).land(1500).build(), c1, P2025);
        Project b = place(project("B", agro).land(1500).build(), c2, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, c2, a, b))
                .penalizes(0);
    }

    @Test
    void excessesOfTwoClustersBothCount() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Cluster c2 = cluster("CCN-02", stage(P2030, "10", "5"));
        Project a = place(project("A", agro).land(2100).build(), c1, P2025); // 1 ha over in 3 phases
        Project b = place(project("B", agro).land(1200).build(), c2, P2030); // 2 ha over in 2030 and 2035

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, c2, a, b))
                .penalizesBy(3 * 100 + 2 * 200);
        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, c2, a, b))
                .penalizes(5);
    }

    @Test
    void pinnedProjectCountsAgainstLandCapacity() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"));
        Project licensed = pin(project("LICENSED", agro).land(2500).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::landCapacity)
                .given(facts(c1, licensed))
                .penalizesBy(500);
    }

    // ************************************************************************
    // Hard 2: power capacity
    // ************************************************************************

    @Test
    void powerWithinCapacityIsNotPenalized() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"));
        Project a = place(project("A", agro).power(5000).build(), c1, P2025); // exactly 5 MW in 2025
        Project b = place(project("B", agro).power(7000).build(), c1, P2030); // exactly 12 MW from 2030
        Project unplaced = project("U", agro).power(99_000).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, a, b, unplaced))
                .penalizes(0);
    }

    @Test
    void powerCapacityExceededInTwoPhasesCountsBothExcesses() {
        Sector agro = agro();
        // 5 MW / 12 MW / 20 MW. 6 MW by 2025 (1 MW over), 13 MW by 2030 (1 MW over), 13 MW by 2035 (fits).
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"),
                stage(P2035, "75", "20"));
        Project a = place(project("A", agro).power(6000).build(), c1, P2025);
        Project b = place(project("B", agro).power(7000).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, a, b))
                .penalizesBy(2000);
        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, a, b))
                .penalizes(2);
    }

    @Test
    void projectPlacedIn2025CountsAgainst2030And2035Power() {
        Sector agro = agro();
        // 10 MW throughout: 8 MW in 2025 fits, plus 3 MW in 2030 is 1 MW over in 2030 and in 2035.
        Cluster c1 = cluster("CCN-01", stage(P2025, "75", "10"));
        Project early = place(project("EARLY", agro).power(8000).build(), c1, P2025);
        Project later = place(project("LATER", agro).power(3000).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, early, later))
                .penalizesBy(2000);
        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, early, later))
                .penalizes(2);
    }

    @Test
    void cumulativeStagesGiveFirstStagePowerIn2025AndSecondStagePowerLater() {
        Sector agro = agro();
        // 5 MW in 2025, 12 MW in 2030 and 2035. 5.001 MW in 2025 is 1 kW over in 2025 only;
        // 12.002 MW in 2035 is 2 kW over in 2035.
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"));
        Project a = place(project("A", agro).power(5001).build(), c1, P2025);
        Project b = place(project("B", agro).power(6999).build(), c1, P2030);
        Project c = place(project("C", agro).power(2).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, a, b, c))
                .penalizesBy(1 + 2);
        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, a, b, c))
                .penalizes(2);
    }

    @Test
    void clusterHasNoPowerBeforeItsFirstStage() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2030, "50", "12"));
        Project a = place(project("A", agro).power(1500).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, a))
                .penalizesBy(1500);
        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, a))
                .penalizes(1);
    }

    @Test
    void powerRuleIgnoresLand() {
        Sector agro = agro();
        // Far too much land, power within the grid: the power rule sees nothing.
        Cluster c1 = cluster("CCN-01", stage(P2025, "10", "5"));
        Project a = place(project("A", agro).land(9000).power(1000).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, a))
                .penalizes(0);
    }

    @Test
    void pinnedProjectCountsAgainstPowerCapacity() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Project licensed = pin(project("LICENSED", agro).power(5500).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::powerCapacity)
                .given(facts(c1, licensed))
                .penalizesBy(1000); // 500 kW over in 2030 and in 2035
    }

    // ************************************************************************
    // Hard 3: cluster not ready
    // ************************************************************************

    @Test
    void projectInPhaseBeforeFirstStageIsPenalized() {
        Sector agro = agro();
        Cluster from2030 = cluster("CCN-01", stage(P2030, "50", "12"));
        Project a = place(project("A", agro).build(), from2030, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::clusterNotReady)
                .given(facts(a, from2030))
                .penalizesBy(1);
    }

    @Test
    void projectsInOrAfterFirstStageAreNotPenalized() {
        Sector agro = agro();
        Cluster from2030 = cluster("CCN-01", stage(P2030, "50", "12"));
        Project a = place(project("A", agro).build(), from2030, P2030);
        Project b = place(project("B", agro).build(), from2030, P2035);
        Project unplaced = project("U", agro).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::clusterNotReady)
                .given(facts(a, b, unplaced, from2030))
                .penalizes(0);
    }

    @Test
    void readinessIsTheFirstStageNotALaterOne() {
        Sector agro = agro();
        Cluster staged = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2035, "50", "12"));
        Project a = place(project("A", agro).build(), staged, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::clusterNotReady)
                .given(facts(a, staged))
                .penalizesBy(0);
    }

    @Test
    void everyEarlyProjectCountsOnce() {
        Sector agro = agro();
        Cluster from2035 = cluster("CCN-01", stage(P2035, "50", "12"));
        Project a = place(project("A", agro).build(), from2035, P2025);
        Project b = place(project("B", agro).build(), from2035, P2030);
        Project c = place(project("C", agro).build(), from2035, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::clusterNotReady)
                .given(facts(a, b, c, from2035))
                .penalizesBy(2);
        VERIFIER.verifyThat(AllocationConstraintProvider::clusterNotReady)
                .given(facts(a, b, c, from2035))
                .penalizes(2);
    }

    @Test
    void pinnedProjectInClusterNotYetReadyIsPenalized() {
        Sector agro = agro();
        Cluster from2030 = cluster("CCN-01", stage(P2030, "50", "12"));
        Project licensed = pin(project("LICENSED", agro).build(), from2030, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::clusterNotReady)
                .given(facts(licensed, from2030))
                .penalizesBy(1);
    }

    // ************************************************************************
    // Hard 4: project time window
    // ************************************************************************

    @Test
    void phaseBeforeEarliestIsPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).window(P2030, P2035).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::projectTimeWindow)
                .given(facts(a, c1))
                .penalizesBy(1);
    }

    @Test
    void phaseAfterLatestIsPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).window(P2025, P2025).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::projectTimeWindow)
                .given(facts(a, c1))
                .penalizesBy(1);
    }

    @Test
    void phasesInsideWindowIncludingItsEndsAreNotPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project atEarliest = place(project("A", agro).window(P2025, P2030).build(), c1, P2025);
        Project atLatest = place(project("B", agro).window(P2025, P2030).build(), c1, P2030);
        Project single = place(project("C", agro).window(P2030, P2030).build(), c1, P2030);
        Project unplaced = project("U", agro).window(P2030, P2030).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::projectTimeWindow)
                .given(facts(atEarliest, atLatest, single, unplaced, c1))
                .penalizes(0);
    }

    @Test
    void earlyAndLateProjectsCountOneEach() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project early = place(project("EARLY", agro).window(P2035, P2035).build(), c1, P2025);
        Project late = place(project("LATE", agro).window(P2025, P2025).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::projectTimeWindow)
                .given(facts(early, late, c1))
                .penalizesBy(2);
        VERIFIER.verifyThat(AllocationConstraintProvider::projectTimeWindow)
                .given(facts(early, late, c1))
                .penalizes(2);
    }

    @Test
    void pinnedProjectOutsideItsWindowIsPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project licensed = pin(project("LICENSED", agro).window(P2030, P2035).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::projectTimeWindow)
                .given(facts(licensed, c1))
                .penalizesBy(1);
    }

    // ************************************************************************
    // Hard 5: environmental zoning
    // ************************************************************************

    @Test
    void sectorClassAboveClusterClassIsPenalized() {
        Sector mechanical = mechanical(); // class 3
        Cluster lowImpactOnly = cluster("CCN-01", 2, Set.of(), stage(P2025, "50", "12"));
        Project a = place(project("A", mechanical).build(), lowImpactOnly, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::environmentalZoning)
                .given(facts(a, lowImpactOnly))
                .penalizesBy(1);
    }

    @Test
    void sectorClassEqualToOrBelowClusterClassIsNotPenalized() {
        Sector agro = agro(); // class 2
        Sector electronics = electronics(); // class 1
        Cluster c1 = cluster("CCN-01", 2, Set.of(), stage(P2025, "50", "12"));
        Project a = place(project("A", agro).build(), c1, P2025);
        Project b = place(project("B", electronics).build(), c1, P2030);
        Project unplaced = project("U", mechanical()).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::environmentalZoning)
                .given(facts(a, b, unplaced, c1))
                .penalizes(0);
    }

    @Test
    void excludedSectorIsPenalized() {
        Sector electronics = electronics(); // class 1, well within class 3
        Cluster c1 = cluster("CCN-01", 3, Set.of(electronics), stage(P2025, "50", "12"));
        Project a = place(project("A", electronics).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::environmentalZoning)
                .given(facts(a, c1))
                .penalizesBy(1);
    }

    @Test
    void classTooHighAndExcludedCountsOnceNotTwice() {
        Sector mechanical = mechanical(); // class 3
        Cluster c1 = cluster("CCN-01", 2, Set.of(mechanical), stage(P2025, "50", "12"));
        Project a = place(project("A", mechanical).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::environmentalZoning)
                .given(facts(a, c1))
                .penalizesBy(1);
        VERIFIER.verifyThat(AllocationConstraintProvider::environmentalZoning)
                .given(facts(a, c1))
                .penalizes(1);
    }

    @Test
    void exclusionOfAnotherSectorDoesNotApply() {
        Sector agro = agro();
        Sector textile = textile();
        Cluster c1 = cluster("CCN-01", 3, Set.of(textile), stage(P2025, "50", "12"));
        Project a = place(project("A", agro).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::environmentalZoning)
                .given(facts(a, c1))
                .penalizes(0);
    }

    @Test
    void pinnedProjectBreakingZoningIsPenalized() {
        Sector mechanical = mechanical();
        Cluster c1 = cluster("CCN-01", 1, Set.of(), stage(P2025, "50", "12"));
        Project licensed = pin(project("LICENSED", mechanical).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::environmentalZoning)
                .given(facts(licensed, c1))
                .penalizesBy(1);
    }

    // ************************************************************************
    // Hard 6: incompatible sectors
    // ************************************************************************

    @Test
    void incompatiblePairInSameClusterInDifferentPhasesIsPenalized() {
        Sector agro = agro();
        Sector building = buildingMaterials();
        lists(agro, building);
        lists(building, agro);
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).build(), c1, P2025);
        Project b = place(project("B", building).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a, b, c1))
                .penalizesBy(1);
    }

    @Test
    void selfIncompatibleSectorWithTwoProjectsIsPenalizedOnce() {
        Sector building = buildingMaterials();
        lists(building, building);
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", building).build(), c1, P2025);
        Project b = place(project("B", building).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a, b, c1))
                .penalizesBy(1);
        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a, b, c1))
                .penalizes(1);
    }

    @Test
    void selfIncompatibleSectorWithOneProjectIsNotPenalized() {
        Sector building = buildingMaterials();
        lists(building, building);
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", building).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a, c1))
                .penalizes(0);
    }

    @Test
    void threePairwiseIncompatibleProjectsMakeThreePairs() {
        Sector agro = agro();
        Sector building = buildingMaterials();
        Sector electronics = electronics();
        lists(agro, building, electronics);
        lists(building, electronics);
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).build(), c1, P2025);
        Project b = place(project("B", building).build(), c1, P2030);
        Project c = place(project("C", electronics).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a, b, c, c1))
                .penalizes(3);
        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a, b, c, c1))
                .penalizesBy(3);
    }

    @Test
    void incompatibleProjectsInDifferentClustersAreNotPenalized() {
        Sector agro = agro();
        Sector building = buildingMaterials();
        lists(agro, building);
        lists(building, building);
        Cluster c1 = roomyCluster("CCN-01");
        Cluster c2 = roomyCluster("CCN-02");
        Project a = place(project("A", agro).build(), c1, P2025);
        Project b = place(project("B", building).build(), c2, P2025);
        Project unplaced = project("U", building).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a, b, unplaced, c1, c2))
                .penalizes(0);
    }

    @Test
    void incompatibilityListedOnOneSideOnlyCountsWhicheverProjectComesFirst() {
        Sector agro = agro();
        Sector building = buildingMaterials();
        lists(agro, building); // building lists nothing
        Cluster c1 = roomyCluster("CCN-01");
        Cluster c2 = roomyCluster("CCN-02");
        // In CCN-01 the listing sector's project has the smaller id, in CCN-02 the other one.
        Project a1 = place(project("A1", agro).build(), c1, P2025);
        Project b1 = place(project("B1", building).build(), c1, P2030);
        Project a2 = place(project("B2", agro).build(), c2, P2025);
        Project b2 = place(project("A2", building).build(), c2, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a1, b1, a2, b2, c1, c2))
                .penalizesBy(2);
        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a1, b1, a2, b2, c1, c2))
                .penalizes(2);
    }

    @Test
    void compatibleSectorsShareAClusterFreely() {
        Sector agro = agro();
        Sector textile = textile();
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).build(), c1, P2025);
        Project b = place(project("B", agro).build(), c1, P2025);
        Project c = place(project("C", textile).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(a, b, c, c1))
                .penalizes(0);
    }

    @Test
    void pinnedProjectCountsInIncompatiblePair() {
        Sector agro = agro();
        Sector building = buildingMaterials();
        lists(agro, building);
        Cluster c1 = roomyCluster("CCN-01");
        Project licensed = pin(project("LICENSED", agro).build(), c1, P2025);
        Project b = place(project("B", building).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::incompatibleSectors)
                .given(facts(licensed, b, c1))
                .penalizesBy(1);
    }

    // ************************************************************************
    // Hard 7: logistics distance limit
    // ************************************************************************

    @Test
    void distanceExactlyAtLimitIsNotPenalized() {
        Sector port = seaportSectorWithLimit("PORT", "40");
        Cluster c1 = roomyCluster("CCN-01");
        c1.setSectorDistanceMetres(Map.of(port, 40_000L));
        Project a = place(project("A", port).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsDistanceLimit)
                .given(facts(a, c1))
                .penalizes(0);
    }

    @Test
    void oneMetreOverLimitIsPenalized() {
        Sector port = seaportSectorWithLimit("PORT", "40");
        Cluster c1 = roomyCluster("CCN-01");
        c1.setSectorDistanceMetres(Map.of(port, 40_001L));
        Project a = place(project("A", port).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsDistanceLimit)
                .given(facts(a, c1))
                .penalizesBy(1);
    }

    @Test
    void fractionalMetreLimitComparesExactly() {
        // 40.0005 km = 40000.5 m: 40000 m is within, 40001 m is beyond.
        Sector port = seaportSectorWithLimit("PORT", "40.0005");
        Cluster within = roomyCluster("CCN-01");
        within.setSectorDistanceMetres(Map.of(port, 40_000L));
        Cluster beyond = roomyCluster("CCN-02");
        beyond.setSectorDistanceMetres(Map.of(port, 40_001L));
        Project a = place(project("A", port).build(), within, P2025);
        Project b = place(project("B", port).build(), beyond, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsDistanceLimit)
                .given(facts(a, b, within, beyond))
                .penalizesBy(1);
        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsDistanceLimit)
                .given(facts(a, b, within, beyond))
                .penalizes(1);
    }

    @Test
    void sectorWithoutLimitIsNeverPenalized() {
        Sector agro = agro(); // needs an expressway, but has no maxHubDistanceKm
        Cluster remote = roomyCluster("CCN-01");
        remote.setSectorDistanceMetres(Map.of(agro, 900_000L));
        Project a = place(project("A", agro).build(), remote, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsDistanceLimit)
                .given(facts(a, remote))
                .penalizes(0);
    }

    @Test
    void everyProjectOverTheLimitCounts() {
        Sector port = seaportSectorWithLimit("PORT", "25");
        Cluster remote = roomyCluster("CCN-01");
        remote.setSectorDistanceMetres(Map.of(port, 60_000L));
        Project a = place(project("A", port).build(), remote, P2025);
        Project licensed = pin(project("LICENSED", port).build(), remote, P2030);
        Project unplaced = project("U", port).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsDistanceLimit)
                .given(facts(a, licensed, unplaced, remote))
                .penalizesBy(2);
    }

    // ************************************************************************
    // Medium 1: unplaced project
    // ************************************************************************

    @Test
    void unplacedProjectLosesItsValue() {
        Project a = project("A", agro()).value(960).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::unplacedProject)
                .given(facts(a))
                .penalizesBy(960);
        VERIFIER.verifyThat(AllocationConstraintProvider::unplacedProject)
                .given(facts(a))
                .penalizes(1);
    }

    @Test
    void unplacedProjectsValuesAddUp() {
        Sector agro = agro();
        Project a = project("A", agro).value(960).build();
        Project b = project("B", agro).value(40).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::unplacedProject)
                .given(facts(a, b))
                .penalizesBy(1000);
    }

    @Test
    void unplacedProjectOfValueZeroIsNoMatch() {
        Project a = project("A", agro()).value(0).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::unplacedProject)
                .given(facts(a))
                .penalizes(0);
    }

    @Test
    void placedProjectIsNotPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).value(960).build(), c1, P2030);
        Project licensed = pin(project("LICENSED", agro).value(500).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::unplacedProject)
                .given(facts(a, licensed, c1))
                .penalizesBy(0);
    }

    // ************************************************************************
    // Soft 1: logistics cost
    // ************************************************************************

    @Test
    void costIsFreightTimesDistanceInThousandTonneKmRounded() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        c1.setSectorDistanceMetres(Map.of(agro, 48_500L));
        // T = 1500 t/yr, D = 48 500 m: 72 750 000 t·m = 72.75 thousand t·km -> 73.
        Project a = place(project("A", agro).freight(1500).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsCost)
                .given(facts(a, c1))
                .penalizesBy(73);
    }

    @Test
    void exactlyHalfRoundsUp() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        c1.setSectorDistanceMetres(Map.of(agro, 500_000L));
        Project a = place(project("A", agro).freight(1).build(), c1, P2025); // (500000 + 500000) div 1e6 = 1

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsCost)
                .given(facts(a, c1))
                .penalizesBy(1);
        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsCost)
                .given(facts(a, c1))
                .penalizes(1);
    }

    @Test
    void justBelowHalfRoundsToZeroAndIsNoMatch() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        c1.setSectorDistanceMetres(Map.of(agro, 499_999L));
        Project a = place(project("A", agro).freight(1).build(), c1, P2025); // (499999 + 500000) div 1e6 = 0

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsCost)
                .given(facts(a, c1))
                .penalizes(0);
    }

    @Test
    void sectorWithoutHubNeedsCostsNothing() {
        Sector textile = textile(); // no hubTypes: D = 0
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", textile).freight(50_000).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsCost)
                .given(facts(a, c1))
                .penalizes(0);
    }

    @Test
    void costUsesTheProjectsOwnClusterAndSums() {
        Sector agro = agro();
        Cluster near = roomyCluster("CCN-01");
        near.setSectorDistanceMetres(Map.of(agro, 10_000L));
        Cluster far = roomyCluster("CCN-02");
        far.setSectorDistanceMetres(Map.of(agro, 80_000L));
        Project a = place(project("A", agro).freight(2000).build(), near, P2025); // 20
        Project licensed = pin(project("LICENSED", agro).freight(2000).build(), far, P2030); // 160
        Project unplaced = project("U", agro).freight(2000).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsCost)
                .given(facts(a, licensed, unplaced, near, far))
                .penalizesBy(180);
        VERIFIER.verifyThat(AllocationConstraintProvider::logisticsCost)
                .given(facts(a, licensed, unplaced, near, far))
                .penalizes(2);
    }

    // ************************************************************************
    // Soft 2: start delay
    // ************************************************************************

    @Test
    void twoPhasesLateCostsTwiceTheValue() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).value(300).window(P2025, P2035).build(), c1, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::startDelay)
                .given(facts(a, c1))
                .penalizesBy(600);
    }

    @Test
    void delayCountsFromTheProjectsEarliestPhase() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).value(300).window(P2030, P2035).build(), c1, P2035); // 300
        Project b = place(project("B", agro).value(70).window(P2025, P2035).build(), c1, P2030); // 70

        VERIFIER.verifyThat(AllocationConstraintProvider::startDelay)
                .given(facts(a, b, c1))
                .penalizesBy(370);
        VERIFIER.verifyThat(AllocationConstraintProvider::startDelay)
                .given(facts(a, b, c1))
                .penalizes(2);
    }

    @Test
    void onTimeOrEarlyOrValuelessOrUnplacedIsNotPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project onTime = place(project("A", agro).value(300).window(P2030, P2035).build(), c1, P2030);
        Project early = place(project("B", agro).value(300).window(P2035, P2035).build(), c1, P2025);
        Project valueless = place(project("C", agro).value(0).window(P2025, P2035).build(), c1, P2035);
        Project unplaced = project("U", agro).value(300).window(P2025, P2035).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::startDelay)
                .given(facts(onTime, early, valueless, unplaced, c1))
                .penalizes(0);
    }

    @Test
    void pinnedLateProjectIsPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project licensed = pin(project("LICENSED", agro).value(120).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::startDelay)
                .given(facts(licensed, c1))
                .penalizesBy(120);
    }

    // ************************************************************************
    // Soft 3: sector fragmentation
    // ************************************************************************

    @Test
    void fourSectorsWithMaximumThreeIsPenalizedByOne() {
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro()).build(), c1, P2025);
        Project b = place(project("B", textile()).build(), c1, P2025);
        Project c = place(project("C", electronics()).build(), c1, P2025);
        Project d = place(project("D", mechanical()).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::sectorFragmentation)
                .given(facts(a, b, c, d, c1, policy(3)))
                .penalizesBy(1);
        VERIFIER.verifyThat(AllocationConstraintProvider::sectorFragmentation)
                .given(facts(a, b, c, d, c1, policy(3)))
                .penalizes(1);
    }

    @Test
    void threeSectorsWithMaximumThreeIsNotPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).build(), c1, P2025);
        Project a2 = place(project("A2", agro).build(), c1, P2030); // same sector again
        Project b = place(project("B", textile()).build(), c1, P2025);
        Project c = place(project("C", electronics()).build(), c1, P2025);
        Project unplaced = project("U", mechanical()).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::sectorFragmentation)
                .given(facts(a, a2, b, c, unplaced, c1, policy(3)))
                .penalizes(0);
    }

    @Test
    void sectorsCountAcrossPhases() {
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro()).build(), c1, P2025);
        Project b = place(project("B", textile()).build(), c1, P2030);
        Project c = place(project("C", electronics()).build(), c1, P2035);
        Project d = pin(project("D", mechanical()).build(), c1, P2035);
        Project e = place(project("E", handicrafts()).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::sectorFragmentation)
                .given(facts(a, b, c, d, e, c1, policy(3)))
                .penalizesBy(2);
    }

    @Test
    void eachClusterCountsItsOwnSectors() {
        Sector agro = agro();
        Sector textile = textile();
        Sector electronics = electronics();
        Sector mechanical = mechanical();
        Cluster c1 = roomyCluster("CCN-01");
        Cluster c2 = roomyCluster("CCN-02");
        // 2 sectors in each cluster, 4 sectors overall, maximum 2: nothing to penalize.
        Project a = place(project("A", agro).build(), c1, P2025);
        Project b = place(project("B", textile).build(), c1, P2025);
        Project c = place(project("C", electronics).build(), c2, P2025);
        Project d = place(project("D", mechanical).build(), c2, P2025);
        // Two sectors over in CCN-03 with maximum 2? No: one cluster with 3 sectors -> 1.
        Cluster c3 = roomyCluster("CCN-03");
        Project e = place(project("E", agro).build(), c3, P2025);
        Project f = place(project("F", textile).build(), c3, P2030);
        Project g = place(project("G", electronics).build(), c3, P2035);

        VERIFIER.verifyThat(AllocationConstraintProvider::sectorFragmentation)
                .given(facts(a, b, c, d, e, f, g, c1, c2, c3, policy(2)))
                .penalizesBy(1);
        VERIFIER.verifyThat(AllocationConstraintProvider::sectorFragmentation)
                .given(facts(a, b, c, d, e, f, g, c1, c2, c3, policy(2)))
                .penalizes(1);
    }

    // ************************************************************************
    // Soft 4: operational target
    // ************************************************************************

    @Test
    void occupancyExactlyAtThresholdMeetsTheTarget() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Project a = place(project("A", agro).land(1000).build(), c1, P2025); // 100 x 1000 >= 50 x 2000

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 1, 50), c1, a))
                .penalizes(0);
    }

    @Test
    void occupancyJustBelowThresholdDoesNotMeetTheTarget() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Project a = place(project("A", agro).land(999).build(), c1, P2025); // 99 900 < 100 000

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 1, 50), c1, a))
                .penalizesBy(1);
    }

    @Test
    void thresholdRoundingIsExactInIntegers() {
        Sector agro = agro();
        // 30 ha, 33%: 9.90 ha meets (990 000 >= 990 000), 9.89 ha does not.
        Cluster meets = cluster("CCN-01", stage(P2025, "30", "5"));
        Cluster misses = cluster("CCN-02", stage(P2025, "30", "5"));
        Project a = place(project("A", agro).land(990).build(), meets, P2025);
        Project b = place(project("B", agro).land(989).build(), misses, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 2, 33), meets, misses, a, b))
                .penalizesBy(1);
    }

    @Test
    void targetNoClusterMeetsPenalizesMinClustersInFull() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Cluster c2 = cluster("CCN-02", stage(P2025, "40", "5"));
        Cluster empty = cluster("CCN-03", stage(P2025, "40", "5"));
        Project a = place(project("A", agro).land(500).build(), c1, P2025); // 25%
        Project b = place(project("B", agro).land(1900).build(), c2, P2030); // 47.5%, but only from 2030

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 3, 50), c1, c2, empty, a, b))
                .penalizesBy(3);
        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 3, 50), c1, c2, empty, a, b))
                .penalizes(1);
    }

    @Test
    void targetNoClusterMeetsPenalizesMinClustersInFullWithNothingPlaced() {
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Cluster c2 = cluster("CCN-02", stage(P2030, "40", "5"));
        Project unplaced = project("U", agro()).land(1500).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 4, 50), c1, c2, unplaced))
                .penalizesBy(4);
    }

    @Test
    void clustersMeetingCountTowardsTheTarget() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Cluster c2 = cluster("CCN-02", stage(P2025, "20", "5"));
        Cluster c3 = cluster("CCN-03", stage(P2025, "20", "5"));
        Project a = place(project("A", agro).land(1500).build(), c1, P2025);
        Project b = place(project("B", agro).land(2000).build(), c2, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 4, 50), c1, c2, c3, a, b))
                .penalizesBy(2);
    }

    @Test
    void zeroPercentCountsEveryClusterWithCapacityEvenEmpty() {
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Cluster c2 = cluster("CCN-02", stage(P2025, "10", "5"));
        Project unplaced = project("U", agro()).land(1500).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 2, 0, c1, c2), c1, c2, unplaced))
                .penalizes(0);
        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 3, 0, c1, c2), c1, c2, unplaced))
                .penalizesBy(1);
    }

    @Test
    void clusterWithoutCapacityAtTargetPhaseNeverCounts() {
        Sector agro = agro();
        // Ready only from 2030: no land in 2025, even with a project placed there (and with m = 0).
        Cluster from2030 = cluster("CCN-01", stage(P2030, "20", "5"));
        Project a = place(project("A", agro).land(2000).build(), from2030, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 1, 0, from2030), from2030, a))
                .penalizesBy(1);
    }

    @Test
    void clusterWithZeroLandStageNeverCounts() {
        Cluster zeroLand = cluster("CCN-01", stage(P2025, "0", "5"));
        Project unplaced = project("U", agro()).land(1500).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 1, 0, zeroLand), zeroLand, unplaced))
                .penalizesBy(1);
    }

    @Test
    void landPlacedInEarlierPhasesCountsAtTheTargetPhase() {
        Sector agro = agro();
        // 20 ha in 2025, 50 ha from 2030. 20 ha placed in 2025 + 5 ha in 2030 = 25 of 50 ha: 50% at 2030.
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"), stage(P2030, "50", "12"));
        Project a = place(project("A", agro).land(2000).build(), c1, P2025);
        Project b = pin(project("B", agro).land(500).build(), c1, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2030, 1, 50), c1, a, b))
                .penalizes(0);
    }

    @Test
    void eachTargetIsPenalizedSeparately() {
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Cluster c2 = cluster("CCN-02", stage(P2025, "20", "5"));
        Project a = place(project("A", agro).land(1000).build(), c1, P2025);

        // 2025 at 50%: c1 meets -> 2 - 1 = 1. 2035 at 100%: nobody -> 2. 2030 with 0 clusters -> none.
        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 2, 50), target(P2035, 2, 100), target(P2030, 0, 100), c1, c2, a))
                .penalizesBy(3);
        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 2, 50), target(P2035, 2, 100), target(P2030, 0, 100), c1, c2, a))
                .penalizes(2);
    }

    @Test
    void targetOfZeroClustersIsNeverPenalized() {
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));

        VERIFIER.verifyThat(AllocationConstraintProvider::operationalTarget)
                .given(facts(target(P2025, 0, 100), c1))
                .penalizes(0);
    }

    // ************************************************************************
    // Soft 5: preferred cluster
    // ************************************************************************

    @Test
    void emptyPreferenceListIsNeverPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Project a = place(project("A", agro).build(), c1, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::preferredCluster)
                .given(facts(a, c1))
                .penalizes(0);
    }

    @Test
    void clusterMissingFromPreferenceListIsPenalized() {
        Sector agro = agro();
        Cluster wanted = roomyCluster("CCN-01");
        Cluster given = roomyCluster("CCN-02");
        Project a = place(project("A", agro).preferring(wanted).build(), given, P2025);

        VERIFIER.verifyThat(AllocationConstraintProvider::preferredCluster)
                .given(facts(a, wanted, given))
                .penalizesBy(1);
    }

    @Test
    void clusterInPreferenceListOrUnplacedIsNotPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Cluster c2 = roomyCluster("CCN-02");
        Project a = place(project("A", agro).preferring(c1, c2).build(), c2, P2030);
        Project unplaced = project("U", agro).preferring(c1).build();

        VERIFIER.verifyThat(AllocationConstraintProvider::preferredCluster)
                .given(facts(a, unplaced, c1, c2))
                .penalizes(0);
    }

    @Test
    void pinnedProjectOutsideItsPreferencesIsPenalized() {
        Sector agro = agro();
        Cluster c1 = roomyCluster("CCN-01");
        Cluster c2 = roomyCluster("CCN-02");
        Project licensed = pin(project("LICENSED", agro).preferring(c1).build(), c2, P2025);
        Project other = place(project("OTHER", agro).preferring(c1).build(), c2, P2030);

        VERIFIER.verifyThat(AllocationConstraintProvider::preferredCluster)
                .given(facts(licensed, other, c1, c2))
                .penalizesBy(2);
        VERIFIER.verifyThat(AllocationConstraintProvider::preferredCluster)
                .given(facts(licensed, other, c1, c2))
                .penalizes(2);
    }

    @Test
    void operationalTargetFollowsAPhaseChangeOfAPlacedProjectIncrementally() {
        // Not a ConstraintVerifier case: the verifier always scores from scratch, so it cannot see a stale
        // incremental score. SPEC section 4 requires the solver's incremental score and a plain recomputation to
        // agree exactly; this drives the solver's own (Bavet) score director through a phase change.
        Sector agro = agro();
        Cluster c1 = cluster("CCN-01", stage(P2025, "20", "5"));
        Project a = place(project("A", agro).land(1000).build(), c1, P2030); // 10 of 20 ha, but only from 2030
        AllocationPlan plan = new AllocationPlan("incremental", BigDecimal.ONE, PHASES, List.of(), List.of(agro),
                List.of(c1), List.of(), List.of(target(P2025, 1, 50)), policy(3),
                new AllocationConstraintConfiguration(), new ArrayList<>(List.of(a)));

        DefaultSolverFactory<AllocationPlan> solverFactory =
                (DefaultSolverFactory<AllocationPlan>) SolverFactory.<AllocationPlan> create(new SolverConfig()
                        .withSolutionClass(AllocationPlan.class)
                        .withEntityClasses(Project.class)
                        .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                                .withConstraintProviderClass(AllocationConstraintProvider.class)
                                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)));
        try (InnerScoreDirector<AllocationPlan, ?> incremental =
                solverFactory.getScoreDirectorFactory().buildScoreDirector()) {
            incremental.setWorkingSolution(plan);
            assertThat(incremental.calculateScore()).isEqualTo(HardMediumSoftLongScore.ofSoft(-5000)); // target unmet

            // A ChangeMove on the phase variable alone: the project stays in its cluster.
            incremental.beforeVariableChanged(a, "phase");
            a.setPhase(P2025);
            incremental.afterVariableChanged(a, "phase");
            incremental.triggerVariableListeners();

            try (InnerScoreDirector<AllocationPlan, ?> fromScratch =
                    solverFactory.getScoreDirectorFactory().buildScoreDirector()) {
                fromScratch.setWorkingSolution(plan);
                assertThat(fromScratch.calculateScore()).isEqualTo(HardMediumSoftLongScore.ZERO); // 50% by 2025
                assertThat(incremental.calculateScore())
                        .as("incremental score after moving A from 2030 to 2025 (target now met)")
                        .isEqualTo(fromScratch.calculateScore());
            }
        }
    }
}
