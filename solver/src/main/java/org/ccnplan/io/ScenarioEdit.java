package org.ccnplan.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;

/**
 * One scenario being applied to its base dataset: the scenario's fields, the validated base, the changed copy of the
 * base's JSON, the problems found so far and, in words, what has changed. A change that breaks a rule of the scenario
 * format is reported and left out, so that every other change can still be checked and every problem reported at
 * once.
 */
final class ScenarioEdit {

    final JsonFields scenario;
    final AllocationPlan base;
    final ChangedDataset changed;
    final Problems problems;
    final Map<String, Cluster> baseClusters;
    final Map<String, Hub> baseHubs;
    /** Investor projects of the base, reserve blocks apart: a scenario changes those through sectorReserves. */
    final Map<String, Project> baseProjects;
    final Map<String, Project> baseReserveBlocks;
    final Map<String, Phase> phases;
    /** Clusters this scenario excludes, with where it says so. */
    final Map<String, String> excludedClusters = new LinkedHashMap<>();
    /** Read up front: excluding a cluster needs to know which of its pinned projects the scenario releases. */
    final Map<String, String> withdrawnProjects;
    final Map<String, String> unpinnedProjects;
    final JsonFields pinnedProjects;
    private final List<String> log = new ArrayList<>();

    ScenarioEdit(JsonFields scenario, AllocationPlan base, ChangedDataset changed, Problems problems) {
        this.scenario = scenario;
        this.base = base;
        this.changed = changed;
        this.problems = problems;
        this.baseClusters = index(base.getClusters(), Cluster::getId);
        this.baseHubs = index(base.getHubs(), Hub::getId);
        this.baseProjects = index(base.getProjects().stream().filter(project -> !project.isReserveBlock()).toList(),
                Project::getId);
        this.baseReserveBlocks = index(base.getProjects().stream().filter(Project::isReserveBlock).toList(),
                Project::getId);
        this.phases = index(base.getPhases(), Phase::getId);
        this.withdrawnProjects = ids("withdrawProjects");
        this.unpinnedProjects = ids("unpinProjects");
        this.pinnedProjects = scenario.has("pinProjects")
                ? JsonFields.ofMap(scenario.raw("pinProjects"), "pinProjects", problems)
                : null;
    }

    /** The ids of a list of ids in the scenario, each with its path; an id listed twice is reported once more. */
    Map<String, String> ids(String listName) {
        Map<String, String> ids = new LinkedHashMap<>();
        scenario.stringsByPath(listName).forEach((path, id) -> {
            String first = ids.putIfAbsent(id, path);
            if (first != null) {
                problems.add(path, "\"" + id + "\" is listed twice (first at " + first + ")");
            }
        });
        return ids;
    }

    /** "unknown cluster "CCN-99" (not in the base dataset); did you mean "CCN-09"?" */
    static String unknown(String kind, String id, Collection<String> known, String where) {
        String nearest = JsonFields.nearest(id, List.copyOf(known));
        return "unknown " + kind + " \"" + id + "\" (not in " + where + ")"
                + (nearest == null ? "" : "; did you mean \"" + nearest + "\"?");
    }

    /** The problem for a reference to a cluster this scenario excludes, or null when it is not excluded. */
    String excludedClusterProblem(String clusterId) {
        String excludedAt = excludedClusters.get(clusterId);
        return excludedAt == null ? null
                : "cluster \"" + clusterId + "\" is excluded by this scenario (" + excludedAt + ")";
    }

    boolean pinsProject(String projectId) {
        return pinnedProjects != null && pinnedProjects.names().contains(projectId);
    }

    void log(String change) {
        log.add(change);
    }

    List<String> log() {
        return log;
    }

    static String quotedList(Collection<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> index = new LinkedHashMap<>();
        items.forEach(item -> index.put(id.apply(item), item));
        return index;
    }
}
