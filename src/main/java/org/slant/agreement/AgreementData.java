package org.slant.agreement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads the work an agreement report compares: who counts as a rater of which document, then the documents one at
 * a time with their spans and answers, so that a project's spans are never all in memory as objects at once.
 */
@Component
class AgreementData {

    private static final int DOCUMENTS_PER_FETCH = 100;

    private static final String RATERS = "select a.document_id, a.annotator_id, u.username from assignment a "
            + "join app_user u on u.id = a.annotator_id join document d on d.id = a.document_id "
            + "where a.project_id = ? and a.status = any(?) order by d.position, lower(u.username)";

    /**
     * Spans come as numbers, not ids: the chosen annotator's and label's position in the arrays passed in (decoding
     * uuid arrays was a seventh of a large report's time). Spans of other annotators or layers stay in the database.
     */
    private static final String DOCUMENTS = "select d.id, d.title, d.text, d.code_points, d.outlet_id, "
            + "o.name as outlet, d.story_id, s.title as story, sp.annotators, sp.labels, sp.starts, sp.ends "
            + "from document d left join outlet o on o.id = d.outlet_id left join story s on s.id = d.story_id "
            + "left join lateral (select array_agg(array_position(?::uuid[], a.annotator_id)) as annotators, "
            + "array_agg(array_position(?::uuid[], a.label_id)) as labels, array_agg(a.start_offset) as starts, "
            + "array_agg(a.end_offset) as ends from span_annotation a where a.document_id = d.id "
            + "and a.annotator_id = any(?::uuid[]) and a.label_id = any(?::uuid[])) sp on true "
            + "where d.id = any(?) order by d.position";

    private static final String ANSWERS = "select a.document_id, a.annotator_id, a.layer_id, a.label_id "
            + "from document_answer a join document d on d.id = a.document_id where d.project_id = ?";

    private final JdbcTemplate streaming;

    AgreementData(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(DOCUMENTS_PER_FETCH);
    }

    /** Who worked on which document, by document in corpus order; each document's annotators by username. */
    Map<UUID, List<Worker>> workers(UUID projectId, AgreementOptions.Work work) {
        String[] statuses = work == AgreementOptions.Work.DONE ? new String[] {"DONE"}
                : new String[] {"DONE", "IN_PROGRESS"};
        Map<UUID, List<Worker>> byDocument = new LinkedHashMap<>();
        streaming.query(connection -> {
            var statement = connection.prepareStatement(RATERS);
            statement.setObject(1, projectId);
            statement.setArray(2, connection.createArrayOf("text", statuses));
            return statement;
        }, (RowCallbackHandler) row -> byDocument
                .computeIfAbsent(row.getObject("document_id", UUID.class), id -> new ArrayList<>())
                .add(new Worker(row.getObject("annotator_id", UUID.class), row.getString("username"))));
        return byDocument;
    }

    /** Every answer in the project: document → annotator → layer → labels. */
    Map<UUID, Map<UUID, Map<UUID, List<UUID>>>> answers(UUID projectId) {
        Map<UUID, Map<UUID, Map<UUID, List<UUID>>>> answers = new LinkedHashMap<>();
        streaming.query(ANSWERS, (RowCallbackHandler) row -> answers
                .computeIfAbsent(row.getObject("document_id", UUID.class), id -> new LinkedHashMap<>())
                .computeIfAbsent(row.getObject("annotator_id", UUID.class), id -> new LinkedHashMap<>())
                .computeIfAbsent(row.getObject("layer_id", UUID.class), id -> new ArrayList<>())
                .add(row.getObject("label_id", UUID.class)), projectId);
        return answers;
    }

    /**
     * The documents in corpus order, one at a time, each with the spans the given annotators made with the given
     * labels; a span names its annotator and label by their index in those lists.
     */
    void documents(Set<UUID> documentIds, List<UUID> annotators, List<UUID> labels, Consumer<StoredDocument> each) {
        streaming.query(connection -> {
            var statement = connection.prepareStatement(DOCUMENTS);
            Array annotatorIds = connection.createArrayOf("uuid", annotators.toArray());
            Array labelIds = connection.createArrayOf("uuid", labels.toArray());
            statement.setArray(1, annotatorIds);
            statement.setArray(2, labelIds);
            statement.setArray(3, annotatorIds);
            statement.setArray(4, labelIds);
            statement.setArray(5, connection.createArrayOf("uuid", documentIds.toArray()));
            return statement;
        }, (RowCallbackHandler) row -> each.accept(stored(row)));
    }

    private static StoredDocument stored(ResultSet row) throws SQLException {
        Integer[] annotators = array(row.getArray("annotators"), Integer[].class, new Integer[0]);
        Integer[] labels = array(row.getArray("labels"), Integer[].class, new Integer[0]);
        Integer[] starts = array(row.getArray("starts"), Integer[].class, new Integer[0]);
        Integer[] ends = array(row.getArray("ends"), Integer[].class, new Integer[0]);
        List<StoredSpan> spans = new ArrayList<>(annotators.length);
        for (int i = 0; i < annotators.length; i++) {
            // array_position counts from 1
            spans.add(new StoredSpan(annotators[i] - 1, labels[i] - 1, starts[i], ends[i]));
        }
        return new StoredDocument(row.getObject("id", UUID.class), row.getString("title"), row.getString("text"),
                row.getInt("code_points"), row.getObject("outlet_id", UUID.class), row.getString("outlet"),
                row.getObject("story_id", UUID.class), row.getString("story"), spans);
    }

    private static <T> T array(Array array, Class<T> type, T none) throws SQLException {
        return array == null ? none : type.cast(array.getArray());
    }

    record Worker(UUID id, String username) {
    }

    /** @param annotator the index in the annotators asked for; @param label the index in the labels asked for */
    record StoredSpan(int annotator, int label, int start, int end) {
    }

    record StoredDocument(UUID id, String title, String text, int length, UUID outletId, String outlet,
            UUID storyId, String story, List<StoredSpan> spans) {
    }
}
