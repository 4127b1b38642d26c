package org.ccnplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ccnplan.TestDatasets;
import org.ccnplan.report.PlanReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan made from a scenario records it next to its base dataset; scoring it elsewhere is told apart. */
class ScenarioPlanFileTest {

    private static final String SMALL_NAME = "Small test province (synthetic): 4 clusters";

    @TempDir
    Path dir;

    private Path base;
    private Path scenario;

    @BeforeEach
    void writeAScenarioOfTheSmallProvince() throws IOException {
        base = Files.copy(TestDatasets.SMALL, dir.resolve("small-province.json"));
        scenario = Files.writeString(dir.resolve("no-port.json"), """
                {"formatVersion": 1, "name": "Cảng Phú Mỹ đóng cửa", "baseDataset": "small-province.json",
                 "excludeClusters": ["CCN-04"], "weights": {"logisticsCost": 2}}""", StandardCharsets.UTF_8);
    }

    @Test
    void aScenariosPlanRecordsItsNameAndShaNextToTheBaseDatasets() throws Exception {
        DatasetReader.Dataset loaded = DatasetReader.read(scenario);

        PlanFile planFile = scored(loaded);

        assertThat(planFile.datasetName()).as("the base's name").isEqualTo(SMALL_NAME);
        assertThat(planFile.datasetSha256()).isEqualTo(JsonFiles.sha256(Files.readAllBytes(base)));
        assertThat(planFile.scenario()).isEqualTo(new PlanFile.ScenarioEntry("Cảng Phú Mỹ đóng cửa",
                JsonFiles.sha256(Files.readAllBytes(scenario))));
        assertThat(planFile.clusters()).extracting(PlanFile.ClusterEntry::cluster).doesNotContain("CCN-04");
        String json = new String(PlanWriter.toBytes(planFile), StandardCharsets.UTF_8);
        assertThat(json).contains(String.join("\n",
                "  \"datasetSha256\" : \"" + planFile.datasetSha256() + "\",",
                "  \"scenario\" : {",
                "    \"name\" : \"Cảng Phú Mỹ đóng cửa\",",
                "    \"sha256\" : \"" + planFile.scenario().sha256() + "\"",
                "  },",
                "  \"engineVersion\""))
                .doesNotContain(dir.toString());
    }

    @Test
    void aPlainDatasetsPlanHasANullScenario() throws Exception {
        PlanFile planFile = scored(DatasetReader.read(base));

        assertThat(planFile.scenario()).isNull();
        assertThat(planFile.datasetName()).isEqualTo(SMALL_NAME);
        assertThat(new String(PlanWriter.toBytes(planFile), StandardCharsets.UTF_8))
                .contains("\"scenario\" : null,");
    }

    @Test
    void aPlanReadBackSaysWhatItWasMadeFor() throws Exception {
        DatasetReader.Dataset loaded = DatasetReader.read(scenario);
        Path plan = dir.resolve("plan.json");
        PlanWriter.write(scored(loaded), plan);

        MadeFor madeFor = PlanReader.apply(plan, DatasetReader.read(scenario).plan());

        assertThat(madeFor.datasetSha256()).isEqualTo(loaded.sha256());
        assertThat(madeFor.scenario().sha256()).isEqualTo(loaded.scenario().sha256());
        assertThat(madeFor.differencesFrom(loaded)).isEmpty();
    }

    @Test
    void aPlanScoredAgainstAnotherScenarioOrTheBaseAloneIsToldApart() throws Exception {
        DatasetReader.Dataset withScenario = DatasetReader.read(scenario);
        DatasetReader.Dataset plain = DatasetReader.read(base);
        String shaOfScenario = withScenario.scenario().sha256().substring(0, 12);
        MadeFor forScenario = new MadeFor(plain.sha256(), new PlanFile.ScenarioEntry("Cảng Phú Mỹ đóng cửa",
                withScenario.scenario().sha256()));
        MadeFor forPlain = new MadeFor(plain.sha256(), null);
        MadeFor forOtherVersion = new MadeFor(plain.sha256(), new PlanFile.ScenarioEntry("Old", "abcdef0123456789"));
        MadeFor forOtherBase = new MadeFor("0000000000000000", forScenario.scenario());

        assertThat(forScenario.differencesFrom(plain)).containsExactly("was made for scenario \"Cảng Phú Mỹ đóng"
                + " cửa\" (SHA-256 " + shaOfScenario + "...), not for the dataset without it");
        assertThat(forPlain.differencesFrom(withScenario)).containsExactly("was made for the dataset without a"
                + " scenario, not for scenario \"Cảng Phú Mỹ đóng cửa\"");
        assertThat(forOtherVersion.differencesFrom(withScenario)).containsExactly("was made for another scenario or"
                + " another version of it (\"Old\", SHA-256 abcdef012345...; this one is \"Cảng Phú Mỹ đóng cửa\", "
                + shaOfScenario + "...)");
        assertThat(forOtherBase.differencesFrom(withScenario)).containsExactly("was made for another version of the"
                + " base dataset (SHA-256 000000000000..., this one is " + plain.sha256().substring(0, 12) + "...)");
        assertThat(forPlain.differencesFrom(plain)).isEmpty();
    }

    @Test
    void aHandWrittenPlanSaysNothingAndIsNeverToldApart() throws Exception {
        Path plan = Files.writeString(dir.resolve("manual.json"), """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2025"}]}""");
        DatasetReader.Dataset loaded = DatasetReader.read(scenario);

        MadeFor madeFor = PlanReader.apply(plan, loaded.plan());

        assertThat(madeFor).isEqualTo(new MadeFor(null, null));
        assertThat(madeFor.differencesFrom(loaded)).isEmpty();
        assertThat(madeFor.differencesFrom(DatasetReader.read(base))).isEmpty();
    }

    private static PlanFile scored(DatasetReader.Dataset loaded) {
        return PlanWriter.planFile(loaded.plan(), PlanReport.of(loaded.plan()), loaded, null, "scored, not solved",
                null);
    }
}
