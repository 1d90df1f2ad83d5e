package org.slant.agreement;

import java.util.List;
import java.util.UUID;

/**
 * A passage where a document's annotators disagree: for span layers a stretch of text covered by someone's spans
 * ([start, end) in code points), for document layers the whole article (start = end = 0).
 *
 * @param agreement the share of the passage's characters on which every annotator gives the same labels (span
 *     layers), or the share of annotators giving the most common answer (document layers); lowest first
 * @param annotators the usernames of the document's annotators
 */
public record Disagreement(UUID documentId, String documentTitle, String outlet, String layer, int start, int end,
        double agreement, String excerpt, List<String> annotators) {

    public Disagreement {
        annotators = List.copyOf(annotators);
    }
}
