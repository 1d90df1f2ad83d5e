package org.slant.curation;

import java.util.Map;
import java.util.UUID;

/**
 * A gold span as curators, scripts and exports read it: the shape of an annotator's span, with where it came from.
 *
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 * @param text {@code text[start:end]} in code points
 * @param originDetail the merge rule, or the username of the annotator it was accepted from
 * @param sourceId the annotator's span it was accepted from
 * @param personMade a person made or changed it: merges leave it alone
 */
public record GoldSpan(UUID id, UUID documentId, UUID layer, UUID label, int start, int end, String text,
        Map<String, Object> attributes, long version, GoldOrigin origin, String originDetail, UUID sourceId,
        boolean personMade) {
}
