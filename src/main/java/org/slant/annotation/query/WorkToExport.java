package org.slant.annotation.query;

import static org.slant.annotation.query.SqlArrays.ints;
import static org.slant.annotation.query.SqlArrays.strings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The work an export writes: a project's documents one at a time, in corpus order, each with the spans, answers and
 * assignments of the chosen annotators aggregated in SQL, so that a project's spans are never all in memory at once.
 * Annotators and labels come as their 1-based position in the arrays passed in.
 */
@Component
public class WorkToExport {

    private static final int DOCUMENTS_PER_FETCH = 100;

    private static final String SPAN_ORDER = " order by x.start_offset, x.end_offset, array_position(p.labels, "
            + "x.label_id), x.id";
    private static final String ANSWER_ORDER = " order by array_position(p.labels, x.label_id), x.id";

    private static final String DOCUMENTS = "with p as (select ?::uuid[] as annotators, ?::uuid[] as labels) "
            + "select d.id, d.position, d.title, d.text, d.url, d.published, d.external_id, d.meta::text as meta, d.language, "
            + "o.name as outlet, d.story_id, s.title as story, w.annotators as work_annotators, "
            + "w.statuses as work_statuses, sp.ids as span_ids, sp.annotators as span_annotators, "
            + "sp.labels as span_labels, sp.starts, sp.ends, sp.attributes as span_attributes, an.ids as answer_ids, "
            + "an.annotators as answer_annotators, an.labels as answer_labels, an.attributes as answer_attributes "
            + "from p cross join document d left join outlet o on o.id = d.outlet_id "
            + "left join story s on s.id = d.story_id "
            + "left join lateral (select array_agg(array_position(p.annotators, a.annotator_id)) as annotators, "
            + "array_agg(a.status) as statuses from assignment a where a.document_id = d.id "
            + "and a.annotator_id = any(p.annotators)) w on true "
            + "left join lateral (select array_agg(x.id::text" + SPAN_ORDER + ") as ids, "
            + "array_agg(array_position(p.annotators, x.annotator_id)" + SPAN_ORDER + ") as annotators, "
            + "array_agg(array_position(p.labels, x.label_id)" + SPAN_ORDER + ") as labels, "
            + "array_agg(x.start_offset" + SPAN_ORDER + ") as starts, array_agg(x.end_offset" + SPAN_ORDER
            + ") as ends, array_agg(x.attributes::text" + SPAN_ORDER + ") as attributes "
            + "from span_annotation x where x.document_id = d.id and x.annotator_id = any(p.annotators) "
            + "and x.label_id = any(p.labels)) sp on true "
            + "left join lateral (select array_agg(x.id::text" + ANSWER_ORDER + ") as ids, "
            + "array_agg(array_position(p.annotators, x.annotator_id)" + ANSWER_ORDER + ") as annotators, "
            + "array_agg(array_position(p.labels, x.label_id)" + ANSWER_ORDER + ") as labels, "
            + "array_agg(x.attributes::text" + ANSWER_ORDER + ") as attributes "
            + "from document_answer x where x.document_id = d.id and x.annotator_id = any(p.annotators) "
            + "and x.label_id = any(p.labels)) an on true "
            + "where d.project_id = ? and (not ? or exists (select 1 from assignment a where a.document_id = d.id "
            + "and a.status = 'DONE' and a.annotator_id = any(p.annotators))) "
            + "and (not ? or d.id in (select unnest(?::uuid[]))) order by d.position";

    /** Whose work counts in the project: done work only, or also work started (assigned and opened, or begun). */
    private static final String DONE_ANNOTATORS = "select distinct annotator_id from assignment "
            + "where project_id = ? and status = 'DONE'";
    private static final String STARTED_ANNOTATORS = "select annotator_id from assignment where project_id = ? "
            + "and status in ('DONE', 'IN_PROGRESS') union select x.annotator_id from span_annotation x "
            + "join document d on d.id = x.document_id where d.project_id = ? union select x.annotator_id "
            + "from document_answer x join document d on d.id = x.document_id where d.project_id = ?";

    private final JdbcTemplate streaming;

    WorkToExport(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(DOCUMENTS_PER_FETCH);
    }

    /** The annotators whose work counts in the project, by id. */
    public List<UUID> annotatorsWithWork(UUID projectId, boolean onlyDone) {
        return onlyDone ? streaming.queryForList(DONE_ANNOTATORS, UUID.class, projectId)
                : streaming.queryForList(STARTED_ANNOTATORS, UUID.class, projectId, projectId, projectId);
    }

    /** The project's documents in corpus order (with done work only, if asked), one at a time. */
    public void documents(UUID projectId, List<UUID> annotators, List<UUID> labels, boolean onlyDone,
            Consumer<DocumentWork> each) {
        documents(projectId, annotators, labels, onlyDone, null, each);
    }

    /**
     * As {@link #documents(UUID, List, List, boolean, Consumer)}, but only the documents of {@code only} (all when
     * null): those another module chose, e.g. the documents with gold.
     */
    public void documents(UUID projectId, List<UUID> annotators, List<UUID> labels, boolean onlyDone,
            Collection<UUID> only, Consumer<DocumentWork> each) {
        streaming.query(connection -> {
            var statement = connection.prepareStatement(DOCUMENTS);
            statement.setArray(1, connection.createArrayOf("uuid", annotators.toArray()));
            statement.setArray(2, connection.createArrayOf("uuid", labels.toArray()));
            statement.setObject(3, projectId);
            statement.setBoolean(4, onlyDone);
            statement.setBoolean(5, only != null);
            statement.setArray(6, connection.createArrayOf("uuid", only == null ? new Object[0] : only.toArray()));
            return statement;
        }, (RowCallbackHandler) row -> each.accept(work(row)));
    }

    private static DocumentWork work(ResultSet row) throws SQLException {
        Date published = row.getDate("published");
        return new DocumentWork(row.getObject("id", UUID.class), row.getInt("position"), row.getString("title"),
                row.getString("text"), row.getString("outlet"), row.getObject("story_id", UUID.class),
                row.getString("story"), row.getString("url"), published == null ? null : published.toLocalDate(),
                row.getString("external_id"), row.getString("meta"),
                ints(row.getArray("work_annotators")), strings(row.getArray("work_statuses")),
                strings(row.getArray("span_ids")), ints(row.getArray("span_annotators")),
                ints(row.getArray("span_labels")), ints(row.getArray("starts")), ints(row.getArray("ends")),
                strings(row.getArray("span_attributes")), strings(row.getArray("answer_ids")),
                ints(row.getArray("answer_annotators")), ints(row.getArray("answer_labels")),
                strings(row.getArray("answer_attributes")), row.getString("language"));
    }

    /**
     * A document as stored, its annotators and labels as 1-based positions in the arrays asked with.
     *
     * @param meta the metadata as JSON text
     */
    public record DocumentWork(UUID id, int position, String title, String text, String outlet, UUID storyId,
            String story, String url, LocalDate published, String externalId, String meta, int[] workAnnotators,
            String[] workStatuses, String[] spanIds, int[] spanAnnotators, int[] spanLabels, int[] starts,
            int[] ends, String[] spanAttributes, String[] answerIds, int[] answerAnnotators, int[] answerLabels,
            String[] answerAttributes, String language) {
    }
}
