package org.ccnplan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.ccnplan.domain.Units;

/**
 * Every word and number a report shows, in one language: phrases from the {@code texts} bundle
 * ({@code texts.properties} in English, {@code texts_vi.properties} in Vietnamese, both UTF-8), numbers with the
 * language's separators ({@code 1,234.5} in English, {@code 1.234,5} in Vietnamese). Formatting never depends on the
 * machine's locale, so reports are the same everywhere.
 */
public final class Texts {

    private static final Texts ENGLISH = new Texts(Lang.EN, ',', '.');
    private static final Texts VIETNAMESE = new Texts(Lang.VI, '.', ',');

    private final Lang lang;
    private final ResourceBundle bundle;
    private final DecimalFormatSymbols symbols;

    private Texts(Lang lang, char grouping, char decimalSeparator) {
        this.lang = lang;
        // Only the named bundle: never fall back to the machine's default locale.
        this.bundle = ResourceBundle.getBundle("org.ccnplan.report.texts", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimalSeparator);
        symbols.setMinusSign('-');
    }

    public static Texts of(Lang lang) {
        return lang == Lang.VI ? VIETNAMESE : ENGLISH;
    }

    public Lang lang() {
        return lang;
    }

    /**
     * The phrase of a key with its arguments put in ({0}, {1}, ...). Arguments are strings already formatted by this
     * class, so MessageFormat never formats a number by the machine's locale.
     */
    public String get(String key, String... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text " + key + " in language " + lang.code(), e);
        }
        return arguments.length == 0 ? pattern.replace("''", "'")
                : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** A rule's name, from its SPEC name: "Land capacity" is {@code constraint.Land_capacity}. */
    public String constraint(String name) {
        return get("constraint." + name.replace(' ', '_'));
    }

    /** A score level: hard, medium or soft. */
    public String level(String level) {
        return get("level." + level);
    }

    public String yesNo(boolean yes) {
        return get(yes ? "yes" : "no");
    }

    /** A whole number with thousands separators. */
    public String number(long value) {
        return new DecimalFormat("#,##0", symbols).format(value);
    }

    /** A decimal with thousands separators and at most two decimals, rounded half up as the score rounds. */
    public String decimal(BigDecimal value) {
        return format("#,##0.##", value);
    }

    /** A decimal as written (all its decimals), with the language's decimal separator and no grouping. */
    public String plain(BigDecimal value) {
        String text = value.toPlainString();
        return lang == Lang.VI ? text.replace('.', ',') : text;
    }

    /** Land in hundredths of a hectare as hectares, two decimals, with thousands separators: 1,250.50. */
    public String hectares(long centiHectares) {
        return format("#,##0.00", Units.hectares(centiHectares));
    }

    /** Power in kW as megawatts, three decimals, with thousands separators: 1,200.500. */
    public String megawatts(long kilowatts) {
        return format("#,##0.000", Units.megawatts(kilowatts));
    }

    private String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
