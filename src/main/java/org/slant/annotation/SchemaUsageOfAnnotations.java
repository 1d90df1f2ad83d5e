package org.slant.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.schema.SchemaUsage;
import org.slant.team.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the schema editor: how many annotations use a layer, label, attribute or option, and removes them when the
 * manager confirms. Each removal is set-based SQL that first writes one history event per annotation (with its
 * before and after), so nothing disappears from the record.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SchemaUsageOfAnnotations implements SchemaUsage {

    /** Parameters: key, value, key, value. */
    private static final String HOLDS_VALUE = """
            (a.attributes -> ?::text = to_jsonb(?::text)
             or a.attributes -> ?::text @> jsonb_build_array(?::text))""";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    SchemaUsageOfAnnotations(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public long annotationsInLayer(UUID layerId) {
        return count("a.layer_id = ?", layerId);
    }

    @Override
    public long annotationsWithLabel(UUID labelId) {
        return count("a.label_id = ?", labelId);
    }

    @Override
    public long annotationsWithAttribute(UUID attributeId) {
        return count("jsonb_exists(a.attributes, ?)", attributeId.toString());
    }

    @Override
    public long annotationsWithAttributeValue(UUID attributeId, String value) {
        return count(HOLDS_VALUE, attributeId.toString(), value, attributeId.toString(), value);
    }

    @Override
    public void deleteAnnotationsInLayer(UUID layerId, String reason) {
        delete("a.layer_id = ?", reason, layerId);
    }

    @Override
    public void deleteAnnotationsWithLabel(UUID labelId, String reason) {
        delete("a.label_id = ?", reason, labelId);
    }

    @Override
    public void removeAttribute(UUID attributeId, String reason) {
        String key = attributeId.toString();
        change("a.attributes - ?::text", "jsonb_exists(a.attributes, ?)", reason, List.of(key), List.of(key));
    }

    /** A single choice holding the value loses the attribute; a multiple choice loses the value from its list. */
    @Override
    public void removeAttributeValue(UUID attributeId, String value, String reason) {
        String key = attributeId.toString();
        change("""
                case when jsonb_typeof(a.attributes -> ?::text) = 'array'
                     then jsonb_set(a.attributes, array[?::text], (a.attributes -> ?::text) - ?::text)
                     else a.attributes - ?::text end""",
                HOLDS_VALUE, reason, List.of(key, key, key, value, key), List.of(key, value, key, value));
    }

    private long count(String condition, Object... args) {
        long total = 0;
        for (AnnotationTable table : AnnotationTable.values()) {
            Long count = jdbc.queryForObject("select count(*)" + table.from() + "where " + condition, Long.class,
                    args);
            total += count == null ? 0 : count;
        }
        return total;
    }

    private void delete(String condition, String reason, Object value) {
        UUID actor = currentUser.id().orElse(null);
        for (AnnotationTable table : AnnotationTable.values()) {
            jdbc.update("insert into annotation_event (annotation_id, target, project_id, document_id, actor_id, "
                    + "action, before, after, reason) select a.id, '" + table.target + "', d.project_id, "
                    + "a.document_id, ?, 'DELETE', " + table.snapshot + ", null, ?" + table.from()
                    + "where " + condition, actor, reason, value);
            jdbc.update("delete from " + table.table + " a where " + condition, value);
        }
    }

    /** Sets each matching annotation's attributes to {@code newAttributes}, recording before and after. */
    private void change(String newAttributes, String condition, String reason, List<Object> newAttributesArgs,
            List<Object> conditionArgs) {
        UUID actor = currentUser.id().orElse(null);
        for (AnnotationTable table : AnnotationTable.values()) {
            List<Object> eventArgs = new ArrayList<>();
            eventArgs.add(actor);
            eventArgs.addAll(newAttributesArgs);
            eventArgs.add(reason);
            eventArgs.addAll(conditionArgs);
            jdbc.update("insert into annotation_event (annotation_id, target, project_id, document_id, actor_id, "
                    + "action, before, after, reason) select a.id, '" + table.target + "', d.project_id, "
                    + "a.document_id, ?, 'UPDATE', " + table.snapshot + ", "
                    + "jsonb_set(jsonb_set(" + table.snapshot + ", '{attributes}', " + newAttributes + "), "
                    + "'{version}', to_jsonb(a.version + 1)), ?" + table.from() + "where " + condition,
                    eventArgs.toArray());
            List<Object> updateArgs = new ArrayList<>(newAttributesArgs);
            updateArgs.addAll(conditionArgs);
            jdbc.update("update " + table.table + " a set attributes = " + newAttributes
                    + ", version = a.version + 1, updated_at = now() where " + condition, updateArgs.toArray());
        }
    }
}
