package org.slant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a checked archive's rows, all in one transaction: either the whole project is here afterwards or nothing of
 * it (nor any account made for its annotators). PostgreSQL reads each row from the archive's JSON itself
 * (json_populate_record), so values arrive as exactly as they left; several hundred rows go in one statement.
 * People whose account here has another id get that id, in their spans, answers, history, memberships,
 * assignments and gold history alike.
 */
@Component
class ArchiveRows {

    private static final int ROWS_PER_STATEMENT = 500;
    private static final int CHARS_PER_STATEMENT = 4 * 1024 * 1024;
    /** Archive user id to local user id, for the accounts whose ids differ; gone when the transaction ends. */
    private static final String LOCAL_IDS = "archive_annotator_ids";
    private static final String SNAPSHOT = "case when %1$s.local_id is null then r.%2$s "
            + "else jsonb_set(r.%2$s, '{annotatorId}', to_jsonb(%1$s.local_id::text)) end";

    private final JdbcTemplate jdbc;
    private final AnnotatorAccounts accounts;

    ArchiveRows(JdbcTemplate jdbc, AnnotatorAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * Rolls back on any failure, a file that cannot be read included: never part of a project.
     *
     * @param mayCreateAccounts whether accounts missing here may be created (a system admin's import)
     * @throws ProjectIdTakenException when the project's id was taken since it was looked for
     */
    @Transactional(rollbackFor = Exception.class)
    ImportedProject store(ZipFile zip, CheckedArchive archive, boolean mayCreateAccounts) throws IOException {
        AnnotatorMapping annotators = accounts.settle(archive.annotators(), mayCreateAccounts);
        jdbc.execute("create temporary table " + LOCAL_IDS
                + " (archived_id uuid primary key, local_id uuid not null) on commit drop");
        jdbc.batchUpdate("insert into " + LOCAL_IDS + " values (?, ?)", annotators.localIds().entrySet().stream()
                .map(ids -> new Object[] {ids.getKey(), ids.getValue()}).toList());
        try {
            store(ArchiveFile.PROJECT, insert(ArchivedTable.PROJECT,
                    "json_populate_record(null::project, ?::json) r", Map.of(), archive.formatVersion()),
                    whole(zip, ArchiveFile.PROJECT));
        } catch (DuplicateKeyException e) {
            // imported by someone else since it was looked for; whether the caller may learn more is not for here
            throw new ProjectIdTakenException();
        }
        String schema = whole(zip, ArchiveFile.SCHEMA);
        String layers = "json_array_elements(?::json -> 'layers') e ";
        int version = archive.formatVersion();
        store(ArchiveFile.SCHEMA, insert(ArchivedTable.LAYER,
                layers + "cross join lateral json_populate_record(null::layer, e) r", Map.of(), version), schema);
        store(ArchiveFile.SCHEMA, insert(ArchivedTable.LABEL, layers + "cross join lateral "
                + "json_array_elements(e -> 'labels') x cross join lateral json_populate_record(null::label, x) r",
                Map.of(), version), schema);
        store(ArchiveFile.SCHEMA, insert(ArchivedTable.ATTRIBUTE_DEFINITION, layers + "cross join lateral "
                + "json_array_elements(e -> 'attributes') x "
                + "cross join lateral json_populate_record(null::attribute_definition, x) r", Map.of(), version),
                schema);
        for (ArchiveFile file : ArchiveFile.linesOf(archive.formatVersion())) {
            storeLines(zip, file, archive.formatVersion());
        }
        // a deferred check fails here rather than at commit, where it would not say which file it came from
        store(ArchiveFile.SCHEMA, "set constraints all immediate");
        return new ImportedProject(archive.projectId(), archive.projectName(), archive.counts(),
                annotators.matched(), annotators.created());
    }

    /** Stores a JSON Lines file's rows, a batch of lines (as one JSON array) per statement, in the file's order. */
    private void storeLines(ZipFile zip, ArchiveFile file, int formatVersion) throws IOException {
        String sql = lines(file.table, formatVersion);
        List<String> batch = new ArrayList<>();
        long chars = 0;
        try (InputStream in = zip.getInputStream(zip.getEntry(file.fileName))) {
            JsonLines lines = new JsonLines(in);
            for (String line; (line = lines.next()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(line);
                chars += line.length();
                if (batch.size() >= ROWS_PER_STATEMENT || chars >= CHARS_PER_STATEMENT) {
                    store(file, sql, "[" + String.join(",", batch) + "]");
                    batch.clear();
                    chars = 0;
                }
            }
        }
        if (!batch.isEmpty()) {
            store(file, sql, "[" + String.join(",", batch) + "]");
        }
    }

    private static String lines(ArchivedTable table, int version) {
        String source = "json_populate_recordset(null::" + table.table + ", ?::json) with ordinality r";
        String order = " order by r.ordinality";
        return switch (table) {
            case SPAN_ANNOTATION, DOCUMENT_ANSWER -> withPeople(table, version, source, Map.of(), "annotator_id")
                    + order;
            // the annotator inside each snapshot is a person too
            case ANNOTATION_EVENT -> withPeople(table, version, source
                    + " left join " + LOCAL_IDS + " before_annotator"
                    + " on before_annotator.archived_id::text = r.before ->> 'annotatorId'"
                    + " left join " + LOCAL_IDS + " after_annotator"
                    + " on after_annotator.archived_id::text = r.after ->> 'annotatorId'",
                    Map.of("before", SNAPSHOT.formatted("before_annotator", "before"),
                            "after", SNAPSHOT.formatted("after_annotator", "after")), "actor_id") + order;
            case MEMBERSHIP -> withPeople(table, version, source, Map.of(), "user_id") + order;
            case ASSIGNMENT -> withPeople(table, version, source, Map.of(), "annotator_id", "assigned_by") + order;
            case CURATION -> withPeople(table, version, source, Map.of(), "changed_by") + order;
            case GOLD_EVENT -> withPeople(table, version, source, Map.of(), "actor_id") + order;
            case PRE_ANNOTATION -> withPeople(table, version, source, Map.of(), "imported_by") + order;
            default -> insert(table, source, Map.of(), version) + order;
        };
    }

    /** Inserts with each of the {@code people} columns holding the person's id here, where it differs. */
    private static String withPeople(ArchivedTable table, int version, String source,
            Map<String, String> expressions, String... people) {
        StringBuilder joined = new StringBuilder(source);
        Map<String, String> mapped = new HashMap<>(expressions);
        for (String column : people) {
            String alias = "local_" + column;
            joined.append(" left join ").append(LOCAL_IDS).append(' ').append(alias).append(" on ").append(alias)
                    .append(".archived_id = r.").append(column);
            mapped.put(column, "coalesce(" + alias + ".local_id, r." + column + ")");
        }
        return insert(table, joined.toString(), mapped, version);
    }

    /**
     * Inserts the table's stored columns from the records {@code r} of {@code source}, as they are or as given; a
     * column that archives of the format version lack gets its value for older archives.
     */
    private static String insert(ArchivedTable table, String source, Map<String, String> expressions, int version) {
        List<Column> columns = table.storedColumns();
        return "insert into " + table.table + " (" + columns.stream().map(Column::name)
                .collect(Collectors.joining(", ")) + ") select " + columns.stream()
                .map(column -> !column.in(version) ? column.whenAbsent()
                        : expressions.getOrDefault(column.name(), "r." + column.name()))
                .collect(Collectors.joining(", ")) + " from " + source;
    }

    /**
     * Runs one statement; a row the database refuses (a constraint the checks do not know, an id already used here
     * by another project's row) refuses the archive naming the file.
     */
    private void store(ArchiveFile file, String sql, Object... args) {
        try {
            jdbc.update(sql, args);
        } catch (DuplicateKeyException e) {
            if (file == ArchiveFile.PROJECT) {
                throw e;
            }
            throw InvalidInputException.of(file.fileName, Message.of("archive.check.not-stored", reason(e)));
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of(file.fileName, Message.of("archive.check.not-stored", reason(e)));
        }
    }

    private static String whole(ZipFile zip, ArchiveFile file) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(file.fileName))) {
            return new JsonLines(in).rest();
        }
    }

    /** The archive's project id is used here (by a project imported at the same time). */
    static final class ProjectIdTakenException extends RuntimeException {
    }

    /**
     * PostgreSQL's one-line reason ("duplicate key value violates unique constraint ..."): the constraint, never its
     * detail lines, which quote the values of the rows involved (a row here may be another project's).
     */
    private static String reason(Exception e) {
        String message = String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        return message.lines().findFirst().orElse(message).replaceFirst("^ERROR: ", "");
    }
}
