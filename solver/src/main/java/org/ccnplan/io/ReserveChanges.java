package org.ccnplan.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A scenario's sectorReserves: each entry sets the reserve of its (sector, phase), replacing the base's reserve in its
 * place or adding one; an entry with landHa 0 removes the base's reserve.
 */
final class ReserveChanges {

    private ReserveChanges() {
    }

    static void apply(ScenarioEdit edit) {
        List<JsonNode> reserves = edit.scenario.list("sectorReserves", false, false);
        if (reserves == null) {
            return;
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < reserves.size(); i++) {
            String path = "sectorReserves[" + i + "]";
            JsonNode reserve = reserves.get(i);
            String sector = text(reserve, "sector");
            String phase = text(reserve, "phase");
            if (sector == null || phase == null) {
                edit.changed.add("sectorReserves", reserve, path); // the dataset's rules report what is missing
                continue;
            }
            String where = "sector \"" + sector + "\" in phase \"" + phase + "\"";
            String first = seen.putIfAbsent(sector + "/" + phase, path);
            if (first != null) {
                edit.problems.add(path, "a second entry for " + where + " (the first is " + first + ")");
                continue;
            }
            ChangedDataset.Item existing = edit.changed.items("sectorReserves").stream()
                    .filter(item -> sector.equals(text(item.node(), "sector"))
                            && phase.equals(text(item.node(), "phase")))
                    .findFirst().orElse(null);
            JsonNode land = reserve.get("landHa");
            if (land != null && land.isNumber() && land.decimalValue().signum() == 0) {
                if (existing == null) {
                    edit.problems.add(path + ".landHa", "landHa 0 removes a reserve, but the base dataset has no"
                            + " reserve for " + where);
                    continue;
                }
                edit.changed.items("sectorReserves").remove(existing);
                edit.log("reserve for " + sector + " in " + phase + " removed");
            } else if (existing != null) {
                edit.changed.replace("sectorReserves", existing, reserve, path);
                edit.log("reserve for " + sector + " in " + phase + " set to " + hectares(land) + " (was "
                        + hectares(existing.node().get("landHa")) + ")");
            } else {
                edit.changed.add("sectorReserves", reserve, path);
                edit.log("reserve for " + sector + " in " + phase + " added: " + hectares(land));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static String hectares(JsonNode land) {
        return land != null && land.isNumber() ? land.decimalValue().toPlainString() + " ha" : "?";
    }
}
