package org.slant.archive;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes every row of a project, as if it had never been in this installation: the way a test imports a project's
 * archive "into a fresh installation" without starting one. Slant itself cannot delete projects yet.
 */
public final class ProjectRemoval {

    private ProjectRemoval() {
    }

    /**
     * Rows that point at others first; the project's own row takes its stories, outlets, documents and schema, and
     * with its documents their gold and curation statuses. The histories have no foreign keys to follow.
     */
    public static void removeRows(JdbcTemplate jdbc, UUID projectId) {
        String documents = "(select id from document where project_id = ?)";
        jdbc.update("delete from annotation_event where project_id = ?", projectId);
        jdbc.update("delete from gold_event where project_id = ?", projectId);
        jdbc.update("delete from span_annotation where document_id in " + documents, projectId);
        jdbc.update("delete from document_answer where document_id in " + documents, projectId);
        jdbc.update("delete from assignment where project_id = ?", projectId);
        jdbc.update("delete from membership where project_id = ?", projectId);
        jdbc.update("delete from project where id = ?", projectId);
    }
}
