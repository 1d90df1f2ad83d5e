package org.slant.annotation.query;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on which of a project's documents and how far they are (assigned, in progress, done, skipped), in a form
 * cheap to compare, for whatever keeps results computed from finished work (an agreement report). Callers check who
 * may ask.
 */
@Component
@Transactional(readOnly = true)
public class AssignmentStates {

    private final JdbcTemplate jdbc;

    AssignmentStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param assignments how many the project has
     * @param hash a hash over every (document, annotator, status): any assignment made, removed, moved to another
     *     annotator or changing its status changes it
     */
    public record Summary(long assignments, long hash) {
    }

    public Summary of(UUID projectId) {
        // summed, so that the order rows come in does not matter; reduced to fit a long
        return jdbc.queryForObject("select count(*) as assignments, coalesce(sum(hashtextextended(document_id::text "
                + "|| annotator_id::text || status, 0)) % 9223372036854775807, 0)::bigint as hash from assignment "
                + "where project_id = ?", (row, n) -> new Summary(row.getLong("assignments"), row.getLong("hash")),
                projectId);
    }
}
