package org.slant.curation.query;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slant.curation.CurationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a project's gold was made, for those who publish it (an export's manifest): the merge rules, where its spans
 * and answers came from, who curated it, and how far the project's curation has come. Callers check who may ask.
 */
@Component
@Transactional(readOnly = true)
public class GoldProvenance {

    private static final String GOLD = "select x.origin, x.origin_detail, x.person_made from gold_span x "
            + "where x.document_id in (select document_id from chosen) and x.label_id = any(?::uuid[]) "
            + "union all select x.origin, x.origin_detail, x.person_made from gold_answer x "
            + "where x.document_id in (select document_id from chosen) and x.label_id = any(?::uuid[])";

    private static final String CHOSEN = "with chosen as (select document_id from curation "
            + "where project_id = ? and status = any(?::text[])) ";

    private final JdbcTemplate jdbc;

    GoldProvenance(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The gold of the project's documents whose curation is in one of {@code statuses}, in the given labels.
     *
     * @param labels the labels whose gold counts (an export's labels)
     */
    public Provenance of(UUID projectId, Set<CurationStatus> statuses, List<UUID> labels) {
        String[] chosen = statuses.stream().map(Enum::name).toArray(String[]::new);
        UUID[] labelIds = labels.toArray(UUID[]::new);
        List<String> rules = jdbc.query(CHOSEN + "select distinct g.origin_detail from (" + GOLD + ") g "
                + "where g.origin = 'MERGED' and g.origin_detail is not null order by 1",
                (row, n) -> row.getString(1), projectId, chosen, labelIds, labelIds);
        Origins origins = jdbc.queryForObject(CHOSEN + "select count(*) filter (where g.origin = 'MERGED') as merged, "
                + "count(*) filter (where g.origin = 'MERGED' and g.person_made) as edited, "
                + "count(*) filter (where g.origin = 'ACCEPTED') as accepted, "
                + "count(*) filter (where g.origin = 'CURATOR') as curator from (" + GOLD + ") g",
                (row, n) -> new Origins(row.getLong("merged"), row.getLong("edited"), row.getLong("accepted"),
                        row.getLong("curator")), projectId, chosen, labelIds, labelIds);
        List<Curator> curators = jdbc.query(CHOSEN + "select u.id, u.username from app_user u where u.id in "
                + "(select e.actor_id from gold_event e where e.project_id = ? and e.document_id in "
                + "(select document_id from chosen)) order by u.username", (row, n) -> new Curator(
                        row.getObject("id", UUID.class), row.getString("username")), projectId, chosen, projectId);
        return new Provenance(rules, origins, curators, documents(projectId));
    }

    /** The project's documents by where their curation stands. */
    public Documents documents(UUID projectId) {
        return jdbc.queryForObject("select (select count(*) from document where project_id = ?) as documents, "
                + "count(*) filter (where status = 'CURATED') as curated, "
                + "count(*) filter (where status = 'IN_PROGRESS') as in_progress from curation where project_id = ?",
                (row, n) -> new Documents(row.getLong("curated"), row.getLong("in_progress"),
                        row.getLong("documents") - row.getLong("curated") - row.getLong("in_progress")),
                projectId, projectId);
    }

    /**
     * @param rules the merge rules that made some of the gold (distinct, sorted), e.g. MAJORITY
     * @param curators everyone who changed the gold of these documents or marked them curated, by username
     * @param documents the project's documents by where their curation stands
     */
    public record Provenance(List<String> rules, Origins origins, List<Curator> curators, Documents documents) {

        public Provenance {
            rules = List.copyOf(rules);
            curators = List.copyOf(curators);
        }
    }

    /**
     * How many gold spans and answers came from each origin.
     *
     * @param merged merged by a rule
     * @param mergedThenEdited of those merged, how many a person changed since
     * @param accepted accepted from an annotator
     * @param curatorMade made by a curator
     */
    public record Origins(long merged, long mergedThenEdited, long accepted, long curatorMade) {
    }

    public record Curator(UUID id, String username) {
    }

    /** The project's documents by curation status; {@code notStarted} have no gold. */
    public record Documents(long curated, long inProgress, long notStarted) {
    }
}
