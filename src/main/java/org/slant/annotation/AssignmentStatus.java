package org.slant.annotation;

/** Where an annotator stands with one document. */
public enum AssignmentStatus {
    /** not opened yet */
    ASSIGNED,
    IN_PROGRESS,
    DONE,
    /** the annotator set it aside (off topic, unreadable...) */
    SKIPPED;

    /** As pages say it: "not started", "in progress", "done", "skipped". */
    public String words() {
        return switch (this) {
            case ASSIGNED -> "not started";
            case IN_PROGRESS -> "in progress";
            case DONE -> "done";
            case SKIPPED -> "skipped";
        };
    }

    /** Done or skipped: the document no longer waits for this annotator. */
    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }
}
