package org.ccnplan.domain;

import java.math.BigDecimal;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A logistics hub: seaport, dry port, railway station, expressway junction, ... */
public class Hub {

    @PlanningId
    private String id;
    private String name;
    private HubType type;
    private BigDecimal lat;
    private BigDecimal lon;

    public Hub() {
    }

    public Hub(String id, String name, HubType type, BigDecimal lat, BigDecimal lon) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.lat = lat;
        this.lon = lon;
    }

    public String getId() {
        return id;
    }

    /** May be null: the name is optional. */
    public String getName() {
        return name;
    }

    public HubType getType() {
        return type;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public BigDecimal getLon() {
        return lon;
    }

    @Override
    public String toString() {
        return id;
    }
}
