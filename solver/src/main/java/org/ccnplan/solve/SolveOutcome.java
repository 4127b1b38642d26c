package org.ccnplan.solve;

import org.ccnplan.domain.AllocationPlan;

/**
 * The best plan a solve found and how the solve ended.
 *
 * @param plan the best plan, scored
 * @param termination what stopped the search, in words ("move limit 100000", "time limit 30s", "interrupted", ...)
 * @param timeSpentMillis wall time of the solve
 * @param scoreCalculationCount number of score calculations, for speed figures
 * @param interrupted true when the user stopped the run before its limit
 * @param firstFeasibleMillis when the first plan with every project considered and no hard rule broken was found,
 *        or null if none was
 */
public record SolveOutcome(AllocationPlan plan, String termination, long timeSpentMillis,
        long scoreCalculationCount, boolean interrupted, Long firstFeasibleMillis) {

    public long scoreCalculationsPerSecond() {
        return timeSpentMillis <= 0 ? 0 : scoreCalculationCount * 1000L / timeSpentMillis;
    }
}
