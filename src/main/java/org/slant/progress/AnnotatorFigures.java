package org.slant.progress;

import java.util.List;
import java.util.UUID;
import org.slant.annotation.query.WorkCounts;
import org.springframework.stereotype.Component;

/** Each annotator's assignments in a project, counted by status, with their active time. */
@Component
class AnnotatorFigures {

    private final WorkCounts work;

    AnnotatorFigures(WorkCounts work) {
        this.work = work;
    }

    /** By name; only people with at least one assignment in the project. */
    List<AnnotatorProgress> annotators(UUID projectId) {
        return work.perAnnotator(projectId).stream().map(counts -> new AnnotatorProgress(counts.id(),
                counts.username(), counts.displayName(), counts.assigned(), counts.notStarted(), counts.inProgress(),
                counts.done(), counts.skipped(), counts.activeSeconds(), counts.lastActivity())).toList();
    }
}
