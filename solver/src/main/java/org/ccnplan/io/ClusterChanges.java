package org.ccnplan.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A scenario's excludeClusters, clusters (fields replaced) and delayClusters, applied in that order. */
final class ClusterChanges {

    private ClusterChanges() {
    }

    static void apply(ScenarioEdit edit) {
        exclude(edit);
        replaceFields(edit);
        delay(edit);
    }

    // ************************************************************************
    // excludeClusters
    // ************************************************************************

    /**
     * An excluded cluster leaves the dataset and every project's preferred clusters. A project pinned there must be
     * released by the same scenario (unpinned, pinned elsewhere or withdrawn): a licence is not dropped silently.
     */
    private static void exclude(ScenarioEdit edit) {
        edit.ids("excludeClusters").forEach((id, path) -> {
            Cluster cluster = edit.baseClusters.get(id);
            if (cluster == null) {
                edit.problems.add(path, ScenarioEdit.unknown("cluster", id, edit.baseClusters.keySet(),
                        "the base dataset"));
                return;
            }
            List<String> heldPins = edit.baseProjects.values().stream()
                    .filter(project -> project.isPinned() && project.getCluster() == cluster)
                    .map(Project::getId)
                    .filter(project -> !edit.withdrawnProjects.containsKey(project)
                            && !edit.unpinnedProjects.containsKey(project) && !edit.pinsProject(project))
                    .toList();
            if (!heldPins.isEmpty()) {
                boolean one = heldPins.size() == 1;
                edit.problems.add(path, "cluster \"" + id + "\" holds pinned project" + (one ? " " : "s ")
                        + ScenarioEdit.quotedList(heldPins) + "; also unpin " + (one ? "it" : "them")
                        + " (unpinProjects), pin " + (one ? "it" : "them") + " elsewhere (pinProjects) or withdraw "
                        + (one ? "it" : "them") + " (withdrawProjects)");
                return;
            }
            edit.changed.items("clusters").remove(edit.changed.find("clusters", id));
            edit.excludedClusters.put(id, path);
            edit.log(id + " excluded" + dropFromPreferences(edit, id));
        });
    }

    /** Removes a cluster from every project's preferredClusters; says which projects that touched. */
    private static String dropFromPreferences(ScenarioEdit edit, String clusterId) {
        List<String> touched = new ArrayList<>();
        List<String> leftWithout = new ArrayList<>();
        for (ChangedDataset.Item project : edit.changed.items("projects")) {
            JsonNode preferred = project.object().get("preferredClusters");
            if (!(preferred instanceof ArrayNode list)) {
                continue;
            }
            boolean removed = false;
            for (Iterator<JsonNode> ids = list.iterator(); ids.hasNext();) {
                if (clusterId.equals(ids.next().textValue())) {
                    ids.remove();
                    removed = true;
                }
            }
            if (removed) {
                touched.add(project.id());
                if (list.isEmpty()) {
                    leftWithout.add(project.id());
                }
            }
        }
        if (touched.isEmpty()) {
            return "";
        }
        return "; dropped from the preferred clusters of " + String.join(", ", touched)
                + (leftWithout.isEmpty() ? "" : " (" + String.join(", ", leftWithout)
                        + (leftWithout.size() == 1 ? " is" : " are") + " left with no preference)");
    }

    // ************************************************************************
    // clusters: fields replaced
    // ************************************************************************

    /** Every field given replaces the base cluster's field as a whole (stages, hubDistancesKm, ...); not its id. */
    private static void replaceFields(ScenarioEdit edit) {
        if (!edit.scenario.has("clusters")) {
            return;
        }
        JsonFields clusters = JsonFields.ofMap(edit.scenario.raw("clusters"), "clusters", edit.problems);
        if (clusters == null) {
            return;
        }
        for (String id : clusters.names()) {
            String path = clusters.child(id);
            if (!knownAndKept(edit, id, path, "changed")) {
                continue;
            }
            JsonFields fields = JsonFields.of(clusters.raw(id), path, edit.problems, DatasetReader.CLUSTER_FIELDS);
            if (fields == null) {
                continue;
            }
            if (fields.names().contains("id")) {
                fields.problem("id", "a cluster's id cannot be changed; the key (\"" + id + "\") names the cluster");
            }
            ChangedDataset.Item cluster = edit.changed.find("clusters", id);
            List<String> replaced = new ArrayList<>();
            for (String field : fields.names()) {
                if (!field.equals("id") && DatasetReader.CLUSTER_FIELDS.contains(field)) {
                    cluster.replace(field, fields.raw(field), ChangedDataset.Origin.scenario(fields.child(field)));
                    replaced.add(field);
                }
            }
            if (!replaced.isEmpty()) {
                edit.log(id + ": " + String.join(", ", replaced) + " replaced" + describeStages(fields.raw("stages")));
            }
        }
    }

    /** " (2030: 12 ha, 5 MW; 2035: 16 ha, 6.5 MW)" for stages as written; "" for anything else. */
    private static String describeStages(JsonNode stages) {
        if (stages == null || !stages.isArray()) {
            return "";
        }
        List<String> described = new ArrayList<>();
        for (JsonNode stage : stages) {
            JsonNode phase = stage.get("phase");
            JsonNode land = stage.get("landHa");
            JsonNode power = stage.get("powerMw");
            if (phase == null || !phase.isTextual() || land == null || !land.isNumber() || power == null
                    || !power.isNumber()) {
                return "";
            }
            described.add(phase.textValue() + ": " + land.decimalValue().toPlainString() + " ha, "
                    + power.decimalValue().toPlainString() + " MW");
        }
        return " (" + String.join("; ", described) + ")";
    }

    /** False, with the problem recorded, for a cluster the base lacks or this scenario excludes. */
    private static boolean knownAndKept(ScenarioEdit edit, String id, String path, String verb) {
        if (!edit.baseClusters.containsKey(id)) {
            edit.problems.add(path, ScenarioEdit.unknown("cluster", id, edit.baseClusters.keySet(),
                    "the base dataset"));
            return false;
        }
        String excluded = edit.excludedClusterProblem(id);
        if (excluded != null) {
            edit.problems.add(path, excluded + "; it cannot also be " + verb);
            return false;
        }
        return true;
    }

    // ************************************************************************
    // delayClusters
    // ************************************************************************

    /**
     * Shifts every stage of a cluster by n phases (negative: earlier). A stage pushed past the last phase is dropped:
     * that capacity comes after the planning horizon. No stage left, or a stage before the first phase, is an error.
     */
    private static void delay(ScenarioEdit edit) {
        if (!edit.scenario.has("delayClusters")) {
            return;
        }
        JsonFields delays = JsonFields.ofMap(edit.scenario.raw("delayClusters"), "delayClusters", edit.problems);
        if (delays == null) {
            return;
        }
        List<Phase> phases = edit.base.getPhases();
        for (String id : delays.names()) {
            String path = delays.child(id);
            Integer shift = delays.requiredInt(id, Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (!knownAndKept(edit, id, path, "delayed") || shift == null || shift == 0) {
                continue;
            }
            ChangedDataset.Item item = edit.changed.find("clusters", id);
            if (edit.scenario.raw("clusters") != null && edit.scenario.raw("clusters").path(id).has("stages")) {
                edit.problems.add(path, "cluster \"" + id + "\" also gets new stages in clusters." + id
                        + ".stages; write the delayed stages there instead");
                continue;
            }
            List<Stage> stages = edit.baseClusters.get(id).getStages();
            String what = (shift > 0 ? "delaying" : "accelerating") + " by " + phases(Math.abs(shift));
            long firstIndex = (long) stages.get(0).phase().getIndex() + shift;
            if (firstIndex < 0) {
                edit.problems.add(path, what + " would move the first stage of " + id + " (phase \""
                        + stages.get(0).phase().getId() + "\") before the first phase \"" + phases.get(0).getId()
                        + "\"");
                continue;
            }
            if (firstIndex >= phases.size()) {
                edit.problems.add(path, what + " pushes every stage of " + id + " past the last phase \""
                        + phases.get(phases.size() - 1).getId() + "\", leaving it no stage; exclude it instead"
                        + " (excludeClusters)");
                continue;
            }
            item.replace("stages", shifted(item, stages, shift, phases),
                    ChangedDataset.Origin.scenarioAsAWhole(path));
            edit.log(id + ": " + describeShift(stages, shift, phases));
        }
    }

    /** The base cluster's stage objects, each with its phase moved; those past the last phase left out. */
    private static ArrayNode shifted(ChangedDataset.Item cluster, List<Stage> stages, int shift, List<Phase> phases) {
        ArrayNode written = (ArrayNode) cluster.object().get("stages");
        ArrayNode result = ChangedDataset.JSON.arrayNode();
        for (int s = 0; s < stages.size(); s++) {
            int index = stages.get(s).phase().getIndex() + shift;
            if (index < phases.size()) {
                ObjectNode stage = (ObjectNode) written.get(s).deepCopy();
                stage.put("phase", phases.get(index).getId());
                result.add(stage);
            }
        }
        return result;
    }

    private static String describeShift(List<Stage> stages, int shift, List<Phase> phases) {
        List<String> moves = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Stage stage : stages) {
            int index = stage.phase().getIndex() + shift;
            if (index < phases.size()) {
                moves.add(stage.phase().getId() + " -> " + phases.get(index).getId());
            } else {
                dropped.add(stage.phase().getId() + " (" + stage.landHa().toPlainString() + " ha, "
                        + stage.powerMw().toPlainString() + " MW)");
            }
        }
        return "every stage " + (shift > 0 ? "delayed" : "accelerated") + " by " + phases(Math.abs(shift)) + ": "
                + String.join(", ", moves) + (dropped.isEmpty() ? ""
                        : "; the stage" + (dropped.size() == 1 ? " of " : "s of ") + String.join(", ", dropped)
                                + " would come after the last phase \"" + phases.get(phases.size() - 1).getId()
                                + "\" and " + (dropped.size() == 1 ? "is" : "are") + " dropped");
    }

    private static String phases(int count) {
        return count + (count == 1 ? " phase" : " phases");
    }
}
