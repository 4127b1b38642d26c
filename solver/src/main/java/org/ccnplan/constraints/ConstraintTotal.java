package org.ccnplan.constraints;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One rule's part of a score: its signed, weighted impact and its number of matches (non-zero terms). */
public record ConstraintTotal(String name, String level, HardMediumSoftLongScore impact, long matches) {
}
