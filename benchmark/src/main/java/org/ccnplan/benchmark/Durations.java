package org.ccnplan.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as the benchmarks' options take them: 500ms, 30s, 5m, 1h. */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    /** The positive duration the text names, or null when it names none. */
    public static Duration positive(String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            return null;
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** What a usage error says of a text that is not a positive duration. */
    public static String notADuration(String option, String text) {
        return option + ": '" + text + "' is not a positive duration such as 500ms, 30s, 5m";
    }
}
