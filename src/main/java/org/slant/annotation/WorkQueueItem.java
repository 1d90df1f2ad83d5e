package org.slant.annotation;

import java.util.UUID;
import org.slant.corpus.OutletMask;

/**
 * A document in an annotator's work queue. Outlet and story are null when the document has none.
 *
 * @param status the annotator's progress on it; ASSIGNED until they first open it
 * @param activeSeconds the time they have actively spent annotating it
 * @param sentBack who sent the document back to them, when and why, while it is back in progress; null otherwise
 */
public record WorkQueueItem(UUID documentId, int position, String title, String outlet, String story, int words,
        AssignmentStatus status, int activeSeconds, SentBack sentBack) {

    /** The item as an annotator of an outlet-blind project reads it: "Article" and the position, no outlet. */
    WorkQueueItem blinded() {
        return new WorkQueueItem(documentId, position, OutletMask.articleLabel(position), null, story, words, status,
                activeSeconds, sentBack);
    }
}
