package org.ccnplan.report;

import java.nio.file.Path;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;

/** Finds a plan's projects, clusters and phases by id, and places projects by hand, for the explanation tests. */
final class Plans {

    static final Path EXPLAIN_CASES = Path.of("src/test/resources/datasets/explain-cases.json");

    private Plans() {
    }

    /** {@code explain-cases.json} with the given placements, each "PROJECT CLUSTER PHASE". */
    static AllocationPlan explainCases(String... placements) {
        AllocationPlan plan = TestDatasets.load(EXPLAIN_CASES).plan();
        for (String placement : placements) {
            String[] parts = placement.split(" ");
            place(plan, parts[0], parts[1], parts[2]);
        }
        return plan;
    }

    static Project project(AllocationPlan plan, String id) {
        return plan.getProjects().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    static Cluster cluster(AllocationPlan plan, String id) {
        return plan.getClusters().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    static Phase phase(AllocationPlan plan, String id) {
        return plan.getPhases().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    static void place(AllocationPlan plan, String project, String cluster, String phase) {
        project(plan, project).setCluster(cluster(plan, cluster));
        project(plan, project).setPhase(phase(plan, phase));
    }
}
