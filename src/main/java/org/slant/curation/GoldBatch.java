package org.slant.curation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slant.curation.MergeGold.Merged;
import org.slant.curation.MergeGold.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gold of a batch of documents, read and written with one statement per table and kind of change (arrays, not a
 * row at a time), each change recorded in the gold history. Callers hold the documents' gold locks.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class GoldBatch {

    private static final String SPANS = "select id, document_id, layer_id, label_id, start_offset, end_offset, "
            + "attributes::text as attributes, person_made from gold_span where document_id = any(?) "
            + "and layer_id = any(?)";
    private static final String ANSWERS = "select id, document_id, layer_id, label_id, attributes::text as attributes, "
            + "person_made from gold_answer where document_id = any(?) and layer_id = any(?)";
    /** Gold a person removed or moved to another label or offsets: its before and after. */
    private static final String CHANGED_BY_PEOPLE = "select document_id, action, before->>'labelId' as before_label, "
            + "(before->>'start')::int as before_start, (before->>'end')::int as before_end, "
            + "after->>'labelId' as after_label, (after->>'start')::int as after_start, "
            + "(after->>'end')::int as after_end from gold_event where document_id = any(?) "
            + "and action in ('UPDATE', 'DELETE') and origin <> 'MERGED' and (before->>'layerId')::uuid = any(?)";
    private static final String INSERT_SPANS = "insert into gold_span (id, document_id, layer_id, label_id, "
            + "start_offset, end_offset, attributes, origin, origin_detail, person_made) select g.id, g.document_id, "
            + "g.layer_id, g.label_id, g.start_offset, g.end_offset, g.attributes::jsonb, 'MERGED', ?, false "
            + "from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::int[], ?::int[], ?::text[]) "
            + "as g(id, document_id, layer_id, label_id, start_offset, end_offset, attributes)";
    private static final String INSERT_ANSWERS = "insert into gold_answer (id, document_id, layer_id, label_id, "
            + "attributes, origin, origin_detail, person_made) select g.id, g.document_id, g.layer_id, g.label_id, "
            + "g.attributes::jsonb, 'MERGED', ?, false from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], "
            + "?::text[]) as g(id, document_id, layer_id, label_id, attributes)";

    private final JdbcTemplate jdbc;
    private final GoldHistory history;
    private final JsonMapper json;

    GoldBatch(JdbcTemplate jdbc, GoldHistory history, JsonMapper json) {
        this.jdbc = jdbc;
        this.history = history;
        this.json = json;
    }

    /** The documents' gold spans and answers in the layers, by document. */
    Map<UUID, List<MergeGold>> of(Collection<UUID> documentIds, Collection<UUID> layerIds) {
        Map<UUID, List<MergeGold>> gold = new HashMap<>();
        read(SPANS, documentIds, layerIds, true, gold);
        read(ANSWERS, documentIds, layerIds, false, gold);
        return gold;
    }

    /**
     * The spans and answers a person took out of the documents' gold in the layers (deleted it, replaced it, or gave
     * it other offsets or another label), by document: a merge does not bring them back.
     */
    Map<UUID, Set<Unit>> removedByPeople(Collection<UUID> documentIds, Collection<UUID> layerIds) {
        Map<UUID, Set<Unit>> removed = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(CHANGED_BY_PEOPLE);
            statement.setArray(1, uuids(connection, documentIds));
            statement.setArray(2, uuids(connection, layerIds));
            return statement;
        }, (RowCallbackHandler) row -> {
            Unit before = new Unit(UUID.fromString(row.getString("before_label")),
                    row.getObject("before_start", Integer.class), row.getObject("before_end", Integer.class));
            String afterLabel = row.getString("after_label");
            Unit after = afterLabel == null ? null : new Unit(UUID.fromString(afterLabel),
                    row.getObject("after_start", Integer.class), row.getObject("after_end", Integer.class));
            if (!before.equals(after)) {
                removed.computeIfAbsent(row.getObject("document_id", UUID.class), id -> new HashSet<>()).add(before);
            }
        });
        return removed;
    }

    /** Removes gold, each removal recorded with the reason. */
    void remove(List<MergeGold> gold, UUID actor, String reason) {
        List<UUID> spans = gold.stream().filter(MergeGold::span).map(MergeGold::id).toList();
        List<UUID> answers = gold.stream().filter(one -> !one.span()).map(MergeGold::id).toList();
        history.deletingAll(GoldTable.SPANS, spans, actor, GoldOrigin.MERGED, reason);
        history.deletingAll(GoldTable.ANSWERS, answers, actor, GoldOrigin.MERGED, reason);
        delete("delete from gold_span where id = any(?)", spans);
        delete("delete from gold_answer where id = any(?)", answers);
    }

    /** Writes merged gold, made by {@code rule} ("MAJORITY"), each creation recorded as the actor's. */
    void insert(List<Merged> spans, List<Merged> answers, String rule, UUID actor) {
        if (!spans.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(INSERT_SPANS);
                statement.setString(1, rule);
                statement.setArray(2, uuids(connection, spans.stream().map(Merged::id).toList()));
                statement.setArray(3, uuids(connection, spans.stream().map(Merged::documentId).toList()));
                statement.setArray(4, uuids(connection, spans.stream().map(Merged::layerId).toList()));
                statement.setArray(5, uuids(connection, spans.stream().map(Merged::labelId).toList()));
                statement.setArray(6, connection.createArrayOf("int", spans.stream().map(Merged::start).toArray()));
                statement.setArray(7, connection.createArrayOf("int", spans.stream().map(Merged::end).toArray()));
                statement.setArray(8, connection.createArrayOf("text", values(spans)));
                return statement;
            });
            history.createdAll(GoldTable.SPANS, spans.stream().map(Merged::id).toList(), actor, GoldOrigin.MERGED);
        }
        if (!answers.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(INSERT_ANSWERS);
                statement.setString(1, rule);
                statement.setArray(2, uuids(connection, answers.stream().map(Merged::id).toList()));
                statement.setArray(3, uuids(connection, answers.stream().map(Merged::documentId).toList()));
                statement.setArray(4, uuids(connection, answers.stream().map(Merged::layerId).toList()));
                statement.setArray(5, uuids(connection, answers.stream().map(Merged::labelId).toList()));
                statement.setArray(6, connection.createArrayOf("text", values(answers)));
                return statement;
            });
            history.createdAll(GoldTable.ANSWERS, answers.stream().map(Merged::id).toList(), actor,
                    GoldOrigin.MERGED);
        }
    }

    private void delete(String sql, List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql);
                statement.setArray(1, uuids(connection, ids));
                return statement;
            });
        }
    }

    private Object[] values(List<Merged> gold) {
        return gold.stream().map(one -> one.values().isEmpty() ? "{}" : json.writeValueAsString(one.values()))
                .toArray();
    }

    private void read(String sql, Collection<UUID> documentIds, Collection<UUID> layerIds, boolean spans,
            Map<UUID, List<MergeGold>> gold) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, uuids(connection, documentIds));
            statement.setArray(2, uuids(connection, layerIds));
            return statement;
        }, (RowCallbackHandler) row -> {
            UUID documentId = row.getObject("document_id", UUID.class);
            gold.computeIfAbsent(documentId, id -> new ArrayList<>()).add(new MergeGold(row.getObject("id",
                    UUID.class), documentId, row.getObject("layer_id", UUID.class), row.getObject("label_id",
                            UUID.class), spans ? row.getInt("start_offset") : null,
                    spans ? row.getInt("end_offset") : null, row.getString("attributes"),
                    row.getBoolean("person_made")));
        });
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
