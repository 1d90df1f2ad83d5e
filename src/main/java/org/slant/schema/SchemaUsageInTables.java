package org.slant.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@link SchemaUsage} for annotations kept in tables with a {@code layer_id}, a {@code label_id}, attribute values
 * keyed by attribute id (a list for a multiple choice) and an append-only history. Each removal is set-based SQL that
 * first writes one history event per row it changes or deletes, with its before, after and reason (decision 0008).
 * The feature that owns the tables names them; how values sit in them is the schema's to know.
 */
@Transactional(propagation = Propagation.MANDATORY)
public abstract class SchemaUsageInTables implements SchemaUsage {

    private final JdbcTemplate jdbc;
    private final List<UsingTable> tables;
    private final Supplier<UUID> actor;

    /** @param actor who is changing the schema, recorded in the history (null for nobody signed in) */
    protected SchemaUsageInTables(JdbcTemplate jdbc, List<UsingTable> tables, Supplier<UUID> actor) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
        this.actor = actor;
    }

    /**
     * A table of annotations. Its row is {@code alias} in {@code from}, which also gives {@code d}, the row's
     * document, for the history.
     *
     * @param snapshot the JSON the history keeps of a row, with its {@code attributes} and {@code version}
     * @param history the start of the statement that records a change of a row: an insert into the history whose
     *     columns end with {@code actor_id, action, before, after, reason}, and a select list up to the actor, e.g.
     *     {@code insert into ..._event (..., actor_id, action, before, after, reason) select a.id, 'SPAN', ..., }
     */
    public record UsingTable(String table, String alias, String from, String snapshot, String history) {
    }

    @Override
    public long annotationsInLayer(UUID layerId) {
        return count(alias -> alias + ".layer_id = ?", layerId);
    }

    @Override
    public long annotationsWithLabel(UUID labelId) {
        return count(alias -> alias + ".label_id = ?", labelId);
    }

    @Override
    public long annotationsWithAttribute(UUID attributeId) {
        return count(alias -> "jsonb_exists(" + alias + ".attributes, ?)", attributeId.toString());
    }

    @Override
    public long annotationsWithAttributeValue(UUID attributeId, String value) {
        return count(SchemaUsageInTables::holdsValue, attributeId.toString(), value, attributeId.toString(), value);
    }

    @Override
    public void deleteAnnotationsInLayer(UUID layerId, String reason) {
        delete(alias -> alias + ".layer_id = ?", reason, layerId);
    }

    @Override
    public void deleteAnnotationsWithLabel(UUID labelId, String reason) {
        delete(alias -> alias + ".label_id = ?", reason, labelId);
    }

    @Override
    public void removeAttribute(UUID attributeId, String reason) {
        String key = attributeId.toString();
        change(alias -> alias + ".attributes - ?::text", alias -> "jsonb_exists(" + alias + ".attributes, ?)",
                reason, List.of(key), List.of(key));
    }

    /** A single choice holding the value loses the attribute; a multiple choice loses the value from its list. */
    @Override
    public void removeAttributeValue(UUID attributeId, String value, String reason) {
        String key = attributeId.toString();
        change(alias -> """
                case when jsonb_typeof(%1$s.attributes -> ?::text) = 'array'
                     then jsonb_set(%1$s.attributes, array[?::text], (%1$s.attributes -> ?::text) - ?::text)
                     else %1$s.attributes - ?::text end""".formatted(alias),
                SchemaUsageInTables::holdsValue, reason, List.of(key, key, key, value, key),
                List.of(key, value, key, value));
    }

    /** The row's attributes hold the value, alone or in a list. Parameters: key, value, key, value. */
    private static String holdsValue(String alias) {
        return """
                (%1$s.attributes -> ?::text = to_jsonb(?::text)
                 or %1$s.attributes -> ?::text @> jsonb_build_array(?::text))""".formatted(alias);
    }

    private long count(RowSql condition, Object... args) {
        long total = 0;
        for (UsingTable table : tables) {
            Long count = jdbc.queryForObject("select count(*)" + table.from() + "where "
                    + condition.of(table.alias()), Long.class, args);
            total += count == null ? 0 : count;
        }
        return total;
    }

    private void delete(RowSql condition, String reason, Object value) {
        for (UsingTable table : tables) {
            String where = condition.of(table.alias());
            jdbc.update(table.history() + "?, 'DELETE', " + table.snapshot() + ", null, ?" + table.from() + "where "
                    + where, actor.get(), reason, value);
            jdbc.update("delete from " + table.table() + " " + table.alias() + " where " + where, value);
        }
    }

    /** Sets each matching row's attributes to {@code newAttributes}, recording before and after. */
    private void change(RowSql newAttributes, RowSql condition, String reason,
            List<Object> newAttributesArgs, List<Object> conditionArgs) {
        for (UsingTable table : tables) {
            String alias = table.alias();
            String attributes = newAttributes.of(alias);
            List<Object> eventArgs = new ArrayList<>();
            eventArgs.add(actor.get());
            eventArgs.addAll(newAttributesArgs);
            eventArgs.add(reason);
            eventArgs.addAll(conditionArgs);
            jdbc.update(table.history() + "?, 'UPDATE', " + table.snapshot() + ", "
                    + "jsonb_set(jsonb_set(" + table.snapshot() + ", '{attributes}', " + attributes + "), "
                    + "'{version}', to_jsonb(" + alias + ".version + 1)), ?" + table.from() + "where "
                    + condition.of(alias), eventArgs.toArray());
            List<Object> updateArgs = new ArrayList<>(newAttributesArgs);
            updateArgs.addAll(conditionArgs);
            jdbc.update("update " + table.table() + " " + alias + " set attributes = " + attributes
                    + ", version = " + alias + ".version + 1, updated_at = now() where " + condition.of(alias),
                    updateArgs.toArray());
        }
    }

    /** SQL about a row, named by its table's alias. */
    @FunctionalInterface
    private interface RowSql {
        String of(String alias);
    }
}
