package org.ccnplan.io;

import java.math.BigDecimal;

/** A range a decimal field must fall in; {@link #check} says what is wrong, or null. */
record DecimalRange(BigDecimal min, boolean minInclusive, BigDecimal max) {

    /** No field of the format needs more: it keeps every integer unit derived from it well inside a long. */
    static final BigDecimal LARGEST = new BigDecimal("1000000000");

    /**
     * No field needs more decimal places; a number like 1e-999999999 would otherwise make the integer units (and
     * their rounding) take unbounded time and memory.
     */
    static final int MAX_DECIMAL_PLACES = 30;

    static DecimalRange atLeast(String min) {
        return new DecimalRange(new BigDecimal(min), true, LARGEST);
    }

    static DecimalRange above(String min) {
        return new DecimalRange(new BigDecimal(min), false, LARGEST);
    }

    static DecimalRange between(String min, String max) {
        return new DecimalRange(new BigDecimal(min), true, new BigDecimal(max));
    }

    String check(BigDecimal value) {
        int vsMin = value.compareTo(min);
        if (vsMin < 0 || (vsMin == 0 && !minInclusive) || value.compareTo(max) > 0) {
            if (max == LARGEST) {
                return (minInclusive ? "must be at least " : "must be above ") + min.toPlainString()
                        + " (and at most " + LARGEST.toPlainString() + ")";
            }
            return "must be from " + min.toPlainString() + " to " + max.toPlainString();
        }
        return null;
    }
}
