package org.slant.agreement;

import java.util.Objects;

/**
 * One rater's span on a continuum: [start, end) in characters (code points); rater is 0-based.
 *
 * @param label the span's label; alpha_U compares spans of the same label, so it may not be null
 */
public record Segment(int rater, String label, long start, long end) {

    public Segment {
        Objects.requireNonNull(label, "label");
        if (rater < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("not a segment: rater " + rater + ", [" + start + ", " + end + ")");
        }
    }

    long length() {
        return end - start;
    }
}
