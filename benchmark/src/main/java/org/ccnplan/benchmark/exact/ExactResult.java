package org.ccnplan.benchmark.exact;

import java.util.List;

import org.ccnplan.domain.AllocationPlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The exact reference's answer: the best plan found, its score by the plain recomputation (equal, level by level, to
 * the model's objectives), and each level's bound.
 */
public record ExactResult(AllocationPlan plan, HardMediumSoftLongScore score, List<LevelResult> levels,
        long wallMillis) {

    /** Every level proven: the score is the lexicographic optimum. */
    public boolean provenOptimal() {
        return levels.size() == Level.values().length && levels.stream().allMatch(LevelResult::proven);
    }
}
