package org.ccnplan.report;

import static org.ccnplan.domain.AllocationConstraintConfiguration.CLUSTER_NOT_READY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.CONSTRAINT_NAMES;
import static org.ccnplan.domain.AllocationConstraintConfiguration.ENVIRONMENTAL_ZONING;
import static org.ccnplan.domain.AllocationConstraintConfiguration.INCOMPATIBLE_SECTORS;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_COST;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_DISTANCE_LIMIT;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PREFERRED_CLUSTER;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PROJECT_TIME_WINDOW;
import static org.ccnplan.domain.AllocationConstraintConfiguration.START_DELAY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.UNPLACED_PROJECT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Project;
import org.ccnplan.solve.PlanScorer.ScoreMismatchException;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan's score taken apart: every match of every rule, grouped by rule, by cluster and by project, and for each
 * unplaced project what placing it in each cluster would break or cost. The matches come from the plain recomputation
 * (which names the projects of every term, also where the engine matches cluster-wide terms); they are checked
 * against the engine's own breakdown, rule by rule, and against OptaPlanner's indictments for the rules the engine
 * matches project by project, so an explanation never disagrees with the score.
 *
 * @param score the plan's score
 * @param rules every rule in SPEC order, with its matches
 * @param clusters the clusters with at least one match, in plan order, then (cluster null) the matches tied to no
 *        cluster (unplaced projects, operational targets) when there are any
 * @param projects every project with a non-zero impact from the rules about projects ({@link #PROJECT_RULES}), worst
 *        first
 * @param unplaced every unplaced project, in plan order, with what each cluster would mean for it
 */
public record PlanExplanation(HardMediumSoftLongScore score, List<RuleExplanation> rules,
        List<ClusterImpact> clusters, List<ProjectImpact> projects, List<UnplacedProject> unplaced) {

    /** The rules that the engine, like the plain recomputation, matches one project at a time. */
    public static final Set<String> PER_PROJECT_RULES = Set.of(CLUSTER_NOT_READY, PROJECT_TIME_WINDOW,
            ENVIRONMENTAL_ZONING, LOGISTICS_DISTANCE_LIMIT, UNPLACED_PROJECT, LOGISTICS_COST, START_DELAY,
            PREFERRED_CLUSTER);

    /**
     * The rules shown project by project: the per-project rules, and incompatible pairs (a pair counts for both of its
     * projects). Capacity, sector fragmentation and operational targets concern clusters and the plan.
     */
    public static final Set<String> PROJECT_RULES = Set.of(CLUSTER_NOT_READY, PROJECT_TIME_WINDOW,
            ENVIRONMENTAL_ZONING, INCOMPATIBLE_SECTORS, LOGISTICS_DISTANCE_LIMIT, UNPLACED_PROJECT, LOGISTICS_COST,
            START_DELAY, PREFERRED_CLUSTER);

    /** One rule: its level, its weight on that level, its impact and its matches. */
    public record RuleExplanation(String name, String level, long weight, HardMediumSoftLongScore impact,
            List<RuleMatch> matches) {

        public long levelImpact() {
            return ConstraintTotal.onLevel(impact, level);
        }
    }

    /** The matches of one cluster (null: of no cluster) and their impact. */
    public record ClusterImpact(Cluster cluster, HardMediumSoftLongScore impact, List<RuleMatch> matches) {
    }

    /** The matches of the rules about projects that involve one project, and their impact. */
    public record ProjectImpact(Project project, HardMediumSoftLongScore impact, List<RuleMatch> matches) {

        /** The rules of the matches, in SPEC order. */
        public List<String> rules() {
            return CONSTRAINT_NAMES.stream()
                    .filter(name -> matches.stream().anyMatch(match -> match.constraint().equals(name)))
                    .toList();
        }
    }

    /** The explanation of a plan whose assignments are final. */
    public static PlanExplanation of(AllocationPlan plan) {
        return of(ScoreBreakdown.of(plan));
    }

    /**
     * The explanation of a plan whose score is already computed both ways and checked (as for its report): the
     * matches are the breakdown's, checked here against the engine's indictments too.
     */
    public static PlanExplanation of(ScoreBreakdown breakdown) {
        AllocationPlan plan = breakdown.plan();
        AllocationConstraintConfiguration configuration = plan.getConstraintConfiguration();
        List<RuleMatch> matches = breakdown.matches();
        checkAgainstIndictments(breakdown.projectIndictments(), matches);
        List<RuleExplanation> rules = new ArrayList<>();
        for (ConstraintTotal total : breakdown.totals()) {
            rules.add(new RuleExplanation(total.name(), total.level(),
                    ConstraintTotal.onLevel(configuration.weightOf(total.name()), total.level()), total.impact(),
                    matches.stream().filter(match -> match.constraint().equals(total.name())).toList()));
        }
        HardMediumSoftLongScore score = sum(matches);
        return new PlanExplanation(score, rules, byCluster(plan, matches), byProject(plan, matches),
                unplacedProjects(plan));
    }

    /**
     * Every unplaced project of the plan, in plan order, with what each cluster would mean for it (for a plan whose
     * score is checked already).
     */
    public static List<UnplacedProject> unplacedProjects(AllocationPlan plan) {
        return PlacementTrials.unplacedProjects(plan);
    }

    /** The rules the engine matches project by project indict the same projects with the same impacts. */
    private static void checkAgainstIndictments(Map<String, Map<Project, HardMediumSoftLongScore>> engine,
            List<RuleMatch> matches) {
        Map<String, Map<Project, HardMediumSoftLongScore>> explained = projectImpactsByRule(matches);
        for (String rule : PER_PROJECT_RULES) {
            Map<Project, HardMediumSoftLongScore> indicted = engine.getOrDefault(rule, Map.of());
            Map<Project, HardMediumSoftLongScore> found = explained.getOrDefault(rule, Map.of());
            if (!indicted.equals(found)) {
                throw new ScoreMismatchException("For " + rule + " the engine indicts " + indicted
                        + " but the explanation finds " + found);
            }
        }
    }

    /** Per rule of {@link #PER_PROJECT_RULES}, each project's impact from the explained matches. */
    static Map<String, Map<Project, HardMediumSoftLongScore>> projectImpactsByRule(List<RuleMatch> matches) {
        Map<String, Map<Project, HardMediumSoftLongScore>> byRule = new LinkedHashMap<>();
        for (RuleMatch match : matches) {
            if (PER_PROJECT_RULES.contains(match.constraint())) {
                byRule.computeIfAbsent(match.constraint(), name -> new LinkedHashMap<>())
                        .merge(match.projects().get(0), match.impact(), HardMediumSoftLongScore::add);
            }
        }
        return byRule;
    }

    private static List<ClusterImpact> byCluster(AllocationPlan plan, List<RuleMatch> matches) {
        List<ClusterImpact> impacts = new ArrayList<>();
        for (Cluster cluster : plan.getClusters()) {
            List<RuleMatch> here = matches.stream().filter(match -> match.cluster() == cluster).toList();
            if (!here.isEmpty()) {
                impacts.add(new ClusterImpact(cluster, sum(here), here));
            }
        }
        List<RuleMatch> nowhere = matches.stream().filter(match -> match.cluster() == null).toList();
        if (!nowhere.isEmpty()) {
            impacts.add(new ClusterImpact(null, sum(nowhere), nowhere));
        }
        return impacts;
    }

    private static List<ProjectImpact> byProject(AllocationPlan plan, List<RuleMatch> matches) {
        Map<Project, List<RuleMatch>> byProject = new LinkedHashMap<>();
        for (Project project : plan.getProjects()) {
            byProject.put(project, new ArrayList<>());
        }
        for (RuleMatch match : matches) {
            if (PROJECT_RULES.contains(match.constraint())) {
                for (Project project : match.projects()) {
                    byProject.get(project).add(match);
                }
            }
        }
        List<ProjectImpact> impacts = new ArrayList<>();
        byProject.forEach((project, involving) -> {
            if (!involving.isEmpty()) {
                impacts.add(new ProjectImpact(project, sum(involving), List.copyOf(involving)));
            }
        });
        // Stable: projects of equal impact keep the plan's order.
        impacts.sort(Comparator.comparing(ProjectImpact::impact));
        return impacts;
    }

    static HardMediumSoftLongScore sum(List<RuleMatch> matches) {
        HardMediumSoftLongScore sum = HardMediumSoftLongScore.ZERO;
        for (RuleMatch match : matches) {
            sum = sum.add(match.impact());
        }
        return sum;
    }
}
