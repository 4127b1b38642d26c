package org.ccnplan.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as planners write them: 500ms, 30s, 5m, 1h (or an ISO-8601 duration such as PT90S). */
public class DurationConverter implements ITypeConverter<Duration> {

    /** Far beyond any useful solve, and far inside what the solver's millisecond counters hold. */
    static final Duration LONGEST = Duration.ofDays(365);

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private static Duration withinLimit(String value, Duration duration) {
        if (duration.compareTo(LONGEST) > 0) {
            throw new TypeConversionException("'" + value + "' is longer than a year");
        }
        return duration;
    }

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = SIMPLE.matcher(text);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                Duration duration = switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
                if (duration.isZero()) {
                    throw new TypeConversionException("'" + value + "' is zero; give a positive duration");
                }
                return withinLimit(value, duration);
            }
            Duration duration = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
            if (duration.isNegative() || duration.isZero()) {
                throw new TypeConversionException("'" + value + "' is not positive");
            }
            return withinLimit(value, duration);
        } catch (ArithmeticException | NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration such as 500ms, 30s, 5m or 1h");
        }
    }
}
