package org.ccnplan.solve;

import java.time.Duration;

import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * How long and how to search. With a step limit and no time limit the run is repeatable: the same dataset and seed give
 * the same plan on every machine.
 *
 * @param seed the random seed
 * @param timeLimit wall-clock limit, or null for none
 * @param stepLimit local-search step limit, or null for none
 * @param environmentMode REPRODUCIBLE for users; FULL_ASSERT in tests
 */
public record SolverSettings(long seed, Duration timeLimit, Long stepLimit, EnvironmentMode environmentMode) {

    public static final long DEFAULT_SEED = 42L;

    public SolverSettings {
        if (timeLimit == null && stepLimit == null) {
            throw new IllegalArgumentException("A solve needs a time limit, a step limit or both.");
        }
    }

    public static SolverSettings timeLimited(long seed, Duration timeLimit) {
        return new SolverSettings(seed, timeLimit, null, EnvironmentMode.REPRODUCIBLE);
    }

    public static SolverSettings stepLimited(long seed, long steps) {
        return new SolverSettings(seed, null, steps, EnvironmentMode.REPRODUCIBLE);
    }

    public SolverSettings withEnvironmentMode(EnvironmentMode mode) {
        return new SolverSettings(seed, timeLimit, stepLimit, mode);
    }
}
