package org.slant.progress;

import java.time.Instant;
import java.util.UUID;

/**
 * One annotator's work in a project. Every document the annotator has an assignment for counts as assigned,
 * whatever its status.
 *
 * @param activeSeconds time actively spent on the project's documents, done or not
 * @param lastActivity when the annotator last started or finished a document; null if never
 */
public record AnnotatorProgress(UUID annotatorId, String username, String name, long assigned, long notStarted,
        long inProgress, long done, long skipped, long activeSeconds, Instant lastActivity) {

    private static final double SECONDS_PER_HOUR = 3600.0;

    /**
     * Done documents per hour of active time (all of it, also the time spent on documents not yet done or
     * skipped); null without active time, where it cannot be told.
     */
    public Double throughput() {
        return activeSeconds == 0 ? null : done / (activeSeconds / SECONDS_PER_HOUR);
    }
}
