package org.ccnplan.benchmark.exact;

import java.util.ArrayList;
import java.util.List;

import org.ccnplan.constraints.PlainScoreCalculator;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.protobuf.TextFormat;

/**
 * Minimises hard, then medium with hard fixed, then soft with both fixed, each level with CP-SAT under its own time
 * limit. A level that is not proven is fixed at its best value found (as an upper bound), so the levels below it are
 * optimal only among plans that good at that level.
 */
public final class LexicographicSolver {

    private final ExactSettings settings;

    public LexicographicSolver(ExactSettings settings) {
        this.settings = settings;
    }

    /**
     * Solves the plan's dataset and writes the best plan found into it (pinned projects stay where they are). The
     * plain recomputation of SPEC section 4 then scores the plan; it must equal the model's objectives.
     */
    public ExactResult solve(AllocationPlan plan) {
        Loader.loadNativeLibraries();
        long start = System.currentTimeMillis();
        ExactModel exact = ExactModel.of(plan);
        CpModel model = exact.cpModel();
        String invalid = model.validate();
        if (!invalid.isEmpty()) {
            throw new ExactModelMismatchException("The exact model is invalid: " + invalid);
        }
        List<LevelResult> solved = new ArrayList<>();
        long[] solution = null;
        for (Level level : Level.values()) {
            LinearExpr penalty = exact.level(level);
            model.clearObjective();
            model.minimize(penalty);
            model.clearHints();
            if (solution == null) {
                hintEveryFreeProjectUnplaced(exact);
            } else {
                hint(model, solution);
            }
            CpSolver solver = newSolver();
            CpSolverStatus status = solver.solve(model);
            boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
            if (!found && solution == null) {
                throw new ExactReferenceException("CP-SAT found no plan on the " + level.label() + " level ("
                        + status + ") within " + seconds(settings) + "; give it more time");
            }
            if (found) {
                solution = values(model, solver);
            }
            // Without a new solution the previous level's plan stands: it satisfies every level fixed so far.
            long objective = valueOf(penalty, solution);
            boolean proven = status == CpSolverStatus.OPTIMAL;
            long bound = proven ? objective : lowerBound(solver);
            solved.add(new LevelResult(level, objective, Math.min(bound, objective), proven,
                    Math.round(solver.wallTime() * 1000)));
            if (proven) {
                model.addEquality(penalty, objective);
            } else {
                model.addLessOrEqual(penalty, objective);
            }
        }
        List<LevelResult> levels = finalValues(exact, solved, solution);
        writePlan(exact, solution);
        HardMediumSoftLongScore score = PlainScoreCalculator.score(plan);
        plan.setScore(score);
        checkAgreement(levels, score);
        return new ExactResult(plan, score, List.copyOf(levels), System.currentTimeMillis() - start);
    }

    private CpSolver newSolver() {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(settings.timeLimitPerLevel().toMillis() / 1000.0)
                .setNumWorkers(settings.workers())
                .setRandomSeed(settings.seed())
                .setLogSearchProgress(settings.log())
                .setLogToStdout(false);
        if (!settings.satParameters().isBlank()) {
            try {
                TextFormat.merge(settings.satParameters(), solver.getParameters());
            } catch (TextFormat.ParseException e) {
                throw new ExactReferenceException("Not CP-SAT parameters: " + e.getMessage());
            }
        }
        if (settings.log()) {
            solver.setLogCallback(System.err::println);
        }
        return solver;
    }

    /** The value of every variable of the model, by its index. */
    private static long[] values(CpModel model, CpSolver solver) {
        int count = model.getBuilder().getVariablesCount();
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = solver.value(model.getIntVarFromProtoIndex(i));
        }
        return values;
    }

    /** The previous level's plan as the next level's starting point: it is feasible there by construction. */
    private static void hint(CpModel model, long[] solution) {
        for (int i = 0; i < solution.length; i++) {
            model.addHint(model.getIntVarFromProtoIndex(i), solution[i]);
        }
    }

    /**
     * Each level's value in the final plan. A level that was not proven is only bounded from above for the levels
     * after it, which may still improve it on their way.
     */
    private static List<LevelResult> finalValues(ExactModel exact, List<LevelResult> solved, long[] solution) {
        List<LevelResult> levels = new ArrayList<>();
        for (LevelResult result : solved) {
            long objective = valueOf(exact.level(result.level()), solution);
            levels.add(new LevelResult(result.level(), objective, Math.min(result.bound(), objective),
                    result.proven(), result.wallMillis()));
        }
        return levels;
    }

    /** A first plan for the hard level, always at hand: every free project unplaced (CP-SAT completes the rest). */
    private static void hintEveryFreeProjectUnplaced(ExactModel exact) {
        for (Placement placement : exact.placements()) {
            if (!placement.project().isPinned()) {
                exact.cpModel().addHint(placement.chosen(), false);
            }
        }
    }

    /** A level's value in a solution given variable by variable. */
    private static long valueOf(LinearExpr expression, long[] solution) {
        long value = expression.getOffset();
        for (int i = 0; i < expression.numElements(); i++) {
            value = Math.addExact(value, Math.multiplyExact(expression.getCoefficient(i),
                    solution[expression.getVariableIndex(i)]));
        }
        return value;
    }

    /** CP-SAT's bound, rounded up to the integer it implies (every level is an integer); 0 when it has none. */
    private static long lowerBound(CpSolver solver) {
        double bound = solver.bestObjectiveBound();
        return Double.isFinite(bound) ? Math.max(0, (long) Math.ceil(bound - 1e-6)) : 0;
    }

    private static String seconds(ExactSettings settings) {
        return settings.timeLimitPerLevel().toMillis() / 1000.0 + " s";
    }

    /** Puts every free project where the solution places it, or unplaced (its phase then its earliest phase). */
    private static void writePlan(ExactModel exact, long[] solution) {
        for (Project project : exact.plan().getProjects()) {
            if (!project.isPinned()) {
                project.setCluster(null);
                project.setPhase(project.getEarliestPhase());
            }
        }
        for (Placement placement : exact.placements()) {
            if (!placement.project().isPinned() && solution[placement.chosen().getIndex()] == 1) {
                placement.project().setCluster(placement.cluster());
                placement.project().setPhase(placement.phase());
            }
        }
    }

    /** The model's objectives must be the plain recomputation's levels: a difference is a bug in the model. */
    private static void checkAgreement(List<LevelResult> levels, HardMediumSoftLongScore score) {
        for (LevelResult result : levels) {
            long recomputed = result.level().penaltyIn(score);
            if (recomputed != result.objective()) {
                throw new ExactModelMismatchException("The exact model's " + result.level().label() + " objective "
                        + result.objective() + " differs from the plain recomputation's " + recomputed
                        + " (score " + score + ")");
            }
        }
    }
}
