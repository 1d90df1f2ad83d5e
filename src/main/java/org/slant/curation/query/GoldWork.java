package org.slant.curation.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slant.curation.CurationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The gold of a project's documents, one document at a time in corpus order, its spans and answers aggregated in
 * SQL, so that a project's gold is never all in memory at once. Labels come as their 0-based position in the list
 * passed in; gold of other labels stays in the database. Documents whose curation has not started have no gold here.
 */
@Component
public class GoldWork {

    private static final int DOCUMENTS_PER_FETCH = 100;

    private static final String SPAN_ORDER = " order by x.start_offset, x.end_offset, array_position(p.labels, "
            + "x.label_id), x.id";
    private static final String ANSWER_ORDER = " order by array_position(p.labels, x.label_id), x.id";

    private static final String DOCUMENTS = "with p as (select ?::uuid[] as labels) "
            + "select d.id, d.position, c.status, sp.ids as span_ids, sp.labels as span_labels, sp.starts, sp.ends, "
            + "sp.attributes as span_attributes, an.ids as answer_ids, an.labels as answer_labels, "
            + "an.attributes as answer_attributes "
            + "from p cross join curation c join document d on d.id = c.document_id "
            + "left join lateral (select array_agg(x.id::text" + SPAN_ORDER + ") as ids, "
            + "array_agg(array_position(p.labels, x.label_id)" + SPAN_ORDER + ") as labels, "
            + "array_agg(x.start_offset" + SPAN_ORDER + ") as starts, array_agg(x.end_offset" + SPAN_ORDER
            + ") as ends, array_agg(x.attributes::text" + SPAN_ORDER + ") as attributes "
            + "from gold_span x where x.document_id = d.id and x.label_id = any(p.labels)) sp on true "
            + "left join lateral (select array_agg(x.id::text" + ANSWER_ORDER + ") as ids, "
            + "array_agg(array_position(p.labels, x.label_id)" + ANSWER_ORDER + ") as labels, "
            + "array_agg(x.attributes::text" + ANSWER_ORDER + ") as attributes "
            + "from gold_answer x where x.document_id = d.id and x.label_id = any(p.labels)) an on true "
            + "where c.project_id = ? and c.status = any(?) and (not ? or d.id in (select unnest(?::uuid[]))) "
            + "order by d.position";

    private static final String DOCUMENT_IDS = "select c.document_id from curation c join document d "
            + "on d.id = c.document_id where c.project_id = ? and c.status = any(?) order by d.position";

    private final JdbcTemplate streaming;

    GoldWork(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(DOCUMENTS_PER_FETCH);
    }

    /** The ids of the project's documents whose curation is in one of {@code statuses}, in corpus order. */
    public List<UUID> documentIds(UUID projectId, Set<CurationStatus> statuses) {
        return streaming.query(connection -> {
            var statement = connection.prepareStatement(DOCUMENT_IDS);
            statement.setObject(1, projectId);
            statement.setArray(2, connection.createArrayOf("text", names(statuses)));
            return statement;
        }, (row, number) -> row.getObject(1, UUID.class));
    }

    /**
     * The gold of the project's documents whose curation is in one of {@code statuses} (only those of
     * {@code documents}, unless null), in corpus order, read as the caller goes through its own documents. Close
     * it: it holds a database cursor, read inside the caller's transaction.
     */
    public GoldCursor documents(UUID projectId, List<UUID> labels, Set<CurationStatus> statuses,
            Collection<UUID> documents) {
        return new GoldCursor(streaming.queryForStream(connection -> {
            var statement = connection.prepareStatement(DOCUMENTS);
            statement.setArray(1, connection.createArrayOf("uuid", labels.toArray()));
            statement.setObject(2, projectId);
            statement.setArray(3, connection.createArrayOf("text", names(statuses)));
            statement.setBoolean(4, documents != null);
            statement.setArray(5, connection.createArrayOf("uuid", documents == null ? new Object[0]
                    : documents.toArray()));
            return statement;
        }, (row, number) -> gold(row)));
    }

    private static Object[] names(Set<CurationStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray();
    }

    private static GoldOnDocument gold(ResultSet row) throws SQLException {
        String[] spanIds = strings(row.getArray("span_ids"));
        Integer[] spanLabels = integers(row.getArray("span_labels"));
        Integer[] starts = integers(row.getArray("starts"));
        Integer[] ends = integers(row.getArray("ends"));
        String[] spanAttributes = strings(row.getArray("span_attributes"));
        List<GoldOnDocument.Span> spans = new ArrayList<>(spanIds.length);
        for (int i = 0; i < spanIds.length; i++) {
            // array_position counts from 1
            spans.add(new GoldOnDocument.Span(UUID.fromString(spanIds[i]), spanLabels[i] - 1, starts[i], ends[i],
                    spanAttributes[i]));
        }
        String[] answerIds = strings(row.getArray("answer_ids"));
        Integer[] answerLabels = integers(row.getArray("answer_labels"));
        String[] answerAttributes = strings(row.getArray("answer_attributes"));
        List<GoldOnDocument.Answer> answers = new ArrayList<>(answerIds.length);
        for (int i = 0; i < answerIds.length; i++) {
            answers.add(new GoldOnDocument.Answer(UUID.fromString(answerIds[i]), answerLabels[i] - 1,
                    answerAttributes[i]));
        }
        return new GoldOnDocument(row.getObject("id", UUID.class), row.getInt("position"),
                CurationStatus.valueOf(row.getString("status")), spans, answers);
    }

    private static Integer[] integers(Array array) throws SQLException {
        return array == null ? new Integer[0] : (Integer[]) array.getArray();
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
