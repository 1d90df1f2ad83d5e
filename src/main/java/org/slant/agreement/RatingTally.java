package org.slant.agreement;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ratings counted instead of listed: a token study has millions of units but only as many distinct rows (one category
 * per rater) as there are label combinations, so each distinct row is kept once with how often it occurred. The
 * coding measures read it as if every row were repeated (see {@link CodingMeasures#alphaNominal(RatingTally)}).
 */
public final class RatingTally {

    private final int raters;
    private final Map<List<Object>, Long> counts = new LinkedHashMap<>();
    private long units;

    public RatingTally(int raters) {
        if (raters < 1) {
            throw new IllegalArgumentException("a tally needs at least one rater, not " + raters);
        }
        this.raters = raters;
    }

    /** Adds one unit: the category each rater gave it, null where a rater did not rate it. */
    public void add(Object... row) {
        add(1, row);
    }

    /**
     * Adds {@code times} units rated alike. Pass the row as an array, {@code add(times, row)}: Java cannot tell
     * {@code add(3, "a", "b")} from {@link #add(Object...)} and refuses to compile it.
     */
    public void add(long times, Object... row) {
        if (row.length != raters) {
            throw new IllegalArgumentException("a row needs " + raters + " ratings, not " + row.length);
        }
        if (times < 0) {
            throw new IllegalArgumentException("cannot add a row " + times + " times");
        }
        if (times > 0) {
            counts.merge(Collections.unmodifiableList(Arrays.asList(row.clone())), times, Long::sum);
            units += times;
        }
    }

    public long units() {
        return units;
    }

    int raters() {
        return raters;
    }

    /** The distinct rows, in the order first added, with their counts. */
    Map<List<Object>, Long> rows() {
        return Collections.unmodifiableMap(counts);
    }
}
