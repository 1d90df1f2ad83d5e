package org.slant.curation;

import java.util.Map;
import java.util.UUID;

/** A gold answer about a whole document, with where it came from (see {@link GoldSpan}). */
public record GoldAnswer(UUID id, UUID documentId, UUID layer, UUID label, Map<String, Object> attributes,
        long version, GoldOrigin origin, String originDetail, UUID sourceId, boolean personMade) {
}
