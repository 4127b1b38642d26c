package org.ccnplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetRoundTripTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"../datasets/sample-province/dataset.json",
            "src/test/resources/datasets/small-province.json", "src/test/resources/datasets/tiny-valid.json"})
    void writingAndReadingADatasetChangesNothing(String dataset) throws Exception {
        AllocationPlan original = TestDatasets.load(Path.of(dataset)).plan();
        Path copy = directory.resolve("copy.json");
        DatasetWriter.write(original, copy);

        AllocationPlan reread = TestDatasets.load(copy).plan();

        assertThat(DatasetWriter.toBytes(reread)).isEqualTo(DatasetWriter.toBytes(original));
        assertThat(reread.getName()).isEqualTo(original.getName());
        assertThat(names(reread)).isEqualTo(names(original));
        assertThat(units(reread)).isEqualTo(units(original));
        assertThat(reread.getClusters()).extracting(cluster -> cluster.getName() + "/" + cluster.getDistrict())
                .isEqualTo(original.getClusters().stream()
                        .map(cluster -> cluster.getName() + "/" + cluster.getDistrict()).toList());
        assertThat(reread.getClusters()).extracting(cluster -> cluster.getHubDistanceMetres().values().toString())
                .isEqualTo(original.getClusters().stream()
                        .map(cluster -> cluster.getHubDistanceMetres().values().toString()).toList());
    }

    private static List<String> names(AllocationPlan plan) {
        return plan.getProjects().stream().map(project -> project.getId() + "|" + project.getName() + "|"
                + project.getInvestor()).toList();
    }

    private static List<String> units(AllocationPlan plan) {
        return plan.getProjects().stream().map(project -> project.getId() + " L" + project.getLand() + " P"
                + project.getPower() + " V" + project.getValue() + " T" + project.getFreight() + " pinned"
                + project.isPinned() + " " + project.getCluster() + "@" + project.getPhase()
                + " " + project.getEarliestPhase() + ".." + project.getLatestPhase()).toList();
    }
}
