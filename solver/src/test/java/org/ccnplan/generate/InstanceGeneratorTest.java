package org.ccnplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.ccnplan.TestDatasets;
import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Project;
import org.ccnplan.generate.GeneratorSettings.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class InstanceGeneratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path directory;

    private static GeneratorSettings settings(int clusters, int projects, long seed) {
        return new GeneratorSettings(clusters, projects, seed, new BigDecimal("0.9"), new BigDecimal("0.05"),
                GeneratorSettings.defaultReserves(clusters), GeneratorSettings.defaultHubs(clusters));
    }

    private AllocationPlan load(GeneratorSettings settings) throws Exception {
        Path file = directory.resolve("generated-" + settings.seed() + ".json");
        Files.write(file, MAPPER.writeValueAsBytes(InstanceGenerator.generate(settings)));
        return TestDatasets.load(file).plan();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyGeneratedProvinceValidates(long seed) throws Exception {
        AllocationPlan plan = load(settings(36, 300, seed));

        assertThat(plan.getClusters()).hasSize(36);
        assertThat(plan.getProjects().stream().filter(project -> !project.isReserveBlock())).hasSize(300);
    }

    @ParameterizedTest
    @EnumSource(Scale.class)
    void everyStandardScaleValidates(Scale scale) throws Exception {
        AllocationPlan plan = load(settings(scale.clusters(), scale.projects(), 11));

        assertThat(plan.getClusters()).hasSize(scale.clusters());
        assertThat(plan.getProjects().stream().filter(project -> !project.isReserveBlock()))
                .hasSize(scale.projects());
    }

    @Test
    void tinyAndOddSizesValidateToo() throws Exception {
        assertThat(load(settings(1, 0, 1)).getClusters()).hasSize(1);
        assertThat(load(settings(2, 3, 2)).getProjects()).isNotEmpty();
        assertThat(load(settings(8, 50, 3)).getClusters()).hasSize(8);
    }

    @Test
    void theSameSettingsGiveTheSameBytesAndAnotherSeedAnotherDataset() throws Exception {
        byte[] first = MAPPER.writeValueAsBytes(InstanceGenerator.generate(settings(36, 300, 7)));
        byte[] again = MAPPER.writeValueAsBytes(InstanceGenerator.generate(settings(36, 300, 7)));
        byte[] other = MAPPER.writeValueAsBytes(InstanceGenerator.generate(settings(36, 300, 8)));

        Locale machine = Locale.getDefault();
        byte[] elsewhere;
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA")); // other digits, were a format to follow the locale
            elsewhere = MAPPER.writeValueAsBytes(InstanceGenerator.generate(settings(36, 300, 7)));
        } finally {
            Locale.setDefault(machine);
        }

        assertThat(again).isEqualTo(first);
        assertThat(elsewhere).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void demandFollowsTheTightness() throws Exception {
        for (String tightness : new String[] {"0.6", "0.9", "1.5"}) {
            GeneratorSettings settings = new GeneratorSettings(36, 300, 5, new BigDecimal(tightness), BigDecimal.ZERO,
                    5, 10);
            AllocationPlan plan = load(settings);
            long demand = plan.getProjects().stream().mapToLong(Project::getLand).sum();
            long capacity = plan.getClusters().stream()
                    .mapToLong(cluster -> cluster.getLandCapacity(plan.getLastPhase())).sum();

            // Sizes are clipped to 0.5-10 ha and rounded, so demand lands near, not on, the asked share.
            assertThat((double) demand / capacity).as("tightness " + tightness)
                    .isBetween(Double.parseDouble(tightness) * 0.85, Double.parseDouble(tightness) * 1.05);
        }
    }

    @Test
    void clustersAndProjectsHaveTheProportionsOfSpecSectionSix() throws Exception {
        AllocationPlan plan = load(settings(300, 3000, 9));

        for (Cluster cluster : plan.getClusters()) {
            assertThat(cluster.getLandCapacity(plan.getLastPhase())).isBetween(1_000L, 7_500L); // 10-75 ha
        }
        for (Project project : plan.getProjects()) {
            if (!project.isReserveBlock()) {
                assertThat(project.getLand()).isBetween(50L, 1_000L); // 0.5-10 ha
            }
        }
        long readyFirst = plan.getClusters().stream()
                .filter(cluster -> cluster.getLandCapacity(plan.getPhases().get(0)) > 0).count();
        long readyLast = plan.getClusters().stream()
                .filter(cluster -> cluster.getLandCapacity(plan.getPhases().get(1)) == 0).count();
        assertThat(readyFirst).isBetween(30L, 75L); // about a sixth
        assertThat(readyLast).isBetween(90L, 150L); // about 14 in 36
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void pinsAloneBreakNoHardRule(long seed) throws Exception {
        AllocationPlan plan = load(new GeneratorSettings(300, 3000, seed, new BigDecimal("0.9"),
                new BigDecimal("0.2"), 10, 75));

        assertThat(plan.getProjects().stream().filter(Project::isPinned).count()).isGreaterThan(300);
        // Only the pins are placed (the reader puts them where they are pinned); every other project is unplaced.
        assertThat(PlainScoreCalculator.score(plan).hardScore()).isZero();
    }
}
