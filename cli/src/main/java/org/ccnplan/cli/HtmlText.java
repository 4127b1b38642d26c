package org.ccnplan.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Text made safe for HTML and inline SVG, and SVG coordinates written the same on every machine. */
final class HtmlText {

    private HtmlText() {
    }

    /**
     * The text as HTML character data or a quoted attribute value: names come from planners' files and may hold
     * {@code <}, {@code &} or quotes. Control characters, which HTML forbids, become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' || c == 0x7F ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** A length or coordinate in SVG user units: at most two decimals, a decimal point, never an exponent. */
    static String number(double value) {
        String text = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        return "-0".equals(text) ? "0" : text;
    }
}
