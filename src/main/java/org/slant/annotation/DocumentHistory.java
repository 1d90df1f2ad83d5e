package org.slant.annotation;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who did what to a document's annotations, and when, newest first: for the project's managers. */
@Service
@Transactional(readOnly = true)
public class DocumentHistory {

    private static final int MOST = 500;
    /** A snapshot in words: "Frame: Economic at 12–20 {attributes}". */
    private static final String SHOWN = "case when e.%1$s is null then null else concat((e.%1$s ->> 'layer'), ': ', "
            + "(e.%1$s ->> 'label'), case when jsonb_exists(e.%1$s, 'start') then ' at ' || (e.%1$s ->> 'start') || '–' || "
            + "(e.%1$s ->> 'end') end, case when e.%1$s -> 'attributes' <> '{}'::jsonb then ' ' || "
            + "(e.%1$s -> 'attributes')::text end) end";

    private final CorpusService corpus;
    private final JdbcTemplate jdbc;

    DocumentHistory(CorpusService corpus, JdbcTemplate jdbc) {
        this.corpus = corpus;
        this.jdbc = jdbc;
    }

    /** The latest changes (at most 500) to the document's spans and answers. */
    public List<HistoryEntry> of(UUID documentId) {
        DocumentDetails document = corpus.document(documentId);
        // everyone's work, with before and after: the managers'
        corpus.projectToChange(document.projectId());
        return jdbc.query("select e.id, e.at, actor.username as who, owner.username as annotator, e.target, e.action, "
                + "e.annotation_id, " + SHOWN.formatted("before") + " as before, " + SHOWN.formatted("after")
                + " as after, e.reason "
                + "from annotation_event e left join app_user actor on actor.id = e.actor_id "
                + "left join app_user owner on owner.id = coalesce((e.after ->> 'annotatorId')::uuid, "
                + "(e.before ->> 'annotatorId')::uuid) "
                + "where e.document_id = ? order by e.id desc limit ?",
                (row, number) -> new HistoryEntry(row.getLong("id"), row.getObject("at", Timestamp.class).toInstant(),
                        row.getString("who"), row.getString("annotator"), row.getString("target"),
                        row.getString("action"), row.getObject("annotation_id", UUID.class), row.getString("before"),
                        row.getString("after"), row.getString("reason")),
                documentId, MOST);
    }
}
