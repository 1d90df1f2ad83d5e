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

    /*
     * Each document's rows are looked up on their own (a lateral subquery that "offset 0" keeps from being turned into
     * a join): right after a large merge the tables' statistics still describe them as they were before it, and
     * PostgreSQL would otherwise read the whole table for every batch.
     */
    private static final String SPANS = "select g.* from unnest(?::uuid[]) as d(id) cross join lateral (select id, "
            + "document_id, layer_id, label_id, start_offset, end_offset, attributes::text as attributes, person_made "
            + "from gold_span where document_id = d.id and layer_id = any(?) offset 0) g";
    private static final String ANSWERS = "select g.* from unnest(?::uuid[]) as d(id) cross join lateral (select id, "
            + "document_id, layer_id, label_id, attributes::text as attributes, person_made from gold_answer "
            + "where document_id = d.id and layer_id = any(?) offset 0) g";
    /** Gold a person removed or moved to another label or offsets: its before and after. */
    private static final String CHANGED_BY_PEOPLE = "select e.* from unnest(?::uuid[]) as d(id) cross join lateral "
            + "(select document_id, before->>'labelId' as before_label, (before->>'start')::int as before_start, "
            + "(before->>'end')::int as before_end, after->>'labelId' as after_label, "
            + "(after->>'start')::int as after_start, (after->>'end')::int as after_end from gold_event "
            + "where document_id = d.id and action in ('UPDATE', 'DELETE') and origin <> 'MERGED' "
            + "and (before->>'layerId')::uuid = any(?) offset 0) e";
    private static final String INSERT_SPANS = GoldHistory.recording(GoldTable.SPANS, "insert into gold_span (id, "
            + "document_id, layer_id, label_id, start_offset, end_offset, attributes, origin, origin_detail, "
            + "person_made) select u.id, u.document_id, u.layer_id, u.label_id, u.start_offset, u.end_offset, "
            + "u.attributes::jsonb, 'MERGED', ?, false from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], "
            + "?::int[], ?::int[], ?::text[]) as u(id, document_id, layer_id, label_id, start_offset, end_offset, "
            + "attributes) returning *", true);
    private static final String INSERT_ANSWERS = GoldHistory.recording(GoldTable.ANSWERS, "insert into gold_answer "
            + "(id, document_id, layer_id, label_id, attributes, origin, origin_detail, person_made) select u.id, "
            + "u.document_id, u.layer_id, u.label_id, u.attributes::jsonb, 'MERGED', ?, false from unnest(?::uuid[], "
            + "?::uuid[], ?::uuid[], ?::uuid[], ?::text[]) as u(id, document_id, layer_id, label_id, attributes) "
            + "returning *", true);
    private static final String DELETE_SPANS = GoldHistory.recording(GoldTable.SPANS, "delete from gold_span "
            + "where id = any(?) returning *", false);
    private static final String DELETE_ANSWERS = GoldHistory.recording(GoldTable.ANSWERS, "delete from gold_answer "
            + "where id = any(?) returning *", false);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    GoldBatch(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The documents' gold spans and answers in the layers, by document. */
    Map<UUID, List<MergeGold>> of(Collection<UUID> documentIds, Collection<UUID> layerIds) {
        Map<UUID, List<MergeGold>> gold = new HashMap<>();
        plannedForTheirSizeNow(() -> {
            read(SPANS, documentIds, layerIds, true, gold);
            read(ANSWERS, documentIds, layerIds, false, gold);
        });
        return gold;
    }

    /**
     * The spans and answers a person took out of the documents' gold in the layers (deleted it, replaced it, or gave
     * it other offsets or another label), by document: a merge does not bring them back.
     */
    Map<UUID, Set<Unit>> removedByPeople(Collection<UUID> documentIds, Collection<UUID> layerIds) {
        Map<UUID, Set<Unit>> removed = new HashMap<>();
        plannedForTheirSizeNow(() -> jdbc.query(connection -> {
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
        }));
        return removed;
    }

    /** Removes gold of the project, each removal recorded in the history as the actor's, with the reason. */
    void remove(UUID projectId, List<MergeGold> gold, UUID actor, String reason) {
        List<UUID> spans = gold.stream().filter(MergeGold::span).map(MergeGold::id).toList();
        List<UUID> answers = gold.stream().filter(one -> !one.span()).map(MergeGold::id).toList();
        for (var removal : List.of(Map.entry(DELETE_SPANS, spans), Map.entry(DELETE_ANSWERS, answers))) {
            if (!removal.getValue().isEmpty()) {
                jdbc.update(connection -> {
                    PreparedStatement statement = connection.prepareStatement(removal.getKey());
                    statement.setArray(1, uuids(connection, removal.getValue()));
                    recorded(statement, 2, projectId, actor, reason);
                    return statement;
                });
            }
        }
    }

    /**
     * Writes merged gold of the project, made by {@code rule} ("MAJORITY"), each creation recorded in the history as
     * the actor's.
     */
    void insert(UUID projectId, List<Merged> spans, List<Merged> answers, String rule, UUID actor) {
        if (!spans.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(INSERT_SPANS);
                int next = identified(connection, statement, rule, spans);
                statement.setArray(next, connection.createArrayOf("int", spans.stream().map(Merged::start).toArray()));
                statement.setArray(next + 1, connection.createArrayOf("int", spans.stream().map(Merged::end)
                        .toArray()));
                statement.setArray(next + 2, connection.createArrayOf("text", values(spans)));
                recorded(statement, next + 3, projectId, actor, null);
                return statement;
            });
        }
        if (!answers.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(INSERT_ANSWERS);
                int next = identified(connection, statement, rule, answers);
                statement.setArray(next, connection.createArrayOf("text", values(answers)));
                recorded(statement, next + 1, projectId, actor, null);
                return statement;
            });
        }
    }

    /** Sets the rule and the columns spans and answers share; answers the next parameter's index. */
    private static int identified(Connection connection, PreparedStatement statement, String rule,
            List<Merged> gold) throws SQLException {
        statement.setString(1, rule);
        statement.setArray(2, uuids(connection, gold.stream().map(Merged::id).toList()));
        statement.setArray(3, uuids(connection, gold.stream().map(Merged::documentId).toList()));
        statement.setArray(4, uuids(connection, gold.stream().map(Merged::layerId).toList()));
        statement.setArray(5, uuids(connection, gold.stream().map(Merged::labelId).toList()));
        return 6;
    }

    /** The history's parameters of {@link GoldHistory#recording}, from {@code index} on. */
    private static void recorded(PreparedStatement statement, int index, UUID projectId, UUID actor, String reason)
            throws SQLException {
        statement.setObject(index, projectId);
        statement.setObject(index + 1, actor);
        statement.setString(index + 2, GoldOrigin.MERGED.name());
        statement.setString(index + 3, reason);
    }

    private Object[] values(List<Merged> gold) {
        return gold.stream().map(one -> one.values().isEmpty() ? "{}" : json.writeValueAsString(one.values()))
                .toArray();
    }

    /**
     * Runs reads planned for the gold tables as they are now, not with a plan kept from when they were smaller: a
     * merge grows them by thousands of rows a batch, and a plan made while they were empty (as their statistics say
     * after a vacuum) reads a whole table for every document. Writes keep the usual planning: planning them afresh
     * each time with their arrays of thousands of values costs more than it could win.
     */
    private void plannedForTheirSizeNow(Runnable reads) {
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
        reads.run();
        jdbc.execute("reset plan_cache_mode");
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
