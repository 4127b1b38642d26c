package org.ccnplan.io.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.NumberToTextConverter;

/** Reading cells: spaces, numbers with a decimal point or comma, lists of ids. */
final class Cells {

    /** White space at the ends of a cell, including the no-break spaces that Excel and the web leave. */
    private static final Pattern ENDS = Pattern.compile("^[\\s\\u00A0\\u2007\\u202F\\uFEFF]+|[\\s\\u00A0\\u2007\\u202F\\uFEFF]+$");
    private static final Pattern INNER_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /**
     * A number as a planner types it in a text cell: an optional sign, digits, and one decimal point or decimal
     * comma (a Vietnamese-locale Excel writes {@code 4,5}); a trailing {@code %} means what it shows (50% is 50).
     * No thousands separators, no exponent, no units.
     */
    private static final Pattern NUMBER = Pattern.compile("([+\\-\\u2212]?)(\\d+(?:[.,]\\d+)?|[.,]\\d+)(\\s*%)?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    /** One to three digits (not a lone 0), then groups of three after a point or comma: 1.200, 12,500, 1.234.567. */
    private static final Pattern GROUPED = Pattern.compile("[+\\-\\u2212]?[1-9]\\d{0,2}(?:[.,]\\d{3})+");

    private Cells() {
    }

    static String trim(String text) {
        return ENDS.matcher(text).replaceAll("");
    }

    /** A header as compared: trimmed, every run of spaces or line breaks one space. */
    static String header(String text) {
        return INNER_SPACE.matcher(trim(text)).replaceAll(" ");
    }

    /**
     * Text that may hold a thousands separator: with a known decimal mark (a CSV file's), any other mark in a number;
     * without one (a workbook's text cell), digits in groups of three after a point or comma, which one locale reads
     * as a thousands separator and another as decimals.
     */
    static boolean looksGrouped(String text, char decimalMark) {
        String trimmed = trim(text);
        if (decimalMark != 0) {
            char other = decimalMark == ',' ? '.' : ',';
            return trimmed.indexOf(other) >= 0 && trimmed.matches("[+\\-\\u2212]?[\\d.,]+");
        }
        return GROUPED.matcher(trimmed).matches();
    }

    /** The number a text cell holds, or null when it is not one. */
    static BigDecimal parse(String text) {
        return parse(text, (char) 0);
    }

    /** The number a text cell holds, read with the given decimal mark (0: a point or a comma), or null. */
    static BigDecimal parse(String text, char decimalMark) {
        String trimmed = trim(text);
        if (decimalMark != 0 && trimmed.indexOf(decimalMark == ',' ? '.' : ',') >= 0) {
            return null;
        }
        Matcher matcher = NUMBER.matcher(trimmed);
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(matcher.group(2).replace(',', '.'));
        if (!matcher.group(1).isEmpty() && matcher.group(1).charAt(0) != '+') {
            number = number.negate();
        }
        return normalize(number);
    }

    /**
     * The exact decimal of a numeric cell. Excel keeps a number as a binary double and shows it with at most 15
     * significant digits; POI's NumberToTextConverter gives that same shortest text (Excel's own rendering), so
     * 4.5 stays 4.5, 0.1 stays 0.1 and a formula's 0.1+0.2 is 0.3, as the planner sees it, never
     * 0.1000000000000000055511151231257827.
     */
    static BigDecimal fromDouble(double value) {
        return normalize(new BigDecimal(NumberToTextConverter.toText(value)));
    }

    /** Without trailing zeros, and without an exponent: 4.50 is 4.5, 2025 stays 2025 (not 2.025E+3). */
    static BigDecimal normalize(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The ids of a list cell: separated by commas or semicolons, spaces around them ignored, empty ones skipped. */
    static List<String> split(String text) {
        List<String> ids = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(text)) {
            String id = trim(part);
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
