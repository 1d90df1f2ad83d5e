package org.slant.annotation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the annotation history, snapshotting the annotation as it is in the database at that moment, with the
 * same SQL ({@link AnnotationTable}) as the bulk changes from schema edits. Callers flush their change first.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AnnotationHistory {

    private final JdbcTemplate jdbc;

    AnnotationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the creation of a span that has been written (flushed) to the database. */
    void spanCreated(UUID spanId, UUID actor) {
        created(AnnotationTable.SPANS, spanId, actor);
    }

    void created(AnnotationTable table, UUID annotationId, UUID actor) {
        record(table, "'CREATE', null, " + table.snapshot, annotationId, actor);
    }

    /**
     * Inserts a span and records its creation in one statement: a single save is a round trip shorter than with an
     * insert and then {@link #created}, and the event's snapshot is the same (of the row as inserted). Answers the new
     * span's version, or nothing when the id is taken (then nothing is inserted or recorded).
     */
    List<Long> insertSpan(UUID spanId, UUID documentId, UUID annotator, UUID layerId, UUID labelId, int start,
            int end, String attributes) {
        AnnotationTable table = AnnotationTable.SPANS;
        return jdbc.queryForList("with a as (insert into span_annotation (id, document_id, annotator_id, layer_id, "
                + "label_id, start_offset, end_offset, attributes) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb) on conflict "
                + "do nothing returning *), event as (insert into annotation_event (annotation_id, target, project_id, "
                + "document_id, actor_id, action, before, after) select a.id, '" + table.target + "', d.project_id, "
                + "a.document_id, ?, 'CREATE', null, " + table.snapshot + table.fromRows("a") + ") "
                + "select version from a", Long.class, spanId, documentId, annotator, layerId, labelId, start, end,
                attributes, annotator);
    }

    /**
     * Records the creation of annotations that did not come from an edit, with why (e.g. "imported from x"), in
     * statements of a few thousand.
     */
    void createdBecause(AnnotationTable table, List<UUID> annotationIds, UUID actor, String reason) {
        String sql = "insert into annotation_event (annotation_id, target, project_id, document_id, actor_id, action, "
                + "before, after, reason) select a.id, '" + table.target + "', d.project_id, a.document_id, ?::uuid, "
                + "'CREATE', null, " + table.snapshot + ", ?" + table.from() + "where a.id = any(?)";
        for (int from = 0; from < annotationIds.size(); from += 5000) {
            List<UUID> chunk = annotationIds.subList(from, Math.min(annotationIds.size(), from + 5000));
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(sql);
                statement.setObject(1, actor);
                statement.setString(2, reason);
                statement.setArray(3, connection.createArrayOf("uuid", chunk.toArray()));
                return statement;
            });
        }
    }

    /** The annotation's snapshot as it is now, to pass as {@code before} once it has been changed. */
    String snapshot(AnnotationTable table, UUID annotationId) {
        return jdbc.queryForObject("select " + table.snapshot + "::text" + table.from() + "where a.id = ?",
                String.class, annotationId);
    }

    /** Records a change that has been flushed; {@code before} is the {@link #snapshot} taken before it. */
    void updated(AnnotationTable table, UUID annotationId, String before, UUID actor) {
        jdbc.update("insert into annotation_event (annotation_id, target, project_id, document_id, actor_id, action, "
                + "before, after) select a.id, '" + table.target + "', d.project_id, a.document_id, ?, 'UPDATE', "
                + "?::jsonb, " + table.snapshot + table.from() + "where a.id = ?", actor, before, annotationId);
    }

    /** Records a deletion; call it just before deleting, while the row is still there to snapshot. */
    void deleting(AnnotationTable table, UUID annotationId, UUID actor) {
        record(table, "'DELETE', " + table.snapshot + ", null", annotationId, actor);
    }

    /** Whether the history knows this id: an annotation that existed, even if it has been deleted since. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    boolean knows(UUID annotationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from annotation_event where annotation_id = ?)", Boolean.class,
                annotationId));
    }

    /** Events of one annotation, oldest first, as (action, before, after, reason, actor_id) rows; for tests and views. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    List<Map<String, Object>> eventsOf(UUID annotationId) {
        return jdbc.queryForList("select action, before::text as before, after::text as after, reason, actor_id "
                + "from annotation_event where annotation_id = ? order by id", annotationId);
    }

    private void record(AnnotationTable table, String actionBeforeAfter, UUID annotationId, UUID actor) {
        jdbc.update("insert into annotation_event (annotation_id, target, project_id, document_id, actor_id, action, "
                + "before, after) select a.id, '" + table.target + "', d.project_id, a.document_id, ?, "
                + actionBeforeAfter + table.from() + "where a.id = ?", actor, annotationId);
    }
}
