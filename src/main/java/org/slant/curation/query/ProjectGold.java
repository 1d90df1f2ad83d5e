package org.slant.curation.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a project's gold has come, in a form cheap to compare, for whatever keeps results computed from it (an
 * agreement report with gold as a rater). Every change of gold and every document marked curated or reopened appends
 * a gold history event (none is ever removed), so their number changes with every change. Callers check who may ask.
 */
@Component
@Transactional(readOnly = true)
public class ProjectGold {

    private final JdbcTemplate jdbc;

    ProjectGold(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param events how many changes the project's gold and curation status have seen
     * @param lastChange when the last was made (its transaction began); null before the first
     */
    public record Changes(long events, Instant lastChange) {
    }

    public Changes changes(UUID projectId) {
        return jdbc.queryForObject("select count(*) as events, max(at) as last from gold_event where project_id = ?",
                (row, n) -> {
                    Timestamp last = row.getTimestamp("last");
                    return new Changes(row.getLong("events"), last == null ? null : last.toInstant());
                }, projectId);
    }

    /** Whether any document of the project has gold now (a span or an answer), curated or not. */
    public boolean hasGold(UUID projectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from gold_span g join document d on d.id = g.document_id
                               where d.project_id = ?)
                    or exists (select 1 from gold_answer g join document d on d.id = g.document_id
                               where d.project_id = ?)
                """, Boolean.class, projectId, projectId));
    }
}
