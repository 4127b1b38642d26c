package org.ccnplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ccnplan.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers the format accepts one by one but that together would overflow the integer score, or flood memory. */
class DatasetLimitsTest {

    @TempDir
    Path directory;

    private Path smallWith(String from, String to) throws Exception {
        String json = Files.readString(TestDatasets.SMALL);
        assertThat(json).contains(from);
        Path path = directory.resolve("limits.json");
        Files.writeString(path, json.replace(from, to));
        return path;
    }

    private void expectProblem(Path dataset, String location, String... messageParts) {
        assertThatThrownBy(() -> DatasetReader.read(dataset))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .anySatisfy(problem -> {
                            assertThat(problem.location()).isEqualTo(location);
                            assertThat(problem.message()).contains(messageParts);
                        }));
    }

    @Test
    void aReserveCutIntoTooManyBlocksIsRefused() throws Exception {
        expectProblem(smallWith("\"landHa\": 5, \"blockHa\": 2", "\"landHa\": 500, \"blockHa\": 0.01"),
                "sectorReserves[0]", "would make 50000 reserve blocks; at most 10000");
    }

    @Test
    void aBlockPowerTooLargeToScoreIsAProblemNotACrash() throws Exception {
        Path dataset = smallWith("\"powerMwPerHa\": 0.35", "\"powerMwPerHa\": 1000000000");
        String json = Files.readString(dataset).replace("\"landHa\": 5, \"blockHa\": 2",
                "\"landHa\": 1000000000, \"blockHa\": 1000000000");
        Files.writeString(dataset, json);

        expectProblem(dataset, "sectorReserves[0]", "a block's power in kW", "is too large to score");
    }

    @Test
    void freightTimesDistanceTooLargeToScoreIsRefused() throws Exception {
        Path dataset = smallWith("\"freightTonsPerHaYear\": 1500", "\"freightTonsPerHaYear\": 1000000");
        Files.writeString(dataset, Files.readString(dataset).replace("\"hubDistancesKm\": {\"EXP-1\": 21.5}",
                "\"hubDistancesKm\": {\"RAW-1\": 1000000000}").replace("\"landHa\": 3.5", "\"landHa\": 1000000"));

        expectProblem(dataset, "projects", "project \"INV-001\": freight times distance", "too large to score");
    }

    @Test
    void weightsThatWouldOverflowTheSoftScoreAreRefused() throws Exception {
        Path dataset = smallWith("\"capitalBillionVnd\": 900,", "\"capitalBillionVnd\": 1000000000,");
        Files.writeString(dataset, Files.readString(dataset).replace("\"startDelay\": 1",
                "\"startDelay\": 2000000000"));

        expectProblem(dataset, "(top level)", "too large to score: the soft level could reach");
    }
}
