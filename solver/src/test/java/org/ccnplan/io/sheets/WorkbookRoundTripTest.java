package org.ccnplan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkbookRoundTripTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"../datasets/sample-province/dataset.json",
            "src/test/resources/datasets/small-province.json", "src/test/resources/datasets/tiny-valid.json"})
    void aDatasetExportedToAWorkbookImportsAsTheSameDataset(String dataset) throws Exception {
        AllocationPlan original = TestDatasets.load(Path.of(dataset)).plan();
        Path workbook = Files.write(directory.resolve("dataset.xlsx"), WorkbookWriter.export(original));

        AllocationPlan imported = WorkbookReader.read(workbook);

        assertThat(Workbooks.normalized(imported)).isEqualTo(Workbooks.normalized(original));
    }

    @Test
    void namesAndLabelsComeBackExactlySpacesAndLineBreaksIncluded() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode dataset = (ObjectNode) mapper.readTree(Path.of("src/test/resources/datasets/tiny-valid.json")
                .toFile());
        ((ObjectNode) dataset.get("projects").get(0)).put("name", "  Nhà máy  A\nDòng 2 ");
        ((ObjectNode) dataset.get("phases").get(0)).put("label", "  đến 2025");
        Path file = directory.resolve("spaced.json");
        mapper.writeValue(file.toFile(), dataset);
        AllocationPlan original = TestDatasets.load(file).plan();
        Path workbook = Files.write(directory.resolve("spaced.xlsx"), WorkbookWriter.export(original));

        AllocationPlan imported = WorkbookReader.read(workbook);

        assertThat(imported.getProjects().get(0).getName()).isEqualTo("  Nhà máy  A\nDòng 2 ");
        assertThat(imported.getPhases().get(0).getLabel()).isEqualTo("  đến 2025");
    }

    @Test
    void theShippedSampleWorkbookHoldsTheSampleDataset() throws Exception {
        AllocationPlan json = TestDatasets.load(TestDatasets.SAMPLE).plan();

        AllocationPlan workbook = WorkbookReader.read(Path.of("../datasets/sample-province/dataset.xlsx"));

        assertThat(Workbooks.normalized(workbook))
                .as("datasets/sample-province/dataset.xlsx is out of date; write it again with ./ccnplan export"
                        + " datasets/sample-province/dataset.json --output datasets/sample-province/dataset.xlsx")
                .isEqualTo(Workbooks.normalized(json));
    }
}
