package org.slant.annotation.query;

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
 * The work an agreement report compares: who counts as a rater of which document, then the documents one at a time
 * with their spans and answers, so that a project's spans are never all in memory as objects at once.
 */
@Component
public class RatedWork {

    private static final int DOCUMENTS_PER_FETCH = 100;

    private static final String RATERS = "select a.document_id, a.annotator_id, u.username from assignment a "
            + "join app_user u on u.id = a.annotator_id join document d on d.id = a.document_id "
            + "where a.project_id = ? and a.status = any(?) order by d.position, lower(u.username)";

    /**
     * Spans come as numbers, not ids: the chosen annotator's and label's position in the arrays passed in (decoding
     * uuid arrays was a seventh of a large report's time). Spans of other annotators or layers stay in the database.
     */
    private static final String DOCUMENTS = "select d.id, d.position, d.title, d.text, d.code_points, d.outlet_id, "
            + "o.name as outlet, d.story_id, s.title as story, sp.annotators, sp.labels, sp.starts, sp.ends "
            + "from document d left join outlet o on o.id = d.outlet_id left join story s on s.id = d.story_id "
            + "left join lateral (select array_agg(array_position(?::uuid[], a.annotator_id)) as annotators, "
            + "array_agg(array_position(?::uuid[], a.label_id)) as labels, array_agg(a.start_offset) as starts, "
            + "array_agg(a.end_offset) as ends from span_annotation a where a.document_id = d.id "
            + "and a.annotator_id = any(?::uuid[]) and a.label_id = any(?::uuid[])) sp on true "
            + "where d.id = any(?) order by d.position";

    private static final String ANSWERS = "select a.document_id, a.annotator_id, a.layer_id, a.label_id "
            + "from document_answer a join document d on d.id = a.document_id where d.project_id = ?";

    private static final String SPANS_IN_PASSAGE = "select annotator_id, label_id, start_offset, end_offset "
            + "from span_annotation where document_id = ? and layer_id = ? and start_offset < ? and end_offset > ? "
            + "order by start_offset, end_offset";

    private static final String ANSWERS_ON_DOCUMENT = "select annotator_id, label_id from document_answer "
            + "where document_id = ? and layer_id = ?";

    private final JdbcTemplate streaming;

    RatedWork(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(DOCUMENTS_PER_FETCH);
    }

    /**
     * Who worked on which document, by document in corpus order; each document's annotators by username.
     *
     * @param onlyDone only documents the annotator marked done, else also those in progress
     */
    public Map<UUID, List<Rater>> raters(UUID projectId, boolean onlyDone) {
        String[] statuses = onlyDone ? new String[] {"DONE"} : new String[] {"DONE", "IN_PROGRESS"};
        Map<UUID, List<Rater>> byDocument = new LinkedHashMap<>();
        streaming.query(connection -> {
            var statement = connection.prepareStatement(RATERS);
            statement.setObject(1, projectId);
            statement.setArray(2, connection.createArrayOf("text", statuses));
            return statement;
        }, (RowCallbackHandler) row -> byDocument
                .computeIfAbsent(row.getObject("document_id", UUID.class), id -> new ArrayList<>())
                .add(new Rater(row.getObject("annotator_id", UUID.class), row.getString("username"))));
        return byDocument;
    }

    /** Every answer in the project: document → annotator → layer → labels. */
    public Map<UUID, Map<UUID, Map<UUID, List<UUID>>>> answers(UUID projectId) {
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
    public void documents(Set<UUID> documentIds, List<UUID> annotators, List<UUID> labels,
            Consumer<SpannedDocument> each) {
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
        }, (RowCallbackHandler) row -> each.accept(spanned(row)));
    }

    /** The spans of one layer of a document that overlap [from, to), in code points, by where they start. */
    public List<PlacedSpan> spansIn(UUID documentId, UUID layerId, int from, int to) {
        return streaming.query(SPANS_IN_PASSAGE, (row, number) -> new PlacedSpan(
                row.getObject("annotator_id", UUID.class), row.getObject("label_id", UUID.class),
                row.getInt("start_offset"), row.getInt("end_offset")), documentId, layerId, to, from);
    }

    /** Every answer given to one question (a document layer) about a document. */
    public List<GivenAnswer> answersOn(UUID documentId, UUID layerId) {
        return streaming.query(ANSWERS_ON_DOCUMENT, (row, number) -> new GivenAnswer(
                row.getObject("annotator_id", UUID.class), row.getObject("label_id", UUID.class)),
                documentId, layerId);
    }

    private static SpannedDocument spanned(ResultSet row) throws SQLException {
        Integer[] annotators = array(row.getArray("annotators"));
        Integer[] labels = array(row.getArray("labels"));
        Integer[] starts = array(row.getArray("starts"));
        Integer[] ends = array(row.getArray("ends"));
        List<Span> spans = new ArrayList<>(annotators.length);
        for (int i = 0; i < annotators.length; i++) {
            // array_position counts from 1
            spans.add(new Span(annotators[i] - 1, labels[i] - 1, starts[i], ends[i]));
        }
        return new SpannedDocument(row.getObject("id", UUID.class), row.getInt("position"), row.getString("title"),
                row.getString("text"), row.getInt("code_points"), row.getObject("outlet_id", UUID.class),
                row.getString("outlet"), row.getObject("story_id", UUID.class), row.getString("story"), spans);
    }

    private static Integer[] array(Array array) throws SQLException {
        return array == null ? new Integer[0] : (Integer[]) array.getArray();
    }

    /** An annotator whose work on a document counts. */
    public record Rater(UUID id, String username) {
    }

    /** @param annotator the index in the annotators asked for; @param label the index in the labels asked for */
    public record Span(int annotator, int label, int start, int end) {
    }

    /** A document with the spans asked for; its place in the corpus order, and its length in code points. */
    public record SpannedDocument(UUID id, int position, String title, String text, int length, UUID outletId,
            String outlet, UUID storyId, String story, List<Span> spans) {
    }

    /** A span in a passage, in code points. */
    public record PlacedSpan(UUID annotatorId, UUID labelId, int start, int end) {
    }

    /** One label an annotator chose in answer to a question about a document. */
    public record GivenAnswer(UUID annotatorId, UUID labelId) {
    }
}
