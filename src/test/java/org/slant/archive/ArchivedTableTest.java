package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archive carries every column of every table, as the database has it. When a migration adds a table or a
 * column this fails: carry it in {@link ArchivedTable} (with a new archive format version if older archives then
 * lack it), or list the table below with the reason it does not belong to a project's archive.
 */
@SlantSpringTest
class ArchivedTableTest {

    /**
     * Tables that are not a project's data: the accounts travel as annotators.json (username and display name
     * only); Flyway's own history; annotator profiles (personal, and an account's rather than a study's); personal
     * access tokens (an account's secrets); send-backs (a curator's messages to an annotator about work in hand:
     * the assignment they reopened travels with its status, the note does not); suggestion decisions (what annotators
     * did with proposals: the accepted ones travel as the spans they became, and a copy of the project proposes the
     * rejected ones again); failed log-ins and locks (an account's security on this installation); deleted
     * projects (this installation's record of what was deleted, who deleted it and when).
     */
    private static final Set<String> NOT_ARCHIVED = Set.of("app_user", "flyway_schema_history", "annotator_profile",
            "access_token", "send_back", "suggestion_decision", "login_failure", "login_lock", "project_deletion");

    /**
     * Columns of archived tables that are not a project's data: the schema's version counts this installation's
     * schema edits so that every server instance knows when its kept layers are stale; a copy starts its own count.
     */
    private static final Set<String> NOT_ARCHIVED_COLUMNS = Set.of("project.schema_version");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void carriesEveryColumnOfEveryTableWithItsTypeAndWhetherItMayBeNull() {
        Map<String, Set<String>> database = new TreeMap<>();
        jdbc.query("select table_name, column_name, data_type, is_nullable from information_schema.columns "
                + "where table_schema = 'public'", row -> {
                    String table = row.getString("table_name");
                    if (!NOT_ARCHIVED.contains(table)
                            && !NOT_ARCHIVED_COLUMNS.contains(table + "." + row.getString("column_name"))) {
                        database.computeIfAbsent(table, name -> new TreeSet<>()).add(row.getString("column_name")
                                + " " + type(row.getString("data_type")) + ("YES".equals(row.getString("is_nullable"))
                                        ? " null" : ""));
                    }
                });
        Map<String, Set<String>> archived = new TreeMap<>(Arrays.stream(ArchivedTable.values()).collect(
                Collectors.toMap(table -> table.table, table -> table.columns.stream()
                        .map(column -> column.name() + " " + column.type() + (column.nullable() ? " null" : ""))
                        .collect(Collectors.toCollection(TreeSet::new)))));

        assertThat(archived).isEqualTo(database);
    }

    private static String type(String postgres) {
        return switch (postgres) {
            case "uuid" -> "UUID";
            case "text" -> "TEXT";
            case "integer" -> "INTEGER";
            case "bigint" -> "BIGINT";
            case "boolean" -> "BOOLEAN";
            case "date" -> "DATE";
            case "timestamp with time zone" -> "TIMESTAMP";
            case "jsonb", "json" -> "JSON";
            default -> "no archive type for " + postgres;
        };
    }
}
