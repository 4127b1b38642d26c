package org.ccnplan.benchmark.suite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ccnplan.benchmark.Durations;
import org.ccnplan.generate.GeneratorSettings.Scale;

/** The benchmark suite's options; without --small, --province, --scales or --speed every part runs. */
record SuiteArguments(boolean small, boolean province, List<Scale> scales, boolean speed, List<Integer> smallProjects,
        List<Long> smallSeeds, List<Long> provinceSeeds, List<Long> engineSeeds, Duration smallTimeLimit,
        Duration smallExactTimeLimit, List<Duration> provinceCheckpoints, Duration provinceExactTimeLimit,
        Duration scaleTimeLimit, Duration speedTimeLimit, int workers, String childHeap, boolean inProcess) {

    static final String USAGE = String.join("\n",
            "Usage: benchmark/suite [--small] [--province] [--scales province,region,nation] [--speed] [options]",
            "Parts (all four when none is named):",
            "  --small                         8 clusters x 40/50/60 projects: the engine against the exact optimum",
            "  --province                      36 x 300: the engine's gap to the exact reference's plan and bound",
            "  --scales LIST                   speed, first feasible plan and peak heap at these scales",
            "  --speed                         36 x 300: score calculations/s by kind of move, and of the framework",
            "Options:",
            "  --small-projects LIST           default 40,50,60",
            "  --small-seeds LIST              generator seeds of the small instances, default 1,2,3",
            "  --province-seeds LIST           generator seeds of the province instances, default 1,2",
            "  --engine-seeds LIST             the engine's seeds on small and province instances, default 1,2,3",
            "  --small-time-limit DURATION     the engine on small instances, default 10s",
            "  --small-exact-time-limit D      CP-SAT per level on small instances, default 60s",
            "  --province-checkpoints LIST     the engine's best at these times of one run, default 10s,30s,60s",
            "  --province-exact-time-limit D   CP-SAT per level on province instances, default 60s",
            "  --scale-time-limit DURATION     the engine at each scale, default 60s",
            "  --speed-time-limit DURATION     the engine in each variant of --speed, default 20s",
            "  --workers N                     CP-SAT workers, default 8",
            "  --child-heap SIZE               -Xmx of the JVM each scale or speed variant runs in, default 4g",
            "  --in-process                    run the scales and speed variants in this JVM (not isolated)");

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static SuiteArguments parse(List<String> args) throws UsageException {
        boolean small = false;
        boolean province = false;
        boolean speed = false;
        List<Scale> scales = null;
        List<Integer> smallProjects = List.of(40, 50, 60);
        List<Long> smallSeeds = List.of(1L, 2L, 3L);
        List<Long> provinceSeeds = List.of(1L, 2L);
        List<Long> engineSeeds = List.of(1L, 2L, 3L);
        Duration smallTimeLimit = Duration.ofSeconds(10);
        Duration smallExact = Duration.ofSeconds(60);
        List<Duration> checkpoints = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));
        Duration provinceExact = Duration.ofSeconds(60);
        Duration scaleTimeLimit = Duration.ofSeconds(60);
        Duration speedTimeLimit = Duration.ofSeconds(20);
        int workers = 8;
        String childHeap = "4g";
        boolean inProcess = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--small" -> small = true;
                case "--province" -> province = true;
                case "--speed" -> speed = true;
                case "--in-process" -> inProcess = true;
                case "--scales" -> {
                    scales = new ArrayList<>();
                    for (String name : list(arg, value(args, ++i, arg))) {
                        try {
                            scales.add(Scale.valueOf(name.toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw new UsageException(arg + ": '" + name + "' is not province, region or nation");
                        }
                    }
                }
                case "--small-projects" -> smallProjects = list(arg, value(args, ++i, arg)).stream()
                        .map(text -> (int) positive(arg, text)).toList();
                case "--small-seeds" -> smallSeeds = longs(arg, value(args, ++i, arg));
                case "--province-seeds" -> provinceSeeds = longs(arg, value(args, ++i, arg));
                case "--engine-seeds" -> engineSeeds = longs(arg, value(args, ++i, arg));
                case "--small-time-limit" -> smallTimeLimit = duration(arg, value(args, ++i, arg));
                case "--small-exact-time-limit" -> smallExact = duration(arg, value(args, ++i, arg));
                case "--province-checkpoints" -> checkpoints = list(arg, value(args, ++i, arg)).stream()
                        .map(text -> durationUnchecked(arg, text)).sorted().toList();
                case "--province-exact-time-limit" -> provinceExact = duration(arg, value(args, ++i, arg));
                case "--scale-time-limit" -> scaleTimeLimit = duration(arg, value(args, ++i, arg));
                case "--speed-time-limit" -> speedTimeLimit = duration(arg, value(args, ++i, arg));
                case "--workers" -> workers = (int) positive(arg, value(args, ++i, arg));
                case "--child-heap" -> {
                    childHeap = value(args, ++i, arg);
                    if (!childHeap.matches("\\d+[kmgKMG]?")) {
                        throw new UsageException(arg + ": '" + childHeap + "' is not a heap size such as 4g");
                    }
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (!small && !province && scales == null && !speed) {
            small = true;
            province = true;
            scales = List.of(Scale.values());
            speed = true;
        }
        return new SuiteArguments(small, province, scales == null ? List.of() : List.copyOf(scales), speed,
                smallProjects, smallSeeds, provinceSeeds, engineSeeds, smallTimeLimit, smallExact, checkpoints,
                provinceExact, scaleTimeLimit, speedTimeLimit, workers, childHeap, inProcess);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static List<String> list(String option, String text) throws UsageException {
        List<String> items = List.of(text.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            throw new UsageException(option + " needs at least one value");
        }
        return items;
    }

    private static List<Long> longs(String option, String text) throws UsageException {
        List<Long> values = new ArrayList<>();
        for (String item : list(option, text)) {
            values.add(positive(option, item));
        }
        return values;
    }

    private static long positive(String option, String text) {
        try {
            long value = Long.parseLong(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + ": '" + text + "' is not a positive number");
    }

    private static Duration durationUnchecked(String option, String text) {
        try {
            return duration(option, text);
        } catch (UsageException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    static Duration duration(String option, String text) throws UsageException {
        Duration duration = Durations.positive(text);
        if (duration == null) {
            throw new UsageException(Durations.notADuration(option, text));
        }
        return duration;
    }
}
