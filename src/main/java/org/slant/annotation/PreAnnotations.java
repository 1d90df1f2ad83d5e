package org.slant.annotation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
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

    private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    /** Reads rows a batch at a time: with a fetch size, in a transaction, PostgreSQL's driver uses a cursor. */
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    PreAnnotations(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
    }

    /**
     * Stores pre-annotations of one project in a few statements; one the project already has (the same source,
     * document, label and offsets) is left as it is.
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

    /** Where a pre-annotation is, without its attribute values: what counting a source's suggestions needs. */
    public record Placed(UUID documentId, String source, UUID layerId, UUID labelId, int start, int end) {
    }

    /** The document's pre-annotations of every source, in text order. */
    @Transactional(readOnly = true)
    public List<PreAnnotation> ofDocument(UUID documentId) {
        return jdbc.query("select document_id, source, layer_id, label_id, start_offset, end_offset, attributes::text "
                + "from pre_annotation where document_id = ? order by start_offset, end_offset, source, id",
                (row, n) -> new PreAnnotation(row.getObject("document_id", UUID.class), row.getString("source"),
                        row.getObject("layer_id", UUID.class), row.getObject("label_id", UUID.class),
                        row.getInt("start_offset"), row.getInt("end_offset"),
                        json.readValue(row.getString("attributes"), ATTRIBUTES)), documentId);
    }

    /**
     * Hands each of the project's pre-annotations to {@code each}, one row at a time, so that a source of a million
     * spans can be counted without holding them all.
     */
    @Transactional(readOnly = true)
    public void eachOfProject(UUID projectId, Consumer<Placed> each) {
        streaming.query("select document_id, source, layer_id, label_id, start_offset, end_offset from "
                + "pre_annotation where project_id = ?", (RowCallbackHandler) row -> each.accept(new Placed(
                        row.getObject("document_id", UUID.class), row.getString("source"),
                        row.getObject("layer_id", UUID.class), row.getObject("label_id", UUID.class),
                        row.getInt("start_offset"), row.getInt("end_offset"))), projectId);
    }

    /** How many pre-annotations each source has in the project, by source name. */
    @Transactional(readOnly = true)
    public Map<String, Long> countsBySource(UUID projectId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select source, count(*) from pre_annotation where project_id = ? group by source order by source",
                (RowCallbackHandler) row -> counts.put(row.getString(1), row.getLong(2)), projectId);
        return counts;
    }

    /**
     * Deletes every pre-annotation of the source in the project. Spans annotators made by accepting them stay: they
     * are the annotators' own.
     *
     * @return how many were deleted
     */
    public int deleteSource(UUID projectId, String source) {
        return jdbc.update("delete from pre_annotation where project_id = ? and source = ?", projectId, source);
    }
}
