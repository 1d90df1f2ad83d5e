package org.slant.annotation;

import java.util.Map;
import java.util.UUID;

/**
 * What an annotator sends to create or change an answer about a whole document. When changing, a null field keeps
 * the answer's value; an answer stays in its layer.
 *
 * @param attributes values keyed by attribute id; a null value means "no value"
 */
public record AnswerDraft(UUID layer, UUID label, Map<String, Object> attributes) {
}
