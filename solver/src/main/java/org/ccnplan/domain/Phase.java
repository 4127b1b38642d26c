package org.ccnplan.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A planning period (to 2025, 2026-2030, after 2030). Phases are ordered; {@link #getIndex()} is the position. */
public class Phase {

    @PlanningId
    private String id;
    private String label;
    private int endYear;
    private int index;

    public Phase() {
    }

    public Phase(String id, String label, int endYear, int index) {
        this.id = id;
        this.label = label;
        this.endYear = endYear;
        this.index = index;
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public int getEndYear() {
        return endYear;
    }

    public int getIndex() {
        return index;
    }

    public boolean isAfter(Phase other) {
        return index > other.index;
    }

    @Override
    public String toString() {
        return id;
    }
}
