package org.ccnplan.constraints;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One rule's part of a score: its signed, weighted impact and its number of matches (non-zero terms). */
public record ConstraintTotal(String name, String level, HardMediumSoftLongScore impact, long matches) {

    /** The impact as one signed number on the rule's own level. */
    public long levelImpact() {
        return onLevel(impact, level);
    }

    /** One level ("hard", "medium" or "soft") of a score. */
    public static long onLevel(HardMediumSoftLongScore score, String level) {
        return switch (level) {
            case "hard" -> score.hardScore();
            case "medium" -> score.mediumScore();
            case "soft" -> score.softScore();
            default -> throw new IllegalArgumentException("No level " + level);
        };
    }
}
