package org.ccnplan.domain;

/** The kinds of logistics hub a sector can need nearby. */
public enum HubType {
    SEAPORT,
    DRY_PORT,
    RAIL,
    EXPRESSWAY,
    BORDER_GATE,
    AIRPORT,
    RAW_MATERIAL_AREA
}
