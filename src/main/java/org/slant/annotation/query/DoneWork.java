package org.slant.annotation.query;

import static org.slant.annotation.query.SqlArrays.ints;
import static org.slant.annotation.query.SqlArrays.strings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The work marked done on some of a project's documents, for whatever derives results from finished work only (the
 * curation's merge rules): each document with the annotators whose assignment on it is DONE, and only their spans
 * and answers. One query for a batch of documents; spans and answers come as arrays, annotators and labels as
 * positions, so a batch of a few hundred documents is read in one round trip. Callers check who may ask.
 */
@Component
public class DoneWork {

    private static final String DOCUMENTS = "with p as (select ?::uuid[] as labels) "
            + "select d.id, d.title, case when ? and w.annotators is not null then d.text end as text, "
            + "w.annotators, sp.annotators as span_annotators, sp.labels as span_labels, sp.starts, sp.ends, "
            + "sp.attributes as span_attributes, an.annotators as answer_annotators, an.labels as answer_labels, "
            + "an.attributes as answer_attributes "
            + "from p cross join document d "
            + "left join lateral (select array_agg(a.annotator_id order by a.annotator_id) as annotators "
            + "from assignment a where a.document_id = d.id and a.status = 'DONE') w on true "
            + "left join lateral (select array_agg(array_position(w.annotators, x.annotator_id)) as annotators, "
            + "array_agg(array_position(p.labels, x.label_id)) as labels, array_agg(x.start_offset) as starts, "
            + "array_agg(x.end_offset) as ends, array_agg(nullif(x.attributes, '{}')::text) as attributes "
            + "from span_annotation x where x.document_id = d.id and x.annotator_id = any(w.annotators) "
            + "and x.label_id = any(p.labels)) sp on true "
            + "left join lateral (select array_agg(array_position(w.annotators, x.annotator_id)) as annotators, "
            + "array_agg(array_position(p.labels, x.label_id)) as labels, "
            + "array_agg(nullif(x.attributes, '{}')::text) as attributes "
            + "from document_answer x where x.document_id = d.id and x.annotator_id = any(w.annotators) "
            + "and x.label_id = any(p.labels)) an on true "
            + "where d.project_id = ? and d.id = any(?) order by d.position";

    private final JdbcTemplate jdbc;

    DoneWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The documents asked for that belong to the project, in corpus order, each with its done annotators' spans and
     * answers carrying one of {@code labels}.
     *
     * @param withTexts also the texts of the documents someone marked done (most of the bytes read)
     */
    public List<DoneDocument> of(UUID projectId, Collection<UUID> documentIds, List<UUID> labels, boolean withTexts) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement(DOCUMENTS);
            statement.setArray(1, connection.createArrayOf("uuid", labels.toArray()));
            statement.setBoolean(2, withTexts);
            statement.setObject(3, projectId);
            statement.setArray(4, connection.createArrayOf("uuid", documentIds.toArray()));
            return statement;
        }, (row, number) -> document(row));
    }

    private static DoneDocument document(ResultSet row) throws SQLException {
        int[] spanAnnotators = ints(row.getArray("span_annotators"));
        int[] spanLabels = ints(row.getArray("span_labels"));
        int[] starts = ints(row.getArray("starts"));
        int[] ends = ints(row.getArray("ends"));
        String[] spanAttributes = strings(row.getArray("span_attributes"));
        List<DoneSpan> spans = new ArrayList<>(spanAnnotators.length);
        for (int i = 0; i < spanAnnotators.length; i++) {
            // array_position counts from 1
            spans.add(new DoneSpan(spanAnnotators[i] - 1, spanLabels[i] - 1, starts[i], ends[i], spanAttributes[i]));
        }
        int[] answerAnnotators = ints(row.getArray("answer_annotators"));
        int[] answerLabels = ints(row.getArray("answer_labels"));
        String[] answerAttributes = strings(row.getArray("answer_attributes"));
        List<DoneAnswer> answers = new ArrayList<>(answerAnnotators.length);
        for (int i = 0; i < answerAnnotators.length; i++) {
            answers.add(new DoneAnswer(answerAnnotators[i] - 1, answerLabels[i] - 1, answerAttributes[i]));
        }
        Array annotators = row.getArray("annotators");
        return new DoneDocument(row.getObject("id", UUID.class), row.getString("title"), row.getString("text"),
                annotators == null ? List.of() : List.of((UUID[]) annotators.getArray()), spans, answers);
    }

    /**
     * A document with the work its done annotators did.
     *
     * @param text null when no annotator marked it done, or when not asked for
     * @param annotators the annotators whose assignment on it is DONE, by id
     */
    public record DoneDocument(UUID id, String title, String text, List<UUID> annotators, List<DoneSpan> spans,
            List<DoneAnswer> answers) {
    }

    /**
     * A done annotator's span: offsets in code points, end-exclusive.
     *
     * @param annotator the index in the document's {@code annotators}
     * @param label the index in the labels asked for
     * @param attributes the values as JSON, keyed by attribute id; null for none
     */
    public record DoneSpan(int annotator, int label, int start, int end, String attributes) {
    }

    /** A done annotator's answer about the whole document (see {@link DoneSpan}). */
    public record DoneAnswer(int annotator, int label, String attributes) {
    }
}
