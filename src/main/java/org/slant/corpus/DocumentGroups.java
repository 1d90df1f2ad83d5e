package org.slant.corpus;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's name and how its documents are grouped into stories and outlets, with their names, in a form cheap to
 * compare, for whatever keeps results that name them (an agreement report's figures per outlet and story). Texts
 * never change once imported, so they are left out. Callers check who may ask.
 */
@Component
@Transactional(readOnly = true)
public class DocumentGroups {

    private final JdbcTemplate jdbc;

    DocumentGroups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param documents how many the project has
     * @param hash a hash over every document's story and outlet with their names: a document moved, a story or
     *     outlet renamed or removed changes it
     */
    public record Summary(String projectName, long documents, long hash) {
    }

    public Summary of(UUID projectId) {
        // summed, so that the order rows come in does not matter; reduced to fit a long
        return jdbc.queryForObject("select p.name, count(d.id) as documents, coalesce(sum(hashtextextended("
                + "concat_ws('|', d.id, d.story_id, s.title, d.outlet_id, o.name), 0)) % 9223372036854775807, 0)"
                + "::bigint as hash from project p left join document d on d.project_id = p.id "
                + "left join story s on s.id = d.story_id left join outlet o on o.id = d.outlet_id "
                + "where p.id = ? group by p.name", (row, n) -> new Summary(row.getString("name"),
                        row.getLong("documents"), row.getLong("hash")), projectId);
    }
}
