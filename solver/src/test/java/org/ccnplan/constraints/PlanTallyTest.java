package org.ccnplan.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccnplan.constraints.Fixtures.P2025;
import static org.ccnplan.constraints.Fixtures.P2030;
import static org.ccnplan.constraints.Fixtures.agro;
import static org.ccnplan.constraints.Fixtures.cluster;
import static org.ccnplan.constraints.Fixtures.lists;
import static org.ccnplan.constraints.Fixtures.place;
import static org.ccnplan.constraints.Fixtures.project;
import static org.ccnplan.constraints.Fixtures.stage;
import static org.ccnplan.constraints.Fixtures.target;

import java.util.ArrayList;
import java.util.List;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.junit.jupiter.api.Test;

/** The plan-wide collector on its own: undo order, the identity of what it hands out, and its fail-fast checks. */
class PlanTallyTest {

    private static final Cluster C1 = cluster("CCN-01", stage(P2025, "20", "5"));

    @Test
    void undoingInAnyOrderRestoresEveryTotal() {
        Sector agro = agro();
        lists(agro, agro); // every two agro projects in one cluster are a pair
        index(List.of(agro), C1);
        PlanTally tally = PlanTally.COLLECTOR.supplier().get();
        List<Runnable> undos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            undos.add(add(tally, place(project("A" + i, agro).land(1000).power(3000).build(), C1, P2025)));
        }
        PlanLoad full = finish(tally);
        assertThat(full.incompatiblePairs()).hasSize(3);
        assertThat(full.landExcesses()).extracting(PlanLoad.CapacityExcess::amount).containsExactly(1000L, 1000L, 1000L);
        assertThat(full.powerExcesses()).extracting(PlanLoad.CapacityExcess::amount).containsExactly(4000L, 4000L, 4000L);

        undos.get(1).run();
        undos.get(0).run();
        assertThat(finish(tally).incompatiblePairs()).isEmpty();
        undos.get(2).run();
        PlanLoad empty = finish(tally);
        assertThat(empty.landExcesses()).isEmpty();
        assertThat(empty.powerExcesses()).isEmpty();
        assertThat(empty.incompatiblePairs()).isEmpty();
    }

    @Test
    void targetCountsChangeIdentityOnlyWhenACountChanges() {
        Sector agro = agro();
        OperationalTarget half = target(P2025, 1, 50, C1);
        index(List.of(agro), C1, half);
        PlanTally tally = PlanTally.COLLECTOR.supplier().get();
        add(tally, place(project("SMALL", agro).land(100).build(), C1, P2025));
        PlanLoad.TargetCounts before = finish(tally).targetCounts();
        assertThat(before.shortfall(half)).isEqualTo(1);

        add(tally, place(project("LATER", agro).land(1500).build(), C1, P2030)); // by 2030: not counted for 2025
        assertThat(finish(tally).targetCounts()).isSameAs(before);

        add(tally, place(project("BIG", agro).land(900).build(), C1, P2025)); // 10 of 20 ha: exactly 50%
        PlanLoad.TargetCounts after = finish(tally).targetCounts();
        assertThat(after).isNotSameAs(before);
        assertThat(after.shortfall(half)).isZero();
    }

    @Test
    void aClusterWithoutIndexIsRefused() {
        Sector agro = agro();
        Cluster outside = cluster("CCN-X", stage(P2025, "20", "5"));
        outside.setOperationalTargets(List.of());
        index(List.of(agro));
        PlanTally tally = PlanTally.COLLECTOR.supplier().get();

        assertThatThrownBy(() -> add(tally, place(project("A", agro).build(), outside, P2025)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CCN-X").hasMessageContaining("not part of a plan");
    }

    @Test
    void twoClustersWithOneIndexAreRefused() {
        Sector agro = agro();
        Cluster other = cluster("CCN-02", stage(P2025, "20", "5"));
        index(List.of(agro), C1);
        other.setIndex(C1.getIndex());
        other.setOperationalTargets(List.of());
        PlanTally tally = PlanTally.COLLECTOR.supplier().get();
        add(tally, place(project("A", agro).build(), C1, P2025));

        assertThatThrownBy(() -> add(tally, place(project("B", agro).build(), other, P2025)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CCN-01").hasMessageContaining("CCN-02").hasMessageContaining("same index");
    }

    @Test
    void twoSectorsWithOneIndexAreRefused() {
        Sector agro = agro();
        Sector twin = Fixtures.textile();
        index(List.of(agro, twin), C1);
        twin.setIndex(agro.getIndex());
        SectorCounts counts = new SectorCounts();
        counts.add(agro);

        assertThatThrownBy(() -> counts.add(twin))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("same index");
    }

    @Test
    void clustersWithDifferentTargetsAreRefusedInEitherOrder() {
        Sector agro = agro();
        OperationalTarget half = target(P2025, 1, 50, C1);
        Cluster other = cluster("CCN-02", stage(P2025, "20", "5"));
        index(List.of(agro), C1, half);
        other.setIndex(1);
        other.setOperationalTargets(List.of());
        for (List<Cluster> order : List.of(List.of(C1, other), List.of(other, C1))) {
            PlanTally tally = PlanTally.COLLECTOR.supplier().get();
            add(tally, place(project("FIRST", agro).build(), order.get(0), P2025));

            assertThatThrownBy(() -> add(tally, place(project("SECOND", agro).build(), order.get(1), P2025)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("different targets");
        }
    }

    @Test
    void aTargetThatIsNotAmongTheClustersTargetsIsRefused() {
        Sector agro = agro();
        index(List.of(agro), C1, target(P2025, 1, 50, C1));
        PlanTally tally = PlanTally.COLLECTOR.supplier().get();
        add(tally, place(project("A", agro).build(), C1, P2025));
        OperationalTarget stranger = target(P2025, 2, 50, C1);

        assertThatThrownBy(() -> finish(tally).targetCounts().shortfall(stranger))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not among the targets");
    }

    @Test
    void aSectorWithAStaleIndexIsNotCountedAsPresent() {
        Sector agro = agro();
        Sector build = Fixtures.buildingMaterials();
        lists(agro, build);
        index(List.of(agro), C1);
        build.setIndex(agro.getIndex()); // indexed by another plan, at agro's place here
        PlanTally tally = PlanTally.COLLECTOR.supplier().get();
        add(tally, place(project("A1", agro).build(), C1, P2025));
        add(tally, place(project("A2", agro).build(), C1, P2025));

        assertThat(finish(tally).incompatiblePairs()).isEmpty(); // no building-materials project is here
    }

    /** What a plan does for its facts: indexes, and the targets every cluster counts. */
    private static void index(List<Sector> sectors, Cluster cluster, OperationalTarget... targets) {
        for (int i = 0; i < sectors.size(); i++) {
            sectors.get(i).setIndex(i);
        }
        cluster.setIndex(0);
        cluster.setOperationalTargets(List.of(targets));
    }

    private static void index(List<Sector> sectors) {
        for (int i = 0; i < sectors.size(); i++) {
            sectors.get(i).setIndex(i);
        }
    }

    private static Runnable add(PlanTally tally, Project project) {
        return PlanTally.COLLECTOR.accumulator().apply(tally, project);
    }

    private static PlanLoad finish(PlanTally tally) {
        return PlanTally.COLLECTOR.finisher().apply(tally);
    }
}
