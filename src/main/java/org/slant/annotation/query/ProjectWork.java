package org.slant.annotation.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a project's annotations have come, in a form cheap to compare, for whatever keeps results computed from
 * them (an agreement report). Every change to a span or an answer appends a history event (none is ever removed), so
 * the number of the project's events changes with every change; the time of the last tells apart a project removed
 * and restored from its archive. One pass over the project's entries of the history's index, no span read. Callers
 * check who may ask.
 */
@Component
@Transactional(readOnly = true)
public class ProjectWork {

    private final JdbcTemplate jdbc;

    ProjectWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param events how many changes the project's spans and answers have seen
     * @param lastChange when the last was made (its transaction began); null before the first
     */
    public record Changes(long events, Instant lastChange) {
    }

    public Changes changes(UUID projectId) {
        return jdbc.queryForObject("select count(*) as events, max(at) as last from annotation_event "
                + "where project_id = ?", (row, n) -> {
                    Timestamp last = row.getTimestamp("last");
                    return new Changes(row.getLong("events"), last == null ? null : last.toInstant());
                }, projectId);
    }
}
