package org.slant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.slant.platform.InvalidInputException;
import org.slant.team.Memberships;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports a project archive (see {@link ProjectArchiveExport}) into this installation, reproducing the project
 * exactly: the same ids, positions, texts, times and history. All or nothing: the archive is checked whole before
 * a row is stored (a Slant archive of a known format, every checksum right, every line readable, every reference
 * held), and stored in one transaction. See docs/archive.md for how annotators' accounts are matched.
 */
@Service
public class ProjectArchiveImport {

    private final ArchiveCheck check;
    private final ArchiveRows rows;
    private final JdbcTemplate jdbc;
    private final Memberships memberships;

    ProjectArchiveImport(ArchiveCheck check, ArchiveRows rows, JdbcTemplate jdbc, Memberships memberships) {
        this.memberships = memberships;
        this.check = check;
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** Imports an archive read from {@code upload}, which is kept in a temporary file until it has been stored. */
    public ImportedProject importArchive(InputStream upload) {
        Path copy = null;
        try {
            copy = Files.createTempFile("slant-archive-", ".zip");
            Files.copy(upload, copy, StandardCopyOption.REPLACE_EXISTING);
            return importArchive(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the uploaded archive in a temporary file", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    public ImportedProject importArchive(Path archive) {
        try {
            if (Files.size(archive) == 0) {
                throw InvalidInputException.of("archive", "the file is empty");
            }
            try (ZipFile zip = open(archive)) {
                Manifest manifest = check.manifest(zip);
                refuseIfHere(manifest);
                check.checksums(zip, manifest);
                ImportedProject imported = rows.store(zip, check.contents(zip, manifest));
                // whoever brings a project in manages the copy
                memberships.makeCreatorManager(imported.projectId());
                return imported;
            } catch (ZipException e) {
                throw InvalidInputException.of("archive", "the zip file is damaged: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the archive " + archive, e);
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw InvalidInputException.of("archive", "not a zip file: a Slant project archive is the .slant.zip "
                    + "file that exporting a project gives");
        }
    }

    private void refuseIfHere(Manifest manifest) {
        List<String> names = jdbc.queryForList("select name from project where id = ?", String.class,
                manifest.project().id());
        if (!names.isEmpty()) {
            throw new ProjectAlreadyHereException(manifest.project().id(), names.getFirst());
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
