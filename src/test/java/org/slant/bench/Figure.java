package org.slant.bench;

/**
 * One measured figure of a benchmark.
 *
 * @param target the target as text ("< 10 s"), or null when there is none
 * @param met whether the figure meets the target, or null when there is none
 */
public record Figure(String name, double value, String unit, String target, Boolean met) {

    public Figure {
        if (!Double.isFinite(value)) {
            // JSON has no NaN or infinity, and a figure that is not a number was not measured
            throw new IllegalArgumentException("figure " + name + " is not a finite number: " + value);
        }
    }

    /** A figure without a target. */
    public static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, null, null);
    }

    /** A figure whose target is to stay below {@code limit} (in the figure's unit). */
    public static Figure below(String name, double value, String unit, double limit) {
        return new Figure(name, value, unit, "< " + Numbers.format(limit) + " " + unit, value < limit);
    }

    /** A figure whose target is to be exactly {@code expected}. */
    public static Figure exactly(String name, double value, String unit, double expected) {
        return new Figure(name, value, unit, "= " + Numbers.format(expected), value == expected);
    }
}
