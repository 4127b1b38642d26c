package org.ccnplan.domain;

import java.util.List;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The names of the 13 rules of SPEC section 4 (used by the constraints, the tests and the reports) and their weights.
 * Hard and medium rules weigh one unit of their level; the five soft weights come from the dataset, and a weight of
 * zero switches its rule off.
 */
@ConstraintConfiguration
public class AllocationConstraintConfiguration {

    public static final String LAND_CAPACITY = "Land capacity";
    public static final String POWER_CAPACITY = "Power capacity";
    public static final String CLUSTER_NOT_READY = "Cluster not ready";
    public static final String PROJECT_TIME_WINDOW = "Project time window";
    public static final String ENVIRONMENTAL_ZONING = "Environmental zoning";
    public static final String INCOMPATIBLE_SECTORS = "Incompatible sectors";
    public static final String LOGISTICS_DISTANCE_LIMIT = "Logistics distance limit";
    public static final String UNPLACED_PROJECT = "Unplaced project";
    public static final String LOGISTICS_COST = "Logistics cost";
    public static final String START_DELAY = "Start delay";
    public static final String SECTOR_FRAGMENTATION = "Sector fragmentation";
    public static final String OPERATIONAL_TARGET = "Operational target";
    public static final String PREFERRED_CLUSTER = "Preferred cluster";

    /** Every rule in SPEC order: hard, medium, soft. */
    public static final List<String> CONSTRAINT_NAMES = List.of(LAND_CAPACITY, POWER_CAPACITY, CLUSTER_NOT_READY,
            PROJECT_TIME_WINDOW, ENVIRONMENTAL_ZONING, INCOMPATIBLE_SECTORS, LOGISTICS_DISTANCE_LIMIT,
            UNPLACED_PROJECT, LOGISTICS_COST, START_DELAY, SECTOR_FRAGMENTATION, OPERATIONAL_TARGET,
            PREFERRED_CLUSTER);

    /** Default soft weights, as in SPEC's example. */
    public static final long DEFAULT_LOGISTICS_COST = 1;
    public static final long DEFAULT_START_DELAY = 1;
    public static final long DEFAULT_SECTOR_FRAGMENTATION = 500;
    public static final long DEFAULT_OPERATIONAL_TARGET = 5000;
    public static final long DEFAULT_PREFERRED_CLUSTER = 50;

    @PlanningId
    private String id = "weights";

    @ConstraintWeight(LAND_CAPACITY)
    private HardMediumSoftLongScore landCapacity = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(POWER_CAPACITY)
    private HardMediumSoftLongScore powerCapacity = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(CLUSTER_NOT_READY)
    private HardMediumSoftLongScore clusterNotReady = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(PROJECT_TIME_WINDOW)
    private HardMediumSoftLongScore projectTimeWindow = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(ENVIRONMENTAL_ZONING)
    private HardMediumSoftLongScore environmentalZoning = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(INCOMPATIBLE_SECTORS)
    private HardMediumSoftLongScore incompatibleSectors = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(LOGISTICS_DISTANCE_LIMIT)
    private HardMediumSoftLongScore logisticsDistanceLimit = HardMediumSoftLongScore.ONE_HARD;

    @ConstraintWeight(UNPLACED_PROJECT)
    private HardMediumSoftLongScore unplacedProject = HardMediumSoftLongScore.ONE_MEDIUM;

    @ConstraintWeight(LOGISTICS_COST)
    private HardMediumSoftLongScore logisticsCost;
    @ConstraintWeight(START_DELAY)
    private HardMediumSoftLongScore startDelay;
    @ConstraintWeight(SECTOR_FRAGMENTATION)
    private HardMediumSoftLongScore sectorFragmentation;
    @ConstraintWeight(OPERATIONAL_TARGET)
    private HardMediumSoftLongScore operationalTarget;
    @ConstraintWeight(PREFERRED_CLUSTER)
    private HardMediumSoftLongScore preferredCluster;

    public AllocationConstraintConfiguration() {
        this(DEFAULT_LOGISTICS_COST, DEFAULT_START_DELAY, DEFAULT_SECTOR_FRAGMENTATION, DEFAULT_OPERATIONAL_TARGET,
                DEFAULT_PREFERRED_CLUSTER);
    }

    public AllocationConstraintConfiguration(long logisticsCost, long startDelay, long sectorFragmentation,
            long operationalTarget, long preferredCluster) {
        this.logisticsCost = HardMediumSoftLongScore.ofSoft(logisticsCost);
        this.startDelay = HardMediumSoftLongScore.ofSoft(startDelay);
        this.sectorFragmentation = HardMediumSoftLongScore.ofSoft(sectorFragmentation);
        this.operationalTarget = HardMediumSoftLongScore.ofSoft(operationalTarget);
        this.preferredCluster = HardMediumSoftLongScore.ofSoft(preferredCluster);
    }

    public String getId() {
        return id;
    }

    /** The weight of a rule as it multiplies each amount, for reports and the plain recomputation. */
    public HardMediumSoftLongScore weightOf(String constraintName) {
        return switch (constraintName) {
            case LAND_CAPACITY -> landCapacity;
            case POWER_CAPACITY -> powerCapacity;
            case CLUSTER_NOT_READY -> clusterNotReady;
            case PROJECT_TIME_WINDOW -> projectTimeWindow;
            case ENVIRONMENTAL_ZONING -> environmentalZoning;
            case INCOMPATIBLE_SECTORS -> incompatibleSectors;
            case LOGISTICS_DISTANCE_LIMIT -> logisticsDistanceLimit;
            case UNPLACED_PROJECT -> unplacedProject;
            case LOGISTICS_COST -> logisticsCost;
            case START_DELAY -> startDelay;
            case SECTOR_FRAGMENTATION -> sectorFragmentation;
            case OPERATIONAL_TARGET -> operationalTarget;
            case PREFERRED_CLUSTER -> preferredCluster;
            default -> throw new IllegalArgumentException("No rule named " + constraintName);
        };
    }

    /** "hard", "medium" or "soft": the level at which a rule counts, even when its weight is zero. */
    public static String levelOf(String constraintName) {
        int position = CONSTRAINT_NAMES.indexOf(constraintName);
        if (position < 0) {
            throw new IllegalArgumentException("No rule named " + constraintName);
        }
        return position < 7 ? "hard" : position < 8 ? "medium" : "soft";
    }
}
