package org.ccnplan.benchmark.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/**
 * The model's three level expressions are the score of SPEC section 4: on any plan, not just an optimal one, they take
 * the values of the plain recomputation.
 */
class ModelAgreementTest {

    @BeforeAll
    static void loadNativeLibraries() {
        Loader.loadNativeLibraries();
    }

    /**
     * Random plans of the tiny instance, hard violations of every kind included (every cluster and phase offered to
     * every project), each fixed in the model: its levels must equal the plain recomputation's.
     */
    @Test
    void levelsEqualThePlainRecomputationOnRandomPlans() {
        assertLevelsOnRandomPlans(ExactDatasets.load(ExactDatasets.TINY_HAND), 150);
        // A wrong self-incompatible pair term passes on TINY_HAND, whose plans never hold such a pair; here it fails.
        assertLevelsOnRandomPlans(ExactDatasets.load(ExactDatasets.SELF_INCOMPATIBLE), 300);
    }

    /** With every soft weight 0 the soft rules are switched off, in the model as in the plain recomputation. */
    @Test
    void aWeightOfZeroSwitchesARuleOff(@TempDir Path folder) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode dataset = (ObjectNode) mapper.readTree(ExactDatasets.TINY_HAND.toFile());
        ObjectNode weights = (ObjectNode) dataset.get("weights");
        weights.put("logisticsCost", 0).put("startDelay", 0).put("sectorFragmentation", 0)
                .put("operationalTarget", 0).put("preferredCluster", 7);
        Path file = folder.resolve("weights.json");
        Files.write(file, mapper.writeValueAsBytes(dataset));
        assertLevelsOnRandomPlans(ExactDatasets.load(file), 40);
    }

    /**
     * A time-limited run at province scale (pins, reserve blocks) proves nothing and still reports the score of the plan
     * it returns, each level as that plan has it.
     */
    @Test
    void anUnprovenRunReportsItsPlansScore() {
        ExactResult result = new LexicographicSolver(new ExactSettings(Duration.ofSeconds(1), 2, 0, false, ""))
                .solve(ExactDatasets.load(ExactDatasets.SAMPLE_PROVINCE));
        assertThat(result.provenOptimal()).isFalse();
        HardMediumSoftLongScore plain = PlainScoreCalculator.score(result.plan());
        assertThat(result.score()).isEqualTo(plain);
        for (LevelResult level : result.levels()) {
            assertThat(level.objective()).isEqualTo(level.level().penaltyIn(plain));
            assertThat(level.bound()).isLessThanOrEqualTo(level.objective());
        }
    }

    private static void assertLevelsOnRandomPlans(AllocationPlan plan, int plans) {
        SplittableRandom random = new SplittableRandom(7);
        List<Cluster> clusters = plan.getClusters();
        List<Phase> phases = plan.getPhases();
        for (int i = 0; i < plans; i++) {
            for (Project project : plan.getProjects()) {
                if (!project.isPinned()) {
                    boolean placed = random.nextInt(4) > 0;
                    project.setCluster(placed ? clusters.get(random.nextInt(clusters.size())) : null);
                    project.setPhase(phases.get(random.nextInt(phases.size())));
                }
            }
            HardMediumSoftLongScore plain = PlainScoreCalculator.score(plan);
            ExactModel model = ExactModel.withEveryPlacement(plan);
            for (Placement placement : model.placements()) {
                Project project = placement.project();
                boolean here = project.getCluster() == placement.cluster() && project.getPhase() == placement.phase();
                model.cpModel().addEquality(placement.chosen(), here ? 1 : 0);
            }
            CpSolver solver = new CpSolver();
            solver.getParameters().setNumWorkers(1);
            assertThat(solver.solve(model.cpModel())).isEqualTo(CpSolverStatus.OPTIMAL);
            for (Level level : Level.values()) {
                assertThat(solver.value(model.level(level))).as("%s level of %s", level, plain)
                        .isEqualTo(level.penaltyIn(plain));
            }
        }
    }
}
