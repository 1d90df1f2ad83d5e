package org.slant.curation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the gold history: who changed which gold span or answer, when, before and after, and where the change
 * came from (a merge rule, an annotator's work accepted, or the curator). Callers flush their change first.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class GoldHistory {

    private final JdbcTemplate jdbc;

    GoldHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void created(GoldTable table, UUID goldId, UUID actor, GoldOrigin origin) {
        record(table, "'CREATE', null, " + table.snapshot, goldId, actor, origin, null);
    }

    /** Many created at once (a merge's batch), in the order of their documents and offsets. */
    void createdAll(GoldTable table, Collection<UUID> goldIds, UUID actor, GoldOrigin origin) {
        recordAll(table, "'CREATE', null, " + table.snapshot, goldIds, actor, origin, null);
    }

    /** Call just before deleting them, while the rows are still there to snapshot. */
    void deletingAll(GoldTable table, Collection<UUID> goldIds, UUID actor, GoldOrigin origin, String reason) {
        recordAll(table, "'DELETE', " + table.snapshot + ", null", goldIds, actor, origin, reason);
    }

    String snapshot(GoldTable table, UUID goldId) {
        return jdbc.queryForObject("select " + table.snapshot + "::text" + table.from() + "where g.id = ?",
                String.class, goldId);
    }

    void updated(GoldTable table, UUID goldId, String before, UUID actor, GoldOrigin origin) {
        jdbc.update("insert into gold_event (gold_id, target, project_id, document_id, actor_id, action, origin, "
                + "before, after) select g.id, '" + table.target + "', d.project_id, g.document_id, ?, 'UPDATE', ?, "
                + "?::jsonb, " + table.snapshot + table.from() + "where g.id = ?", actor, origin.name(), before,
                goldId);
    }

    /** Call just before deleting, while the row is still there to snapshot. */
    void deleting(GoldTable table, UUID goldId, UUID actor, GoldOrigin origin, String reason) {
        record(table, "'DELETE', " + table.snapshot + ", null", goldId, actor, origin, reason);
    }

    /** A document marked curated, or reopened. */
    void statusChanged(UUID projectId, UUID documentId, UUID actor, CurationStatus status) {
        jdbc.update("insert into gold_event (target, project_id, document_id, actor_id, action) values ('DOCUMENT', ?, "
                + "?, ?, ?)", projectId, documentId, actor, status == CurationStatus.CURATED ? "CURATED" : "REOPENED");
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    boolean knows(UUID goldId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from gold_event where gold_id = ?)",
                Boolean.class, goldId));
    }

    /** A document's gold history, oldest first, as (gold_id, target, action, origin, before, after, reason, actor). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    List<Map<String, Object>> eventsOf(UUID documentId) {
        return jdbc.queryForList("select e.gold_id, e.target, e.action, e.origin, e.before::text as before, "
                + "e.after::text as after, e.reason, u.username as actor, e.at from gold_event e "
                + "left join app_user u on u.id = e.actor_id where e.document_id = ? order by e.id", documentId);
    }

    private void recordAll(GoldTable table, String actionBeforeAfter, Collection<UUID> goldIds, UUID actor,
            GoldOrigin origin, String reason) {
        if (goldIds.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into gold_event (gold_id, target, project_id, "
                    + "document_id, actor_id, origin, reason, action, before, after) select g.id, '" + table.target
                    + "', d.project_id, g.document_id, ?, ?, ?, " + actionBeforeAfter + table.from()
                    + "where g.id = any(?) order by g.document_id, " + table.order);
            statement.setObject(1, actor);
            statement.setString(2, origin.name());
            statement.setString(3, reason);
            statement.setArray(4, connection.createArrayOf("uuid", goldIds.toArray()));
            return statement;
        });
    }

    private void record(GoldTable table, String actionBeforeAfter, UUID goldId, UUID actor, GoldOrigin origin,
            String reason) {
        jdbc.update("insert into gold_event (gold_id, target, project_id, document_id, actor_id, origin, reason, "
                + "action, before, after) select g.id, '" + table.target + "', d.project_id, g.document_id, ?, ?, ?, "
                + actionBeforeAfter + table.from() + "where g.id = ?", actor, origin.name(), reason, goldId);
    }
}
