package org.slant.curation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where each document's curation stands (the {@code curation} table; no row means not started). */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CurationStates {

    private final JdbcTemplate jdbc;

    CurationStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    CurationStatus of(UUID documentId) {
        List<String> status = jdbc.queryForList("select status from curation where document_id = ?", String.class,
                documentId);
        return status.isEmpty() ? CurationStatus.NOT_STARTED : CurationStatus.valueOf(status.getFirst());
    }

    /** Every document of the project whose curation has started, with its status; the others have not. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Map<UUID, CurationStatus> ofProject(UUID projectId) {
        Map<UUID, CurationStatus> statuses = new HashMap<>();
        jdbc.query("select document_id, status from curation where project_id = ?", row -> {
            statuses.put(row.getObject(1, UUID.class), CurationStatus.valueOf(row.getString(2)));
        }, projectId);
        return statuses;
    }

    /**
     * Before gold of the document changes: takes the document's gold lock (writers of one document's gold take
     * turns, so the overlap rule and the curated state hold), refuses a curated document, and marks it in progress.
     */
    void beforeChange(UUID projectId, UUID documentId, UUID actor) {
        lock(documentId);
        if (of(documentId) == CurationStatus.CURATED) {
            throw new DocumentCuratedException(documentId);
        }
        jdbc.update("insert into curation (document_id, project_id, status, changed_by) values (?, ?, 'IN_PROGRESS', ?) "
                + "on conflict (document_id) do nothing", documentId, projectId, actor);
    }

    /** Sets the status; answers whether it changed. */
    boolean set(UUID projectId, UUID documentId, UUID actor, CurationStatus status) {
        lock(documentId);
        if (of(documentId) == status) {
            return false;
        }
        if (status == CurationStatus.NOT_STARTED) {
            jdbc.update("delete from curation where document_id = ?", documentId);
        } else {
            jdbc.update("insert into curation (document_id, project_id, status, changed_by) values (?, ?, ?, ?) "
                    + "on conflict (document_id) do update set status = excluded.status, changed_by = "
                    + "excluded.changed_by, changed_at = now()", documentId, projectId, status.name(), actor);
        }
        return true;
    }

    /** The next document in corpus order after {@code position} that is not yet curated. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Optional<UUID> nextNotCurated(UUID projectId, int position) {
        return jdbc.queryForList("select d.id from document d left join curation c on c.document_id = d.id "
                + "where d.project_id = ? and d.position > ? and (c.status is null or c.status <> 'CURATED') "
                + "order by d.position limit 1", UUID.class, projectId, position).stream().findFirst();
    }

    void lock(UUID documentId) {
        jdbc.queryForList("select 1 from pg_advisory_xact_lock(?)", key(documentId));
    }

    /** Takes the gold locks of many documents, in the order of their keys, so that two batches never deadlock. */
    void lockAll(Collection<UUID> documentIds) {
        Long[] keys = documentIds.stream().map(CurationStates::key).sorted().distinct().toArray(Long[]::new);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select pg_advisory_xact_lock(k) from unnest(?::bigint[]) k");
            statement.setArray(1, connection.createArrayOf("bigint", keys));
            return statement;
        }, (RowCallbackHandler) row -> {
        });
    }

    /** The status of each document that has one (no entry: not started). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Map<UUID, CurationStatus> ofAll(Collection<UUID> documentIds) {
        Map<UUID, CurationStatus> statuses = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select document_id, status from curation "
                    + "where document_id = any(?)");
            statement.setArray(1, connection.createArrayOf("uuid", documentIds.toArray()));
            return statement;
        }, (RowCallbackHandler) row -> statuses.put(row.getObject("document_id", UUID.class),
                CurationStatus.valueOf(row.getString("status"))));
        return statuses;
    }

    /** Marks the documents in progress where their curation has not started; call with their locks held. */
    void startAll(UUID projectId, Collection<UUID> documentIds, UUID actor) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into curation (document_id, project_id, status, "
                    + "changed_by) select d, ?, 'IN_PROGRESS', ? from unnest(?::uuid[]) d "
                    + "on conflict (document_id) do nothing");
            statement.setObject(1, projectId);
            statement.setObject(2, actor);
            statement.setArray(3, connection.createArrayOf("uuid", documentIds.toArray()));
            return statement;
        });
    }

    /** A key apart from annotation's per-annotator locks, which mix the document with an annotator id. */
    private static long key(UUID documentId) {
        return documentId.getMostSignificantBits() ^ documentId.getLeastSignificantBits() ^ 0x601d601d601dL;
    }
}
