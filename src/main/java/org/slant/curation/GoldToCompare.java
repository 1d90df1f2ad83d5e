package org.slant.curation;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slant.curation.GoldMatching.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * A project's gold as the quality report compares it: which documents have gold, and their gold spans and answers
 * with each label given as its position in a list of label ids (so a project's gold is a few arrays per document,
 * not an object per span). Callers check who may ask.
 */
@Component
class GoldToCompare {

    private static final String WITH_GOLD = "select document_id from curation where project_id = ?";

    private static final String SPANS = "select g.document_id, array_agg(array_position(?::uuid[], g.label_id)) "
            + "as labels, array_agg(g.start_offset) as starts, array_agg(g.end_offset) as ends from gold_span g "
            + "join curation c on c.document_id = g.document_id where c.project_id = ? "
            + "and g.label_id = any(?::uuid[]) group by g.document_id";

    private static final String ANSWERS = "select g.document_id, array_agg(array_position(?::uuid[], g.label_id)) "
            + "as labels from gold_answer g join curation c on c.document_id = g.document_id "
            + "where c.project_id = ? and g.label_id = any(?::uuid[]) group by g.document_id";

    private final JdbcTemplate jdbc;

    GoldToCompare(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The documents whose curation has begun (in progress or curated), whether or not their gold is empty. */
    Set<UUID> documents(UUID projectId) {
        return new HashSet<>(jdbc.queryForList(WITH_GOLD, UUID.class, projectId));
    }

    /** Per document with gold, its gold spans with the given labels; a span's label is its index in {@code labels}. */
    Map<UUID, List<Unit>> spans(UUID projectId, List<UUID> labels) {
        Map<UUID, List<Unit>> spans = new HashMap<>();
        perDocument(SPANS, projectId, labels, row -> {
            Integer[] labelOf = numbers(row.getArray("labels"));
            Integer[] starts = numbers(row.getArray("starts"));
            Integer[] ends = numbers(row.getArray("ends"));
            List<Unit> units = new ArrayList<>(labelOf.length);
            for (int i = 0; i < labelOf.length; i++) {
                // array_position counts from 1
                units.add(new Unit(labelOf[i] - 1, starts[i], ends[i]));
            }
            spans.put(row.getObject("document_id", UUID.class), units);
        });
        return spans;
    }

    /** Per document with gold, the labels of its gold answers, each its index in {@code labels}. */
    Map<UUID, Set<Integer>> answers(UUID projectId, List<UUID> labels) {
        Map<UUID, Set<Integer>> answers = new HashMap<>();
        perDocument(ANSWERS, projectId, labels, row -> {
            Set<Integer> given = new HashSet<>();
            for (Integer label : numbers(row.getArray("labels"))) {
                given.add(label - 1);
            }
            answers.put(row.getObject("document_id", UUID.class), given);
        });
        return answers;
    }

    /** Runs one of the queries above: its parameters are the label ids, the project, the label ids. */
    private void perDocument(String sql, UUID projectId, List<UUID> labels, RowCallbackHandler each) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            Array labelIds = connection.createArrayOf("uuid", labels.toArray());
            statement.setArray(1, labelIds);
            statement.setObject(2, projectId);
            statement.setArray(3, labelIds);
            return statement;
        }, each);
    }

    private static Integer[] numbers(Array array) throws SQLException {
        return array == null ? new Integer[0] : (Integer[]) array.getArray();
    }
}
