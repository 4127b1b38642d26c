package org.ccnplan.domain;

import java.math.BigDecimal;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A candidate investor project, or a block of land reserved for a priority sector. The engine decides its cluster
 * (or none: unplaced) and the phase in which it starts.
 */
@PlanningEntity
public class Project {

    @PlanningId
    private String id;
    private String name;
    private String investor;
    private Sector sector;
    private BigDecimal landHa;
    private BigDecimal powerMw;
    private BigDecimal capitalBillionVnd;
    private int jobs;
    private Phase earliestPhase;
    private Phase latestPhase;
    private Set<Cluster> preferredClusters;
    /** The reserve this block was cut from, or null for an investor project. */
    private SectorReserve reserve;

    // Integer units (SPEC section 4): L, P, V and T.
    private long land;
    private long power;
    private long value;
    private long freight;

    // The planning annotations sit on the public getters: OptaPlanner then reads them through generated lambdas,
    // several times faster on the solver's hot path than reflective field access.
    private boolean pinned;
    private Cluster cluster;
    private Phase phase;

    public Project() {
    }

    public Project(String id, String name, String investor, Sector sector, BigDecimal landHa, BigDecimal powerMw,
            BigDecimal capitalBillionVnd, int jobs, Phase earliestPhase, Phase latestPhase,
            Set<Cluster> preferredClusters, SectorReserve reserve, long land, long power, long value, long freight) {
        this.id = id;
        this.name = name;
        this.investor = investor;
        this.sector = sector;
        this.landHa = landHa;
        this.powerMw = powerMw;
        this.capitalBillionVnd = capitalBillionVnd;
        this.jobs = jobs;
        this.earliestPhase = earliestPhase;
        this.latestPhase = latestPhase;
        this.preferredClusters = preferredClusters;
        this.reserve = reserve;
        this.land = land;
        this.power = power;
        this.value = value;
        this.freight = freight;
    }

    /** A planning clone: the same facts, and its own cluster, phase and pin, as they are now. */
    public Project planningClone() {
        Project clone = new Project(id, name, investor, sector, landHa, powerMw, capitalBillionVnd, jobs, earliestPhase,
                latestPhase, preferredClusters, reserve, land, power, value, freight);
        clone.pinned = pinned;
        clone.cluster = cluster;
        clone.phase = phase;
        return clone;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** May be null: the investor is optional (and reserve blocks have none). */
    public String getInvestor() {
        return investor;
    }

    public Sector getSector() {
        return sector;
    }

    /** Land as given (or as cut for a reserve block), in hectares. */
    public BigDecimal getLandHa() {
        return landHa;
    }

    /** Power as given, in MW; null for a reserve block, whose power is derived from the sector. */
    public BigDecimal getPowerMw() {
        return powerMw;
    }

    /** Capital as given, in billion VND; null for a reserve block. */
    public BigDecimal getCapitalBillionVnd() {
        return capitalBillionVnd;
    }

    public int getJobs() {
        return jobs;
    }

    public Phase getEarliestPhase() {
        return earliestPhase;
    }

    public Phase getLatestPhase() {
        return latestPhase;
    }

    public Set<Cluster> getPreferredClusters() {
        return preferredClusters;
    }

    public SectorReserve getReserve() {
        return reserve;
    }

    public boolean isReserveBlock() {
        return reserve != null;
    }

    public long getLand() {
        return land;
    }

    public long getPower() {
        return power;
    }

    public long getValue() {
        return value;
    }

    public long getFreight() {
        return freight;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    @PlanningVariable(valueRangeProviderRefs = "clusterRange", nullable = true)
    public Cluster getCluster() {
        return cluster;
    }

    public void setCluster(Cluster cluster) {
        this.cluster = cluster;
    }

    @PlanningVariable(valueRangeProviderRefs = "phaseRange")
    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    /** Fixes the project where a licence puts it; the solver never moves it. */
    public void pin(Cluster cluster, Phase phase) {
        this.cluster = cluster;
        this.phase = phase;
        this.pinned = true;
    }

    /** In a cluster, with a phase (a construction heuristic may have set the one and not yet the other). */
    public boolean isPlaced() {
        return cluster != null && phase != null;
    }

    public int getPhaseIndex() {
        return phase.getIndex();
    }

    // ************************************************************************
    // Amounts of the rules that concern one placed project
    // ************************************************************************

    public boolean isOutsideTimeWindow() {
        return phase.getIndex() < earliestPhase.getIndex() || phase.getIndex() > latestPhase.getIndex();
    }

    /** K(j, c): thousand tonne-km a year to the nearest hub the sector needs. */
    public long getLogisticsCost() {
        return Units.thousandTonneKm(freight, cluster.getSectorDistanceMetres(sector));
    }

    /** V(j) x phases started after the earliest phase. */
    public long getStartDelayCost() {
        return value * Math.max(0, phase.getIndex() - earliestPhase.getIndex());
    }

    public boolean isOutsidePreferredClusters() {
        return !preferredClusters.isEmpty() && !preferredClusters.contains(cluster);
    }

    @Override
    public String toString() {
        return id;
    }
}
