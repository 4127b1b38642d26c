package org.ccnplan.benchmark.suite;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.solve.SolverConfigs;
import org.ccnplan.solve.SolverSettings;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * One engine solve with the solver configuration of {@code ccnplan solve} ({@link SolverConfigs}), observed: the time
 * of every new best score, when the construction heuristic ended (the local search started), score calculations, and
 * the heap used, sampled every 100 ms.
 *
 * @param bests every new best score, in order, with the milliseconds since the solve started
 * @param constructionEndMillis when the local search phase started, or null when the construction heuristic did not
 *        finish within the limit
 * @param spentMillis wall time of the solve
 * @param scoreCalculations score calculations, construction included
 * @param peakHeapBytes the largest heap use sampled (garbage not yet collected included)
 */
public record EngineRun(AllocationPlan plan, List<Best> bests, Long constructionEndMillis, long spentMillis,
        long scoreCalculations, long peakHeapBytes) {

    /** A new best score and when it was found. */
    public record Best(long millis, HardMediumSoftLongScore score) {
    }

    public HardMediumSoftLongScore score() {
        return plan.getScore();
    }

    public long scoreCalculationsPerSecond() {
        return spentMillis <= 0 ? 0 : scoreCalculations * 1000L / spentMillis;
    }

    /** The best score found within the first {@code millis} milliseconds, or null when none was. */
    public HardMediumSoftLongScore bestAt(long millis) {
        HardMediumSoftLongScore best = null;
        for (Best b : bests) {
            if (b.millis() <= millis) {
                best = b.score();
            }
        }
        return best;
    }

    /** When the best score first reached {@code target} (or better), or null when it never did. */
    public Long firstReached(HardMediumSoftLongScore target) {
        return bests.stream().filter(b -> b.score().isSolutionInitialized() && b.score().compareTo(target) >= 0)
                .map(Best::millis).findFirst().orElse(null);
    }

    /** When the best plan first had every project considered and no hard rule broken, or null when it never did. */
    public Long firstFeasibleMillis() {
        return bests.stream().filter(b -> b.score().isSolutionInitialized() && b.score().isFeasible())
                .map(Best::millis).findFirst().orElse(null);
    }

    /** Solves {@code problem} (which it changes) with the given seed and time limit. */
    public static EngineRun solve(AllocationPlan problem, long seed, Duration timeLimit) {
        return solve(problem, seed, timeLimit, SpeedVariant.AS_SOLVED);
    }

    /** The same with a variant of the solver configuration. */
    static EngineRun solve(AllocationPlan problem, long seed, Duration timeLimit, SpeedVariant variant) {
        SolverConfig config = variant.adjust(SolverConfigs.solverConfig(SolverSettings.timeLimited(seed, timeLimit)));
        DefaultSolver<AllocationPlan> solver = (DefaultSolver<AllocationPlan>) SolverFactory
                .<AllocationPlan>create(config).buildSolver();
        List<Best> bests = Collections.synchronizedList(new ArrayList<>());
        AtomicLong constructionEnd = new AtomicLong(-1);
        long start = System.nanoTime();
        solver.addEventListener(event -> bests.add(new Best(millisSince(start), event.getNewBestSolution().getScore())));
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseStarted(AbstractPhaseScope<AllocationPlan> phaseScope) {
                if (phaseScope instanceof LocalSearchPhaseScope) {
                    constructionEnd.compareAndSet(-1, millisSince(start));
                }
            }
        });
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakHeap = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "heap-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                100, 100, TimeUnit.MILLISECONDS);
        AllocationPlan best;
        try {
            best = solver.solve(problem);
        } finally {
            sampler.shutdownNow();
        }
        long spent = millisSince(start);
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        if (variant.scoresEveryRule() && best.getScore().isSolutionInitialized()) {
            HardMediumSoftLongScore plain = PlainScoreCalculator.score(best);
            if (!plain.equals(best.getScore())) {
                throw new IllegalStateException("The engine's score " + best.getScore()
                        + " differs from the plain recomputation " + plain);
            }
        }
        long calculations = solver.getSolverScope().getScoreCalculationCount();
        return new EngineRun(best, List.copyOf(bests), constructionEnd.get() < 0 ? null : constructionEnd.get(),
                spent, calculations, peakHeap.get());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
