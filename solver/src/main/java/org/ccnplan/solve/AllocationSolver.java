package org.ccnplan.solve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves one plan: reports progress while it runs and can be stopped from another thread (Ctrl-C), in which case the
 * best plan found so far is kept.
 */
public final class AllocationSolver {

    /** How a solve ends, as the plan file records it: "move limit 100000", "time limit 30s", ... */
    public static final String MOVE_LIMIT = "move limit ";
    public static final String TIME_LIMIT = "time limit ";
    public static final String NOTHING_TO_DECIDE = "nothing to decide (every project pinned)";

    /** A snapshot for a live progress line. */
    public record Progress(long elapsedMillis, HardMediumSoftLongScore bestScore, long scoreCalculationsPerSecond) {
    }

    private final SolverSettings settings;
    private volatile Solver<AllocationPlan> solver;
    private volatile boolean stopRequested;

    public AllocationSolver(SolverSettings settings) {
        this.settings = settings;
    }

    /** Asks a running solve to stop and keep its best plan; safe to call from any thread, also before solving. */
    public void stop() {
        stopRequested = true;
        Solver<AllocationPlan> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }

    /**
     * @param problem the dataset's plan, pinned projects already in place
     * @param progressListener called about once a second from another thread; may be null
     */
    public SolveOutcome solve(AllocationPlan problem, Consumer<Progress> progressListener) {
        long start = System.currentTimeMillis();
        if (problem.getProjects().stream().allMatch(Project::isPinned)) {
            // Nothing to decide: every project is licensed where it is (or there are no projects).
            PlanScorer.updateScore(problem);
            return new SolveOutcome(problem, NOTHING_TO_DECIDE, 0L, 0L, false,
                    problem.getScore().isFeasible() ? 0L : null);
        }
        SolverFactory<AllocationPlan> factory = SolverFactory.create(SolverConfigs.solverConfig(settings));
        Solver<AllocationPlan> created = factory.buildSolver();
        AtomicReference<HardMediumSoftLongScore> bestScore = new AtomicReference<>();
        AtomicReference<Long> firstFeasibleMillis = new AtomicReference<>();
        created.addEventListener(event -> {
            HardMediumSoftLongScore score = event.getNewBestSolution().getScore();
            bestScore.set(score);
            if (score.isSolutionInitialized() && score.isFeasible()) {
                firstFeasibleMillis.compareAndSet(null, System.currentTimeMillis() - start);
            }
        });
        solver = created;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ccnplan-progress");
            thread.setDaemon(true);
            return thread;
        });
        // A solve resets the solver's stop flag when it starts, so a stop that came earlier is repeated until it holds.
        ticker.scheduleAtFixedRate(() -> {
            if (stopRequested && created.isSolving() && !created.isTerminateEarly()) {
                created.terminateEarly();
            }
        }, 0, 50, TimeUnit.MILLISECONDS);
        if (progressListener != null) {
            ticker.scheduleAtFixedRate(() -> progressListener.accept(progress(created, start, bestScore.get())),
                    1, 1, TimeUnit.SECONDS);
        }
        AllocationPlan best;
        try {
            best = created.solve(problem);
        } finally {
            ticker.shutdownNow();
            awaitQuietly(ticker);
        }
        long spent = System.currentTimeMillis() - start;
        PlanScorer.checkAgainstPlainRecomputation(best);
        long calculations = ((DefaultSolver<AllocationPlan>) created).getSolverScope().getScoreCalculationCount();
        if (firstFeasibleMillis.get() == null && best.getScore().isSolutionInitialized()
                && best.getScore().isFeasible()) {
            firstFeasibleMillis.set(spent);
        }
        return new SolveOutcome(best, termination(spent), spent, calculations, stopRequested,
                firstFeasibleMillis.get());
    }

    /** Lets a progress report that is running finish, so nothing prints after the solve returns. */
    private static void awaitQuietly(ScheduledExecutorService ticker) {
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Progress progress(Solver<AllocationPlan> solver, long start, HardMediumSoftLongScore best) {
        long elapsed = System.currentTimeMillis() - start;
        long calculations = ((DefaultSolver<AllocationPlan>) solver).getSolverScope().getScoreCalculationCount();
        return new Progress(elapsed, best, elapsed <= 0 ? 0 : calculations * 1000L / elapsed);
    }

    private String termination(long spentMillis) {
        if (stopRequested) {
            return "interrupted";
        }
        Duration timeLimit = settings.timeLimit();
        if (timeLimit != null && (settings.moveLimit() == null || spentMillis >= timeLimit.toMillis())) {
            return TIME_LIMIT + (timeLimit.toMillis() % 1000 == 0 ? timeLimit.toSeconds() + "s"
                    : timeLimit.toMillis() + "ms");
        }
        return MOVE_LIMIT + settings.moveLimit();
    }
}
