package org.ccnplan.domain;

import java.math.BigDecimal;

/** Land held for a priority sector whose investors are not known yet; split into blocks placed like projects. */
public record SectorReserve(Sector sector, Phase phase, BigDecimal landHa, BigDecimal blockHa) {
}
