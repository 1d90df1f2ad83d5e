package org.slant.annotation.query;

import static org.slant.annotation.query.SqlArrays.ints;
import static org.slant.annotation.query.SqlArrays.longs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * A project's documents one at a time, in corpus order, each with its story, outlet and assignments, and the spans and
 * answers of those who marked it done in a form cheap to compare (for the curation queue's agreement per document):
 * labels as their 1-based position in the list passed in, offsets as they are, attribute values as a hash of their
 * JSON. No text, no ids: a 10,000-document project streams in one pass. Read in the caller's transaction (needed to
 * stream); callers check who may ask.
 */
@Component
public class ComparableWork {

    private static final int ROWS_PER_FETCH = 500;

    /** One row per assignment (or one for a document without any), by document, then username. */
    private static final String DOCUMENTS = "with p as (select ?::uuid[] as labels) "
            + "select d.id, d.position, d.title, d.story_id, s.title as story, d.outlet_id, o.name as outlet, "
            + "u.username, a.status, sp.labels as span_labels, sp.starts, sp.ends, sp.values as span_values, "
            + "an.labels as answer_labels, an.values as answer_values "
            + "from p cross join document d left join story s on s.id = d.story_id "
            + "left join outlet o on o.id = d.outlet_id left join assignment a on a.document_id = d.id "
            + "left join app_user u on u.id = a.annotator_id "
            + "left join lateral (select array_agg(coalesce(array_position(p.labels, x.label_id), 0)) as labels, "
            + "array_agg(x.start_offset) as starts, array_agg(x.end_offset) as ends, "
            + "array_agg(hashtextextended(x.attributes::text, 0)) as values from span_annotation x "
            + "where a.status = 'DONE' and x.document_id = d.id and x.annotator_id = a.annotator_id) sp on true "
            + "left join lateral (select array_agg(coalesce(array_position(p.labels, x.label_id), 0)) as labels, "
            + "array_agg(hashtextextended(x.attributes::text, 0)) as values from document_answer x "
            + "where a.status = 'DONE' and x.document_id = d.id and x.annotator_id = a.annotator_id) an on true "
            + "where d.project_id = ? order by d.position, lower(u.username), u.id";

    private final JdbcTemplate streaming;

    ComparableWork(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(ROWS_PER_FETCH);
    }

    /**
     * The project's documents in corpus order, one at a time.
     *
     * @param labels the labels of the project, whose positions (from 1) name them; 0 for a label not listed
     */
    public void documents(UUID projectId, List<UUID> labels, Consumer<DocumentToCompare> each) {
        DocumentToCompare[] current = {null};
        streaming.query(connection -> {
            var statement = connection.prepareStatement(DOCUMENTS);
            statement.setArray(1, connection.createArrayOf("uuid", labels.toArray()));
            statement.setObject(2, projectId);
            return statement;
        }, (RowCallbackHandler) row -> {
            UUID id = row.getObject("id", UUID.class);
            if (current[0] == null || !current[0].id().equals(id)) {
                if (current[0] != null) {
                    each.accept(current[0]);
                }
                current[0] = new DocumentToCompare(id, row.getInt("position"), row.getString("title"),
                        row.getObject("story_id", UUID.class), row.getString("story"),
                        row.getObject("outlet_id", UUID.class), row.getString("outlet"), new ArrayList<>());
            }
            String username = row.getString("username");
            if (username != null) {
                current[0].annotators().add(work(row, username));
            }
        });
        if (current[0] != null) {
            each.accept(current[0]);
        }
    }

    private static AnnotatorWork work(ResultSet row, String username) throws SQLException {
        return new AnnotatorWork(username, row.getString("status"), ints(row.getArray("span_labels")),
                ints(row.getArray("starts")), ints(row.getArray("ends")), longs(row.getArray("span_values")),
                ints(row.getArray("answer_labels")), longs(row.getArray("answer_values")));
    }

    /**
     * A document with everyone who has an assignment of it, by username.
     *
     * @param storyId null when it belongs to no story (and {@code story} is null too); the same for the outlet
     */
    public record DocumentToCompare(UUID id, int position, String title, UUID storyId, String story, UUID outletId,
            String outlet, List<AnnotatorWork> annotators) {
    }

    /**
     * One annotator's assignment of a document; for work marked done, its spans (labels, starts, ends and attribute
     * hashes, index by index) and answers (labels and attribute hashes). Work not done has no spans or answers here.
     *
     * @param status ASSIGNED, IN_PROGRESS, DONE or SKIPPED
     */
    public record AnnotatorWork(String username, String status, int[] spanLabels, int[] starts, int[] ends,
            long[] spanValues, int[] answerLabels, long[] answerValues) {

        public boolean done() {
            return "DONE".equals(status);
        }
    }
}
