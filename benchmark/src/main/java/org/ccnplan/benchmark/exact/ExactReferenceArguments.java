package org.ccnplan.benchmark.exact;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.ccnplan.benchmark.Durations;

/**
 * The exact reference's command line: {@code DATASET [--time-limit 60s] [--workers 8] [--output plan.json]
 * [--engine-time-limit 10s | --engine-moves N] [--seed 1] [--log]}.
 *
 * @param dataset the dataset (or scenario) to solve
 * @param settings CP-SAT's time limit per level, workers, seed and log
 * @param output where to write the plan file, or null
 * @param engineTimeLimit also run the engine for this long, or null
 * @param engineMoves also run the engine for this many moves, or null
 * @param engineSeed the engine's seed
 */
record ExactReferenceArguments(Path dataset, ExactSettings settings, Path output, Duration engineTimeLimit,
        Long engineMoves, long engineSeed) {

    static final String USAGE = """
            Usage: exact-reference DATASET [options]
              --time-limit DURATION        CP-SAT's limit on each level: hard, medium, soft (default 60s)
              --workers N                  CP-SAT's parallel workers (default 8)
              --output FILE                write the plan file (SPEC section 5)
              --engine-time-limit DURATION also solve with the engine for this long, and compare
              --engine-moves N             also solve with the engine for this many moves, and compare
              --seed N                     the engine's seed (default 1)
              --log                        print CP-SAT's search log to standard error
              --sat-parameters TEXT        more CP-SAT parameters, protobuf text ("linearization_level: 2")
            Durations: 500ms, 30s, 5m, 1h.""";

    /** A command line that cannot be understood: the message says why, for the user. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static ExactReferenceArguments parse(List<String> args) throws UsageException {
        Path dataset = null;
        Duration timeLimit = Duration.ofSeconds(60);
        int workers = ExactSettings.DEFAULT_WORKERS;
        Path output = null;
        Duration engineTimeLimit = null;
        Long engineMoves = null;
        long seed = 1;
        boolean log = false;
        String satParameters = "";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--time-limit" -> timeLimit = duration(arg, value(args, ++i, arg));
                case "--workers" -> workers = (int) positive(arg, value(args, ++i, arg));
                case "--output" -> output = Path.of(value(args, ++i, arg));
                case "--engine-time-limit" -> engineTimeLimit = duration(arg, value(args, ++i, arg));
                case "--engine-moves" -> engineMoves = positive(arg, value(args, ++i, arg));
                case "--seed" -> seed = number(arg, value(args, ++i, arg));
                case "--log" -> log = true;
                case "--sat-parameters" -> satParameters = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("-") || dataset != null) {
                        throw new UsageException("Unknown option or extra argument: " + arg);
                    }
                    dataset = Path.of(arg);
                }
            }
        }
        if (dataset == null) {
            throw new UsageException("Missing DATASET");
        }
        return new ExactReferenceArguments(dataset, new ExactSettings(timeLimit, workers, 0, log, satParameters), output,
                engineTimeLimit, engineMoves, seed);
    }

    boolean runsEngine() {
        return engineTimeLimit != null || engineMoves != null;
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static Duration duration(String option, String text) throws UsageException {
        Duration duration = Durations.positive(text);
        if (duration == null) {
            throw new UsageException(Durations.notADuration(option, text));
        }
        return duration;
    }

    private static long positive(String option, String text) throws UsageException {
        long value = number(option, text);
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw new UsageException(option + ": '" + text + "' is not a positive number");
        }
        return value;
    }

    private static long number(String option, String text) throws UsageException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + text + "' is not a whole number");
        }
    }
}
