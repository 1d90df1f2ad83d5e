package org.slant.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A project's headline figures and how its documents spread over 0 to k done annotations. */
@Component
class SummaryFigures {

    private static final String SUMMARY = "with per_document as (" + AssignmentCounts.PER_DOCUMENT + ") "
            + "select (select count(*) from document where project_id = ?) as documents, "
            + "(select coalesce(sum(least(done, ?)), 0) from per_document) as done, "
            + "(select count(*) from per_document where done >= ?) as complete, "
            + "(select coalesce(sum(active_seconds), 0) from per_document) as active_seconds, "
            + "(select count(distinct annotator_id) from assignment where project_id = ?) as annotators";

    private static final String LEVELS = "select least(coalesce(c.done, 0), ?) as done, count(*) as documents "
            + "from document d left join (" + AssignmentCounts.PER_DOCUMENT + ") c on c.document_id = d.id "
            + "where d.project_id = ? group by 1";

    private final JdbcTemplate jdbc;

    SummaryFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ProgressSummary summary(UUID projectId, int k) {
        return jdbc.queryForObject(SUMMARY, (row, number) -> new ProgressSummary(row.getLong("documents"), k,
                row.getLong("done"), row.getLong("complete"), row.getLong("annotators"),
                row.getLong("active_seconds")), projectId, projectId, k, k, projectId);
    }

    /** Every level from 0 to k, also those no document is at. */
    List<DoneLevel> doneLevels(UUID projectId, int k) {
        Map<Integer, Long> documents = new HashMap<>();
        jdbc.query(LEVELS, row -> {
            documents.put(row.getInt("done"), row.getLong("documents"));
        }, k, projectId, projectId);
        List<DoneLevel> levels = new ArrayList<>();
        for (int done = 0; done <= k; done++) {
            levels.add(new DoneLevel(done, documents.getOrDefault(done, 0L)));
        }
        return levels;
    }
}
