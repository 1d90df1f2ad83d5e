package org.slant.annotation;

import java.util.Map;
import java.util.UUID;

/**
 * A span as annotators and scripts read it.
 *
 * @param annotator the annotator's username
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 * @param text the covered text, {@code text[start:end]} in code points
 * @param attributes values keyed by attribute id
 * @param version pass it back when changing or deleting the span, so a stale edit is refused
 */
public record Span(UUID id, UUID documentId, String annotator, UUID layer, UUID label, int start, int end, String text,
        Map<String, Object> attributes, long version) {
}
