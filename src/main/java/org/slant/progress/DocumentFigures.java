package org.slant.progress;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.query.WorkCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where each document of a project stands, the documents with the fewest done annotations first. */
@Component
class DocumentFigures {

    /** Parameters: project (assignments), project (documents), limit, offset. */
    private static final String PAGE = "select d.id, d.position, d.title, o.name as outlet, s.title as story, "
            + "coalesce(c.done, 0) as done, coalesce(c.in_progress, 0) as in_progress, "
            + "coalesce(c.skipped, 0) as skipped, coalesce(c.active_seconds, 0) as active_seconds "
            + "from document d left join (" + WorkCounts.PER_DOCUMENT + ") c on c.document_id = d.id "
            + "left join outlet o on o.id = d.outlet_id left join story s on s.id = d.story_id "
            + "where d.project_id = ? order by coalesce(c.done, 0), d.position limit ? offset ?";

    private final JdbcTemplate jdbc;
    private final WorkCounts work;

    DocumentFigures(JdbcTemplate jdbc, WorkCounts work) {
        this.jdbc = jdbc;
        this.work = work;
    }

    /** The page is cut first, and only its documents' finishers are looked up. */
    List<DocumentProgress> documents(UUID projectId, int k, long offset, int limit) {
        record Row(UUID id, int position, String title, String outlet, String story, int done, int inProgress,
                int skipped, long activeSeconds) {
        }
        List<Row> page = jdbc.query(PAGE, (row, number) -> new Row(row.getObject("id", UUID.class),
                row.getInt("position"), row.getString("title"), row.getString("outlet"), row.getString("story"),
                row.getInt("done"), row.getInt("in_progress"), row.getInt("skipped"), row.getLong("active_seconds")),
                projectId, projectId, limit, offset);
        Map<UUID, List<String>> finishers = work.finishedBy(page.stream().map(Row::id).toList());
        return page.stream().map(row -> new DocumentProgress(row.id(), row.position(), row.title(), row.outlet(),
                row.story(), k, row.done(), row.inProgress(), row.skipped(), row.activeSeconds(),
                finishers.getOrDefault(row.id(), List.of()))).toList();
    }
}
