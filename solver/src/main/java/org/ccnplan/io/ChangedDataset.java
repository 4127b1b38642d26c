package org.ccnplan.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A copy of a base dataset's JSON tree as a scenario changes it. It remembers where every part of the result was
 * written, so that a problem found in the changed dataset is reported where the planner can fix it: at its path in
 * the scenario, or at its path in the base dataset (whose list positions removals may have shifted).
 */
final class ChangedDataset {

    static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    /** Where a part of the changed dataset was written. */
    record Origin(boolean inScenario, String path, boolean pathsInside) {

        static Origin scenario(String path) {
            return new Origin(true, path, true);
        }

        /** Written by the scenario, but as a whole: the paths inside it are not the scenario's (a delay). */
        static Origin scenarioAsAWhole(String path) {
            return new Origin(true, path, false);
        }

        static Origin base(String path) {
            return new Origin(false, path, true);
        }
    }

    /** One element of a list (a hub, cluster, project or reserve): its JSON and where it came from. */
    static final class Item {
        private final JsonNode node;
        private final Origin origin;
        /** Fields the scenario wrote over, with where it wrote them. */
        private final Map<String, Origin> replacedFields = new LinkedHashMap<>();

        private Item(JsonNode node, Origin origin) {
            this.node = node;
            this.origin = origin;
        }

        /** The id, or null when the element has none (a broken element the validation will report). */
        String id() {
            JsonNode id = node.get("id");
            return id != null && id.isTextual() ? id.textValue() : null;
        }

        /** The element's JSON object; base elements always are objects (the base was validated). */
        ObjectNode object() {
            return (ObjectNode) node;
        }

        JsonNode node() {
            return node;
        }

        boolean fromScenario() {
            return origin.inScenario();
        }

        void replace(String field, JsonNode value, Origin where) {
            object().set(field, value.deepCopy());
            replacedFields.put(field, where);
        }
    }

    private final ObjectNode root;
    private final Map<String, List<Item>> lists = new LinkedHashMap<>();
    /** Fields of top-level objects (policy, weights) the scenario wrote, by path in the changed dataset. */
    private final Map<String, Origin> mergedFields = new LinkedHashMap<>();
    /** Filled by {@link #toTree()}: where each list element and replaced field of the result came from. */
    private final Map<String, Origin> origins = new HashMap<>();

    ChangedDataset(JsonNode base) {
        this.root = (ObjectNode) base.deepCopy();
        for (String list : List.of("hubs", "clusters", "projects", "sectorReserves")) {
            List<Item> items = new ArrayList<>();
            JsonNode array = root.get(list);
            if (array != null && array.isArray()) {
                for (int i = 0; i < array.size(); i++) {
                    items.add(new Item(array.get(i), Origin.base(list + "[" + i + "]")));
                }
            }
            lists.put(list, items);
        }
    }

    /** The live list of elements: removing from it removes from the changed dataset. */
    List<Item> items(String list) {
        return lists.get(list);
    }

    Item find(String list, String id) {
        return items(list).stream().filter(item -> id.equals(item.id())).findFirst().orElse(null);
    }

    void add(String list, JsonNode node, String scenarioPath) {
        items(list).add(new Item(node.deepCopy(), Origin.scenario(scenarioPath)));
    }

    /** Puts a scenario's element in the place of a base element, keeping its position in the list. */
    void replace(String list, Item old, JsonNode node, String scenarioPath) {
        List<Item> items = items(list);
        items.set(items.indexOf(old), new Item(node.deepCopy(), Origin.scenario(scenarioPath)));
    }

    /** Sets a field of a top-level object (policy, weights), creating the object when the base has none. */
    void merge(String object, String field, JsonNode value, String scenarioPath) {
        JsonNode existing = root.get(object);
        ObjectNode target = existing instanceof ObjectNode objectNode ? objectNode : root.putObject(object);
        target.set(field, value.deepCopy());
        mergedFields.put(object + "." + field, Origin.scenario(scenarioPath));
    }

    /** A top-level field of the changed dataset as it stands (a missing node when absent). */
    JsonNode topLevel(String field) {
        return root.path(field);
    }

    void rename(String name) {
        root.put("name", name);
    }

    /** The changed dataset, ready for validation; also records where each of its parts came from. */
    ObjectNode toTree() {
        origins.clear();
        origins.putAll(mergedFields);
        lists.forEach((list, items) -> {
            if (items.isEmpty() && !root.has(list)) {
                return; // absent in the base and nothing added: keep the format's default
            }
            ArrayNode array = root.putArray(list);
            for (Item item : items) {
                String path = list + "[" + array.size() + "]";
                array.add(item.node);
                origins.put(path, item.origin);
                item.replacedFields.forEach((field, origin) -> origins.put(path + "." + field, origin));
            }
        });
        return root;
    }

    /**
     * A problem of the changed dataset, moved to where it was written: into the scenario file, or into the base
     * file "as changed by" the scenario when the scenario only caused it (say, a hub type left without a hub).
     */
    InputProblem locate(InputProblem problem, String scenarioFile, String changedFile) {
        String location = problem.location();
        for (String prefix = location; prefix != null; prefix = parent(prefix)) {
            Origin origin = origins.get(prefix);
            if (origin == null) {
                continue;
            }
            String file = origin.inScenario() ? scenarioFile : changedFile;
            String inside = location.substring(prefix.length());
            if (origin.pathsInside() || inside.isEmpty()) {
                return new InputProblem(file, origin.path() + inside, problem.message());
            }
            return new InputProblem(file, origin.path(), problem.message() + " (at " + location
                    + " of the changed dataset)");
        }
        return new InputProblem(changedFile, location, problem.message());
    }

    /** "clusters[3].stages[1]" for "clusters[3].stages[1].landHa"; null at the top. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
