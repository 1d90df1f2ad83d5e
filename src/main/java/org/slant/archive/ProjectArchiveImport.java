package org.slant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.TemporaryFiles;
import org.slant.team.Memberships;
import org.slant.team.ProjectAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a project archive (see {@link ProjectArchiveExport}) into this installation, reproducing the project
 * exactly: the same ids, positions, texts, times and history. All or nothing: the archive is checked whole before
 * a row is stored (a Slant archive of a known format, every checksum right, every line readable, every reference
 * held), and stored in one transaction. Whoever may start a project may import one, and manages the copy; only a
 * system admin's import creates accounts (docs/archive.md, decisions 0015 and 0029).
 */
@Service
public class ProjectArchiveImport {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_RECORD = 22;
    /** Far more than the files of any format version; a zip with many more is not an archive (and costs memory). */
    private static final int MAX_ENTRIES = 1000;
    private static final long MAX_DIRECTORY_BYTES = 1024 * 1024;

    private final ArchiveCheck check;
    private final ArchiveRows rows;
    private final JdbcTemplate jdbc;
    private final Memberships memberships;
    private final ProjectAccess access;
    private final ArchiveLimits limits;
    private final TransactionTemplate oneTransaction;

    ProjectArchiveImport(ArchiveCheck check, ArchiveRows rows, JdbcTemplate jdbc, Memberships memberships,
            ProjectAccess access, ArchiveLimits limits, PlatformTransactionManager transactions) {
        this.check = check;
        this.rows = rows;
        this.jdbc = jdbc;
        this.memberships = memberships;
        this.access = access;
        this.limits = limits;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    public ArchiveLimits limits() {
        return limits;
    }

    /** {@link #importArchive(InputStream, long)} of an upload whose size is not known beforehand. */
    public ImportedProject importArchive(InputStream upload) {
        return importArchive(upload, -1);
    }

    /**
     * Imports an archive read from {@code upload}, which is kept in a temporary file until it has been stored.
     *
     * @param declaredBytes the size the sender announced (Content-Length), or -1; the bytes are counted anyway
     * @throws ArchiveTooLargeException when the upload is larger than {@code slant.archive.max-upload}
     */
    public ImportedProject importArchive(InputStream upload, long declaredBytes) {
        // before a byte is kept: an archive becomes a new project, for those who may start one
        access.requireMayCreateProjects();
        Path copy = ArchiveUpload.keep(upload, declaredBytes, limits.maxUpload(), TemporaryFiles.DIRECTORY);
        try {
            return importArchive(copy);
        } finally {
            TemporaryFiles.delete(copy);
        }
    }

    /**
     * @throws InvalidInputException listing the archive's problems (400)
     * @throws MissingAccountsException when it names people without an account here and the caller is no admin
     * @throws ProjectAlreadyHereException when its project is already here (409)
     */
    public ImportedProject importArchive(Path archive) {
        access.requireMayCreateProjects();
        boolean mayCreateAccounts = access.isAdmin();
        try {
            if (Files.size(archive) > limits.maxUpload().toBytes()) {
                throw new ArchiveTooLargeException(limits.maxUpload());
            }
            if (Files.size(archive) == 0) {
                throw InvalidInputException.of("archive", Message.of("archive.refusal.empty"));
            }
            try (ZipFile zip = open(archive)) {
                Manifest manifest = check.manifest(zip);
                refuseIfTooLargeUnpacked(manifest);
                refuseIfHere(manifest.project().id());
                check.checksums(zip, manifest);
                CheckedArchive checked = check.contents(zip, manifest);
                try {
                    return oneTransaction.execute(status -> store(zip, checked, mayCreateAccounts));
                } catch (ArchiveRows.ProjectIdTakenException e) {
                    refuseIfHere(manifest.project().id());
                    throw ProjectAlreadyHereException.unseen();
                }
            } catch (ZipException e) {
                throw InvalidInputException.of("archive", Message.of("archive.refusal.damaged",
                        String.valueOf(e.getMessage())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the archive " + archive, e);
        }
    }

    /** The project's rows, and whoever brings the project in as the copy's manager: together or not at all. */
    private ImportedProject store(ZipFile zip, CheckedArchive checked, boolean mayCreateAccounts) {
        try {
            ImportedProject imported = rows.store(zip, checked, mayCreateAccounts);
            memberships.makeImporterManager(imported.projectId());
            return imported;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        refuseIfTooManyEntries(archive);
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw InvalidInputException.of("archive", Message.of("archive.refusal.not-a-zip"));
        }
    }

    /**
     * Before a file is unpacked: what the manifest says they hold is what they may hold (the checksums stop reading
     * a file once it passes its size), so that a zip bomb is refused by its manifest, not by exhausting the server.
     */
    private void refuseIfTooLargeUnpacked(Manifest manifest) {
        long unpacked = 0;
        for (ArchivedFile file : manifest.files().values()) {
            unpacked = file.bytes() < 0 || Long.MAX_VALUE - unpacked < file.bytes() ? Long.MAX_VALUE
                    : unpacked + file.bytes();
        }
        if (unpacked > limits.maxUnpacked().toBytes()) {
            throw ArchiveTooLargeException.unpacked(unpacked, limits.maxUnpacked());
        }
    }

    /**
     * Opening a zip reads its directory of entries into memory, however large: an archive has a few dozen entries,
     * so one whose directory (read from the end-of-directory record) lists many more is refused before it is opened.
     */
    private static void refuseIfTooManyEntries(Path archive) throws IOException {
        try (FileChannel file = FileChannel.open(archive)) {
            int tail = (int) Math.min(file.size(), END_RECORD + 0xFFFF);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            while (end.hasRemaining() && file.read(end, file.size() - tail + end.position()) > 0) {
                // a file channel may read less than asked
            }
            for (int at = tail - END_RECORD; at >= 0; at--) {
                if (end.getInt(at) == END_SIGNATURE) {
                    int entries = Short.toUnsignedInt(end.getShort(at + 10));
                    long directoryBytes = Integer.toUnsignedLong(end.getInt(at + 12));
                    if (entries > MAX_ENTRIES || directoryBytes > MAX_DIRECTORY_BYTES) {
                        throw InvalidInputException.of("archive", Message.of("archive.refusal.too-many-entries",
                                String.valueOf(entries), String.valueOf(directoryBytes),
                                String.valueOf(ArchiveFile.values().length)));
                    }
                    return;
                }
            }
        }
    }

    /** Names the project that is already here only to those who may see it. */
    private void refuseIfHere(UUID projectId) {
        List<String> names = jdbc.queryForList("select name from project where id = ?", String.class, projectId);
        if (!names.isEmpty()) {
            throw access.sees(projectId) ? ProjectAlreadyHereException.seen(projectId, names.getFirst())
                    : ProjectAlreadyHereException.unseen();
        }
    }
}
