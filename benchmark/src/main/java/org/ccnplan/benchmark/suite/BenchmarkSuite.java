package org.ccnplan.benchmark.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccnplan.EngineVersion;
import org.ccnplan.benchmark.exact.ExactReferenceException;
import org.ccnplan.benchmark.exact.ExactResult;
import org.ccnplan.benchmark.exact.ExactSettings;
import org.ccnplan.benchmark.exact.Level;
import org.ccnplan.benchmark.exact.LevelResult;
import org.ccnplan.benchmark.exact.LexicographicSolver;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.generate.GeneratorSettings;
import org.ccnplan.generate.GeneratorSettings.Scale;
import org.ccnplan.generate.InstanceGenerator;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InvalidInputException;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark suite of issue 4 (benchmarks only; not part of ccnplan): generates a fixed set of instances in memory
 * from fixed seeds, as {@code ccnplan generate} would (tightness 0.9, 2% pinned, default reserves and hubs), and prints
 * Markdown tables: the engine against the exact optimum on small instances, against the exact reference's plan and
 * bound at province scale, its speed, first feasible plan and peak heap at every scale, and its score calculation
 * speed by kind of move against the framework's own cost.
 */
public final class BenchmarkSuite {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** The line a scale run in its own JVM prints for its parent. */
    static final String RESULT_PREFIX = "SCALE-RESULT ";

    private final PrintStream out;
    private final PrintStream err;

    BenchmarkSuite(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("--scale-run")) {
            System.exit(childRun(out, () -> scaleResult(Scale.valueOf(args[1]), Duration.ofMillis(Long.parseLong(
                    args[2])))));
        }
        if (args.length > 0 && args[0].equals("--speed-run")) {
            System.exit(childRun(out, () -> speedResult(SpeedVariant.valueOf(args[1]), Duration.ofMillis(
                    Long.parseLong(args[2])))));
        }
        System.exit(new BenchmarkSuite(out, err).run(List.of(args)));
    }

    int run(List<String> args) {
        SuiteArguments arguments;
        try {
            arguments = SuiteArguments.parse(args);
        } catch (SuiteArguments.UsageException | IllegalArgumentException e) {
            err.println("suite: " + e.getMessage());
            err.println(SuiteArguments.USAGE);
            return USAGE;
        }
        out.println("Benchmark suite, " + LocalDate.now() + ": ccnplan " + EngineVersion.engine() + ", OptaPlanner "
                + EngineVersion.optaplanner() + ", Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        try {
            if (arguments.small()) {
                small(arguments);
            }
            if (arguments.province()) {
                province(arguments);
            }
            if (!arguments.scales().isEmpty()) {
                scales(arguments);
            }
            if (arguments.speed()) {
                speed(arguments);
            }
            return OK;
        } catch (InvalidInputException | IOException | RuntimeException e) {
            err.println("suite: " + e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("suite: interrupted");
            return FAILED;
        }
    }

    // ---- 1. small instances against the proven optimum

    private void small(SuiteArguments arguments) throws InvalidInputException {
        out.println();
        out.println("### Small instances: the engine against the exact optimum");
        out.println();
        out.println("Engine: " + format(arguments.smallTimeLimit()) + " per run; exact reference: CP-SAT, "
                + arguments.workers() + " workers, " + format(arguments.smallExactTimeLimit()) + " per level.");
        out.println();
        out.println("| instance | exact reference | proven | engine seed | engine | optimum hit | reached after"
                + " | engine's gap |");
        out.println("|---|---|---|---:|---|---|---:|---|");
        out.flush();
        int runs = 0;
        int hits = 0;
        int proven = 0;
        int instances = 0;
        for (int projects : arguments.smallProjects()) {
            for (long seed : arguments.smallSeeds()) {
                Instance instance = Instance.generate(8, projects, seed);
                ExactResult exact = new LexicographicSolver(exactSettings(arguments.smallExactTimeLimit(),
                        arguments.workers())).solve(instance.plan());
                instances++;
                if (exact.provenOptimal()) {
                    proven++;
                }
                for (long engineSeed : arguments.engineSeeds()) {
                    EngineRun run = EngineRun.solve(instance.plan(), engineSeed, arguments.smallTimeLimit());
                    HardMediumSoftLongScore engine = run.score();
                    boolean hit = engine.compareTo(exact.score()) >= 0;
                    Long reached = run.firstReached(exact.score());
                    runs++;
                    if (hit) {
                        hits++;
                    }
                    out.printf(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %s |%n", instance.label(),
                            exact.score(), provenText(exact), engineSeed, engine,
                            hit ? (engine.compareTo(exact.score()) > 0 ? "better" : "yes") : "no",
                            reached == null ? "-" : seconds(reached), hit ? "-" : gap(engine, exact.score()));
                    out.flush();
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Optimum found on %d of %d runs (%d of %d instances proven optimal by the exact "
                + "reference; on the others, \"hit\" means the exact reference's best plan was matched).%n", hits,
                runs, proven, instances);
        out.flush();
    }

    private static String provenText(ExactResult exact) {
        if (exact.provenOptimal()) {
            return String.format(Locale.ROOT, "yes (%s)", seconds(exact.wallMillis()));
        }
        StringBuilder text = new StringBuilder("no:");
        for (LevelResult level : exact.levels()) {
            if (!level.proven()) {
                text.append(String.format(Locale.ROOT, " %s bound %d", level.level().label(), level.bound()));
            }
        }
        return text.toString();
    }

    // ---- 2. province scale against the exact reference's plan and bound

    private void province(SuiteArguments arguments) throws InvalidInputException {
        Duration longest = arguments.provinceCheckpoints().get(arguments.provinceCheckpoints().size() - 1);
        out.println();
        out.println("### Province scale: the engine's gap to the exact reference");
        out.println();
        out.println("Exact reference: CP-SAT, " + arguments.workers() + " workers, "
                + format(arguments.provinceExactTimeLimit()) + " per level. Engine: one " + format(longest)
                + " run per seed, its best score read at each checkpoint (the time of every new best is recorded).");
        out.println();
        out.println("| instance | exact reference (best) | exact bound | engine seed | after | engine"
                + " | gap to best | gap to bound |");
        out.println("|---|---|---|---:|---:|---|---|---|");
        out.flush();
        for (long seed : arguments.provinceSeeds()) {
            Instance instance = Instance.generate(Scale.PROVINCE.clusters(), Scale.PROVINCE.projects(), seed);
            ExactResult exact;
            try {
                exact = new LexicographicSolver(exactSettings(arguments.provinceExactTimeLimit(),
                        arguments.workers())).solve(instance.plan());
            } catch (ExactReferenceException e) {
                // No plan within the time (CP-SAT may not even load a province in a second): the engine still runs.
                exact = null;
            }
            String best = exact == null ? "no plan within " + format(arguments.provinceExactTimeLimit()) + " a level"
                    : exact.score().toString();
            String bound = exact == null ? "-" : boundScore(exact).toString();
            for (long engineSeed : arguments.engineSeeds()) {
                EngineRun run = EngineRun.solve(instance.plan(), engineSeed, longest);
                for (Duration checkpoint : arguments.provinceCheckpoints()) {
                    HardMediumSoftLongScore engine = run.bestAt(checkpoint.toMillis());
                    out.printf(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %s |%n", instance.label(),
                            best, bound, engineSeed, format(checkpoint), engine == null ? "none yet" : engine,
                            engine == null || exact == null ? "-" : gap(engine, exact.score()),
                            engine == null || exact == null ? "-" : gapToBound(engine, exact));
                }
                out.flush();
            }
        }
    }

    /** Each level's bound as a score (the bound of a level is among plans whose higher levels are as fixed). */
    private static HardMediumSoftLongScore boundScore(ExactResult exact) {
        long[] bounds = new long[Level.values().length];
        for (LevelResult level : exact.levels()) {
            bounds[level.level().ordinal()] = level.bound();
        }
        return HardMediumSoftLongScore.of(-bounds[0], -bounds[1], -bounds[2]);
    }

    /**
     * How far the engine's level is at most from the optimum: on the first level where the engine is above the
     * exact bound, (engine - bound) / engine. A level's bound holds for the engine's plan only when its higher levels
     * are at or below the values the exact reference fixed, which is the case when they equal the bounds above them.
     */
    static String gapToBound(HardMediumSoftLongScore engine, ExactResult exact) {
        for (LevelResult level : exact.levels()) {
            long value = level.level().penaltyIn(engine);
            if (value > level.bound()) {
                return String.format(Locale.ROOT, "%s +%d (%s)", level.level().label(), value - level.bound(),
                        percent(value - level.bound(), value));
            }
        }
        return "0 (optimal)";
    }

    /** The engine's gap on the first level where it differs from the reference; "none" when equal. */
    static String gap(HardMediumSoftLongScore engine, HardMediumSoftLongScore reference) {
        for (Level level : Level.values()) {
            long e = level.penaltyIn(engine);
            long r = level.penaltyIn(reference);
            if (e != r) {
                return String.format(Locale.ROOT, "%s %s%d (%s)", level.label(), e > r ? "+" : "-", Math.abs(e - r),
                        r == 0 ? "n/a" : percent(Math.abs(e - r), r));
            }
        }
        return "none";
    }

    private static String percent(long part, long whole) {
        double value = 100.0 * part / whole;
        return String.format(Locale.ROOT, value < 0.1 ? "%.3f%%" : "%.1f%%", value);
    }

    // ---- 3. every scale: speed, first feasible plan, construction heuristic, peak heap

    private void scales(SuiteArguments arguments) throws IOException, InterruptedException, InvalidInputException {
        out.println();
        out.println("### Every scale: speed, first feasible plan, peak heap");
        out.println();
        out.println("One instance per scale (generator seed 1), engine seed 1, " + format(arguments.scaleTimeLimit())
                + (arguments.inProcess() ? ", all in this JVM (peak heap not isolated)."
                        : ", each in a fresh JVM (-Xmx" + arguments.childHeap()
                                + ", -XX:+UseParallelGC, no warm-up)."));
        out.println("Peak heap: the largest heap use sampled every 100 ms during the solve, after a System.gc() "
                + "before it (garbage not yet collected included).");
        out.println();
        out.println("| scale | clusters x projects | score | feasible | first feasible plan after"
                + " | construction heuristic | score calculations/s | peak heap |");
        out.println("|---|---|---|---|---:|---|---:|---:|");
        out.flush();
        for (Scale scale : arguments.scales()) {
            Map<String, String> result = arguments.inProcess()
                    ? scaleResult(scale, arguments.scaleTimeLimit())
                    : inChild(arguments, "the " + scale + " run", "--scale-run", scale.name(),
                            Long.toString(arguments.scaleTimeLimit().toMillis()));
            String firstFeasible = result.get("firstFeasibleMillis");
            String construction = result.get("constructionEndMillis");
            out.printf(Locale.ROOT, "| %s | %d x %d | %s | %s | %s | %s | %,d | %s |%n",
                    scale.name().toLowerCase(Locale.ROOT), scale.clusters(), scale.projects(), result.get("score"),
                    result.get("feasible"),
                    firstFeasible.equals("-") ? "never" : seconds(Long.parseLong(firstFeasible)),
                    construction.equals("-") ? "not finished" : "finished after "
                            + seconds(Long.parseLong(construction)),
                    Long.parseLong(result.get("calculationsPerSecond")),
                    String.format(Locale.ROOT, "%,d MB", Long.parseLong(result.get("peakHeapBytes")) / 1_000_000));
            out.flush();
        }
    }

    // ---- 4. province scale: score calculation speed by kind of move, and of the framework alone

    private void speed(SuiteArguments arguments) throws IOException, InterruptedException, InvalidInputException {
        out.println();
        out.println("### Score calculation speed at province scale, by kind of move");
        out.println();
        out.println("Province instance (36 x 300, generator seed 1), engine seed 1, " + format(
                arguments.speedTimeLimit()) + " each, "
                + (arguments.inProcess() ? "one after the other in this JVM." : "each in a fresh JVM (-Xmx"
                        + arguments.childHeap() + ", -XX:+UseParallelGC, no warm-up).")
                + " Every variant keeps the construction and the late acceptance of `ccnplan solve`; a score "
                + "calculation is one move evaluated, whatever the number of projects it changes.");
        out.println();
        out.println("| move selectors | rules | score calculations/s | score |");
        out.println("|---|---|---:|---|");
        out.flush();
        for (SpeedVariant variant : SpeedVariant.values()) {
            Map<String, String> result = arguments.inProcess()
                    ? speedResult(variant, arguments.speedTimeLimit())
                    : inChild(arguments, "the " + variant + " speed run", "--speed-run", variant.name(),
                            Long.toString(arguments.speedTimeLimit().toMillis()));
            out.printf(Locale.ROOT, "| %s | %s | %,d | %s |%n", variant.selectorsLabel(), variant.rulesLabel(),
                    Long.parseLong(result.get("calculationsPerSecond")), result.get("score"));
            out.flush();
        }
    }

    static Map<String, String> speedResult(SpeedVariant variant, Duration timeLimit) throws InvalidInputException {
        EngineRun run = EngineRun.solve(Instance.generate(36, 300, 1).plan(), 1, timeLimit, variant);
        return Map.of("calculationsPerSecond", Long.toString(run.scoreCalculationsPerSecond()),
                "score", variant.scoresEveryRule() ? run.score().toString() : "(2 rules only)");
    }

    /** Runs this class in a fresh JVM with the given arguments ({@code --scale-run} or {@code --speed-run}). */
    private Map<String, String> inChild(SuiteArguments arguments, String what, String... runArguments)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + arguments.childHeap(), "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), BenchmarkSuite.class.getName()));
        command.addAll(List.of(runArguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> result = null;
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(RESULT_PREFIX)) {
                    result = parseResult(line.substring(RESULT_PREFIX.length()));
                } else {
                    lines.add(line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException(what + " failed (exit " + exit + "): " + String.join("\n", lines));
        }
        return result;
    }

    /** What a fresh JVM measures. */
    private interface ChildRun {
        Map<String, String> result() throws InvalidInputException;
    }

    /** In a fresh JVM: {@code --scale-run SCALE MILLIS} or {@code --speed-run VARIANT MILLIS}; prints one line. */
    private static int childRun(PrintStream out, ChildRun run) {
        try {
            Map<String, String> result = run.result();
            StringBuilder line = new StringBuilder(RESULT_PREFIX);
            result.forEach((key, value) -> line.append(key).append('=').append(value).append(';'));
            out.println(line);
            return OK;
        } catch (InvalidInputException | RuntimeException e) {
            e.printStackTrace();
            return FAILED;
        }
    }

    static Map<String, String> scaleResult(Scale scale, Duration timeLimit) throws InvalidInputException {
        Instance instance = Instance.generate(scale.clusters(), scale.projects(), 1);
        AllocationPlan plan = instance.plan();
        System.gc();
        EngineRun run = EngineRun.solve(plan, 1, timeLimit);
        Map<String, String> result = new HashMap<>();
        result.put("score", run.score().toString());
        result.put("feasible", run.score().isSolutionInitialized() && run.score().isFeasible() ? "yes" : "no");
        result.put("firstFeasibleMillis", run.firstFeasibleMillis() == null ? "-" : run.firstFeasibleMillis() + "");
        result.put("constructionEndMillis",
                run.constructionEndMillis() == null ? "-" : run.constructionEndMillis() + "");
        result.put("calculationsPerSecond", Long.toString(run.scoreCalculationsPerSecond()));
        result.put("peakHeapBytes", Long.toString(run.peakHeapBytes()));
        return result;
    }

    static Map<String, String> parseResult(String text) {
        Map<String, String> result = new HashMap<>();
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                result.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return result;
    }

    // ---- instances

    /** A generated instance, as {@code ccnplan generate --clusters C --projects P --seed S} writes it. */
    record Instance(String label, JsonNode tree) {

        static Instance generate(int clusters, int projects, long seed) {
            GeneratorSettings settings = new GeneratorSettings(clusters, projects, seed, new BigDecimal("0.9"),
                    new BigDecimal("0.02"), GeneratorSettings.defaultReserves(clusters),
                    GeneratorSettings.defaultHubs(clusters));
            return new Instance(clusters + " x " + projects + ", seed " + seed, InstanceGenerator.generate(settings));
        }

        /** A fresh, unsolved plan of the instance. */
        AllocationPlan plan() throws InvalidInputException {
            return DatasetReader.read("generated " + label, tree);
        }
    }

    private static ExactSettings exactSettings(Duration perLevel, int workers) {
        return new ExactSettings(perLevel, workers, 0, false, "");
    }

    private static String format(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
