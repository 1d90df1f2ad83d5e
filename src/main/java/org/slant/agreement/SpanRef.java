package org.slant.agreement;

import java.util.Objects;

/** One span of one annotator in one document: [start, end) code points. */
public record SpanRef(String label, int start, int end) {

    public SpanRef {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }
}
