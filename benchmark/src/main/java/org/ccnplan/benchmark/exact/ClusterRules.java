package org.ccnplan.benchmark.exact;

import static org.ccnplan.domain.AllocationConstraintConfiguration.INCOMPATIBLE_SECTORS;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LAND_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.OPERATIONAL_TARGET;
import static org.ccnplan.domain.AllocationConstraintConfiguration.POWER_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.SECTOR_FRAGMENTATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

/**
 * The rules of SPEC section 4 that look at a whole cluster: capacity (hard 1, 2), incompatible sectors (hard 6),
 * sector fragmentation (soft 3) and operational targets (soft 4). Each amount is an auxiliary variable tied to the
 * placements by an equality (a maximum, a product or a reified comparison), never by a one-sided bound.
 */
final class ClusterRules {

    private final ExactModel exact;
    private final CpModel model;
    private final AllocationPlan plan;
    private final PlacementCosts costs;
    /** The placements in each cluster, by cluster. */
    private final Map<Cluster, List<Placement>> byCluster = new LinkedHashMap<>();
    /** n(c, s) by "cluster,sector", made once for every product it takes part in. */
    private final Map<String, IntVar> sectorCounts = new HashMap<>();

    ClusterRules(ExactModel exact) {
        this.exact = exact;
        this.model = exact.cpModel();
        this.plan = exact.plan();
        this.costs = exact.costs();
        for (Cluster cluster : plan.getClusters()) {
            byCluster.put(cluster, new ArrayList<>());
        }
        for (Placement placement : exact.placements()) {
            byCluster.get(placement.cluster()).add(placement);
        }
    }

    void addAll() {
        for (Cluster cluster : plan.getClusters()) {
            List<Placement> here = byCluster.get(cluster);
            for (Phase phase : plan.getPhases()) {
                addCapacity(LAND_CAPACITY, here, phase, Project::getLand, cluster.getLandCapacity(phase));
                addCapacity(POWER_CAPACITY, here, phase, Project::getPower, cluster.getPowerCapacity(phase));
            }
            Map<Sector, List<Placement>> bySector = bySector(here);
            addIncompatibleSectors(cluster, bySector);
            addSectorFragmentation(cluster, bySector);
        }
        for (OperationalTarget target : plan.getOperationalTargets()) {
            addOperationalTarget(target);
        }
    }

    /** Hard 1 and 2: e = max(0, sum of the amounts placed in the cluster by the phase - capacity). */
    private void addCapacity(String rule, List<Placement> here, Phase phase, ToLongFunction<Project> amount,
            long capacity) {
        long weight = costs.hardWeight(rule);
        List<Placement> placed = placedBy(here, phase);
        long mostUsed = mostByProject(placed, amount);
        if (weight == 0 || mostUsed <= capacity) {
            return;
        }
        LinearExprBuilder used = LinearExpr.newBuilder();
        for (Placement placement : placed) {
            used.addTerm(placement.chosen(), amount.applyAsLong(placement.project()));
        }
        IntVar excess = model.newIntVar(0, mostUsed - capacity, rule + " excess[" + phase.getId() + "]");
        model.addMaxEquality(excess, new LinearArgument[] {used.add(-capacity).build(), LinearExpr.constant(0)});
        exact.penalise(Level.HARD, excess, weight);
    }

    /**
     * Hard 6: pairs of projects in one cluster whose sectors are incompatible. With n(s) the number of projects of
     * sector s placed in the cluster, that is n(s) x n(t) for two incompatible sectors and n(s)(n(s) - 1)/2 for a
     * sector incompatible with itself.
     */
    private void addIncompatibleSectors(Cluster cluster, Map<Sector, List<Placement>> bySector) {
        long weight = costs.hardWeight(INCOMPATIBLE_SECTORS);
        if (weight == 0) {
            return;
        }
        List<Sector> sectors = new ArrayList<>(bySector.keySet());
        for (int i = 0; i < sectors.size(); i++) {
            for (int j = i; j < sectors.size(); j++) {
                Sector first = sectors.get(i);
                Sector second = sectors.get(j);
                if (!first.isIncompatibleWith(second)) {
                    continue;
                }
                IntVar firstCount = count(cluster, first, bySector.get(first));
                long firstMost = projectCount(bySector.get(first));
                if (first == second) {
                    if (firstMost < 2) {
                        continue;
                    }
                    IntVar pairs = model.newIntVar(0, firstMost * (firstMost - 1) / 2,
                            "pairs[" + cluster.getId() + "," + first.getId() + "]");
                    model.addMultiplicationEquality(LinearExpr.term(pairs, 2), firstCount,
                            LinearExpr.affine(firstCount, 1, -1));
                    exact.penalise(Level.HARD, pairs, weight);
                } else {
                    long secondMost = projectCount(bySector.get(second));
                    IntVar pairs = model.newIntVar(0, firstMost * secondMost,
                            "pairs[" + cluster.getId() + "," + first.getId() + "," + second.getId() + "]");
                    model.addMultiplicationEquality(pairs, firstCount, count(cluster, second, bySector.get(second)));
                    exact.penalise(Level.HARD, pairs, weight);
                }
            }
        }
    }

    /**
     * Soft 3: max(0, distinct sectors in the cluster - maxSectorsPerCluster), with y(s) = 1 exactly when some project
     * of sector s is placed in the cluster.
     */
    private void addSectorFragmentation(Cluster cluster, Map<Sector, List<Placement>> bySector) {
        long weight = costs.softWeight(SECTOR_FRAGMENTATION);
        int maxSectors = plan.getPolicy().getMaxSectorsPerCluster();
        if (weight == 0 || bySector.size() <= maxSectors) {
            return;
        }
        List<BoolVar> present = new ArrayList<>();
        for (Map.Entry<Sector, List<Placement>> entry : bySector.entrySet()) {
            BoolVar sectorPresent = model.newBoolVar("y[" + cluster.getId() + "," + entry.getKey().getId() + "]");
            List<Literal> chosen = entry.getValue().stream().<Literal>map(Placement::chosen).toList();
            for (Literal placement : chosen) {
                model.addImplication(placement, sectorPresent);
            }
            model.addBoolOr(chosen).onlyEnforceIf(sectorPresent);
            present.add(sectorPresent);
        }
        IntVar excess = model.newIntVar(0, bySector.size() - maxSectors, "sectors over[" + cluster.getId() + "]");
        model.addMaxEquality(excess, new LinearArgument[] {
                LinearExpr.affine(ExactModel.sum(present), 1, -maxSectors), LinearExpr.constant(0)});
        exact.penalise(Level.SOFT, excess, weight);
    }

    /**
     * Soft 4: max(0, k - n), n the clusters with land capacity C above 0 at the target's phase whose land placed by
     * then, U, satisfies 100 U >= m C; z(c) = 1 exactly when it does.
     */
    private void addOperationalTarget(OperationalTarget target) {
        long weight = costs.softWeight(OPERATIONAL_TARGET);
        if (weight == 0) {
            return;
        }
        Phase phase = target.getPhase();
        long percent = target.getMinOccupancyPercent();
        long alwaysMeeting = 0;
        List<BoolVar> meeting = new ArrayList<>();
        for (Cluster cluster : plan.getClusters()) {
            long capacity = cluster.getLandCapacity(phase);
            if (capacity == 0) {
                continue;
            }
            if (percent == 0) {
                alwaysMeeting++; // 100 U >= 0 holds for every cluster with land.
                continue;
            }
            List<Placement> placed = placedBy(byCluster.get(cluster), phase);
            if (100 * mostByProject(placed, Project::getLand) < percent * capacity) {
                continue; // It cannot meet the target even with every project it may hold.
            }
            LinearExprBuilder used = LinearExpr.newBuilder();
            for (Placement placement : placed) {
                used.addTerm(placement.chosen(), 100 * placement.project().getLand());
            }
            LinearExpr hundredTimesUsed = used.build();
            BoolVar meets = model.newBoolVar("z[" + cluster.getId() + "," + target.getId() + "]");
            model.addGreaterOrEqual(hundredTimesUsed, percent * capacity).onlyEnforceIf(meets);
            model.addLessOrEqual(hundredTimesUsed, percent * capacity - 1).onlyEnforceIf(meets.not());
            meeting.add(meets);
        }
        long stillMissing = target.getMinClusters() - alwaysMeeting;
        if (stillMissing <= 0) {
            return;
        }
        IntVar shortfall = model.newIntVar(0, stillMissing, "shortfall[" + target.getId() + "]");
        model.addMaxEquality(shortfall, new LinearArgument[] {
                LinearExpr.affine(ExactModel.sum(meeting), -1, stillMissing), LinearExpr.constant(0)});
        exact.penalise(Level.SOFT, shortfall, weight);
    }

    private static List<Placement> placedBy(List<Placement> here, Phase phase) {
        return here.stream().filter(placement -> placement.phase().getIndex() <= phase.getIndex()).toList();
    }

    private static Map<Sector, List<Placement>> bySector(List<Placement> here) {
        Map<Sector, List<Placement>> bySector = new LinkedHashMap<>();
        for (Placement placement : here) {
            bySector.computeIfAbsent(placement.project().getSector(), sector -> new ArrayList<>()).add(placement);
        }
        return bySector;
    }

    /**
     * n(c, s): the number of projects of the sector placed in the cluster, as a variable (CP-SAT multiplies
     * variables, not sums).
     */
    private IntVar count(Cluster cluster, Sector sector, List<Placement> placements) {
        return sectorCounts.computeIfAbsent(cluster.getId() + "," + sector.getId(), key -> {
            IntVar count = model.newIntVar(0, projectCount(placements), "n[" + key + "]");
            model.addEquality(count, ExactModel.sum(placements.stream().map(Placement::chosen).toList()));
            return count;
        });
    }

    private static long projectCount(List<Placement> placements) {
        return placements.stream().map(Placement::project).distinct().count();
    }

    /** The most these placements can add up to: each project's amount once. */
    private static long mostByProject(List<Placement> placements, ToLongFunction<Project> amount) {
        return placements.stream().map(Placement::project).distinct().mapToLong(amount).sum();
    }
}
