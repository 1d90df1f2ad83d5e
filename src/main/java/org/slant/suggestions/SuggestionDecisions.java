package org.slant.suggestions;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slant.annotation.Suggestion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The table of annotators' decisions about suggestions, {@code suggestion_decision} (migration V15). */
@Repository
class SuggestionDecisions {

    private static final String KEY = "document_id = ? and annotator_id = ? and source = ? and layer_id = ? "
            + "and label_id = ? and start_offset = ? and end_offset = ?";

    private final JdbcTemplate jdbc;

    SuggestionDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision; {@code spanId} is the span an acceptance made. */
    record Decision(String source, UUID layer, UUID label, int start, int end, boolean accepted, UUID spanId) {
    }

    /** An annotator's decisions on a document. */
    List<Decision> of(UUID documentId, UUID annotator) {
        return jdbc.query("select source, layer_id, label_id, start_offset, end_offset, decision, span_id "
                + "from suggestion_decision where document_id = ? and annotator_id = ?",
                (row, n) -> new Decision(row.getString("source"), row.getObject("layer_id", UUID.class),
                        row.getObject("label_id", UUID.class), row.getInt("start_offset"), row.getInt("end_offset"),
                        "ACCEPTED".equals(row.getString("decision")), row.getObject("span_id", UUID.class)),
                documentId, annotator);
    }

    /** The span the annotator made by accepting the suggestion, if they did. */
    Optional<UUID> acceptedSpan(UUID documentId, UUID annotator, Suggestion.Key key) {
        return jdbc.query("select span_id from suggestion_decision where " + KEY + " and decision = 'ACCEPTED'",
                (row, n) -> row.getObject("span_id", UUID.class), documentId, annotator, key.source(), key.layer(),
                key.label(), key.start(), key.end()).stream().findFirst();
    }

    /** Records the annotator's decision about the suggestion; a later one replaces an earlier one. */
    void decide(UUID projectId, UUID documentId, UUID annotator, Suggestion.Key key, boolean accepted, UUID spanId) {
        jdbc.update("insert into suggestion_decision (id, project_id, document_id, annotator_id, source, layer_id, "
                + "label_id, start_offset, end_offset, decision, span_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (document_id, annotator_id, source, layer_id, label_id, start_offset, end_offset) "
                + "do update set decision = excluded.decision, span_id = excluded.span_id, decided_at = now()",
                UUID.randomUUID(), projectId, documentId, annotator, key.source(), key.layer(), key.label(),
                key.start(), key.end(), accepted ? "ACCEPTED" : "REJECTED", spanId);
    }

    /** Forgets a rejection (an undo); an acceptance stays. */
    void withdrawRejection(UUID documentId, UUID annotator, Suggestion.Key key) {
        jdbc.update("delete from suggestion_decision where " + KEY + " and decision = 'REJECTED'", documentId,
                annotator, key.source(), key.layer(), key.label(), key.start(), key.end());
    }

    /** Per source, layer and label of a project: how many suggestions were accepted, and how many rejected. */
    record Count(String source, UUID layer, UUID label, long accepted, long rejected) {
    }

    List<Count> counts(UUID projectId) {
        return jdbc.query("select source, layer_id, label_id, count(*) filter (where decision = 'ACCEPTED') as "
                + "accepted, count(*) filter (where decision = 'REJECTED') as rejected from suggestion_decision "
                + "where project_id = ? group by source, layer_id, label_id order by source, layer_id, label_id",
                (row, n) -> new Count(row.getString("source"), row.getObject("layer_id", UUID.class),
                        row.getObject("label_id", UUID.class), row.getLong("accepted"), row.getLong("rejected")),
                projectId);
    }

    /** A suggestion's place on a document under its source, decided by someone. */
    record Place(UUID document, String source, UUID layer, UUID label, int start, int end) {
    }

    /** Every place of the project someone decided, whatever they decided. */
    Set<Place> decidedPlaces(UUID projectId) {
        Set<Place> places = new HashSet<>();
        jdbc.query("select distinct document_id, source, layer_id, label_id, start_offset, end_offset "
                + "from suggestion_decision where project_id = ?", (RowCallbackHandler) row -> places.add(new Place(
                        row.getObject("document_id", UUID.class), row.getString("source"),
                        row.getObject("layer_id", UUID.class), row.getObject("label_id", UUID.class),
                        row.getInt("start_offset"), row.getInt("end_offset"))), projectId);
        return places;
    }
}
