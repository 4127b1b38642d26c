package org.ccnplan.benchmark.exact;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The three levels of SPEC section 4, in the order the lexicographic solve minimises them. */
public enum Level {
    HARD,
    MEDIUM,
    SOFT;

    /** The level's penalty in a score: the sum of its amounts, as a non-negative number. */
    public long penaltyIn(HardMediumSoftLongScore score) {
        return switch (this) {
            case HARD -> -score.hardScore();
            case MEDIUM -> -score.mediumScore();
            case SOFT -> -score.softScore();
        };
    }

    public String label() {
        return name().toLowerCase();
    }
}
