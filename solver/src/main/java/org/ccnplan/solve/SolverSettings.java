package org.ccnplan.solve;

import java.time.Duration;

import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * How long and how to search. With a move limit and no time limit the run is repeatable: the same dataset and seed give
 * the same plan on every machine.
 *
 * @param seed the random seed
 * @param timeLimit wall-clock limit, or null for none
 * @param moveLimit how many moves (score calculations, construction included) to evaluate, or null for no limit
 * @param environmentMode REPRODUCIBLE for users; FULL_ASSERT in tests
 */
public record SolverSettings(long seed, Duration timeLimit, Long moveLimit, EnvironmentMode environmentMode) {

    public static final long DEFAULT_SEED = 42L;

    public SolverSettings {
        if (timeLimit == null && moveLimit == null) {
            throw new IllegalArgumentException("A solve needs a time limit, a move limit or both.");
        }
    }

    public static SolverSettings timeLimited(long seed, Duration timeLimit) {
        return new SolverSettings(seed, timeLimit, null, EnvironmentMode.REPRODUCIBLE);
    }

    public static SolverSettings moveLimited(long seed, long moves) {
        return new SolverSettings(seed, null, moves, EnvironmentMode.REPRODUCIBLE);
    }

    public SolverSettings withEnvironmentMode(EnvironmentMode mode) {
        return new SolverSettings(seed, timeLimit, moveLimit, mode);
    }
}
