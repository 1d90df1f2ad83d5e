package org.slant.annotation;

import java.util.UUID;

/**
 * An annotator's assignment after it was sent back to them.
 *
 * @param annotator their username
 * @param status where their work now stands: IN_PROGRESS
 * @param reopened false when it was in progress already (only a new note, if any, was recorded)
 * @param note the note they read in their queue; null when none was given
 */
public record SentBackAssignment(UUID documentId, String annotator, AssignmentStatus status, boolean reopened,
        String note) {
}
