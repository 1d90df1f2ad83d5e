package org.slant.agreement;

/**
 * One agreement figure and what it rests on.
 *
 * @param value null when the measure is undefined for these data (one rater, no unit rated twice, no variation
 *     expected by chance): shown as "undefined", never as 0 or NaN
 * @param units the units (items) that entered the figure
 * @param raters the raters who rated at least one of them
 */
public record Measured(String measure, Double value, int units, int raters) {

    static Measured of(String measure, double value, int units, int raters) {
        return new Measured(measure, Double.isFinite(value) ? value : null, units, raters);
    }

    public boolean defined() {
        return value != null;
    }
}
