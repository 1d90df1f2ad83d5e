package org.slant.annotation;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to an annotation, as managers read a document's history.
 *
 * @param who the username of whoever made the change (null for Slant itself)
 * @param annotator whose annotation it is
 * @param before the annotation before the change in words: layer, label, offsets, attributes (null for a create)
 * @param after the same after it (null for a delete)
 * @param reason why, when it was not the annotator's own edit
 */
public record HistoryEntry(long id, Instant at, String who, String annotator, String target, String action,
        UUID annotationId, String before, String after, String reason) {
}
