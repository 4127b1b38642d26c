package org.ccnplan.io;

import static org.ccnplan.domain.Units.hectares;
import static org.ccnplan.domain.Units.megawatts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccnplan.EngineVersion;
import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.Lang;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Builds and writes the plan file of SPEC section 5. */
public final class PlanWriter {

    static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
            .build();

    private PlanWriter() {
    }

    /**
     * The plan file of a plan made from a dataset or a scenario: records the scenario's name and SHA-256 next to its
     * base dataset's.
     *
     * @param seed the solver's seed, or null for a plan that was scored, not solved
     * @param termination what stopped the solver, or how the plan came to be
     * @param run timing of the run, or null
     */
    public static PlanFile planFile(AllocationPlan plan, PlanReport report, DatasetReader.Dataset dataset, Long seed,
            String termination, PlanFile.Run run) {
        AppliedScenario scenario = dataset.scenario();
        if (scenario == null) {
            return planFile(plan, report, dataset.sha256(), seed, termination, run);
        }
        return planFile(plan, report, scenario.baseDatasetName(), dataset.sha256(),
                new PlanFile.ScenarioEntry(scenario.name(), scenario.sha256()), seed, termination, run);
    }

    /** The plan file of a plan made from a plain dataset, whose SHA-256 is given. */
    public static PlanFile planFile(AllocationPlan plan, PlanReport report, String datasetSha256, Long seed,
            String termination, PlanFile.Run run) {
        return planFile(plan, report, plan.getName(), datasetSha256, null, seed, termination, run);
    }

    private static PlanFile planFile(AllocationPlan plan, PlanReport report, String datasetName,
            String datasetSha256, PlanFile.ScenarioEntry scenario, Long seed, String termination, PlanFile.Run run) {
        List<PlanFile.ConstraintEntry> constraints = new ArrayList<>();
        for (ConstraintTotal total : report.constraints()) {
            long weight = ConstraintTotal.onLevel(plan.getConstraintConfiguration().weightOf(total.name()),
                    total.level());
            constraints.add(new PlanFile.ConstraintEntry(total.name(), total.level(), weight, total.levelImpact(),
                    total.matches()));
        }
        List<PlanFile.Assignment> assignments = plan.getProjects().stream()
                .map(project -> project.isPlaced()
                        ? new PlanFile.Assignment(project.getId(), project.getCluster().getId(),
                                project.getPhase().getId())
                        : new PlanFile.Assignment(project.getId(), null, null))
                .toList();
        List<PlanFile.ClusterEntry> clusters = new ArrayList<>();
        for (Cluster cluster : plan.getClusters()) {
            List<PlanFile.ClusterPhaseEntry> phases = report.clusterPhases().stream()
                    .filter(use -> use.cluster() == cluster)
                    .map(PlanWriter::clusterPhaseEntry)
                    .toList();
            clusters.add(new PlanFile.ClusterEntry(cluster.getId(), cluster.getName(), phases));
        }
        PlanReport.Headline headline = report.headline();
        PlanFile.Headline headlineEntry = new PlanFile.Headline(headline.projectsPlaced(), headline.projectsTotal(),
                headline.reserveBlocksPlaced(), headline.reserveBlocksTotal(), headline.capitalPlacedBillionVnd(),
                headline.capitalTotalBillionVnd(), headline.jobsPlaced(), headline.jobsTotal(),
                headline.landUse().stream().map(land -> new PlanFile.PhaseLandEntry(land.phase().getId(),
                        hectares(land.landUsed()), hectares(land.landCapacity()), land.percent())).toList(),
                headline.logisticsThousandTonneKm(),
                headline.targets().stream().map(result -> new PlanFile.TargetEntry(
                        result.target().getPhase().getId(), result.target().getMinClusters(),
                        result.target().getMinOccupancyPercent(), result.clustersMeeting(), result.met())).toList());
        return new PlanFile(PlanFile.FORMAT_VERSION, datasetName, datasetSha256, scenario, EngineVersion.engine(),
                EngineVersion.optaplanner(), seed, termination, report.score().toString(),
                report.score().isFeasible(), constraints, assignments, clusters, headlineEntry,
                report.unplaced().stream().map(Project::getId).toList(),
                report.unavoidableViolations().stream().map(ExplanationWords.of(Lang.EN)::unavoidable).toList(), run);
    }

    private static PlanFile.ClusterPhaseEntry clusterPhaseEntry(ClusterPhaseUse use) {
        return new PlanFile.ClusterPhaseEntry(use.phase().getId(), hectares(use.landUsed()),
                hectares(use.landCapacity()), megawatts(use.powerUsed()), megawatts(use.powerCapacity()),
                use.projects(), use.sectors().stream().map(Sector::getId).toList());
    }

    public static byte[] toBytes(PlanFile planFile) {
        try {
            byte[] json = WRITER.writeValueAsBytes(planFile);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new IllegalStateException("A plan file always serializes", e);
        }
    }

    /** Writes atomically: an interrupted run leaves the previous file or the complete new one, never half a plan. */
    public static void write(PlanFile planFile, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(planFile));
    }
}
