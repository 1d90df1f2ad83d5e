package org.slant.backup;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a plain SQL dump of pg_dump (as psql would) over JDBC, so that a test needs no PostgreSQL client programs:
 * statements go as they are, the rows of each {@code COPY ... FROM stdin} block through the driver's COPY, and psql's
 * own commands ({@code \restrict}, with which pg_dump 18 guards its output) are left out.
 */
final class PlainSqlDump {

    private PlainSqlDump() {
    }

    static void load(Connection connection, Path file) throws IOException, SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder statements = new StringBuilder();
        StringBuilder rows = null;
        String copyStatement = null;
        // split on LF only: COPY's text format escapes carriage returns inside values
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
            if (rows != null) {
                if (line.equals("\\.")) {
                    copy.copyIn(copyStatement, new StringReader(rows.toString()));
                    rows = null;
                } else {
                    rows.append(line).append('\n');
                }
            } else if (line.startsWith("COPY ") && line.endsWith(" FROM stdin;")) {
                execute(connection, statements);
                copyStatement = line.substring(0, line.length() - 1);
                rows = new StringBuilder();
            } else if (!line.startsWith("\\")) {
                statements.append(line).append('\n');
            }
        }
        if (rows != null) {
            throw new IOException(file + " ends inside the rows of " + copyStatement);
        }
        execute(connection, statements);
    }

    private static void execute(Connection connection, StringBuilder statements) throws SQLException {
        if (!statements.toString().isBlank()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute(statements.toString());
            }
        }
        statements.setLength(0);
    }
}
