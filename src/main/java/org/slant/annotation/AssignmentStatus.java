package org.slant.annotation;

/** Where an annotator stands with one document. */
public enum AssignmentStatus {
    /** not opened yet */
    ASSIGNED,
    IN_PROGRESS,
    DONE,
    /** the annotator set it aside (off topic, unreadable...) */
    SKIPPED;

    /** Done or skipped: the document no longer waits for this annotator. */
    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }
}
