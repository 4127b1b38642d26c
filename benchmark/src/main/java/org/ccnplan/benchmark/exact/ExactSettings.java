package org.ccnplan.benchmark.exact;

import java.time.Duration;

/**
 * How long and how the exact reference searches.
 *
 * @param timeLimitPerLevel the CP-SAT wall-clock limit on each of the three levels
 * @param workers CP-SAT's parallel workers (its portfolio of strategies; more than the cores is fine)
 * @param seed CP-SAT's random seed
 * @param log print CP-SAT's search log to standard error
 * @param satParameters more CP-SAT parameters in protobuf text format ("linearization_level: 2"), or empty
 */
public record ExactSettings(Duration timeLimitPerLevel, int workers, int seed, boolean log, String satParameters) {

    public static final int DEFAULT_WORKERS = 8;

    public static ExactSettings timeLimited(Duration timeLimitPerLevel) {
        return new ExactSettings(timeLimitPerLevel, DEFAULT_WORKERS, 0, false, "");
    }
}
