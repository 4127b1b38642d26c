package org.ccnplan.io.sheets;

import java.math.BigDecimal;

/**
 * One cell as read from a workbook or a CSV file: blank, text, an exact number, a yes/no, or an error value. A CSV
 * cell is always text, read with its file's decimal mark.
 *
 * @param decimalMark for a CSV cell, the decimal mark of its file ({@code ,} when fields are split at semicolons, as a
 *        Vietnamese-locale Excel writes them, {@code .} otherwise); 0 for a workbook cell, whose text has no known mark
 */
record SheetCell(Type type, String text, BigDecimal number, boolean date, char decimalMark) {

    SheetCell(Type type, String text, BigDecimal number, boolean date) {
        this(type, text, number, date, (char) 0);
    }

    enum Type { BLANK, TEXT, NUMBER, BOOLEAN, ERROR }

    static final SheetCell BLANK = new SheetCell(Type.BLANK, "", null, false);

    static SheetCell text(String text) {
        return Cells.trim(text).isEmpty() ? BLANK : new SheetCell(Type.TEXT, text, null, false);
    }

    static SheetCell csvText(String text, char decimalMark) {
        return Cells.trim(text).isEmpty() ? BLANK : new SheetCell(Type.TEXT, text, null, false, decimalMark);
    }

    static SheetCell number(BigDecimal number, boolean date) {
        return new SheetCell(Type.NUMBER, number.toPlainString(), number, date);
    }

    boolean isBlank() {
        return type == Type.BLANK;
    }

    /** How a problem shows what the cell holds: text in quotes, a number as written, an error as Excel shows it. */
    String describe() {
        return switch (type) {
            case BLANK -> "an empty cell";
            case TEXT -> "\"" + text + "\"";
            case NUMBER -> date ? "a date (Excel turned what was typed into a date: format the column as Number or"
                    + " Text and type it again)" : text;
            case BOOLEAN -> text;
            case ERROR -> text.startsWith("#") ? "the error " + text : text;
        };
    }
}
