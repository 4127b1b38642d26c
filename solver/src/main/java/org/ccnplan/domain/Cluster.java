package org.ccnplan.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * An industrial cluster (cum cong nghiep): staged land and power, zoning, and road distances to hubs.
 * <p>
 * It is a planning entity only to carry the land placed in it by each phase (a shadow variable), which the
 * operational-target rule reads for every cluster, empty ones included.
 */
@PlanningEntity
public class Cluster {

    @PlanningId
    private String id;
    private String name;
    private String district;
    private BigDecimal lat;
    private BigDecimal lon;
    private int maxEnvironmentalClass;
    private Set<Sector> excludedSectors;
    private List<Stage> stages;
    /** Road distances as given in the dataset, by hub id, in the dataset's order. */
    private Map<String, BigDecimal> hubDistancesKm;

    // Integer units derived once at load (SPEC section 4).
    /** Hundredths of a hectare available by phase index (cumulative stages; 0 before the first stage). */
    private long[] landCapacity;
    /** Kilowatts available by phase index. */
    private long[] powerCapacity;
    /** Index of the phase of the first stage: the cluster is not ready before it. */
    private int readyPhaseIndex;
    /** D(c, h) in metres for every hub. */
    private Map<Hub, Long> hubDistanceMetres = new LinkedHashMap<>();
    /** D(c, s) in metres for every sector: nearest hub of a type the sector needs, 0 without needs. */
    private Map<Sector, Long> sectorDistanceMetres = new HashMap<>();

    /**
     * Land (hundredths of a hectare) of the projects placed here by each phase, by phase index: a shadow variable, kept
     * by {@link LandOccupancyListener}, so that a project changing only its phase also updates the cluster for the
     * operational-target rule. Immutable: every change replaces the list. Annotated on its public getter, for
     * OptaPlanner's fast lambda-based access.
     */
    private List<Long> landPlacedByPhase;

    public Cluster() {
    }

    public Cluster(String id, String name, String district, BigDecimal lat, BigDecimal lon, int maxEnvironmentalClass,
            Set<Sector> excludedSectors, List<Stage> stages, Map<String, BigDecimal> hubDistancesKm, int phaseCount) {
        this.id = id;
        this.name = name;
        this.district = district;
        this.lat = lat;
        this.lon = lon;
        this.maxEnvironmentalClass = maxEnvironmentalClass;
        this.excludedSectors = excludedSectors;
        this.stages = List.copyOf(stages);
        this.hubDistancesKm = hubDistancesKm;
        deriveCapacities(phaseCount);
        clearLandPlaced();
    }

    private void deriveCapacities(int phaseCount) {
        landCapacity = new long[phaseCount];
        powerCapacity = new long[phaseCount];
        readyPhaseIndex = stages.isEmpty() ? phaseCount : stages.get(0).phase().getIndex();
        for (Stage stage : stages) {
            for (int i = stage.phase().getIndex(); i < phaseCount; i++) {
                landCapacity[i] = Units.centiHectares(stage.landHa());
                powerCapacity[i] = Units.kilowatts(stage.powerMw());
            }
        }
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** May be null: the district is optional. */
    public String getDistrict() {
        return district;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public BigDecimal getLon() {
        return lon;
    }

    public int getMaxEnvironmentalClass() {
        return maxEnvironmentalClass;
    }

    public Set<Sector> getExcludedSectors() {
        return excludedSectors;
    }

    public List<Stage> getStages() {
        return stages;
    }

    public Map<String, BigDecimal> getHubDistancesKm() {
        return hubDistancesKm;
    }

    public long getLandCapacity(Phase phase) {
        return landCapacity[phase.getIndex()];
    }

    public long getPowerCapacity(Phase phase) {
        return powerCapacity[phase.getIndex()];
    }

    /** The number of phases of the dataset (the length of the capacity tables). */
    public int getPhaseCount() {
        return landCapacity.length;
    }

    /** Land capacity, hundredths of a hectare, at the phase of the given index. */
    public long getLandCapacityAt(int phaseIndex) {
        return landCapacity[phaseIndex];
    }

    /** Power capacity, kW, at the phase of the given index. */
    public long getPowerCapacityAt(int phaseIndex) {
        return powerCapacity[phaseIndex];
    }

    public int getReadyPhaseIndex() {
        return readyPhaseIndex;
    }

    public boolean isReadyIn(Phase phase) {
        return phase.getIndex() >= readyPhaseIndex;
    }

    public Map<Hub, Long> getHubDistanceMetres() {
        return hubDistanceMetres;
    }

    public void setHubDistanceMetres(Map<Hub, Long> hubDistanceMetres) {
        this.hubDistanceMetres = hubDistanceMetres;
    }

    public long getSectorDistanceMetres(Sector sector) {
        return sectorDistanceMetres.getOrDefault(sector, 0L);
    }

    public void setSectorDistanceMetres(Map<Sector, Long> sectorDistanceMetres) {
        this.sectorDistanceMetres = sectorDistanceMetres;
    }

    /** Zoning: the sector's environmental class is too high here, or the cluster excludes the sector. */
    public boolean forbids(Sector sector) {
        return sector.getEnvironmentalClass() > maxEnvironmentalClass || excludedSectors.contains(sector);
    }

    @ShadowVariable(variableListenerClass = LandOccupancyListener.class, sourceEntityClass = Project.class,
            sourceVariableName = "cluster")
    @ShadowVariable(variableListenerClass = LandOccupancyListener.class, sourceEntityClass = Project.class,
            sourceVariableName = "phase")
    public List<Long> getLandPlacedByPhase() {
        return landPlacedByPhase;
    }

    public void setLandPlacedByPhase(List<Long> landPlacedByPhase) {
        this.landPlacedByPhase = landPlacedByPhase;
    }

    /** Counts (or with a negative land, uncounts) land placed in the given phase; it counts for every later phase. */
    public void addLandPlaced(Phase phase, long land) {
        Long[] byPhase = landPlacedByPhase.toArray(Long[]::new);
        for (int i = phase.getIndex(); i < byPhase.length; i++) {
            byPhase[i] += land;
        }
        landPlacedByPhase = List.of(byPhase);
    }

    /** Forgets every placed project: the starting point for counting a plan's projects again. */
    public void clearLandPlaced() {
        Long[] zeros = new Long[landCapacity.length];
        Arrays.fill(zeros, 0L);
        landPlacedByPhase = List.of(zeros);
    }

    /** Land (hundredths of a hectare) of the projects placed here by the given phase. */
    public long landPlacedBy(Phase phase) {
        return landPlacedByPhase.get(phase.getIndex());
    }

    /** The cluster has land at the target's phase and at least the target's share of it is placed by then. */
    public boolean meetsTarget(OperationalTarget target) {
        long capacity = getLandCapacity(target.getPhase());
        return capacity > 0 && 100L * landPlacedBy(target.getPhase()) >= target.getMinOccupancyPercent() * capacity;
    }

    @Override
    public String toString() {
        return id;
    }
}
