package org.ccnplan.constraints;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;

/**
 * The plain recomputation of SPEC section 4 restricted to the terms that placing one unplaced project in one cluster
 * can change, everything else as it is: the cluster's land and power capacity in every phase, its incompatible pairs
 * with the project, its sector fragmentation, the project's own terms (unplaced before, the per-project rules after)
 * and the operational targets, of which only the cluster's status can change. Every other term is the same before and
 * after, so the difference of these terms is the difference of the whole recomputation, rule by rule; and it costs
 * about the size of the cluster, not of the plan.
 * <p>
 * The terms are computed by {@link PlainScoreCalculator}'s own rules; what is precomputed here, once per plan, is only
 * where the projects are and which clusters meet each target. The plan's assignments must not change while it is used.
 */
public final class PlacementScorer {

    private final AllocationPlan plan;
    private final PlainScoreCalculator rules;
    private final PlacedProjects placed;
    private final Map<Project, Integer> projectPositions = new IdentityHashMap<>();
    private final Map<Cluster, Integer> clusterPositions = new IdentityHashMap<>();
    private final Map<OperationalTarget, List<Cluster>> meeting = new LinkedHashMap<>();

    private PlacementScorer(AllocationPlan plan) {
        this.plan = plan;
        this.rules = new PlainScoreCalculator(plan, project -> true);
        this.placed = PlacedProjects.of(plan, project -> true);
        for (Project project : plan.getProjects()) {
            projectPositions.put(project, projectPositions.size());
        }
        for (Cluster cluster : plan.getClusters()) {
            clusterPositions.put(cluster, clusterPositions.size());
        }
        for (OperationalTarget target : plan.getOperationalTargets()) {
            meeting.put(target, List.copyOf(rules.meeting(target, placed)));
        }
    }

    /** For the plan as it is now. */
    public static PlacementScorer of(AllocationPlan plan) {
        return new PlacementScorer(plan);
    }

    /** The terms that placing the unplaced project in the cluster can change, as they are now. */
    public List<RuleMatch> termsBefore(Project project, Cluster cluster) {
        requireUnplaced(project);
        List<Project> here = placed.in(cluster);
        List<RuleMatch> found = new ArrayList<>();
        rules.capacityTerms(found, cluster, here);
        rules.unplacedTerm(found, project);
        rules.fragmentationTerm(found, cluster, here);
        meeting.forEach((target, clusters) -> rules.targetTerm(found, target, clusters));
        return found;
    }

    /**
     * The same terms with the project placed in the cluster in the phase; the project is unplaced again on return.
     * An incompatible pair has its projects in plan order, as the whole recomputation finds it.
     */
    public List<RuleMatch> termsAfter(Project project, Cluster cluster, Phase phase) {
        requireUnplaced(project);
        List<Project> here = placed.in(cluster);
        List<Project> withProject = withProject(here, project);
        Phase phaseBefore = project.getPhase();
        List<RuleMatch> found = new ArrayList<>();
        try {
            project.setCluster(cluster);
            project.setPhase(phase);
            rules.capacityTerms(found, cluster, withProject);
            rules.projectTerms(found, project);
            int position = projectPositions.get(project);
            for (Project other : here) {
                if (projectPositions.get(other) < position) {
                    rules.pairTerm(found, other, project);
                } else {
                    rules.pairTerm(found, project, other);
                }
            }
            rules.fragmentationTerm(found, cluster, withProject);
            meeting.forEach((target, clusters) -> rules.targetTerm(found, target,
                    meetingWith(target, clusters, cluster, here, withProject)));
        } finally {
            project.setCluster(null);
            project.setPhase(phaseBefore);
        }
        return found;
    }

    /** The clusters meeting the target with the cluster's projects changed: only its own status can change. */
    private List<Cluster> meetingWith(OperationalTarget target, List<Cluster> clusters, Cluster cluster,
            List<Project> before, List<Project> after) {
        boolean metBefore = PlainScoreCalculator.meets(target, cluster, before);
        boolean metAfter = PlainScoreCalculator.meets(target, cluster, after);
        if (metBefore == metAfter) {
            return clusters;
        }
        List<Cluster> changed = new ArrayList<>(clusters);
        if (metAfter) {
            int position = clusterPositions.get(cluster);
            int at = 0;
            while (at < changed.size() && clusterPositions.get(changed.get(at)) < position) {
                at++;
            }
            changed.add(at, cluster);
        } else {
            changed.remove(cluster);
        }
        return changed;
    }

    /** The cluster's projects with the project among them, in plan order. */
    private List<Project> withProject(List<Project> here, Project project) {
        int position = projectPositions.get(project);
        List<Project> with = new ArrayList<>(here.size() + 1);
        boolean added = false;
        for (Project other : here) {
            if (!added && projectPositions.get(other) > position) {
                with.add(project);
                added = true;
            }
            with.add(other);
        }
        if (!added) {
            with.add(project);
        }
        return with;
    }

    private void requireUnplaced(Project project) {
        if (project.getCluster() != null || !projectPositions.containsKey(project)) {
            throw new IllegalArgumentException("The project (" + project + ") is not an unplaced project of the plan "
                    + plan.getName() + ".");
        }
    }
}
