package org.ccnplan.benchmark.exact;

/**
 * One level of the lexicographic solve.
 *
 * @param level the level minimised
 * @param objective the level's penalty in the best plan found (non-negative)
 * @param bound the best lower bound on that penalty among plans whose higher levels are at most the values fixed
 *        before this one
 * @param proven the objective equals the bound: no plan (with the higher levels as fixed) does better
 * @param wallMillis the solver's wall time on this level
 */
public record LevelResult(Level level, long objective, long bound, boolean proven, long wallMillis) {

    /** (objective - bound) / objective, 0 when proven or when the objective is 0. */
    public double gap() {
        return objective == 0 ? 0 : (double) (objective - bound) / objective;
    }
}
