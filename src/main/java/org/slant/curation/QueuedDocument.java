package org.slant.curation;

import java.util.List;
import java.util.UUID;
import org.slant.annotation.AssignmentStatus;

/**
 * A document in the curation queue.
 *
 * @param story null when the document belongs to none; so is {@code outlet}
 * @param annotators everyone with an assignment of it, by username
 * @param done how many of them marked it done
 * @param status where its curation stands
 * @param goldSpans how many gold spans it has
 * @param agreement the mean pairwise F1 of the done annotators' spans and answers ({@link DocumentAgreement}); null
 *     when fewer than two marked it done
 * @param unanimous at least two marked it done, and all of them exactly the same spans and answers
 */
public record QueuedDocument(UUID documentId, int position, String title, String story, String outlet,
        List<QueuedAnnotator> annotators, int done, CurationStatus status, long goldSpans, Double agreement,
        boolean unanimous) {

    /**
     * @param lane what the curation view calls them: a letter (A, B, C... by username) in a blind project, their
     *     username otherwise
     */
    public record QueuedAnnotator(String username, String lane, AssignmentStatus status) {
    }
}
