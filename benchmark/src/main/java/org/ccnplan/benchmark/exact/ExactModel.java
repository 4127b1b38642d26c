package org.ccnplan.benchmark.exact;

import static org.ccnplan.domain.AllocationConstraintConfiguration.UNPLACED_PROJECT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

/**
 * SPEC section 4 as a CP-SAT model: one 0-1 variable per place a project may start (cluster and phase), and the three
 * levels of the score as exact integer expressions of them. Every auxiliary variable equals its rule's amount in
 * every solution (no one-sided relaxation), so any solution's level values are the score of the plan it encodes.
 *
 * <p>A project that is not pinned is offered only the placements that break no hard rule on their own (see
 * {@link #offers}): a placement that does can never be in a plan of least hard violation, since unplacing the project
 * removes that violation and adds none. This leaves every lexicographic optimum in the model.
 */
public final class ExactModel {

    private final AllocationPlan plan;
    private final CpModel model = new CpModel();
    private final PlacementCosts costs;
    private final List<Placement> placements = new ArrayList<>();
    private final Map<Project, List<Placement>> byProject = new LinkedHashMap<>();
    private final Map<Level, LinearExprBuilder> levels = new EnumMap<>(Level.class);

    private ExactModel(AllocationPlan plan) {
        this.plan = plan;
        this.costs = new PlacementCosts(plan.getConstraintConfiguration());
        for (Level level : Level.values()) {
            levels.put(level, LinearExpr.newBuilder());
        }
    }

    /** The model of a dataset's plan: pinned projects where their pins say, every other project free. */
    public static ExactModel of(AllocationPlan plan) {
        return build(plan, true);
    }

    /**
     * The same model with every cluster and phase offered to every free project, also those that break a hard rule
     * on their own: a larger model with the same optimum, for checking that every rule's terms are exact.
     */
    static ExactModel withEveryPlacement(AllocationPlan plan) {
        return build(plan, false);
    }

    private static ExactModel build(AllocationPlan plan, boolean leaveOutDominated) {
        ExactModel exact = new ExactModel(plan);
        exact.addPlacements(leaveOutDominated);
        exact.addUnplacedValue();
        new ClusterRules(exact).addAll();
        return exact;
    }

    private void addPlacements(boolean leaveOutDominated) {
        Map<Cluster, Set<Sector>> pinnedSectors = pinnedSectorsByCluster();
        for (Project project : plan.getProjects()) {
            List<Placement> options = new ArrayList<>();
            if (project.isPinned()) {
                BoolVar chosen = newPlacementVar(project, project.getCluster(), project.getPhase());
                model.addEquality(chosen, 1);
                options.add(new Placement(project, project.getCluster(), project.getPhase(), chosen));
            } else {
                for (Cluster cluster : plan.getClusters()) {
                    for (Phase phase : plan.getPhases()) {
                        if (!leaveOutDominated
                                || offers(project, cluster, phase, pinnedSectors.getOrDefault(cluster, Set.of()))) {
                            options.add(new Placement(project, cluster, phase,
                                    newPlacementVar(project, cluster, phase)));
                        }
                    }
                }
                model.addAtMostOne(options.stream().<Literal>map(Placement::chosen).toList());
            }
            for (Placement placement : options) {
                levels.get(Level.HARD).addTerm(placement.chosen(),
                        costs.hard(project, placement.cluster(), placement.phase()));
                levels.get(Level.SOFT).addTerm(placement.chosen(),
                        costs.soft(project, placement.cluster(), placement.phase()));
            }
            placements.addAll(options);
            byProject.put(project, options);
        }
    }

    private BoolVar newPlacementVar(Project project, Cluster cluster, Phase phase) {
        return model.newBoolVar("x[" + project.getId() + "," + cluster.getId() + "," + phase.getId() + "]");
    }

    /**
     * Whether a free project may start here: no hard rule of its own is broken (ready, window, zoning, distance), it
     * fits the cluster's land and power by that phase on its own, and no pinned project in the cluster is of an
     * incompatible sector. Each of these makes the plan's hard level worse than leaving the project unplaced.
     */
    private boolean offers(Project project, Cluster cluster, Phase phase, Set<Sector> pinnedSectorsHere) {
        if (costs.hard(project, cluster, phase) > 0) {
            return false;
        }
        if (project.getLand() > cluster.getLandCapacity(phase) || project.getPower() > cluster.getPowerCapacity(phase)) {
            return false;
        }
        for (Sector pinned : pinnedSectorsHere) {
            if (pinned.isIncompatibleWith(project.getSector())) {
                return false;
            }
        }
        return true;
    }

    private Map<Cluster, Set<Sector>> pinnedSectorsByCluster() {
        Map<Cluster, Set<Sector>> sectors = new LinkedHashMap<>();
        for (Project project : plan.getProjects()) {
            if (project.isPinned()) {
                sectors.computeIfAbsent(project.getCluster(), cluster -> new HashSet<>()).add(project.getSector());
            }
        }
        return sectors;
    }

    /** Medium 1: V(j) for every project not placed, V(j) x (1 - sum of its placements). */
    private void addUnplacedValue() {
        long weight = costs.mediumWeight(UNPLACED_PROJECT);
        for (Map.Entry<Project, List<Placement>> entry : byProject.entrySet()) {
            long penalty = Math.multiplyExact(weight, entry.getKey().getValue());
            levels.get(Level.MEDIUM).add(penalty);
            for (Placement placement : entry.getValue()) {
                levels.get(Level.MEDIUM).addTerm(placement.chosen(), -penalty);
            }
        }
    }

    /** Adds a term to a level's penalty. */
    void penalise(Level level, LinearArgument amount, long weight) {
        levels.get(level).addTerm(amount, weight);
    }

    AllocationPlan plan() {
        return plan;
    }

    PlacementCosts costs() {
        return costs;
    }

    public CpModel cpModel() {
        return model;
    }

    public List<Placement> placements() {
        return placements;
    }

    /** A level's penalty: the sum of its rules' amounts times their weights. */
    public LinearExpr level(Level level) {
        return levels.get(level).build();
    }

    /** The sum of a list of 0-1 variables, or of integer expressions. */
    static LinearExpr sum(List<? extends LinearArgument> terms) {
        return LinearExpr.sum(terms.toArray(LinearArgument[]::new));
    }
}
