package org.slant.annotation.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every annotator's spans and answers on one document, for those who compare them (curation). Read-only, without
 * access checks: the caller's service decides who may see them.
 */
@Component
@Transactional(readOnly = true)
public class AnnotatorsWork {

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AnnotatorsWork(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Each annotator who has an assignment on the document or work on it, ordered by username, with their spans
     * (by start, end) and answers.
     */
    public List<WorkOnDocument> onDocument(UUID documentId) {
        Map<UUID, List<AnnotatedSpan>> spans = new LinkedHashMap<>();
        jdbc.query("select id, annotator_id, layer_id, label_id, start_offset, end_offset, attributes::text as attributes "
                + "from span_annotation where document_id = ? order by start_offset, end_offset, id", row -> {
                    AnnotatedSpan span = new AnnotatedSpan(row.getObject("id", UUID.class), documentId,
                            row.getObject("annotator_id", UUID.class), row.getObject("layer_id", UUID.class),
                            row.getObject("label_id", UUID.class), row.getInt("start_offset"),
                            row.getInt("end_offset"), values(row.getString("attributes")));
                    spans.computeIfAbsent(span.annotatorId(), id -> new ArrayList<>()).add(span);
                }, documentId);
        Map<UUID, List<AnnotatedAnswer>> answers = new LinkedHashMap<>();
        jdbc.query("select id, annotator_id, layer_id, label_id, attributes::text as attributes from document_answer "
                + "where document_id = ? order by id", row -> {
                    AnnotatedAnswer answer = new AnnotatedAnswer(row.getObject("id", UUID.class), documentId,
                            row.getObject("annotator_id", UUID.class), row.getObject("layer_id", UUID.class),
                            row.getObject("label_id", UUID.class), values(row.getString("attributes")));
                    answers.computeIfAbsent(answer.annotatorId(), id -> new ArrayList<>()).add(answer);
                }, documentId);
        return jdbc.query("""
                select u.id, u.username, a.status from app_user u
                left join assignment a on a.annotator_id = u.id and a.document_id = ?
                where u.id in (select annotator_id from assignment where document_id = ?
                               union select annotator_id from span_annotation where document_id = ?
                               union select annotator_id from document_answer where document_id = ?)
                order by lower(u.username), u.id""", (row, n) -> {
                    UUID id = row.getObject("id", UUID.class);
                    return new WorkOnDocument(id, row.getString("username"), row.getString("status"),
                            spans.getOrDefault(id, List.of()), answers.getOrDefault(id, List.of()));
                }, documentId, documentId, documentId, documentId);
    }

    /** An annotator's span by its id. */
    public Optional<AnnotatedSpan> span(UUID spanId) {
        return jdbc.query("select id, document_id, annotator_id, layer_id, label_id, start_offset, end_offset, "
                + "attributes::text as attributes from span_annotation where id = ?", (row, n) -> new AnnotatedSpan(
                        row.getObject("id", UUID.class), row.getObject("document_id", UUID.class),
                        row.getObject("annotator_id", UUID.class), row.getObject("layer_id", UUID.class),
                        row.getObject("label_id", UUID.class), row.getInt("start_offset"), row.getInt("end_offset"),
                        values(row.getString("attributes"))), spanId).stream().findFirst();
    }

    /** An annotator's answer by its id. */
    public Optional<AnnotatedAnswer> answer(UUID answerId) {
        return jdbc.query("select id, document_id, annotator_id, layer_id, label_id, attributes::text as attributes "
                + "from document_answer where id = ?", (row, n) -> new AnnotatedAnswer(row.getObject("id", UUID.class),
                        row.getObject("document_id", UUID.class), row.getObject("annotator_id", UUID.class),
                        row.getObject("layer_id", UUID.class), row.getObject("label_id", UUID.class),
                        values(row.getString("attributes"))), answerId).stream().findFirst();
    }

    private Map<String, Object> values(String attributes) {
        return attributes == null ? Map.of() : json.readValue(attributes, VALUES);
    }

    /**
     * One annotator's work on the document.
     *
     * @param status the assignment's status (ASSIGNED, IN_PROGRESS, DONE, SKIPPED), null when there is none
     */
    public record WorkOnDocument(UUID annotatorId, String username, String status, List<AnnotatedSpan> spans,
            List<AnnotatedAnswer> answers) {

        public boolean done() {
            return "DONE".equals(status);
        }
    }

    /** An annotator's span; offsets are code points, end-exclusive; attribute values keyed by attribute id. */
    public record AnnotatedSpan(UUID id, UUID documentId, UUID annotatorId, UUID layerId, UUID labelId, int start,
            int end, Map<String, Object> attributes) {
    }

    /** An annotator's answer about the whole document. */
    public record AnnotatedAnswer(UUID id, UUID documentId, UUID annotatorId, UUID layerId, UUID labelId,
            Map<String, Object> attributes) {
    }
}
