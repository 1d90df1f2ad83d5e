package org.slant.annotation.query;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** A project's assignments counted, in PostgreSQL, so that no assignment row travels to Java: what progress shows. */
@Component
public class WorkCounts {

    /**
     * A published relation, for progress queries to join in one pass over the documents: a project's assignments
     * counted per document. Its one parameter is the project. Columns: {@code document_id}, {@code done},
     * {@code in_progress}, {@code skipped}, {@code active_seconds}; only documents with assignments.
     */
    public static final String PER_DOCUMENT = "select document_id, "
            + "count(*) filter (where status = 'DONE') as done, "
            + "count(*) filter (where status = 'IN_PROGRESS') as in_progress, "
            + "count(*) filter (where status = 'SKIPPED') as skipped, "
            + "sum(active_seconds) as active_seconds "
            + "from assignment where project_id = ? group by document_id";

    private static final String PER_ANNOTATOR = "select u.id, u.username, u.display_name, count(*) as assigned, "
            + "count(*) filter (where a.status = 'ASSIGNED') as not_started, "
            + "count(*) filter (where a.status = 'IN_PROGRESS') as in_progress, "
            + "count(*) filter (where a.status = 'DONE') as done, "
            + "count(*) filter (where a.status = 'SKIPPED') as skipped, "
            + "sum(a.active_seconds) as active_seconds, "
            + "max(greatest(a.started_at, a.finished_at)) as last_activity "
            + "from assignment a join app_user u on u.id = a.annotator_id where a.project_id = ? "
            + "group by u.id order by lower(u.display_name), lower(u.username)";

    private static final String FINISHED_BY = "select a.document_id, array_agg(u.display_name order by "
            + "a.finished_at, lower(u.display_name)) as names from assignment a "
            + "join app_user u on u.id = a.annotator_id where a.document_id = any(?) and a.status = 'DONE' "
            + "group by a.document_id";

    private static final RowMapper<AnnotatorCounts> ANNOTATOR = (row, number) -> {
        OffsetDateTime last = row.getObject("last_activity", OffsetDateTime.class);
        return new AnnotatorCounts(row.getObject("id", UUID.class), row.getString("username"),
                row.getString("display_name"), row.getLong("assigned"), row.getLong("not_started"),
                row.getLong("in_progress"), row.getLong("done"), row.getLong("skipped"),
                row.getLong("active_seconds"), last == null ? null : last.toInstant());
    };

    private final JdbcTemplate jdbc;

    WorkCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each annotator's assignments in the project by status, by name; only people with at least one. */
    public List<AnnotatorCounts> perAnnotator(UUID projectId) {
        return jdbc.query(PER_ANNOTATOR, ANNOTATOR, projectId);
    }

    /** Who marked each of the documents done (display names, first finished first); documents nobody finished are missing. */
    public Map<UUID, List<String>> finishedBy(Collection<UUID> documentIds) {
        Map<UUID, List<String>> names = new HashMap<>();
        if (documentIds.isEmpty()) {
            return names;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(FINISHED_BY);
            statement.setArray(1, connection.createArrayOf("uuid", documentIds.toArray()));
            return statement;
        }, (RowCallbackHandler) row -> {
            Array array = row.getArray("names");
            names.put(row.getObject("document_id", UUID.class), Arrays.asList((String[]) array.getArray()));
        });
        return names;
    }

    /** One annotator's assignments in a project, counted by status, with their active time. */
    public record AnnotatorCounts(UUID id, String username, String displayName, long assigned, long notStarted,
            long inProgress, long done, long skipped, long activeSeconds, Instant lastActivity) {
    }
}
