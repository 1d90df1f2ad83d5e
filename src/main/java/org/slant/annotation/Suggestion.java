package org.slant.annotation;

import java.util.Map;
import java.util.UUID;

/**
 * A span proposed to an annotator, which they may accept (it becomes their own span) or reject. Not a span: it is
 * not stored as one, and counts nowhere until accepted.
 *
 * @param source who proposes it: one of Slant's rules ("quotes", "non-editorial", "shared-passage") or, later, a
 *     model or a dataset
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 * @param text the covered text, {@code text[start:end]} in code points
 * @param attributes the values the span would get, keyed by attribute id
 * @param note why it is proposed, in a reader's words ("the words between quotation marks")
 */
public record Suggestion(String source, UUID layer, UUID label, int start, int end, String text,
        Map<String, Object> attributes, String note) {

    public Key key() {
        return new Key(source, layer, label, start, end);
    }

    /** What names a suggestion: its source, layer, label and offsets (the fields an accept or reject sends). */
    public record Key(String source, UUID layer, UUID label, Integer start, Integer end) {
    }
}
