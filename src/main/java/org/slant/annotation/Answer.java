package org.slant.annotation;

import java.util.Map;
import java.util.UUID;

/**
 * An answer about a whole document (a DOCUMENT layer) as annotators and scripts read it.
 *
 * @param annotator the annotator's username
 * @param attributes values keyed by attribute id
 * @param version pass it back when changing or deleting the answer, so a stale edit is refused
 */
public record Answer(UUID id, UUID documentId, String annotator, UUID layer, UUID label,
        Map<String, Object> attributes, long version) {
}
