package org.ccnplan.io;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccnplan.domain.Project;

import com.fasterxml.jackson.databind.JsonNode;

/** A scenario's withdrawProjects, addProjects, unpinProjects and pinProjects, applied in that order. */
final class ProjectChanges {

    private ProjectChanges() {
    }

    static void apply(ScenarioEdit edit) {
        withdraw(edit);
        add(edit);
        unpin(edit);
        pin(edit);
    }

    private static void withdraw(ScenarioEdit edit) {
        edit.withdrawnProjects.forEach((id, path) -> {
            if (!knownInBase(edit, id, path)) {
                return;
            }
            edit.changed.items("projects").remove(edit.changed.find("projects", id));
            Project project = edit.baseProjects.get(id);
            edit.log(id + " withdrawn" + (project.isPinned() ? " (it was pinned to " + project.getCluster().getId()
                    + " in " + project.getPhase().getId() + ")" : ""));
        });
    }

    /** A project added with the id of one that stays is an error; withdrawing it first replaces it. */
    private static void add(ScenarioEdit edit) {
        List<JsonNode> projects = edit.scenario.list("addProjects", false, false);
        if (projects == null) {
            return;
        }
        Map<String, String> added = new LinkedHashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            String path = "addProjects[" + i + "]";
            JsonNode project = projects.get(i);
            JsonNode id = project.get("id");
            if (id != null && id.isTextual()) {
                String first = added.putIfAbsent(id.textValue(), path);
                if (first != null) {
                    edit.problems.add(path + ".id", "project \"" + id.textValue() + "\" is added twice (first at "
                            + first + ")");
                    continue;
                }
                if (edit.changed.find("projects", id.textValue()) != null) {
                    edit.problems.add(path + ".id", "project \"" + id.textValue() + "\" already exists in the base"
                            + " dataset; to replace it, also list it in withdrawProjects");
                    continue;
                }
            }
            if (namesExcludedCluster(edit, project, path)) {
                continue;
            }
            // A broken project is added all the same: the dataset's own rules then report it at its path here.
            edit.changed.add("projects", project, path);
            edit.log((id != null && id.isTextual() ? id.textValue() : path) + " added");
        }
    }

    /** Reports each reference of an added project to a cluster this scenario excludes. */
    private static boolean namesExcludedCluster(ScenarioEdit edit, JsonNode project, String path) {
        boolean found = false;
        JsonNode preferred = project.get("preferredClusters");
        if (preferred != null && preferred.isArray()) {
            for (int k = 0; k < preferred.size(); k++) {
                found |= reportIfExcluded(edit, preferred.get(k), path + ".preferredClusters[" + k + "]");
            }
        }
        JsonNode pinned = project.get("pinned");
        if (pinned != null && pinned.isObject()) {
            found |= reportIfExcluded(edit, pinned.get("cluster"), path + ".pinned.cluster");
        }
        return found;
    }

    private static boolean reportIfExcluded(ScenarioEdit edit, JsonNode clusterId, String path) {
        String problem = clusterId != null && clusterId.isTextual()
                ? edit.excludedClusterProblem(clusterId.textValue()) : null;
        if (problem != null) {
            edit.problems.add(path, problem);
        }
        return problem != null;
    }

    private static void unpin(ScenarioEdit edit) {
        edit.unpinnedProjects.forEach((id, path) -> {
            if (!knownInBase(edit, id, path) || !kept(edit, id, path)) {
                return;
            }
            Project project = edit.baseProjects.get(id);
            if (!project.isPinned()) {
                edit.problems.add(path, "project \"" + id + "\" is not pinned in the base dataset");
                return;
            }
            if (edit.pinsProject(id)) {
                return; // reported at pinProjects
            }
            edit.changed.find("projects", id).object().remove("pinned");
            edit.log(id + " unpinned (it was pinned to " + project.getCluster().getId() + " in "
                    + project.getPhase().getId() + "); the solver may now place it anywhere its rules allow");
        });
    }

    /** Pins (or re-pins) a project of the base or one the scenario adds. */
    private static void pin(ScenarioEdit edit) {
        JsonFields pins = edit.pinnedProjects;
        if (pins == null) {
            return;
        }
        Set<String> known = new LinkedHashSet<>(edit.baseProjects.keySet());
        edit.changed.items("projects").forEach(item -> {
            if (item.id() != null) {
                known.add(item.id());
            }
        });
        for (String id : pins.names()) {
            String path = pins.child(id);
            JsonNode pin = pins.raw(id);
            ChangedDataset.Item project = edit.changed.find("projects", id);
            if (project == null) {
                if (edit.withdrawnProjects.containsKey(id) && edit.baseProjects.containsKey(id)) {
                    kept(edit, id, path);
                } else {
                    edit.problems.add(path, reserveBlockOr(edit, id,
                            ScenarioEdit.unknown("project", id, known, "the base dataset or addProjects")));
                }
                continue;
            }
            if (edit.unpinnedProjects.containsKey(id)) {
                edit.problems.add(path, "project \"" + id + "\" is also unpinned ("
                        + edit.unpinnedProjects.get(id) + "); pin it or unpin it, not both");
                continue;
            }
            if (pin.isNull()) {
                edit.problems.add(path, "must be an object {\"cluster\": id, \"phase\": id}, found null; to unpin a"
                        + " project, list it in unpinProjects");
                continue;
            }
            if (pin.isObject() && reportIfExcluded(edit, pin.get("cluster"), path + ".cluster")) {
                continue;
            }
            // The pin's own rules (an object, a known cluster and phase) are the dataset's, reported at this path.
            project.replace("pinned", pin, ChangedDataset.Origin.scenario(path));
            edit.log(id + " pinned" + (pin.path("cluster").isTextual() && pin.path("phase").isTextual()
                    ? " to " + pin.get("cluster").textValue() + " in " + pin.get("phase").textValue() : ""));
        }
    }

    /** False, with the problem recorded, for an id that is not an investor project of the base. */
    private static boolean knownInBase(ScenarioEdit edit, String id, String path) {
        if (edit.baseProjects.containsKey(id)) {
            return true;
        }
        edit.problems.add(path, reserveBlockOr(edit, id,
                ScenarioEdit.unknown("project", id, edit.baseProjects.keySet(), "the base dataset")));
        return false;
    }

    /** False, with the problem recorded, for a project this scenario withdraws. */
    private static boolean kept(ScenarioEdit edit, String id, String path) {
        String withdrawnAt = edit.withdrawnProjects.get(id);
        if (withdrawnAt != null && !path.equals(withdrawnAt)) {
            edit.problems.add(path, "project \"" + id + "\" is withdrawn by this scenario (" + withdrawnAt + ")");
            return false;
        }
        return true;
    }

    private static String reserveBlockOr(ScenarioEdit edit, String id, String otherwise) {
        return edit.baseReserveBlocks.containsKey(id)
                ? "\"" + id + "\" is a reserve block; change its reserve in sectorReserves instead"
                : otherwise;
    }
}
