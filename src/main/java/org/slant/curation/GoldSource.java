package org.slant.curation;

import java.util.UUID;

/**
 * Where a gold span or answer comes from.
 *
 * @param detail the rule that merged it, or the username of the annotator it was accepted from
 * @param sourceId the annotator's span or answer it was accepted from
 */
record GoldSource(GoldOrigin origin, String detail, UUID sourceId) {

    static final GoldSource CURATOR = new GoldSource(GoldOrigin.CURATOR, null, null);

    static GoldSource merged(String rule) {
        return new GoldSource(GoldOrigin.MERGED, rule, null);
    }

    static GoldSource accepted(String annotator, UUID annotationId) {
        return new GoldSource(GoldOrigin.ACCEPTED, annotator, annotationId);
    }
}
