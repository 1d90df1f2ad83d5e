package org.slant.annotation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the annotation history, snapshotting the annotation as it is in the database at that moment. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AnnotationHistory {

    private final JdbcTemplate jdbc;

    AnnotationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the creation of a span that has been written (flushed) to the database. */
    void spanCreated(UUID spanId, UUID actor) {
        AnnotationTable spans = AnnotationTable.SPANS;
        jdbc.update("insert into annotation_event (annotation_id, target, project_id, document_id, actor_id, action, "
                + "before, after) select a.id, '" + spans.target + "', d.project_id, a.document_id, ?, 'CREATE', null, "
                + spans.snapshot + spans.from() + "where a.id = ?", actor, spanId);
    }

    /** Events of one annotation, oldest first, as (action, before, after, reason) rows; for tests and views. */
    List<Map<String, Object>> eventsOf(UUID annotationId) {
        return jdbc.queryForList("select action, before::text as before, after::text as after, reason, actor_id "
                + "from annotation_event where annotation_id = ? order by id", annotationId);
    }
}
