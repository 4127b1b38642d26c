package org.ccnplan.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.ccnplan.domain.AllocationPlan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a scenario (docs/scenario-format.md): a base dataset and changes to it. The changes are applied to a copy of
 * the base's JSON, which must then pass every rule of the dataset format; a problem is reported at its path in the
 * scenario when the scenario wrote it, else at its path in the base "as changed by" the scenario. Every problem is
 * reported at once, and nothing is solved from a scenario with problems.
 */
final class ScenarioReader {

    static final List<String> SCENARIO_FIELDS = List.of("formatVersion", "name", "description", "baseDataset",
            "clusters", "delayClusters", "excludeClusters", "addHubs", "removeHubs", "addProjects",
            "withdrawProjects", "pinProjects", "unpinProjects", "sectorReserves", "policy", "weights");

    private ScenarioReader() {
    }

    /** A scenario is told from a dataset by its base: datasets have no {@code baseDataset}. */
    static boolean isScenario(JsonNode tree) {
        return tree != null && tree.isObject() && tree.has("baseDataset");
    }

    static DatasetReader.Dataset read(Path path, JsonFiles.JsonInput input) throws InvalidInputException {
        Problems problems = new Problems(input.file());
        JsonFields scenario = JsonFields.of(input.tree(), "", problems, SCENARIO_FIELDS);
        scenario.requiredInt("formatVersion", 1, 1);
        String name = scenario.requiredString("name");
        String description = scenario.optionalString("description");
        JsonFiles.JsonInput base = readBase(path, scenario, problems);
        AllocationPlan basePlan;
        try {
            basePlan = DatasetReader.validate(base.file(), base.tree());
        } catch (InvalidInputException e) {
            e.getProblems().forEach(problems::add); // the base's own problems, named by its file
            throw problems.failure();
        }

        ChangedDataset changed = new ChangedDataset(base.tree());
        ScenarioEdit edit = new ScenarioEdit(scenario, basePlan, changed, problems);
        HubChanges.apply(edit);
        ClusterChanges.apply(edit);
        ProjectChanges.apply(edit);
        ReserveChanges.apply(edit);
        mergeFields(edit, "policy");
        mergeFields(edit, "weights");
        if (name != null) {
            changed.rename(basePlan.getName() + " [scenario: " + name + "]");
        }

        String changedFile = base.file() + " as changed by " + input.file();
        ObjectNode tree = changed.toTree();
        AllocationPlan plan = null;
        try {
            plan = DatasetReader.validate(changedFile, tree);
        } catch (InvalidInputException e) {
            e.getProblems().forEach(problem -> problems.add(changed.locate(problem, input.file(), changedFile)));
        }
        problems.throwIfAny();
        return new DatasetReader.Dataset(base.file(), base.sha256(), plan, new AppliedScenario(input.file(), name,
                description, input.sha256(), basePlan.getName(), edit.log()));
    }

    /** The base dataset, read relative to the scenario's folder; or every problem so far, thrown. */
    private static JsonFiles.JsonInput readBase(Path scenarioPath, JsonFields scenario, Problems problems)
            throws InvalidInputException {
        String written = scenario.requiredId("baseDataset");
        if (written == null) {
            throw problems.failure();
        }
        Path basePath;
        try {
            basePath = scenarioPath.resolveSibling(written).normalize();
        } catch (InvalidPathException e) {
            problems.add("baseDataset", "is not a valid file path: " + e.getReason());
            throw problems.failure();
        }
        JsonFiles.JsonInput base;
        try {
            base = JsonFiles.read(basePath);
        } catch (InvalidInputException e) {
            if (e.getProblems().stream().allMatch(problem -> problem.location().equals("(file)"))) {
                e.getProblems().forEach(problem -> problems.add("baseDataset", "cannot read the base dataset "
                        + basePath + ": " + problem.message()));
            } else {
                e.getProblems().forEach(problems::add); // not valid JSON: at its line and column in the base
            }
            throw problems.failure();
        }
        if (isScenario(base.tree())) {
            problems.add("baseDataset", basePath + " is itself a scenario (it names a baseDataset); the base of a"
                    + " scenario must be a dataset");
            throw problems.failure();
        }
        return base;
    }

    /**
     * A partial policy or weights object: each field given replaces the base's (null restores the default). Its
     * fields are checked by the dataset's rules, at their paths in the scenario: a weight for a rule that does not
     * exist is an unknown property there.
     */
    private static void mergeFields(ScenarioEdit edit, String object) {
        if (!edit.scenario.has(object)) {
            return;
        }
        JsonFields fields = JsonFields.ofMap(edit.scenario.raw(object), object, edit.problems);
        if (fields == null) {
            return;
        }
        for (String field : fields.names()) {
            JsonNode value = fields.raw(field);
            JsonNode old = edit.changed.topLevel(object).get(field);
            edit.changed.merge(object, field, value, fields.child(field));
            edit.log(object + "." + field + ": " + (old == null || old.isNull() ? "default" : describe(old)) + " -> "
                    + (value.isNull() ? "default" : describe(value)));
        }
    }

    private static String describe(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.isArray() ? "a list of " + value.size() : "an object";
    }
}
