package org.ccnplan.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Ruin-and-recreate moves, for what one project at a time cannot do: a plan better by several moves at once, such as
 * emptying a cluster of agro-food projects to make room for a more valuable building-materials plant that is
 * incompatible with them. Each move takes some movable projects out of up to four clusters (the ruin), then puts them
 * and some unplaced projects back one by one, each into the cheapest cluster and phase where it breaks no hard rule
 * (the recreate, as the {@link GreedyConstruction} does), or leaves them unplaced. The next project is the one that
 * would lose most by waiting ({@link RegretQueue}), or the next in a drawn order. The solver's own score then judges
 * the result like any other move.
 */
public final class RuinAndRecreateMoves implements MoveIteratorFactory<AllocationPlan, Reassignment> {

    /** At most this many projects are taken out of one cluster in one move... */
    static final int MAX_RUINED = 10;
    /** ...and out of at most this many clusters: enough for a chain of moves through four clusters. */
    static final int MAX_RUINED_CLUSTERS = 4;
    /** How often the ruin takes one sector's projects out of a cluster (fewer sectors there) instead of a random few. */
    static final double WHOLE_SECTOR = 0.3;
    /** At most this many unplaced projects, chosen at random, are tried again in one move. */
    static final int MAX_UNPLACED_TRIED = 50;
    /** Up to this many clusters every cluster is tried; above it, the ruined clusters and others chosen at random. */
    static final int MAX_CLUSTERS_TRIED = 100;
    /**
     * How the recreate orders the projects: most value per hectare first, or at random, or else most valuable first;
     * and how often a ruined project may not go back to its cluster. Varied, so that repeated moves differ.
     */
    static final double DENSEST_FIRST = 0.3;
    static final double SHUFFLED = 0.3;
    static final double BARRED = 0.3;
    /**
     * How often the recreate inserts by regret ({@link RegretQueue}) rather than in the drawn order, which then only
     * breaks ties. Always was clearly worse on small instances; 0.3, 0.6 and 0.8 alike there, and 0.6 far better than
     * none at province and region scale (docs/benchmarks.md).
     */
    static final double REGRET = 0.6;
    /** Most value per unit of land first: what fills scarce land best. */
    static final Comparator<Project> MOST_VALUE_PER_HECTARE_FIRST =
            (a, b) -> Long.compare(b.getValue() * a.getLand(), a.getValue() * b.getLand());

    /** The working plan's ledger, kept from step to step and brought up to date when a step's first move is made. */
    private PlacementLedger ledger;
    private AllocationPlan ledgerPlan;

    @Override
    public long getSize(ScoreDirector<AllocationPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().getProjects().size();
    }

    @Override
    public Iterator<Reassignment> createOriginalMoveIterator(ScoreDirector<AllocationPlan> scoreDirector) {
        throw new UnsupportedOperationException("Ruin-and-recreate moves are only selected at random.");
    }

    /** Called once a step: the plan stays as it is while the step's moves are made (each is undone after). */
    @Override
    public Iterator<Reassignment> createRandomMoveIterator(ScoreDirector<AllocationPlan> scoreDirector,
            Random random) {
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        return new Iterator<>() {
            private PlacementLedger synced;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Reassignment next() {
                if (synced == null) {
                    synced = ledgerOf(plan);
                }
                return ruinAndRecreate(plan, synced, random);
            }
        };
    }

    private PlacementLedger ledgerOf(AllocationPlan plan) {
        if (ledgerPlan != plan) {
            ledger = PlacementLedger.of(plan);
            ledgerPlan = plan;
        } else {
            ledger.sync();
        }
        return ledger;
    }

    /** One move on the plan as it is now, which the ledger is synced to; neither the plan nor the ledger change. */
    static Reassignment ruinAndRecreate(AllocationPlan plan, PlacementLedger ledger, Random random) {
        List<Project> ruined = ruin(ledger, random);
        Set<Cluster> ruinedClusters = new LinkedHashSet<>();
        for (Project project : ruined) {
            ruinedClusters.add(project.getCluster());
            ledger.remove(project, project.getCluster(), project.getPhase());
        }
        List<Project> recreated = new ArrayList<>(ruined);
        recreated.addAll(sample(ledger.movableUnplaced(), MAX_UNPLACED_TRIED, random));
        double order = random.nextDouble();
        if (order < DENSEST_FIRST) {
            recreated.sort(MOST_VALUE_PER_HECTARE_FIRST);
        } else if (order < DENSEST_FIRST + SHUFFLED) {
            Collections.shuffle(recreated, random);
        } else {
            recreated.sort(GreedyConstruction.MOST_VALUABLE_FIRST);
        }
        boolean barRuined = random.nextDouble() < BARRED;
        Iterable<Cluster> clusters = clustersTried(plan.getClusters(), ruinedClusters, random);
        List<Reassignment.Target> targets = new ArrayList<>();
        List<Reassignment.Target> recreatedPlaced = new ArrayList<>();
        RegretQueue regret = random.nextDouble() < REGRET ? new RegretQueue(recreated, ledger, clusters, barRuined)
                : null;
        for (int done = 0; done < recreated.size(); done++) {
            RegretQueue.Choice choice = regret != null ? regret.next() : null;
            Project project = choice != null ? choice.project() : recreated.get(done);
            PlacementLedger.Slot slot = choice != null ? choice.slot()
                    : ledger.cheapestSlot(project, clusters, barRuined ? project.getCluster() : null);
            if (slot != null && GreedyConstruction.worthPlacing(project, slot)) {
                Reassignment.Target target = new Reassignment.Target(project, slot.cluster(), slot.phase());
                ledger.place(project, slot.cluster(), slot.phase());
                if (regret != null) {
                    regret.placed(project, slot.cluster());
                }
                recreatedPlaced.add(target);
                if (slot.cluster() != project.getCluster() || slot.phase() != project.getPhase()) {
                    targets.add(target);
                }
            } else if (project.getCluster() != null) {
                targets.add(new Reassignment.Target(project, null, project.getPhase()));
            }
        }
        // Leave the ledger as the plan is: the move is only proposed here, and done (or not) by the solver.
        for (Reassignment.Target placed : recreatedPlaced) {
            ledger.remove(placed.project(), placed.cluster(), placed.phase());
        }
        for (Project project : ruined) {
            ledger.place(project, project.getCluster(), project.getPhase());
        }
        return new Reassignment(targets);
    }

    /**
     * Regret insertion: the project that would lose most by waiting goes next. One with a single cluster left goes
     * first (most valuable first: waiting could cost its whole value), then the one whose cheapest slot saves most over
     * the cheapest in another cluster; one with no slot left goes last. A placement in a cluster makes that cluster
     * dearer or closed, except when it brings a new sector there: to projects of that sector the cluster may then be
     * cheaper (no more fragmentation). Only those, and projects with that cluster among their two cheapest, are looked
     * at again.
     */
    static final class RegretQueue {

        /** The next project, and its cheapest slot now (null when it has no slot left: it stays unplaced). */
        record Choice(Project project, PlacementLedger.Slot slot) {
        }

        private final PlacementLedger ledger;
        private final Iterable<Cluster> clusters;
        private final boolean barRuined;
        private final List<Project> pending;
        private final List<PlacementLedger.Slot[]> slots;

        RegretQueue(List<Project> projects, PlacementLedger ledger, Iterable<Cluster> clusters, boolean barRuined) {
            this.ledger = ledger;
            this.clusters = clusters;
            this.barRuined = barRuined;
            this.pending = new ArrayList<>(projects);
            this.slots = new ArrayList<>(projects.size());
            for (Project project : projects) {
                slots.add(twoCheapest(project));
            }
        }

        private PlacementLedger.Slot[] twoCheapest(Project project) {
            return ledger.twoCheapestSlots(project, clusters, barRuined ? project.getCluster() : null);
        }

        Choice next() {
            int chosen = 0;
            long chosenMedium = Long.MIN_VALUE;
            long chosenSoft = Long.MIN_VALUE;
            for (int i = 0; i < pending.size(); i++) {
                PlacementLedger.Slot[] two = slots.get(i);
                long medium;
                long soft;
                if (two[0] == null) {
                    medium = -1;
                    soft = 0;
                } else if (two[1] == null) {
                    medium = pending.get(i).getValue();
                    soft = -two[0].softCost();
                } else {
                    medium = 0;
                    soft = two[1].softCost() - two[0].softCost();
                }
                if (medium > chosenMedium || medium == chosenMedium && soft > chosenSoft) {
                    chosen = i;
                    chosenMedium = medium;
                    chosenSoft = soft;
                }
            }
            return new Choice(pending.remove(chosen), slots.remove(chosen)[0]);
        }

        /** The two cheapest slots kept for each project still to come, in the queue's order (for tests). */
        List<PlacementLedger.Slot[]> keptSlots() {
            return List.copyOf(slots);
        }

        /** To be told of every placement in the ledger while the queue is in use, after it. */
        void placed(Project placed, Cluster cluster) {
            boolean newSector = ledger.projectsOfSector(cluster, placed.getSector()) == 1;
            for (int i = 0; i < pending.size(); i++) {
                PlacementLedger.Slot[] two = slots.get(i);
                boolean amongTwoCheapest = two[0] != null && two[0].cluster() == cluster
                        || two[1] != null && two[1].cluster() == cluster;
                if (amongTwoCheapest || newSector && pending.get(i).getSector() == placed.getSector()) {
                    slots.set(i, twoCheapest(pending.get(i)));
                }
            }
        }
    }

    /** Up to four clusters of randomly chosen placed projects: one sector's projects there, or a random few. */
    private static List<Project> ruin(PlacementLedger ledger, Random random) {
        List<Project> ruined = new ArrayList<>();
        int clusterCount = 1 + random.nextInt(MAX_RUINED_CLUSTERS);
        Set<Cluster> done = new LinkedHashSet<>();
        for (int i = 0; i < clusterCount; i++) {
            Project chosen = ledger.randomPlacedMovable(random);
            if (chosen == null) {
                break;
            }
            if (!done.add(chosen.getCluster())) {
                continue;
            }
            List<Project> here = ledger.movableIn(chosen.getCluster());
            if (random.nextDouble() < WHOLE_SECTOR) {
                here.stream().filter(project -> project.getSector() == chosen.getSector()).forEach(ruined::add);
            } else {
                ruined.addAll(sample(here, 1 + random.nextInt(Math.min(here.size(), MAX_RUINED)), random));
            }
        }
        return ruined;
    }

    /** Every cluster in a small plan; in a large one the ruined clusters and a random sample of the others. */
    private static Iterable<Cluster> clustersTried(List<Cluster> clusters, Set<Cluster> ruinedClusters,
            Random random) {
        if (clusters.size() <= MAX_CLUSTERS_TRIED) {
            return clusters;
        }
        Set<Cluster> tried = new LinkedHashSet<>(ruinedClusters);
        while (tried.size() < MAX_CLUSTERS_TRIED) {
            tried.add(clusters.get(random.nextInt(clusters.size())));
        }
        return tried;
    }

    /** Up to {@code count} distinct items drawn at random (Floyd's algorithm), the list itself untouched. */
    private static <T> List<T> sample(List<T> items, int count, Random random) {
        int size = items.size();
        if (size <= count) {
            return new ArrayList<>(items);
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int j = size - count; j < size; j++) {
            int drawn = random.nextInt(j + 1);
            chosen.add(chosen.contains(drawn) ? j : drawn);
        }
        List<T> sampled = new ArrayList<>(count);
        for (int index : chosen) {
            sampled.add(items.get(index));
        }
        return sampled;
    }
}
