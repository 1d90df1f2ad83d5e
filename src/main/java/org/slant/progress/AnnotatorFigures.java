package org.slant.progress;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Each annotator's assignments in a project, counted by status, with their active time. */
@Component
class AnnotatorFigures {

    private static final String PER_ANNOTATOR = "select u.id, u.username, u.display_name, count(*) as assigned, "
            + "count(*) filter (where a.status = 'ASSIGNED') as not_started, "
            + "count(*) filter (where a.status = 'IN_PROGRESS') as in_progress, "
            + "count(*) filter (where a.status = 'DONE') as done, "
            + "count(*) filter (where a.status = 'SKIPPED') as skipped, "
            + "sum(a.active_seconds) as active_seconds, "
            + "max(greatest(a.started_at, a.finished_at)) as last_activity "
            + "from assignment a join app_user u on u.id = a.annotator_id where a.project_id = ? "
            + "group by u.id order by lower(u.display_name), lower(u.username)";

    private static final RowMapper<AnnotatorProgress> ANNOTATOR = (row, number) -> {
        OffsetDateTime last = row.getObject("last_activity", OffsetDateTime.class);
        return new AnnotatorProgress(row.getObject("id", UUID.class), row.getString("username"),
                row.getString("display_name"), row.getLong("assigned"), row.getLong("not_started"),
                row.getLong("in_progress"), row.getLong("done"), row.getLong("skipped"),
                row.getLong("active_seconds"), last == null ? null : last.toInstant());
    };

    private final JdbcTemplate jdbc;

    AnnotatorFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By name; only people with at least one assignment in the project. */
    List<AnnotatorProgress> annotators(UUID projectId) {
        return jdbc.query(PER_ANNOTATOR, ANNOTATOR, projectId);
    }
}
