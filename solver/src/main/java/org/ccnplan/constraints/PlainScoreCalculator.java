package org.ccnplan.constraints;

import static org.ccnplan.domain.AllocationConstraintConfiguration.CLUSTER_NOT_READY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.CONSTRAINT_NAMES;
import static org.ccnplan.domain.AllocationConstraintConfiguration.ENVIRONMENTAL_ZONING;
import static org.ccnplan.domain.AllocationConstraintConfiguration.INCOMPATIBLE_SECTORS;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LAND_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_COST;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_DISTANCE_LIMIT;
import static org.ccnplan.domain.AllocationConstraintConfiguration.OPERATIONAL_TARGET;
import static org.ccnplan.domain.AllocationConstraintConfiguration.POWER_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PREFERRED_CLUSTER;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PROJECT_TIME_WINDOW;
import static org.ccnplan.domain.AllocationConstraintConfiguration.SECTOR_FRAGMENTATION;
import static org.ccnplan.domain.AllocationConstraintConfiguration.START_DELAY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.UNPLACED_PROJECT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Stage;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plain, non-incremental recomputation of SPEC section 4: simple loops over the plan, written apart from the
 * constraint streams and from the integer units computed at load (it derives L, P, V, T, capacities and D(c, s) again
 * from the dataset's decimals; it takes the hub distances D(c, h) as computed at load). It records every non-zero term
 * as a {@link RuleMatch}; each rule's total is the sum of its matches. Its result must equal the solver's score
 * exactly; a disagreement is a bug.
 * <p>
 * Each rule's terms are computed by one method over what they depend on (a cluster's projects, one project, one pair,
 * one target's meeting clusters), so that the whole plan and a local recomputation around one cluster share them.
 */
public final class PlainScoreCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final AllocationPlan plan;
    private final AllocationConstraintConfiguration configuration;
    /** The projects the rules look at; the others count as absent, neither placed nor unplaced. */
    private final Predicate<Project> counted;

    PlainScoreCalculator(AllocationPlan plan, Predicate<Project> counted) {
        this.plan = plan;
        this.configuration = plan.getConstraintConfiguration();
        this.counted = counted;
    }

    /**
     * Every non-zero term of every rule that is switched on (weight above 0), rule by rule in the order the loops
     * below visit them.
     */
    public static List<RuleMatch> matches(AllocationPlan plan) {
        return matchesAmong(plan, project -> true);
    }

    /**
     * The matches of the plan as if only the given projects existed: with the pinned projects alone, the violations
     * no allocation of the others can remove.
     */
    public static List<RuleMatch> matchesAmong(AllocationPlan plan, Predicate<Project> counted) {
        List<RuleMatch> found = new ArrayList<>();
        new PlainScoreCalculator(plan, counted).computeAll(found);
        return List.copyOf(found);
    }

    /** Every rule's total, in SPEC order: the sum of its matches' amounts times its weight, and their number. */
    public static List<ConstraintTotal> constraintTotals(AllocationPlan plan) {
        return totalsOf(plan.getConstraintConfiguration(), matches(plan));
    }

    /** Every rule's total over the given matches, in SPEC order. */
    public static List<ConstraintTotal> totalsOf(AllocationConstraintConfiguration configuration,
            List<RuleMatch> matches) {
        Map<String, long[]> sumAndCount = new LinkedHashMap<>();
        for (String name : CONSTRAINT_NAMES) {
            sumAndCount.put(name, new long[2]);
        }
        for (RuleMatch match : matches) {
            long[] rule = sumAndCount.get(match.constraint());
            rule[0] = Math.addExact(rule[0], match.amount());
            rule[1]++;
        }
        List<ConstraintTotal> totals = new ArrayList<>();
        for (String name : CONSTRAINT_NAMES) {
            long[] rule = sumAndCount.get(name);
            totals.add(new ConstraintTotal(name, AllocationConstraintConfiguration.levelOf(name),
                    weighted(configuration.weightOf(name), rule[0]), rule[1]));
        }
        return totals;
    }

    /** The penalty of a sum of amounts, multiplied exactly (Score.multiply goes through a double). */
    private static HardMediumSoftLongScore weighted(HardMediumSoftLongScore weight, long amount) {
        return HardMediumSoftLongScore.of(-Math.multiplyExact(weight.hardScore(), amount),
                -Math.multiplyExact(weight.mediumScore(), amount), -Math.multiplyExact(weight.softScore(), amount));
    }

    public static HardMediumSoftLongScore score(AllocationPlan plan) {
        return constraintTotals(plan).stream()
                .map(ConstraintTotal::impact)
                .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
    }

    /** Whether a term of this amount is recorded: above zero, and its rule switched on. */
    private boolean counts(String constraintName, long amount) {
        if (amount < 0) {
            throw new IllegalStateException("Negative amount " + amount + " for " + constraintName);
        }
        return amount > 0 && !configuration.weightOf(constraintName).equals(HardMediumSoftLongScore.ZERO);
    }

    private void add(List<RuleMatch> found, String constraintName, Cluster cluster, Phase phase,
            List<Project> projects, long amount, RuleMatch.Facts facts) {
        found.add(new RuleMatch(constraintName, cluster, phase, List.copyOf(projects), amount,
                weighted(configuration.weightOf(constraintName), amount), facts));
    }

    /** A term of a rule about one placed project, recorded when it counts. */
    private void addProjectTerm(List<RuleMatch> found, String constraintName, Project project, long amount,
            RuleMatch.Facts facts) {
        if (counts(constraintName, amount)) {
            add(found, constraintName, project.getCluster(), project.getPhase(), List.of(project), amount, facts);
        }
    }

    /** Every term of every rule, rule by rule; within a rule, clusters and projects in plan order. */
    private void computeAll(List<RuleMatch> found) {
        PlacedProjects placed = PlacedProjects.of(plan, counted);
        for (Cluster cluster : plan.getClusters()) {
            capacityTerms(found, cluster, placed.in(cluster));
        }
        for (Project project : placed.all()) {
            projectTerms(found, project);
        }
        for (Project project : placed.all()) {
            // Each pair once: with the projects of its cluster that come after it in the plan.
            List<Project> here = placed.in(project.getCluster());
            for (Project later : here.subList(here.indexOf(project) + 1, here.size())) {
                pairTerm(found, project, later);
            }
        }
        for (Project project : plan.getProjects()) {
            if (project.getCluster() == null && counted.test(project)) {
                unplacedTerm(found, project);
            }
        }
        for (Cluster cluster : plan.getClusters()) {
            fragmentationTerm(found, cluster, placed.in(cluster));
        }
        for (OperationalTarget target : plan.getOperationalTargets()) {
            targetTerm(found, target, meeting(target, placed));
        }
    }

    // ************************************************************************
    // The rules' terms, each computed in one place for the whole plan and for a local recomputation
    // ************************************************************************

    /** Hard 1 and 2: land and power capacity of the cluster in every phase, given the projects placed in it. */
    void capacityTerms(List<RuleMatch> found, Cluster cluster, List<Project> here) {
        for (Phase phase : plan.getPhases()) {
            long land = 0;
            long power = 0;
            for (Project project : here) {
                if (project.getPhase().getIndex() <= phase.getIndex()) {
                    land += land(project);
                    power += power(project);
                }
            }
            long landCapacity = landCapacity(cluster, phase);
            long powerCapacity = powerCapacity(cluster, phase);
            if (counts(LAND_CAPACITY, Math.max(0, land - landCapacity))) {
                add(found, LAND_CAPACITY, cluster, phase, placedBy(here, phase), land - landCapacity,
                        new RuleMatch.Capacity(land, landCapacity));
            }
            if (counts(POWER_CAPACITY, Math.max(0, power - powerCapacity))) {
                add(found, POWER_CAPACITY, cluster, phase, placedBy(here, phase), power - powerCapacity,
                        new RuleMatch.Capacity(power, powerCapacity));
            }
        }
    }

    /** The rules about one placed project alone, in SPEC order (hard 3, 4, 5, 7, soft 1, 2, 5). */
    void projectTerms(List<RuleMatch> found, Project project) {
        Cluster cluster = project.getCluster();
        Sector sector = project.getSector();
        int phaseIndex = project.getPhase().getIndex();
        // Hard 3: cluster not ready.
        Stage firstStage = cluster.getStages().get(0);
        addProjectTerm(found, CLUSTER_NOT_READY, project, phaseIndex < firstStage.phase().getIndex() ? 1 : 0,
                new RuleMatch.NotReady(firstStage.phase()));
        // Hard 4: project time window.
        boolean early = phaseIndex < project.getEarliestPhase().getIndex();
        boolean late = phaseIndex > project.getLatestPhase().getIndex();
        addProjectTerm(found, PROJECT_TIME_WINDOW, project, early || late ? 1 : 0,
                new RuleMatch.OutsideWindow(project.getEarliestPhase(), project.getLatestPhase()));
        // Hard 5: environmental zoning (1, not 2, when both hold).
        boolean classTooHigh = sector.getEnvironmentalClass() > cluster.getMaxEnvironmentalClass();
        boolean excluded = cluster.getExcludedSectors().contains(sector);
        addProjectTerm(found, ENVIRONMENTAL_ZONING, project, classTooHigh || excluded ? 1 : 0, new RuleMatch.Zoning(
                sector, sector.getEnvironmentalClass(), cluster.getMaxEnvironmentalClass(), excluded));
        // Hard 7: logistics distance limit.
        Hub nearest = nearestHub(cluster, sector);
        long distance = sector.getHubTypes().isEmpty() ? 0
                : nearest == null ? Long.MAX_VALUE : cluster.getHubDistanceMetres().get(nearest);
        boolean tooFar = sector.getMaxHubDistanceKm() != null
                && BigDecimal.valueOf(distance).compareTo(sector.getMaxHubDistanceKm().multiply(THOUSAND)) > 0;
        addProjectTerm(found, LOGISTICS_DISTANCE_LIMIT, project, tooFar ? 1 : 0,
                new RuleMatch.DistanceLimit(nearest, distance, sector.getMaxHubDistanceKm()));
        // Soft 1: logistics cost.
        long freight = freight(project);
        addProjectTerm(found, LOGISTICS_COST, project, (freight * distance + 500_000) / 1_000_000,
                new RuleMatch.Freight(freight, nearest, distance));
        // Soft 2: start delay.
        long value = value(project);
        int phasesLate = Math.max(0, phaseIndex - project.getEarliestPhase().getIndex());
        addProjectTerm(found, START_DELAY, project, value * phasesLate,
                new RuleMatch.Delay(value, phasesLate, project.getEarliestPhase()));
        // Soft 5: preferred cluster.
        boolean notPreferred = !project.getPreferredClusters().isEmpty()
                && !project.getPreferredClusters().contains(cluster);
        if (notPreferred) {
            List<Cluster> preferred = plan.getClusters().stream()
                    .filter(project.getPreferredClusters()::contains).toList();
            addProjectTerm(found, PREFERRED_CLUSTER, project, 1, new RuleMatch.NotPreferred(preferred));
        }
    }

    /** Hard 6: incompatible sectors, for one unordered pair of distinct projects in one cluster, first in plan order. */
    void pairTerm(List<RuleMatch> found, Project first, Project second) {
        boolean incompatible = first.getSector().getIncompatibleWith().contains(second.getSector())
                || second.getSector().getIncompatibleWith().contains(first.getSector());
        if (counts(INCOMPATIBLE_SECTORS, incompatible ? 1 : 0)) {
            add(found, INCOMPATIBLE_SECTORS, first.getCluster(), null, List.of(first, second), 1,
                    new RuleMatch.Incompatible(first.getSector(), second.getSector()));
        }
    }

    /** Medium 1: unplaced project. */
    void unplacedTerm(List<RuleMatch> found, Project project) {
        if (counts(UNPLACED_PROJECT, value(project))) {
            add(found, UNPLACED_PROJECT, null, null, List.of(project), value(project),
                    new RuleMatch.UnplacedValue(valueBase(project), project.getSector().getPriority()));
        }
    }

    /** Soft 3: sector fragmentation of the cluster, given the projects placed in it. */
    void fragmentationTerm(List<RuleMatch> found, Cluster cluster, List<Project> here) {
        Set<Sector> sectors = new HashSet<>();
        for (Project project : here) {
            sectors.add(project.getSector());
        }
        int maxSectors = plan.getPolicy().getMaxSectorsPerCluster();
        if (counts(SECTOR_FRAGMENTATION, Math.max(0, sectors.size() - maxSectors))) {
            add(found, SECTOR_FRAGMENTATION, cluster, null, here, sectors.size() - maxSectors, new RuleMatch.Sectors(
                    plan.getSectors().stream().filter(sectors::contains).toList(), maxSectors));
        }
    }

    /** Soft 4: operational target, given the clusters meeting it (in plan order). */
    void targetTerm(List<RuleMatch> found, OperationalTarget target, List<Cluster> meeting) {
        if (counts(OPERATIONAL_TARGET, Math.max(0, target.getMinClusters() - meeting.size()))) {
            add(found, OPERATIONAL_TARGET, null, target.getPhase(), List.of(), target.getMinClusters() - meeting.size(),
                    new RuleMatch.TargetShortfall(target, meeting));
        }
    }

    /** The clusters meeting the target, in plan order. */
    List<Cluster> meeting(OperationalTarget target, PlacedProjects placed) {
        List<Cluster> meeting = new ArrayList<>();
        for (Cluster cluster : plan.getClusters()) {
            if (meets(target, cluster, placed.in(cluster))) {
                meeting.add(cluster);
            }
        }
        return meeting;
    }

    /** The cluster has land at the target's phase, and at least the target's share of it placed by then. */
    static boolean meets(OperationalTarget target, Cluster cluster, List<Project> here) {
        Phase phase = target.getPhase();
        long capacity = landCapacity(cluster, phase);
        long used = 0;
        for (Project project : here) {
            if (project.getPhase().getIndex() <= phase.getIndex()) {
                used += land(project);
            }
        }
        return capacity > 0 && 100 * used >= (long) target.getMinOccupancyPercent() * capacity;
    }

    /** The projects placed in the cluster by the phase, in plan order. */
    private static List<Project> placedBy(List<Project> here, Phase phase) {
        List<Project> by = new ArrayList<>();
        for (Project project : here) {
            if (project.getPhase().getIndex() <= phase.getIndex()) {
                by.add(project);
            }
        }
        return by;
    }

    // ************************************************************************
    // Integer units, derived again from the dataset's decimals
    // ************************************************************************

    private static long halfUp(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long land(Project project) {
        return halfUp(project.getLandHa().multiply(HUNDRED));
    }

    private long power(Project project) {
        if (project.isReserveBlock()) {
            return halfUp(BigDecimal.valueOf(land(project)).multiply(project.getSector().getPowerMwPerHa())
                    .multiply(BigDecimal.TEN));
        }
        return halfUp(project.getPowerMw().multiply(THOUSAND));
    }

    private long value(Project project) {
        return valueBase(project) * project.getSector().getPriority();
    }

    /** V before the priority: the rounded capital, or the rounded value of a reserve block's land. */
    private long valueBase(Project project) {
        if (project.isReserveBlock()) {
            return halfUp(BigDecimal.valueOf(land(project)).multiply(plan.getPolicy().getReserveValuePerHa())
                    .divide(HUNDRED));
        }
        return halfUp(project.getCapitalBillionVnd());
    }

    private static long freight(Project project) {
        BigDecimal tonsPerHa = project.getSector().getFreightTonsPerHaYear();
        if (project.isReserveBlock()) {
            return halfUp(tonsPerHa.multiply(BigDecimal.valueOf(land(project))).divide(HUNDRED));
        }
        return halfUp(tonsPerHa.multiply(project.getLandHa()));
    }

    /** The capacity of the latest stage at or before the phase, 0 before the first stage. */
    private static long landCapacity(Cluster cluster, Phase phase) {
        BigDecimal capacity = BigDecimal.ZERO;
        for (Stage stage : cluster.getStages()) {
            if (stage.phase().getIndex() <= phase.getIndex()) {
                capacity = stage.landHa();
            }
        }
        return halfUp(capacity.multiply(HUNDRED));
    }

    private static long powerCapacity(Cluster cluster, Phase phase) {
        BigDecimal capacity = BigDecimal.ZERO;
        for (Stage stage : cluster.getStages()) {
            if (stage.phase().getIndex() <= phase.getIndex()) {
                capacity = stage.powerMw();
            }
        }
        return halfUp(capacity.multiply(THOUSAND));
    }

    /**
     * The hub behind D(c, s): the nearest (the first of equals) of a type the sector needs; null when it needs none
     * (D is then 0).
     */
    private static Hub nearestHub(Cluster cluster, Sector sector) {
        Hub nearest = null;
        long distance = Long.MAX_VALUE;
        for (Map.Entry<Hub, Long> entry : cluster.getHubDistanceMetres().entrySet()) {
            if (sector.getHubTypes().contains(entry.getKey().getType()) && entry.getValue() < distance) {
                nearest = entry.getKey();
                distance = entry.getValue();
            }
        }
        return nearest;
    }
}
