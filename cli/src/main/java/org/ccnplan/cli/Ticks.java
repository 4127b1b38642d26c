package org.ccnplan.cli;

/** Round numbers for axes, scale bars and legends: 1, 2 or 5 times a power of ten. */
final class Ticks {

    private Ticks() {
    }

    /** The largest round number not above the value (the value itself when it is not positive). */
    static double niceFloor(double value) {
        if (value <= 0) {
            return value;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {5, 2, 1}) {
            if (factor * power <= value * (1 + 1e-9)) {
                return factor * power;
            }
        }
        return power;
    }

    /** A round step that divides 0..max into about {@code count} intervals (at least 1). */
    static long step(long max, int count) {
        double raw = Math.max(1.0, (double) max / count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw * (1 - 1e-9)) {
                return Math.max(1, Math.round(factor * power));
            }
        }
        return Math.round(10 * power);
    }
}
