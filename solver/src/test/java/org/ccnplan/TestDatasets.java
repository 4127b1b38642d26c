package org.ccnplan;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;

import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InvalidInputException;

/** The datasets the tests solve and score: the shipped sample and a small hand-made province. */
public final class TestDatasets {

    public static final Path SAMPLE = Path.of("../datasets/sample-province/dataset.json");
    public static final Path SMALL = Path.of("src/test/resources/datasets/small-province.json");
    /** Self-incompatible sectors, targets from 0% to 100%, clusters without land. */
    public static final Path EDGE_CASES = Path.of("src/test/resources/datasets/edge-cases.json");

    /** The sample, the small province and the edge cases: for tests that hold a property on every kind of plan. */
    public static List<Path> varied() {
        return List.of(SAMPLE, SMALL, EDGE_CASES);
    }

    private TestDatasets() {
    }

    public static DatasetReader.Dataset load(Path path) {
        try {
            return DatasetReader.read(path);
        } catch (InvalidInputException e) {
            throw new AssertionError("Test dataset " + path + " is invalid:\n" + e.getMessage(), e);
        }
    }

    // Look-ups by id for tests; a missing id fails the test that asked.

    public static Project project(AllocationPlan plan, String id) {
        return byId(plan.getProjects(), Project::getId, id);
    }

    public static Cluster cluster(AllocationPlan plan, String id) {
        return byId(plan.getClusters(), Cluster::getId, id);
    }

    public static Phase phase(AllocationPlan plan, String id) {
        return byId(plan.getPhases(), Phase::getId, id);
    }

    public static Hub hub(AllocationPlan plan, String id) {
        return byId(plan.getHubs(), Hub::getId, id);
    }

    public static Sector sector(AllocationPlan plan, String id) {
        return byId(plan.getSectors(), Sector::getId, id);
    }

    private static <T> T byId(List<T> list, Function<T, String> id, String wanted) {
        return list.stream().filter(item -> id.apply(item).equals(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + wanted + " in the test dataset"));
    }
}
