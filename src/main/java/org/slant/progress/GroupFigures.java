package org.slant.progress;

import java.util.List;
import java.util.UUID;
import org.slant.annotation.query.WorkCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Progress per outlet and per story: the documents of each, what they need and what is done. */
@Component
class GroupFigures {

    /** The two ways a project's documents are grouped; the names are SQL, fixed here, never from a caller. */
    enum Grouping {
        OUTLET("outlet_id", "outlet", "name"),
        STORY("story_id", "story", "title");

        final String column;
        final String table;
        final String name;

        Grouping(String column, String table, String name) {
            this.column = column;
            this.table = table;
            this.name = name;
        }
    }

    /** A page of groups and how many there are in all. */
    record Groups(List<GroupProgress> shown, long total) {
    }

    private final JdbcTemplate jdbc;

    GroupFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every outlet by name, the documents without one last. */
    List<GroupProgress> outlets(UUID projectId, int k) {
        return query(Grouping.OUTLET, "g.id is null, lower(g.name), g.name", projectId, k, Integer.MAX_VALUE)
                .shown();
    }

    /** The {@code limit} stories with the smallest share done; of equal shares, the most documents first. */
    Groups storiesFurthestBehind(UUID projectId, int k, int limit) {
        return query(Grouping.STORY, "sum(pd.done)::float8 / count(*), count(*) desc, g.id is null, lower(g.title), "
                + "g.title", projectId, k, limit);
    }

    private Groups query(Grouping grouping, String order, UUID projectId, int k, int limit) {
        long[] total = {0};
        List<GroupProgress> shown = jdbc.query(sql(grouping, order), (row, number) -> {
            total[0] = row.getLong("groups");
            long documents = row.getLong("documents");
            return new GroupProgress(row.getString("name"), documents, documents * k, row.getLong("done"),
                    row.getLong("in_progress"));
        }, k, k, k, projectId, projectId, limit);
        return new Groups(shown, total[0]);
    }

    /** Parameters: k three times, the project twice, the limit. */
    private static String sql(Grouping grouping, String order) {
        // done counts up to k per document, in progress up to what the document still lacks
        return "with per_document as (select d." + grouping.column + " as group_id, "
                + "least(coalesce(c.done, 0), ?) as done, "
                + "least(coalesce(c.in_progress, 0), ? - least(coalesce(c.done, 0), ?)) as in_progress "
                + "from document d left join (" + WorkCounts.PER_DOCUMENT + ") c on c.document_id = d.id "
                + "where d.project_id = ?) "
                + "select g." + grouping.name + " as name, count(*) as documents, sum(pd.done) as done, "
                + "sum(pd.in_progress) as in_progress, count(*) over () as groups "
                + "from per_document pd left join " + grouping.table + " g on g.id = pd.group_id "
                + "group by pd.group_id, g.id order by " + order + " limit ?";
    }
}
