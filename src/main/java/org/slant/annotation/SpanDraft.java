package org.slant.annotation;

import java.util.Map;
import java.util.UUID;

/**
 * What an annotator sends to create or change a span. When changing, a null field keeps the span's value; a span
 * stays in its layer.
 *
 * @param attributes values keyed by attribute id; a null value means "no value"
 */
public record SpanDraft(UUID layer, UUID label, Integer start, Integer end, Map<String, Object> attributes) {
}
