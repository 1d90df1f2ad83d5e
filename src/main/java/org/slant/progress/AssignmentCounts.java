package org.slant.progress;

/**
 * The SQL the progress figures share: a project's assignments counted per document, in PostgreSQL, so that no
 * assignment row travels to Java. Its one parameter is the project.
 */
final class AssignmentCounts {

    /** Columns: document_id, done, in_progress, skipped, active_seconds; only documents with assignments. */
    static final String PER_DOCUMENT = "select document_id, "
            + "count(*) filter (where status = 'DONE') as done, "
            + "count(*) filter (where status = 'IN_PROGRESS') as in_progress, "
            + "count(*) filter (where status = 'SKIPPED') as skipped, "
            + "sum(active_seconds) as active_seconds "
            + "from assignment where project_id = ? group by document_id";

    private AssignmentCounts() {
    }
}
