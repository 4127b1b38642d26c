package org.ccnplan.domain;

import java.math.BigDecimal;

/** From {@code phase} on, a cluster has this much industrial land and grid power in total (stages are cumulative). */
public record Stage(Phase phase, BigDecimal landHa, BigDecimal powerMw) {
}
