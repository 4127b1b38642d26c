package org.ccnplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Units;
import org.ccnplan.io.AppliedScenario;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.Lang;
import org.ccnplan.report.Texts;
import org.ccnplan.report.UnavoidableViolations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a dataset against the format and summarises it in one line, or lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Check a dataset against the format and summarise it, or list every problem.",
                "A scenario is checked as the dataset it makes, and what it changes is listed."})
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON file, or a scenario of one.")
    Path dataset;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws Exception {
        DatasetReader.Dataset loaded = DatasetReader.read(dataset);
        AllocationPlan plan = loaded.plan();
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary(plan, language.texts()));
        if (loaded.scenario() != null) {
            printChanges(loaded.scenario(), out);
        }
        warn(neverPlaceable(plan), spec.commandLine().getErr());
        warn(pinConflicts(plan), spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    /**
     * Valid, but worth saying before a solve: the hard rules the pinned projects break among themselves (a scenario
     * that delays a cluster holding a pin, say). No plan can avoid them.
     */
    static List<String> pinConflicts(AllocationPlan plan) {
        ExplanationWords words = ExplanationWords.of(Lang.EN);
        return UnavoidableViolations.of(plan).stream()
                .map(violation -> "pinned projects break a hard rule whatever the plan: " + words.unavoidable(violation))
                .toList();
    }

    /** Prints the first warnings, and how many more there are. */
    static void warn(List<String> warnings, PrintWriter err) {
        warnings.stream().limit(MAX_WARNINGS).forEach(warning -> err.println("ccnplan: warning: " + warning));
        if (warnings.size() > MAX_WARNINGS) {
            err.println("ccnplan: warning: ... and " + (warnings.size() - MAX_WARNINGS) + " more");
        }
    }

    private static final int MAX_WARNINGS = 20;

    /**
     * Valid, but worth saying: the projects (and reserve blocks) that no cluster can ever hold, because none has
     * that much land and power even in the last phase. The solver can only leave them unplaced.
     */
    static List<String> neverPlaceable(AllocationPlan plan) {
        Phase last = plan.getLastPhase();
        List<String> warnings = new ArrayList<>();
        for (Project project : plan.getProjects()) {
            boolean fits = plan.getClusters().stream().anyMatch(cluster -> cluster.getLandCapacity(last)
                    >= project.getLand() && cluster.getPowerCapacity(last) >= project.getPower());
            if (!fits && !project.isPinned()) {
                warnings.add(project.getId() + " needs " + Units.hectares(project.getLand()).toPlainString()
                        + " ha and " + Units.megawatts(project.getPower()).toPlainString() + " MW: no cluster ever has"
                        + " that much land and power, so it can never be placed");
            }
        }
        return warnings;
    }

    /** What a scenario did to its base, so that a planner can check it is what was meant. */
    private static void printChanges(AppliedScenario scenario, PrintWriter out) {
        List<String> changes = scenario.changes();
        out.println("Scenario \"" + scenario.name() + "\" changes \"" + scenario.baseDatasetName() + "\" ("
                + changes.size() + (changes.size() == 1 ? " change" : " changes") + "):");
        changes.forEach(change -> out.println("  - " + change));
    }

    static String summary(AllocationPlan plan, Texts texts) {
        long projects = plan.getProjects().stream().filter(project -> !project.isReserveBlock()).count();
        long pinned = plan.getProjects().stream().filter(Project::isPinned).count();
        long blocks = plan.getProjects().size() - projects;
        long land = plan.getProjects().stream().mapToLong(Project::getLand).sum();
        long power = plan.getProjects().stream().mapToLong(Project::getPower).sum();
        Phase last = plan.getLastPhase();
        long landCapacity = plan.getClusters().stream().mapToLong(cluster -> cluster.getLandCapacity(last)).sum();
        long powerCapacity = plan.getClusters().stream().mapToLong(cluster -> cluster.getPowerCapacity(last)).sum();
        return texts.get("validate.summary", plan.getName(), texts.number(plan.getClusters().size()),
                texts.number(projects), texts.number(pinned), texts.number(blocks),
                texts.number(plan.getPhases().size()), texts.number(plan.getHubs().size()),
                texts.number(plan.getSectors().size()), texts.hectares(land), texts.hectares(landCapacity),
                last.getId(), texts.megawatts(power), texts.megawatts(powerCapacity));
    }
}
