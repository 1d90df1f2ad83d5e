package org.slant.annotation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows as one statement per few thousand, each column sent as one array and unnested by PostgreSQL: an
 * import's thousands of spans go in a few round trips instead of one per row, which on a busy machine is what costs.
 */
final class ColumnInserts {

    private static final int ROWS_PER_STATEMENT = 5000;

    private ColumnInserts() {
    }

    /**
     * Runs {@code insert into <table> (<columns>) select * from unnest(?::t1[], ?::t2[], ...)}.
     *
     * @param types each column's PostgreSQL type, e.g. {@code uuid}, {@code int4}, {@code jsonb}
     * @param rows the rows, each with one value per column in the order of {@code columns}
     */
    static int insert(JdbcTemplate jdbc, String table, List<String> columns, List<String> types,
            List<Object[]> rows) {
        return insert(jdbc, table, columns, types, rows, "");
    }

    /**
     * {@link #insert(JdbcTemplate, String, List, List, List)} with a clause after it, e.g. {@code on conflict do
     * nothing}.
     *
     * @return the rows inserted
     */
    static int insert(JdbcTemplate jdbc, String table, List<String> columns, List<String> types, List<Object[]> rows,
            String clause) {
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") select * from unnest(");
        for (int i = 0; i < types.size(); i++) {
            // jsonb travels as text: the driver has no array type for it
            sql.append(i == 0 ? "" : ", ").append(types.get(i).equals("jsonb") ? "?::text[]::jsonb[]"
                    : "?::" + types.get(i) + "[]");
        }
        sql.append(") ").append(clause);
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            inserted += jdbc.update(connection -> {
                var statement = connection.prepareStatement(sql.toString());
                for (int column = 0; column < types.size(); column++) {
                    statement.setArray(column + 1, column(connection, types.get(column), chunk, column));
                }
                return statement;
            });
        }
        return inserted;
    }

    private static Array column(Connection connection, String type, List<Object[]> rows, int column)
            throws SQLException {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i)[column];
        }
        return connection.createArrayOf(type.equals("jsonb") ? "text" : type, values);
    }
}
