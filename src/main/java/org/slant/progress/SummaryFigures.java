package org.slant.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.query.WorkCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How a project's documents spread over 0 to k done annotations, and the headline figures, which follow from that
 * spread: one pass over the documents gives both, so they always agree.
 */
@Component
class SummaryFigures {

    /** Parameters: k, the project (assignments), the project (documents). */
    private static final String LEVELS = "select least(coalesce(c.done, 0), ?) as done, count(*) as documents, "
            + "coalesce(sum(c.active_seconds), 0) as active_seconds "
            + "from document d left join (" + WorkCounts.PER_DOCUMENT + ") c on c.document_id = d.id "
            + "where d.project_id = ? group by 1";

    /** The headline figures with the spread they come from, every level from 0 to k listed. */
    record Spread(ProgressSummary summary, List<DoneLevel> levels) {
    }

    private final JdbcTemplate jdbc;

    SummaryFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Spread spread(UUID projectId, int k, long annotators) {
        Map<Integer, Long> documentsAt = new HashMap<>();
        long[] activeSeconds = {0};
        jdbc.query(LEVELS, row -> {
            documentsAt.put(row.getInt("done"), row.getLong("documents"));
            activeSeconds[0] += row.getLong("active_seconds");
        }, k, projectId, projectId);
        List<DoneLevel> levels = new ArrayList<>();
        long documents = 0;
        long done = 0;
        for (int level = 0; level <= k; level++) {
            long at = documentsAt.getOrDefault(level, 0L);
            levels.add(new DoneLevel(level, at));
            documents += at;
            done += level * at;
        }
        return new Spread(new ProgressSummary(documents, k, done, levels.getLast().documents(), annotators,
                activeSeconds[0]), levels);
    }
}
