package org.ccnplan.solve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Units;

/**
 * What is placed where, kept as plain running totals for the engine's own heuristics (the greedy construction and the
 * ruin-and-recreate moves): land and power starting in each cluster and phase, and projects of each sector in each
 * cluster. It answers "where can this project go without breaking a hard rule, and where is that cheapest?" in a few
 * array reads per cluster and phase, without the score director.
 * <p>
 * It only guides the search: every plan it leads to is scored by the solver's own score, so its cost estimate may
 * leave out what a single placement cannot judge alone (the operational targets).
 */
final class PlacementLedger {

    /** A cluster and phase that breaks no hard rule for a project, and the soft cost it adds there. */
    record Slot(Cluster cluster, Phase phase, long softCost) {
    }

    private final List<Cluster> clusters;
    private final List<Phase> phases;
    private final List<Sector> sectors;
    private final int maxSectorsPerCluster;
    private final long logisticsWeight;
    private final long startDelayWeight;
    private final long fragmentationWeight;
    private final long preferredWeight;
    /** The plan's projects, as an array: a sync reads every one of them. */
    private final Project[] projects;
    private final int phaseCount;
    private final int sectorCount;
    /** Land (hundredths of a hectare) of the projects that start in a cluster in a phase, at [cluster x phases + phase]. */
    private final long[] landStarting;
    /** Power (kW) likewise. */
    private final long[] powerStarting;
    /** Projects of a sector in a cluster, any phase, at [cluster x sectors + sector]. */
    private final int[] sectorProjects;
    /** Distinct sectors in a cluster. */
    private final int[] distinctSectors;
    /** Where each project of the plan (by position) was counted at the last {@link #sync()}: cluster, then phase. */
    private final Cluster[] countedClusters;
    private final Phase[] countedPhases;
    /** Whether zoning and the distance limit allow a sector in a cluster, at [cluster x sectors + sector]: never changes. */
    private final boolean[] zonedAndInReach;
    /** By sector index: the indexes of the sectors it is incompatible with, either way (itself included if listed). */
    private final int[][] incompatibleSectors;
    /** The movable (unpinned) projects, and where each was at the last sync: by cluster, or unplaced. */
    private final List<Project> movable = new ArrayList<>();
    private final List<List<Project>> movableByCluster;
    private final List<Project> movableUnplaced = new ArrayList<>();
    /** By project position: its place in the list of {@link #movableByCluster} or {@link #movableUnplaced} it is in. */
    private final int[] placeInList;
    private final Map<Project, Integer> positions = new IdentityHashMap<>();

    private PlacementLedger(AllocationPlan plan) {
        this.clusters = plan.getClusters();
        this.phases = plan.getPhases();
        this.sectors = plan.getSectors();
        this.projects = plan.getProjects().toArray(new Project[0]);
        for (int i = 0; i < clusters.size(); i++) {
            requireIndex(clusters.get(i).getIndex(), i, clusters.get(i));
        }
        for (int i = 0; i < sectors.size(); i++) {
            requireIndex(sectors.get(i).getIndex(), i, sectors.get(i));
        }
        this.phaseCount = phases.size();
        this.sectorCount = sectors.size();
        this.maxSectorsPerCluster = plan.getPolicy().getMaxSectorsPerCluster();
        AllocationConstraintConfiguration weights = plan.getConstraintConfiguration();
        this.logisticsWeight = softWeight(weights, AllocationConstraintConfiguration.LOGISTICS_COST);
        this.startDelayWeight = softWeight(weights, AllocationConstraintConfiguration.START_DELAY);
        this.fragmentationWeight = softWeight(weights, AllocationConstraintConfiguration.SECTOR_FRAGMENTATION);
        this.preferredWeight = softWeight(weights, AllocationConstraintConfiguration.PREFERRED_CLUSTER);
        this.landStarting = new long[clusters.size() * phaseCount];
        this.powerStarting = new long[clusters.size() * phaseCount];
        this.sectorProjects = new int[clusters.size() * sectorCount];
        this.distinctSectors = new int[clusters.size()];
        this.countedClusters = new Cluster[projects.length];
        this.countedPhases = new Phase[projects.length];
        this.zonedAndInReach = new boolean[clusters.size() * sectorCount];
        for (Cluster cluster : clusters) {
            for (Sector sector : sectors) {
                zonedAndInReach[cluster.getIndex() * sectorCount + sector.getIndex()] = !cluster.forbids(sector)
                        && !(sector.hasDistanceLimit()
                                && sector.exceedsDistanceLimit(cluster.getSectorDistanceMetres(sector)));
            }
        }
        this.incompatibleSectors = new int[sectorCount][];
        for (Sector sector : sectors) {
            incompatibleSectors[sector.getIndex()] = sector.getIncompatibleEitherWayList().stream()
                    .mapToInt(this::sectorIndex).toArray();
        }
        this.movableByCluster = new ArrayList<>(clusters.size());
        for (int c = 0; c < clusters.size(); c++) {
            movableByCluster.add(new ArrayList<>());
        }
        this.placeInList = new int[projects.length];
        for (int i = 0; i < projects.length; i++) {
            Project project = projects[i];
            positions.put(project, i);
            if (!project.isPinned()) {
                movable.add(project);
                placeInList[i] = movableUnplaced.size();
                movableUnplaced.add(project);
            }
        }
    }

    /** The ledger of the plan's placed projects as they are now. */
    static PlacementLedger of(AllocationPlan plan) {
        PlacementLedger ledger = new PlacementLedger(plan);
        ledger.sync();
        return ledger;
    }

    /**
     * Brings the ledger up to the plan's assignments as they are now, counting again only the projects that moved
     * since the last sync. Between syncs, every {@link #place} must be undone by a {@link #remove} and vice versa.
     */
    void sync() {
        for (int i = 0; i < countedClusters.length; i++) {
            Project project = projects[i];
            Cluster cluster = project.getPhase() == null ? null : project.getCluster();
            Phase phase = cluster == null ? null : project.getPhase();
            if (cluster != countedClusters[i] || phase != countedPhases[i]) {
                if (countedClusters[i] != null) {
                    remove(project, countedClusters[i], countedPhases[i]);
                }
                if (cluster != null) {
                    place(project, cluster, phase);
                }
                if (!project.isPinned() && cluster != countedClusters[i]) {
                    leaveList(i, movableList(countedClusters[i]));
                    List<Project> joined = movableList(cluster);
                    placeInList[i] = joined.size();
                    joined.add(project);
                }
                countedClusters[i] = cluster;
                countedPhases[i] = phase;
            }
        }
    }

    /** A movable project placed at the last sync, drawn at random; null when none is found in a few draws. */
    Project randomPlacedMovable(Random random) {
        for (int draw = 0; draw < 100 && !movable.isEmpty(); draw++) {
            Project project = movable.get(random.nextInt(movable.size()));
            if (countedClusters[positions.get(project)] != null) {
                return project;
            }
        }
        return null;
    }

    /** The movable projects in the cluster at the last sync (not to be changed). */
    List<Project> movableIn(Cluster cluster) {
        return movableByCluster.get(clusterIndex(cluster));
    }

    /** The movable projects unplaced at the last sync (not to be changed). */
    List<Project> movableUnplaced() {
        return movableUnplaced;
    }

    private List<Project> movableList(Cluster cluster) {
        return cluster == null ? movableUnplaced : movableByCluster.get(clusterIndex(cluster));
    }

    /** Takes the project at the position out of its list, moving the list's last project into its place. */
    private void leaveList(int position, List<Project> list) {
        Project last = list.remove(list.size() - 1);
        if (last != projects[position]) {
            list.set(placeInList[position], last);
            placeInList[positions.get(last)] = placeInList[position];
        }
    }

    void place(Project project, Cluster cluster, Phase phase) {
        change(project, cluster, phase, 1);
    }

    void remove(Project project, Cluster cluster, Phase phase) {
        change(project, cluster, phase, -1);
    }

    private void change(Project project, Cluster cluster, Phase phase, int sign) {
        int c = clusterIndex(cluster);
        int at = c * phaseCount + phaseIndex(phase);
        landStarting[at] += sign * project.getLand();
        powerStarting[at] += sign * project.getPower();
        int s = c * sectorCount + sectorIndex(project.getSector());
        int before = sectorProjects[s];
        sectorProjects[s] = before + sign;
        if (before == 0 && sign > 0) {
            distinctSectors[c]++;
        } else if (before == 1 && sign < 0) {
            distinctSectors[c]--;
        }
    }

    /**
     * The cheapest slot among the given clusters where the project breaks no hard rule, the earliest phase on ties;
     * null when there is none. The project must not be counted in the ledger.
     */
    Slot cheapestSlot(Project project, Iterable<Cluster> candidates) {
        return cheapestSlot(project, candidates, null);
    }

    /** The same, never in the barred cluster (which may be null). */
    Slot cheapestSlot(Project project, Iterable<Cluster> candidates, Cluster barred) {
        Slot best = null;
        for (Cluster cluster : candidates) {
            Slot here = cluster == barred ? null : cheapestSlotIn(project, cluster);
            if (here != null && (best == null || here.softCost() < best.softCost())) {
                best = here;
            }
        }
        return best;
    }

    /**
     * The cheapest slot, and the cheapest in another cluster, as {@link #cheapestSlot(Project, Iterable, Cluster)}
     * finds them; either may be null.
     */
    Slot[] twoCheapestSlots(Project project, Iterable<Cluster> candidates, Cluster barred) {
        Slot best = null;
        Slot second = null;
        for (Cluster cluster : candidates) {
            Slot here = cluster == barred ? null : cheapestSlotIn(project, cluster);
            if (here == null) {
                continue;
            }
            if (best == null || here.softCost() < best.softCost()) {
                second = best;
                best = here;
            } else if (second == null || here.softCost() < second.softCost()) {
                second = here;
            }
        }
        return new Slot[] {best, second};
    }

    /** The cheapest phase in one cluster where the project breaks no hard rule, the earliest on ties; or null. */
    private Slot cheapestSlotIn(Project project, Cluster cluster) {
        if (!fitsCluster(project, cluster)) {
            return null;
        }
        Slot best = null;
        int from = Math.max(project.getEarliestPhase().getIndex(), cluster.getReadyPhaseIndex());
        for (int p = from; p <= project.getLatestPhase().getIndex(); p++) {
            if (fitsCapacity(project, cluster, p)) {
                long cost = softCost(project, cluster, p);
                if (best == null || cost < best.softCost()) {
                    best = new Slot(cluster, phases.get(p), cost);
                }
            }
        }
        return best;
    }

    /** How many projects of the sector the ledger counts in the cluster, in any phase. */
    int projectsOfSector(Cluster cluster, Sector sector) {
        return sectorProjects[clusterIndex(cluster) * sectorCount + sectorIndex(sector)];
    }

    /** True when placing the project (not counted in the ledger) in the cluster and phase breaks no hard rule. */
    boolean breaksNoHardRule(Project project, Cluster cluster, int phaseIndex) {
        return phaseIndex >= cluster.getReadyPhaseIndex() && phaseIndex >= project.getEarliestPhase().getIndex()
                && phaseIndex <= project.getLatestPhase().getIndex() && fitsCluster(project, cluster)
                && fitsCapacity(project, cluster, phaseIndex);
    }

    /** The rules that hold for a project in a cluster whatever the phase: zoning, distance limit, compatibility. */
    private boolean fitsCluster(Project project, Cluster cluster) {
        int c = clusterIndex(cluster);
        int s = sectorIndex(project.getSector());
        if (!zonedAndInReach[c * sectorCount + s]) {
            return false;
        }
        int first = c * sectorCount;
        for (int other : incompatibleSectors[s]) {
            if (sectorProjects[first + other] > 0) {
                return false;
            }
        }
        return true;
    }

    /** Land and power stay within the cluster's capacity in the phase and every later one. */
    private boolean fitsCapacity(Project project, Cluster cluster, int phaseIndex) {
        int first = clusterIndex(cluster) * phaseCount;
        long land = 0;
        long power = 0;
        for (int q = 0; q < phaseCount; q++) {
            land += landStarting[first + q];
            power += powerStarting[first + q];
            if (q >= phaseIndex && (land + project.getLand() > cluster.getLandCapacityAt(q)
                    || power + project.getPower() > cluster.getPowerCapacityAt(q))) {
                return false;
            }
        }
        return true;
    }

    /** The soft penalty the placement adds, weighted: logistics cost, start delay, preference, fragmentation. */
    long softCost(Project project, Cluster cluster, int phaseIndex) {
        long cost = logisticsWeight
                * Units.thousandTonneKm(project.getFreight(), cluster.getSectorDistanceMetres(project.getSector()));
        cost += startDelayWeight * project.getValue() * Math.max(0, phaseIndex - project.getEarliestPhase().getIndex());
        if (!project.getPreferredClusters().isEmpty() && !project.getPreferredClusters().contains(cluster)) {
            cost += preferredWeight;
        }
        int c = clusterIndex(cluster);
        if (sectorProjects[c * sectorCount + sectorIndex(project.getSector())] == 0
                && distinctSectors[c] >= maxSectorsPerCluster) {
            cost += fragmentationWeight;
        }
        return cost;
    }

    private int clusterIndex(Cluster cluster) {
        int index = cluster.getIndex();
        if (index < 0 || index >= clusters.size() || clusters.get(index) != cluster) {
            throw new IllegalArgumentException("The cluster (" + cluster + ") is not a cluster of this plan.");
        }
        return index;
    }

    private int phaseIndex(Phase phase) {
        int index = phase.getIndex();
        if (index < 0 || index >= phaseCount || phases.get(index) != phase) {
            throw new IllegalArgumentException("The phase (" + phase + ") is not a phase of this plan.");
        }
        return index;
    }

    private int sectorIndex(Sector sector) {
        int index = sector.getIndex();
        if (index < 0 || index >= sectorCount || sectors.get(index) != sector) {
            throw new IllegalArgumentException("The sector (" + sector + ") is not a sector of this plan.");
        }
        return index;
    }

    private static long softWeight(AllocationConstraintConfiguration weights, String rule) {
        return weights.weightOf(rule).softScore();
    }

    private static void requireIndex(int index, int position, Object fact) {
        if (index != position) {
            throw new IllegalStateException("The plan's " + fact + " has index " + index + " at position " + position
                    + ".");
        }
    }
}
