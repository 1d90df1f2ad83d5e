package org.slant.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.slant.platform.NotFoundException;
import org.slant.platform.Sha256Output;
import org.slant.platform.TemporaryFiles;
import org.slant.team.ProjectAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a whole project (settings, schema, corpus, annotations, history, team and assignments, gold and its
 * history, pre-annotations, and the accounts they name) as one zip file: the way to back a study up or move it to another installation (docs/archive.md). Rows
 * go straight from the database into a temporary file, a few at a time, so memory stays flat however large the
 * project is; PostgreSQL itself writes each row as JSON, so what is read back on import is exactly what was stored.
 * The file is sent after the read snapshot ends: a slow download holds no database transaction open.
 */
@Service
public class ProjectArchiveExport {

    private static final int ROWS_PER_FETCH = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final ProjectAccess access;
    private final TransactionTemplate snapshot;

    ProjectArchiveExport(DataSource dataSource, JsonMapper json, ProjectAccess access,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // a fetch size inside a transaction makes the PostgreSQL driver stream rows instead of reading all at once
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(ROWS_PER_FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.json = json;
    }

    /**
     * Writes the project's archive to {@code out}, which is left open: {@link #write(UUID)}, sent, and deleted.
     */
    public ArchiveCounts export(UUID projectId, OutputStream out) throws IOException {
        try (ExportedArchive archive = write(projectId)) {
            archive.sendTo(out);
            return archive.counts();
        }
    }

    /**
     * Writes the project's archive to a temporary file, which the caller sends and then deletes by closing the
     * answer. Everything is read in one snapshot of the database, so an archive made while annotators work is still
     * consistent; the snapshot ends when the file is written. Whatever fails (a refusal: 404, 403) leaves no file.
     */
    public ExportedArchive write(UUID projectId) throws IOException {
        // named after the project, so a file left behind tells whose it was
        Path file = Files.createTempFile(TemporaryFiles.DIRECTORY, "slant-archive-" + projectId + "-",
                ArchiveFileName.EXTENSION);
        try {
            return snapshot.execute(status -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    String name = projectName(projectId);
                    // the whole project, everyone's work included: its managers'
                    access.requireManager(projectId);
                    ArchiveCounts counts = write(projectId, name, out);
                    return new ExportedArchive(file, ArchiveFileName.of(name, LocalDate.now(ZoneOffset.UTC)),
                            counts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            TemporaryFiles.delete(file);
            throw e.getCause();
        } catch (RuntimeException | Error e) {
            TemporaryFiles.delete(file);
            throw e;
        }
    }

    private ArchiveCounts write(UUID projectId, String name, OutputStream out) throws IOException {
        // timestamps in the archive read the same wherever it was made
        jdbc.getJdbcOperations().execute("set local time zone 'UTC'");
        Instant exportedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ZipOutputStream zip = new ZipOutputStream(out, UTF_8);
        Map<String, ArchivedFile> files = new LinkedHashMap<>();
        Map<ArchiveFile, Long> rows = new EnumMap<>(ArchiveFile.class);
        for (ArchiveFile file : ArchiveFile.of(Manifest.FORMAT_VERSION)) {
            zip.putNextEntry(entry(file.fileName, exportedAt));
            Sha256Output content = new Sha256Output(zip);
            rows.put(file, write(file, projectId, content));
            files.put(file.fileName, new ArchivedFile(content.bytes(), content.sha256Hex()));
            zip.closeEntry();
        }
        ArchiveCounts counts = counts(projectId, rows);
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, slantVersion(),
                exportedAt.toString(), new Manifest.ProjectRef(projectId, name), counts, files);
        zip.putNextEntry(entry(ArchiveFile.MANIFEST, exportedAt));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return counts;
    }

    private String projectName(UUID projectId) {
        List<String> names = jdbc.queryForList("select name from project where id = :project",
                Map.of("project", projectId), String.class);
        if (names.isEmpty()) {
            throw new NotFoundException("Project", projectId);
        }
        return names.getFirst();
    }

    /** Writes the file's rows, one JSON value a line; answers how many rows (layers, annotators) it holds. */
    private long write(ArchiveFile file, UUID projectId, OutputStream out) throws IOException {
        long[] written = {0};
        try {
            jdbc.query(ArchiveQueries.of(file), Map.of("project", projectId), (RowCallbackHandler) row -> {
                try {
                    out.write(row.getString(1).getBytes(UTF_8));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0] += ArchiveQueries.isOneDocument(file) ? row.getLong(2) : 1;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written[0];
    }

    private ArchiveCounts counts(UUID projectId, Map<ArchiveFile, Long> rows) {
        return jdbc.queryForObject(ArchiveQueries.SCHEMA_COUNTS, Map.of("project", projectId),
                (row, n) -> new ArchiveCounts(rows.get(ArchiveFile.STORIES), rows.get(ArchiveFile.OUTLETS),
                        rows.get(ArchiveFile.DOCUMENTS), rows.get(ArchiveFile.SCHEMA), row.getLong(1), row.getLong(2),
                        rows.get(ArchiveFile.SPANS), rows.get(ArchiveFile.ANSWERS), rows.get(ArchiveFile.EVENTS),
                        rows.get(ArchiveFile.ANNOTATORS), rows.get(ArchiveFile.MEMBERS),
                        rows.get(ArchiveFile.ASSIGNMENTS), rows.get(ArchiveFile.GOLD_SPANS),
                        rows.get(ArchiveFile.GOLD_ANSWERS), rows.get(ArchiveFile.CURATION),
                        rows.get(ArchiveFile.GOLD_EVENTS), rows.get(ArchiveFile.PRE_ANNOTATIONS)));
    }

    private static ZipEntry entry(String name, Instant time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(time));
        return entry;
    }

    private static String slantVersion() {
        return Optional.ofNullable(ProjectArchiveExport.class.getPackage().getImplementationVersion())
                .orElse("development");
    }
}
