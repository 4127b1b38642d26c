package org.ccnplan.constraints;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Project;

/**
 * The placed projects of a plan (those with a cluster and a phase), in plan order, and the same per cluster: the
 * cluster-wide rules then look at one cluster's projects only.
 */
record PlacedProjects(List<Project> all, Map<Cluster, List<Project>> byCluster) {

    static PlacedProjects of(AllocationPlan plan, Predicate<Project> counted) {
        List<Project> all = new ArrayList<>();
        Map<Cluster, List<Project>> byCluster = new IdentityHashMap<>();
        for (Project project : plan.getProjects()) {
            if (project.getCluster() != null && project.getPhase() != null && counted.test(project)) {
                all.add(project);
                byCluster.computeIfAbsent(project.getCluster(), cluster -> new ArrayList<>()).add(project);
            }
        }
        return new PlacedProjects(all, byCluster);
    }

    /** The projects placed in the cluster, in plan order. */
    List<Project> in(Cluster cluster) {
        return byCluster.getOrDefault(cluster, List.of());
    }
}
