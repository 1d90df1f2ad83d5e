package org.slant.annotation;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code send_back} rows: every time someone sent an annotator's document back to them, with the note. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SendBacks {

    /**
     * The open send-back of each row's assignment (the latest not yet answered), joined as {@code sb} to a query of
     * documents {@code d} and assignments {@code a}.
     */
    static final String OPEN = "left join lateral (select sb.note as sent_back_note, sb.sent_at as sent_back_at, "
            + "coalesce(su.display_name, su.username) as sent_back_by from send_back sb "
            + "left join app_user su on su.id = sb.sent_by where sb.document_id = d.id "
            + "and sb.annotator_id = a.annotator_id and sb.answered_at is null order by sb.sent_at desc limit 1) sb "
            + "on true ";

    private final JdbcTemplate jdbc;

    SendBacks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID projectId, UUID documentId, UUID annotatorId, UUID sentBy, String note) {
        jdbc.update("insert into send_back (id, project_id, document_id, annotator_id, sent_by, note) "
                + "values (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), projectId, documentId, annotatorId, sentBy, note);
    }

    /** The annotator has finished the document again: what it was sent back for no longer shows. */
    void answered(UUID documentId, UUID annotatorId) {
        jdbc.update("update send_back set answered_at = now() where document_id = ? and annotator_id = ? "
                + "and answered_at is null", documentId, annotatorId);
    }

    /** The annotator's open send-back of the document: the latest not answered by finishing it again. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Optional<SentBack> open(UUID documentId, UUID annotatorId) {
        return jdbc.query("select sb.note, sb.sent_at, coalesce(u.display_name, u.username) as by from send_back sb "
                + "left join app_user u on u.id = sb.sent_by where sb.document_id = ? and sb.annotator_id = ? "
                + "and sb.answered_at is null order by sb.sent_at desc limit 1", (row, n) -> new SentBack(
                        row.getString("by"),
                        row.getTimestamp("sent_at").toInstant(), row.getString("note")), documentId, annotatorId)
                .stream().findFirst();
    }

    static SentBack of(String by, Timestamp at, String note) {
        return at == null ? null : new SentBack(by, at.toInstant(), note);
    }
}
