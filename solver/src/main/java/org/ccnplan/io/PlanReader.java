package org.ccnplan.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applies a plan file (one written by the engine, or by hand with only {@code assignments}) to a dataset. A project
 * that is not listed is unplaced; a pinned project that is not listed stays at its pin (SPEC section 5).
 */
public final class PlanReader {

    static final List<String> PLAN_FIELDS = Arrays.stream(PlanFile.class.getRecordComponents())
            .map(component -> component.getName()).toList();
    static final List<String> ASSIGNMENT_FIELDS = List.of("project", "cluster", "phase");

    private PlanReader() {
    }

    /**
     * Sets every project's cluster and phase in {@code plan} from the plan file, or reports every problem.
     *
     * @return what the plan file says it was made for (nothing, for a typical hand-written plan)
     */
    public static MadeFor apply(Path planPath, AllocationPlan plan) throws InvalidInputException {
        JsonFiles.JsonInput input = JsonFiles.read(planPath);
        Problems problems = new Problems(input.file());
        JsonFields root = JsonFields.of(input.tree(), "", problems, PLAN_FIELDS);
        List<JsonNode> list = root == null ? null : root.list("assignments", true, false);
        if (list == null) {
            problems.throwIfAny();
        }

        Map<String, Project> projects = index(plan.getProjects(), Project::getId);
        Map<String, Cluster> clusters = index(plan.getClusters(), Cluster::getId);
        Map<String, Phase> phases = index(plan.getPhases(), Phase::getId);
        Map<Project, Cluster> clusterOf = new HashMap<>();
        Map<Project, Phase> phaseOf = new HashMap<>();
        Map<String, String> listedAt = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "assignments[" + i + "]";
            JsonFields entry = JsonFields.of(list.get(i), path, problems, ASSIGNMENT_FIELDS);
            if (entry == null) {
                continue;
            }
            String projectId = entry.requiredId("project");
            String clusterId = entry.optionalId("cluster");
            String phaseId = entry.optionalId("phase");
            Project project = lookUp(projects, projectId, entry.child("project"), "project", problems);
            Cluster cluster = lookUp(clusters, clusterId, entry.child("cluster"), "cluster", problems);
            Phase phase = lookUp(phases, phaseId, entry.child("phase"), "phase", problems);
            if (clusterId != null && !entry.has("phase")) {
                entry.problem("phase", "a placed project needs a phase: cluster \"" + clusterId
                        + "\" is given without one");
            }
            if (phaseId != null && !entry.has("cluster")) {
                entry.problem("cluster", "phase \"" + phaseId + "\" is given without a cluster; an unplaced project"
                        + " has neither");
            }
            if (project == null) {
                continue;
            }
            String earlier = listedAt.putIfAbsent(project.getId(), path);
            if (earlier != null) {
                entry.problem("project", "project \"" + project.getId() + "\" is listed twice (first at " + earlier
                        + ")");
                continue;
            }
            if (project.isPinned() && (cluster != project.getCluster() || phase != project.getPhase())) {
                entry.problem("project", "project \"" + project.getId() + "\" is pinned to "
                        + project.getCluster().getId() + " in " + project.getPhase().getId()
                        + "; a plan cannot move it");
            }
            clusterOf.put(project, cluster);
            phaseOf.put(project, phase);
        }
        problems.throwIfAny();
        for (Project project : plan.getProjects()) {
            if (project.isPinned()) {
                continue;
            }
            Cluster cluster = clusterOf.get(project);
            project.setCluster(cluster);
            // An unplaced project's phase means nothing; its earliest phase keeps the solver's start defined.
            project.setPhase(cluster == null ? project.getEarliestPhase() : phaseOf.get(project));
        }
        return madeFor(input.tree());
    }

    /** Recorded provenance is read leniently: a hand-edited value of the wrong type counts as not recorded. */
    private static MadeFor madeFor(JsonNode root) {
        JsonNode dataset = root.get("datasetSha256");
        JsonNode scenario = root.get("scenario");
        PlanFile.ScenarioEntry entry = null;
        if (scenario != null && scenario.isObject() && scenario.path("sha256").isTextual()) {
            entry = new PlanFile.ScenarioEntry(scenario.path("name").isTextual() ? scenario.get("name").textValue()
                    : "(unnamed)", scenario.get("sha256").textValue());
        }
        return new MadeFor(dataset != null && dataset.isTextual() ? dataset.textValue() : null, entry);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static <T> T lookUp(Map<String, T> known, String id, String path, String kind, Problems problems) {
        if (id == null) {
            return null;
        }
        T found = known.get(id);
        if (found == null) {
            String nearest = JsonFields.nearest(id, List.copyOf(known.keySet()));
            problems.add(path, "unknown " + kind + " \"" + id + "\" (not in the dataset)"
                    + (nearest == null ? "" : "; did you mean \"" + nearest + "\"?"));
        }
        return found;
    }
}
