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
 * from the dataset's decimals; it takes the hub distances D(c, h) as computed at load). Its result must equal the
 * solver's score exactly; a disagreement is a bug.
 */
public final class PlainScoreCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final AllocationPlan plan;
    private final Map<String, long[]> amounts = new LinkedHashMap<>();

    private PlainScoreCalculator(AllocationPlan plan) {
        this.plan = plan;
        for (String name : CONSTRAINT_NAMES) {
            amounts.put(name, new long[2]); // {sum of amounts, number of non-zero amounts}
        }
    }

    /** Every rule's total, in SPEC order. */
    public static List<ConstraintTotal> constraintTotals(AllocationPlan plan) {
        PlainScoreCalculator calculator = new PlainScoreCalculator(plan);
        calculator.computeAll();
        AllocationConstraintConfiguration configuration = plan.getConstraintConfiguration();
        List<ConstraintTotal> totals = new ArrayList<>();
        for (String name : CONSTRAINT_NAMES) {
            long[] sumAndCount = calculator.amounts.get(name);
            HardMediumSoftLongScore weight = configuration.weightOf(name);
            boolean switchedOff = weight.equals(HardMediumSoftLongScore.ZERO);
            totals.add(new ConstraintTotal(name, AllocationConstraintConfiguration.levelOf(name),
                    switchedOff ? HardMediumSoftLongScore.ZERO : weighted(weight, sumAndCount[0]),
                    switchedOff ? 0 : sumAndCount[1]));
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

    private void add(String constraintName, long amount) {
        if (amount < 0) {
            throw new IllegalStateException("Negative amount " + amount + " for " + constraintName);
        }
        if (amount > 0) {
            long[] sumAndCount = amounts.get(constraintName);
            sumAndCount[0] += amount;
            sumAndCount[1]++;
        }
    }

    private void computeAll() {
        List<Project> placed = new ArrayList<>();
        for (Project project : plan.getProjects()) {
            if (project.getCluster() != null && project.getPhase() != null) {
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
                add(LAND_CAPACITY, Math.max(0, land - landCapacity(cluster, phase)));
                add(POWER_CAPACITY, Math.max(0, power - powerCapacity(cluster, phase)));
            }
        }
        for (Project project : placed) {
            Cluster cluster = project.getCluster();
            Sector sector = project.getSector();
            int phaseIndex = project.getPhase().getIndex();
            // Hard 3: cluster not ready.
            Stage firstStage = cluster.getStages().get(0);
            add(CLUSTER_NOT_READY, phaseIndex < firstStage.phase().getIndex() ? 1 : 0);
            // Hard 4: project time window.
            boolean early = phaseIndex < project.getEarliestPhase().getIndex();
            boolean late = phaseIndex > project.getLatestPhase().getIndex();
            add(PROJECT_TIME_WINDOW, early || late ? 1 : 0);
            // Hard 5: environmental zoning (1, not 2, when both hold).
            boolean zoning = sector.getEnvironmentalClass() > cluster.getMaxEnvironmentalClass()
                    || cluster.getExcludedSectors().contains(sector);
            add(ENVIRONMENTAL_ZONING, zoning ? 1 : 0);
            // Hard 7: logistics distance limit.
            long distance = sectorDistance(cluster, sector);
            boolean tooFar = sector.getMaxHubDistanceKm() != null
                    && BigDecimal.valueOf(distance).compareTo(sector.getMaxHubDistanceKm().multiply(THOUSAND)) > 0;
            add(LOGISTICS_DISTANCE_LIMIT, tooFar ? 1 : 0);
            // Soft 1: logistics cost.
            add(LOGISTICS_COST, (freight(project) * distance + 500_000) / 1_000_000);
            // Soft 2: start delay.
            add(START_DELAY, value(project) * Math.max(0, phaseIndex - project.getEarliestPhase().getIndex()));
            // Soft 5: preferred cluster.
            boolean notPreferred = !project.getPreferredClusters().isEmpty()
                    && !project.getPreferredClusters().contains(cluster);
            add(PREFERRED_CLUSTER, notPreferred ? 1 : 0);
        }
        // Hard 6: incompatible sectors, every unordered pair of distinct projects in one cluster.
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Project a = placed.get(i);
                Project b = placed.get(j);
                if (a.getCluster() == b.getCluster()) {
                    boolean incompatible = a.getSector().getIncompatibleWith().contains(b.getSector())
                            || b.getSector().getIncompatibleWith().contains(a.getSector());
                    add(INCOMPATIBLE_SECTORS, incompatible ? 1 : 0);
                }
            }
        }
        // Medium 1: unplaced project.
        for (Project project : plan.getProjects()) {
            if (project.getCluster() == null) {
                add(UNPLACED_PROJECT, value(project));
            }
        }
        // Soft 3: sector fragmentation.
        for (Cluster cluster : plan.getClusters()) {
            Set<Sector> sectors = new HashSet<>();
            for (Project project : placed) {
                if (project.getCluster() == cluster) {
                    sectors.add(project.getSector());
                }
            }
            add(SECTOR_FRAGMENTATION, Math.max(0, sectors.size() - plan.getPolicy().getMaxSectorsPerCluster()));
        }
        // Soft 4: operational target.
        for (OperationalTarget target : plan.getOperationalTargets()) {
            Phase phase = target.getPhase();
            int meeting = 0;
            for (Cluster cluster : plan.getClusters()) {
                long capacity = landCapacity(cluster, phase);
                long used = 0;
                for (Project project : placed) {
                    if (project.getCluster() == cluster && project.getPhase().getIndex() <= phase.getIndex()) {
                        used += land(project);
                    }
                }
                if (capacity > 0 && 100 * used >= (long) target.getMinOccupancyPercent() * capacity) {
                    meeting++;
                }
            }
            add(OPERATIONAL_TARGET, Math.max(0, target.getMinClusters() - meeting));
        }
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
        int priority = project.getSector().getPriority();
        if (project.isReserveBlock()) {
            return halfUp(BigDecimal.valueOf(land(project)).multiply(plan.getPolicy().getReserveValuePerHa())
                    .divide(HUNDRED)) * priority;
        }
        return halfUp(project.getCapitalBillionVnd()) * priority;
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

    /** D(c, s): the nearest hub of a type the sector needs, 0 when it needs none. */
    private static long sectorDistance(Cluster cluster, Sector sector) {
        if (sector.getHubTypes().isEmpty()) {
            return 0;
        }
        long nearest = Long.MAX_VALUE;
        for (Map.Entry<Hub, Long> entry : cluster.getHubDistanceMetres().entrySet()) {
            if (sector.getHubTypes().contains(entry.getKey().getType())) {
                nearest = Math.min(nearest, entry.getValue());
            }
        }
        return nearest;
    }
}
