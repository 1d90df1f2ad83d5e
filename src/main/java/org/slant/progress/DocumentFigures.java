package org.slant.progress;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where each document of a project stands, the documents with the fewest done annotations first. */
@Component
class DocumentFigures {

    /**
     * The page is cut first, and only its documents' annotators are looked up. Parameters: project (assignments),
     * project (documents), limit, offset.
     */
    private static final String PAGE = "select p.*, (select array_agg(u.display_name order by a.finished_at, "
            + "lower(u.display_name)) from assignment a join app_user u on u.id = a.annotator_id "
            + "where a.document_id = p.id and a.status = 'DONE') as done_by from ("
            + "select d.id, d.position, d.title, o.name as outlet, s.title as story, coalesce(c.done, 0) as done, "
            + "coalesce(c.in_progress, 0) as in_progress, coalesce(c.skipped, 0) as skipped, "
            + "coalesce(c.active_seconds, 0) as active_seconds "
            + "from document d left join (" + AssignmentCounts.PER_DOCUMENT + ") c on c.document_id = d.id "
            + "left join outlet o on o.id = d.outlet_id left join story s on s.id = d.story_id "
            + "where d.project_id = ? order by coalesce(c.done, 0), d.position limit ? offset ?) p "
            + "order by p.done, p.position";

    private final JdbcTemplate jdbc;

    DocumentFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentProgress> documents(UUID projectId, int k, long offset, int limit) {
        return jdbc.query(PAGE, (row, number) -> new DocumentProgress(row.getObject("id", UUID.class),
                row.getInt("position"), row.getString("title"), row.getString("outlet"), row.getString("story"), k,
                row.getInt("done"), row.getInt("in_progress"), row.getInt("skipped"), row.getLong("active_seconds"),
                names(row.getArray("done_by"))), projectId, projectId, limit, offset);
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
