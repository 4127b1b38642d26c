package org.ccnplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A priority industry sector, with its environmental class, logistics needs and incompatibilities. */
public class Sector {

    @PlanningId
    private String id;
    /** Position in its plan's list of sectors, set by the plan: the solver's running totals are arrays by it. */
    private int index = -1;
    private String name;
    private int environmentalClass;
    private int priority;
    private BigDecimal powerMwPerHa;
    private BigDecimal freightTonsPerHaYear;
    private Set<HubType> hubTypes;
    /** As given in the dataset; null when the sector has no distance limit. */
    private BigDecimal maxHubDistanceKm;
    /**
     * The limit in whole metres, floor(km x 1000): distances are whole metres, so D > km x 1000 exactly when
     * D > floor(km x 1000). {@link Long#MAX_VALUE} when the sector has no limit.
     */
    private long maxHubDistanceMetres;
    /** The sectors this one lists as incompatible (possibly itself); filled once all sectors exist. */
    private Set<Sector> incompatibleWith = new LinkedHashSet<>();
    /** The sectors that list this one. */
    private final Set<Sector> listedBy = new LinkedHashSet<>();
    /** Both together: every sector this one may not share a cluster with. */
    private Set<Sector> incompatibleEitherWay = Set.of();
    /** The same sectors as a list: iterated on the solver's hot path without an iterator. */
    private List<Sector> incompatibleEitherWayList = List.of();

    public Sector() {
    }

    public Sector(String id, String name, int environmentalClass, int priority, BigDecimal powerMwPerHa,
            BigDecimal freightTonsPerHaYear, Set<HubType> hubTypes, BigDecimal maxHubDistanceKm) {
        this.id = id;
        this.name = name;
        this.environmentalClass = environmentalClass;
        this.priority = priority;
        this.powerMwPerHa = powerMwPerHa;
        this.freightTonsPerHaYear = freightTonsPerHaYear;
        this.hubTypes = hubTypes.isEmpty() ? EnumSet.noneOf(HubType.class) : EnumSet.copyOf(hubTypes);
        this.maxHubDistanceKm = maxHubDistanceKm;
        this.maxHubDistanceMetres = maxHubDistanceKm == null ? Long.MAX_VALUE
                : maxHubDistanceKm.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    public String getId() {
        return id;
    }

    /** Position in its plan's list of sectors, or -1 before a plan holds it. */
    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
    }

    public String getName() {
        return name;
    }

    public int getEnvironmentalClass() {
        return environmentalClass;
    }

    public int getPriority() {
        return priority;
    }

    public BigDecimal getPowerMwPerHa() {
        return powerMwPerHa;
    }

    public BigDecimal getFreightTonsPerHaYear() {
        return freightTonsPerHaYear;
    }

    public Set<HubType> getHubTypes() {
        return hubTypes;
    }

    public BigDecimal getMaxHubDistanceKm() {
        return maxHubDistanceKm;
    }

    public Set<Sector> getIncompatibleWith() {
        return incompatibleWith;
    }

    /** Sets the sectors this one lists, and keeps every sector's {@link #getIncompatibleEitherWay()} in step. */
    public void setIncompatibleWith(Set<Sector> incompatibleWith) {
        for (Sector other : this.incompatibleWith) {
            other.listedBy.remove(this);
            other.refreshIncompatibleEitherWay();
        }
        this.incompatibleWith = incompatibleWith;
        for (Sector other : incompatibleWith) {
            other.listedBy.add(this);
            other.refreshIncompatibleEitherWay();
        }
        refreshIncompatibleEitherWay();
    }

    private void refreshIncompatibleEitherWay() {
        Set<Sector> either = new LinkedHashSet<>(incompatibleWith);
        either.addAll(listedBy);
        incompatibleEitherWay = either;
        incompatibleEitherWayList = List.copyOf(either);
    }

    /** The sectors that list this one or that this one lists (itself, when it lists itself). */
    public Set<Sector> getIncompatibleEitherWay() {
        return incompatibleEitherWay;
    }

    /** {@link #getIncompatibleEitherWay()} as a list. */
    public List<Sector> getIncompatibleEitherWayList() {
        return incompatibleEitherWayList;
    }

    /** True when a cluster distance D (metres) to this sector's hubs breaks the sector's limit. */
    public boolean exceedsDistanceLimit(long distanceMetres) {
        return distanceMetres > maxHubDistanceMetres;
    }

    public boolean hasDistanceLimit() {
        return maxHubDistanceKm != null;
    }

    /** Either sector lists the other; a sector that lists itself is incompatible with itself. */
    public boolean isIncompatibleWith(Sector other) {
        return incompatibleEitherWay.contains(other);
    }

    @Override
    public String toString() {
        return id;
    }
}
