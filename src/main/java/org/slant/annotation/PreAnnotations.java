package org.slant.annotation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spans imported as suggestions of a named source rather than as anyone's work (table {@code pre_annotation}, V16).
 * They become an annotator's spans only when the annotator accepts them.
 */
@Component
@Transactional
public class PreAnnotations {

    /**
     * One pre-annotation.
     *
     * @param attributes attribute values by attribute id
     */
    public record PreAnnotation(UUID documentId, String source, UUID layerId, UUID labelId, int start, int end,
            Map<String, Object> attributes) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    PreAnnotations(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores pre-annotations of one project in a few statements; one the project already has (the same source, document,
     * label and offsets) is left as it is.
     *
     * @return how many were new
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int store(UUID projectId, List<PreAnnotation> rows, UUID importedBy, String importedFrom) {
        List<Object[]> columns = rows.stream().map(row -> new Object[] {UUID.randomUUID(), projectId,
                row.documentId(), row.source(), row.layerId(), row.labelId(), row.start(), row.end(),
                json.writeValueAsString(row.attributes()), importedFrom, importedBy}).toList();
        return ColumnInserts.insert(jdbc, "pre_annotation", List.of("id", "project_id", "document_id", "source",
                "layer_id", "label_id", "start_offset", "end_offset", "attributes", "imported_from", "imported_by"),
                List.of("uuid", "uuid", "uuid", "text", "uuid", "uuid", "int4", "int4", "jsonb", "text", "uuid"),
                columns, "on conflict on constraint pre_annotation_once do nothing");
    }
}
