package org.slant.backup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of every table of Slant's schema, each as PostgreSQL's own JSON of the whole row (so a column added
 * later is compared too), sorted: what "the same database" means, row for row.
 */
final class DatabaseContents {

    private DatabaseContents() {
    }

    /** Table name to its rows. */
    static Map<String, List<String>> of(JdbcTemplate jdbc) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)) {
            rows.put(table, jdbc.queryForList("select row_to_json(t)::text as row from \"" + table + "\" t "
                    + "order by 1", String.class));
        }
        return rows;
    }
}
