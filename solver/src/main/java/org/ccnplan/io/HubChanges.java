package org.ccnplan.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A scenario's removeHubs and addHubs: a hub closed or opened (hubs have no phase in dataset format v1). */
final class HubChanges {

    private HubChanges() {
    }

    static void apply(ScenarioEdit edit) {
        remove(edit);
        add(edit);
    }

    /** A removed hub also leaves every cluster's surveyed distances: they would name an unknown hub. */
    private static void remove(ScenarioEdit edit) {
        edit.ids("removeHubs").forEach((id, path) -> {
            if (!edit.baseHubs.containsKey(id)) {
                edit.problems.add(path, ScenarioEdit.unknown("hub", id, edit.baseHubs.keySet(), "the base dataset"));
                return;
            }
            edit.changed.items("hubs").remove(edit.changed.find("hubs", id));
            List<String> surveyedFrom = new ArrayList<>();
            for (ChangedDataset.Item cluster : edit.changed.items("clusters")) {
                JsonNode distances = cluster.object().get("hubDistancesKm");
                if (distances instanceof ObjectNode object && object.remove(id) != null) {
                    surveyedFrom.add(cluster.id());
                }
            }
            edit.log("hub " + id + " removed" + (surveyedFrom.isEmpty() ? ""
                    : "; its surveyed road distances from " + String.join(", ", surveyedFrom) + " are dropped"));
        });
    }

    private static void add(ScenarioEdit edit) {
        List<JsonNode> hubs = edit.scenario.list("addHubs", false, false);
        if (hubs == null) {
            return;
        }
        Map<String, String> added = new LinkedHashMap<>();
        for (int i = 0; i < hubs.size(); i++) {
            String path = "addHubs[" + i + "]";
            JsonNode hub = hubs.get(i);
            JsonNode id = hub.get("id");
            if (id != null && id.isTextual()) {
                String first = added.putIfAbsent(id.textValue(), path);
                if (first != null) {
                    edit.problems.add(path + ".id", "hub \"" + id.textValue() + "\" is added twice (first at "
                            + first + ")");
                    continue;
                }
                if (edit.changed.find("hubs", id.textValue()) != null) {
                    edit.problems.add(path + ".id", "hub \"" + id.textValue() + "\" already exists in the base"
                            + " dataset; to move it, also list it in removeHubs");
                    continue;
                }
            }
            // A broken hub is added all the same: the dataset's own rules then report it at its path here.
            edit.changed.add("hubs", hub, path);
            JsonNode type = hub.get("type");
            edit.log("hub " + (id != null && id.isTextual() ? id.textValue() : path) + " added"
                    + (type != null && type.isTextual() ? " (" + type.textValue() + ")" : "")
                    + "; its distances are computed from coordinates unless a cluster's hubDistancesKm gives them");
        }
    }
}
