package org.ccnplan.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** An industrial cluster (cum cong nghiep): staged land and power, zoning, and road distances to hubs. */
public class Cluster {

    @PlanningId
    private String id;
    /** Position in its plan's list of clusters, set by the plan: the solver's running totals are arrays by it. */
    private int index = -1;
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
    /** The same distances by sector index, with the sector at each index: the solver asks on every move. */
    private Sector[] indexedSectors = new Sector[0];
    private long[] indexedSectorDistances = new long[0];
    /** The plan's operational targets: a cluster's running totals count the targets it meets. */
    private List<OperationalTarget> operationalTargets;

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

    /** Position in its plan's list of clusters, or -1 before a plan holds it. */
    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
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
        int index = sector.getIndex();
        if (index >= 0 && index < indexedSectors.length && indexedSectors[index] == sector) {
            return indexedSectorDistances[index];
        }
        return sectorDistanceMetres.getOrDefault(sector, 0L);
    }

    public void setSectorDistanceMetres(Map<Sector, Long> sectorDistanceMetres) {
        this.sectorDistanceMetres = sectorDistanceMetres;
        indexSectorDistances(List.of());
    }

    /**
     * Remembers D(c, s) by sector index for the given (indexed) sectors. An index is checked against the sector, never
     * trusted: a sector indexed elsewhere is looked up by the map.
     */
    public void indexSectorDistances(List<Sector> sectors) {
        int length = sectors.stream().mapToInt(Sector::getIndex).max().orElse(-1) + 1;
        Sector[] bySectorIndex = new Sector[length];
        long[] distances = new long[length];
        for (Sector sector : sectors) {
            if (sector.getIndex() >= 0) {
                bySectorIndex[sector.getIndex()] = sector;
                distances[sector.getIndex()] = sectorDistanceMetres.getOrDefault(sector, 0L);
            }
        }
        indexedSectorDistances = distances;
        indexedSectors = bySectorIndex;
    }

    /** The operational targets of the plan holding this cluster, set by the plan. */
    public List<OperationalTarget> getOperationalTargets() {
        if (operationalTargets == null) {
            throw new IllegalStateException("The cluster (" + id + ") has no operational targets: it is not part of a "
                    + "plan.");
        }
        return operationalTargets;
    }

    public void setOperationalTargets(List<OperationalTarget> operationalTargets) {
        this.operationalTargets = List.copyOf(operationalTargets);
    }

    /** Zoning: the sector's environmental class is too high here, or the cluster excludes the sector. */
    public boolean forbids(Sector sector) {
        return sector.getEnvironmentalClass() > maxEnvironmentalClass
                || !excludedSectors.isEmpty() && excludedSectors.contains(sector);
    }

    @Override
    public String toString() {
        return id;
    }
}
