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
 */
public final class PlainScoreCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final AllocationPlan plan;
    private final AllocationConstraintConfiguration configuration;
    /** The projects the rules look at; the others count as absent, neither placed nor unplaced. */
    private final Predicate<Project> counted;
    private final List<RuleMatch> matches = new ArrayList<>();

    private PlainScoreCalculator(AllocationPlan plan, Predicate<Project> counted) {
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
        PlainScoreCalculator calculator = new PlainScoreCalculator(plan, counted);
        calculator.computeAll();
        return List.copyOf(calculator.matches);
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

    private void add(String constraintName, Cluster cluster, Phase phase, List<Project> projects, long amount,
            RuleMatch.Facts facts) {
        matches.add(new RuleMatch(constraintName, cluster, phase, List.copyOf(projects), amount,
                weighted(configuration.weightOf(constraintName), amount), facts));
    }

    /** A term of a rule about one placed project, recorded when it counts. */
    private void addProjectTerm(String constraintName, Project project, long amount, RuleMatch.Facts facts) {
        if (counts(constraintName, amount)) {
            add(constraintName, project.getCluster(), project.getPhase(), List.of(project), amount, facts);
        }
    }

    private void computeAll() {
        List<Project> placed = new ArrayList<>();
        for (Project project : plan.getProjects()) {
            if (project.getCluster() != null && project.getPhase() != null && counted.test(project)) {
                placed.add(project);
            }
        }
        // Hard 1 and 2: land and power capacity, every cluster and phase.
        for (Cluster cluster : plan.getClusters()) {
            for (Phase phase : plan.getPhases()) {
                long land = 0;
                long power = 0;
                for (Project project : placed) {
                    if (project.getCluster() == cluster && project.getPhase().getIndex() <= phase.getIndex()) {
                        land += land(project);
                        power += power(project);
                    }
                }
                long landCapacity = landCapacity(cluster, phase);
                long powerCapacity = powerCapacity(cluster, phase);
                if (counts(LAND_CAPACITY, Math.max(0, land - landCapacity))) {
                    add(LAND_CAPACITY, cluster, phase, placedBy(placed, cluster, phase), land - landCapacity,
                            new RuleMatch.Capacity(land, landCapacity));
                }
                if (counts(POWER_CAPACITY, Math.max(0, power - powerCapacity))) {
                    add(POWER_CAPACITY, cluster, phase, placedBy(placed, cluster, phase), power - powerCapacity,
                            new RuleMatch.Capacity(power, powerCapacity));
                }
            }
        }
        for (Project project : placed) {
            Cluster cluster = project.getCluster();
            Sector sector = project.getSector();
            int phaseIndex = project.getPhase().getIndex();
            // Hard 3: cluster not ready.
            Stage firstStage = cluster.getStages().get(0);
            addProjectTerm(CLUSTER_NOT_READY, project, phaseIndex < firstStage.phase().getIndex() ? 1 : 0,
                    new RuleMatch.NotReady(firstStage.phase()));
            // Hard 4: project time window.
            boolean early = phaseIndex < project.getEarliestPhase().getIndex();
            boolean late = phaseIndex > project.getLatestPhase().getIndex();
            addProjectTerm(PROJECT_TIME_WINDOW, project, early || late ? 1 : 0,
                    new RuleMatch.OutsideWindow(project.getEarliestPhase(), project.getLatestPhase()));
            // Hard 5: environmental zoning (1, not 2, when both hold).
            boolean classTooHigh = sector.getEnvironmentalClass() > cluster.getMaxEnvironmentalClass();
            boolean excluded = cluster.getExcludedSectors().contains(sector);
            addProjectTerm(ENVIRONMENTAL_ZONING, project, classTooHigh || excluded ? 1 : 0, new RuleMatch.Zoning(
                    sector, sector.getEnvironmentalClass(), cluster.getMaxEnvironmentalClass(), excluded));
            // Hard 7: logistics distance limit.
            Hub nearest = nearestHub(cluster, sector);
            long distance = sector.getHubTypes().isEmpty() ? 0
                    : nearest == null ? Long.MAX_VALUE : cluster.getHubDistanceMetres().get(nearest);
            boolean tooFar = sector.getMaxHubDistanceKm() != null
                    && BigDecimal.valueOf(distance).compareTo(sector.getMaxHubDistanceKm().multiply(THOUSAND)) > 0;
            addProjectTerm(LOGISTICS_DISTANCE_LIMIT, project, tooFar ? 1 : 0,
                    new RuleMatch.DistanceLimit(nearest, distance, sector.getMaxHubDistanceKm()));
            // Soft 1: logistics cost.
            long freight = freight(project);
            addProjectTerm(LOGISTICS_COST, project, (freight * distance + 500_000) / 1_000_000,
                    new RuleMatch.Freight(freight, nearest, distance));
            // Soft 2: start delay.
            long value = value(project);
            int phasesLate = Math.max(0, phaseIndex - project.getEarliestPhase().getIndex());
            addProjectTerm(START_DELAY, project, value * phasesLate,
                    new RuleMatch.Delay(value, phasesLate, project.getEarliestPhase()));
            // Soft 5: preferred cluster.
            boolean notPreferred = !project.getPreferredClusters().isEmpty()
                    && !project.getPreferredClusters().contains(cluster);
            if (notPreferred) {
                List<Cluster> preferred = plan.getClusters().stream()
                        .filter(project.getPreferredClusters()::contains).toList();
                addProjectTerm(PREFERRED_CLUSTER, project, 1, new RuleMatch.NotPreferred(preferred));
            }
        }
        // Hard 6: incompatible sectors, every unordered pair of distinct projects in one cluster.
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Project a = placed.get(i);
                Project b = placed.get(j);
                if (a.getCluster() == b.getCluster()) {
                    boolean incompatible = a.getSector().getIncompatibleWith().contains(b.getSector())
                            || b.getSector().getIncompatibleWith().contains(a.getSector());
                    if (counts(INCOMPATIBLE_SECTORS, incompatible ? 1 : 0)) {
                        add(INCOMPATIBLE_SECTORS, a.getCluster(), null, List.of(a, b), 1,
                                new RuleMatch.Incompatible(a.getSector(), b.getSector()));
                    }
                }
            }
        }
        // Medium 1: unplaced project.
        for (Project project : plan.getProjects()) {
            if (project.getCluster() == null && counted.test(project) && counts(UNPLACED_PROJECT, value(project))) {
                add(UNPLACED_PROJECT, null, null, List.of(project), value(project),
                        new RuleMatch.UnplacedValue(valueBase(project), project.getSector().getPriority()));
            }
        }
        // Soft 3: sector fragmentation.
        for (Cluster cluster : plan.getClusters()) {
            Set<Sector> sectors = new HashSet<>();
            List<Project> here = new ArrayList<>();
            for (Project project : placed) {
                if (project.getCluster() == cluster) {
                    sectors.add(project.getSector());
                    here.add(project);
                }
            }
            int maxSectors = plan.getPolicy().getMaxSectorsPerCluster();
            if (counts(SECTOR_FRAGMENTATION, Math.max(0, sectors.size() - maxSectors))) {
                add(SECTOR_FRAGMENTATION, cluster, null, here, sectors.size() - maxSectors, new RuleMatch.Sectors(
                        plan.getSectors().stream().filter(sectors::contains).toList(), maxSectors));
            }
        }
        // Soft 4: operational target.
        for (OperationalTarget target : plan.getOperationalTargets()) {
            Phase phase = target.getPhase();
            List<Cluster> meeting = new ArrayList<>();
            for (Cluster cluster : plan.getClusters()) {
                long capacity = landCapacity(cluster, phase);
                long used = 0;
                for (Project project : placed) {
                    if (project.getCluster() == cluster && project.getPhase().getIndex() <= phase.getIndex()) {
                        used += land(project);
                    }
                }
                if (capacity > 0 && 100 * used >= (long) target.getMinOccupancyPercent() * capacity) {
                    meeting.add(cluster);
                }
            }
            if (counts(OPERATIONAL_TARGET, Math.max(0, target.getMinClusters() - meeting.size()))) {
                add(OPERATIONAL_TARGET, null, phase, List.of(), target.getMinClusters() - meeting.size(),
                        new RuleMatch.TargetShortfall(target, meeting));
            }
        }
    }

    /** The projects placed in the cluster by the phase, in plan order. */
    private static List<Project> placedBy(List<Project> placed, Cluster cluster, Phase phase) {
        List<Project> here = new ArrayList<>();
        for (Project project : placed) {
            if (project.getCluster() == cluster && project.getPhase().getIndex() <= phase.getIndex()) {
                here.add(project);
            }
        }
        return here;
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
