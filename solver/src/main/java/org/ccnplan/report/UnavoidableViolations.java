package org.ccnplan.report;

import static org.ccnplan.domain.Units.hectares;
import static org.ccnplan.domain.Units.megawatts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;

/**
 * Hard violations that pinned (licensed) projects cause among themselves: no allocation of the other projects can
 * remove them, so the planner must see them named, with the pinned projects involved.
 */
final class UnavoidableViolations {

    private UnavoidableViolations() {
    }

    static List<String> of(AllocationPlan plan) {
        List<Project> pinned = plan.getProjects().stream().filter(Project::isPinned).toList();
        List<String> violations = new ArrayList<>();
        for (Cluster cluster : plan.getClusters()) {
            for (Phase phase : plan.getPhases()) {
                List<Project> here = pinned.stream()
                        .filter(p -> p.getCluster() == cluster && p.getPhase().getIndex() <= phase.getIndex())
                        .toList();
                long land = here.stream().mapToLong(Project::getLand).sum();
                long power = here.stream().mapToLong(Project::getPower).sum();
                if (land > cluster.getLandCapacity(phase)) {
                    violations.add(AllocationConstraintConfiguration.LAND_CAPACITY + ": " + cluster.getId() + " in "
                            + phase.getId() + ": pinned " + ids(here) + " need " + hectares(land).toPlainString()
                            + " ha of " + hectares(cluster.getLandCapacity(phase)).toPlainString() + " ha");
                }
                if (power > cluster.getPowerCapacity(phase)) {
                    violations.add(AllocationConstraintConfiguration.POWER_CAPACITY + ": " + cluster.getId() + " in "
                            + phase.getId() + ": pinned " + ids(here) + " need " + megawatts(power).toPlainString()
                            + " MW of " + megawatts(cluster.getPowerCapacity(phase)).toPlainString() + " MW");
                }
            }
        }
        for (Project project : pinned) {
            Cluster cluster = project.getCluster();
            String where = project.getId() + " pinned to " + cluster.getId() + " in " + project.getPhase().getId();
            if (!cluster.isReadyIn(project.getPhase())) {
                violations.add(AllocationConstraintConfiguration.CLUSTER_NOT_READY + ": " + where
                        + ", before the cluster's first stage");
            }
            if (project.isOutsideTimeWindow()) {
                violations.add(AllocationConstraintConfiguration.PROJECT_TIME_WINDOW + ": " + where + ", outside "
                        + project.getEarliestPhase().getId() + ".." + project.getLatestPhase().getId());
            }
            if (cluster.forbids(project.getSector())) {
                violations.add(AllocationConstraintConfiguration.ENVIRONMENTAL_ZONING + ": " + where + ", sector "
                        + project.getSector().getId() + " is not allowed there");
            }
            long metres = cluster.getSectorDistanceMetres(project.getSector());
            if (project.getSector().exceedsDistanceLimit(metres)) {
                violations.add(AllocationConstraintConfiguration.LOGISTICS_DISTANCE_LIMIT + ": " + where + ", "
                        + BigDecimal.valueOf(metres, 3).toPlainString() + " km from the nearest "
                        + project.getSector().getHubTypes() + " hub, over sector " + project.getSector().getId()
                        + "'s limit of " + project.getSector().getMaxHubDistanceKm().toPlainString() + " km");
            }
        }
        for (int i = 0; i < pinned.size(); i++) {
            for (int j = i + 1; j < pinned.size(); j++) {
                Project a = pinned.get(i);
                Project b = pinned.get(j);
                if (a.getCluster() == b.getCluster() && a.getSector().isIncompatibleWith(b.getSector())) {
                    violations.add(AllocationConstraintConfiguration.INCOMPATIBLE_SECTORS + ": " + a.getId() + " ("
                            + a.getSector().getId() + ") and " + b.getId() + " (" + b.getSector().getId()
                            + ") are both pinned to " + a.getCluster().getId());
                }
            }
        }
        return violations;
    }

    private static String ids(List<Project> projects) {
        return projects.stream().map(Project::getId).collect(Collectors.joining(", "));
    }
}
