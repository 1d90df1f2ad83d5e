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
     * Stores pre-annotations of one project in one batch; one the project already has (the same source, document,
     * label and offsets) is left as it is.
     *
     * @return how many were new
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int store(UUID projectId, List<PreAnnotation> rows, UUID importedBy, String importedFrom) {
        int[][] counts = jdbc.batchUpdate("insert into pre_annotation (id, project_id, document_id, source, layer_id, "
                + "label_id, start_offset, end_offset, attributes, imported_from, imported_by) values (?, ?, ?, ?, ?, "
                + "?, ?, ?, ?::jsonb, ?, ?) on conflict on constraint pre_annotation_once do nothing", rows, 1000,
                (statement, row) -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, projectId);
                    statement.setObject(3, row.documentId());
                    statement.setString(4, row.source());
                    statement.setObject(5, row.layerId());
                    statement.setObject(6, row.labelId());
                    statement.setInt(7, row.start());
                    statement.setInt(8, row.end());
                    statement.setString(9, json.writeValueAsString(row.attributes()));
                    statement.setString(10, importedFrom);
                    statement.setObject(11, importedBy);
                });
        int stored = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                stored += Math.max(count, 0);
            }
        }
        return stored;
    }
}
