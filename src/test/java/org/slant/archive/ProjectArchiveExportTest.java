package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ForbiddenException;
import org.slant.platform.NotFoundException;
import org.slant.platform.TemporaryFiles;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The archive is written whole to a temporary file inside the database snapshot and sent after it: a slow download
 * holds no transaction open, and the file is gone afterwards, whether the sending succeeded, broke off or never began.
 */
@SlantSpringTest
class ProjectArchiveExportTest {

    @Autowired
    ProjectArchiveExport export;
    @Autowired
    CorpusService corpus;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;

    UUID projectId;

    @BeforeEach
    void aProject() {
        projectId = corpus.createProject("Archive export " + UUID.randomUUID(), "").getId();
        corpus.addDocuments(projectId, List.of(new NewDocument("One", "A text to archive.", null, null, null, null,
                null, Map.of())));
    }

    @Test
    void sendsTheArchiveOnlyAfterTheSnapshotItWasReadInHasEnded() throws IOException {
        List<Boolean> inTransaction = new ArrayList<>();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        OutputStream client = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
                received.write(bytes, offset, length);
            }
        };

        ArchiveCounts counts = export.export(projectId, client);

        assertThat(inTransaction).isNotEmpty().containsOnly(false);
        assertThat(counts.documents()).isEqualTo(1);
        assertThat(ArchiveZip.read(received.toByteArray()).names()).contains("documents.jsonl", "manifest.json");
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void theWrittenArchiveIsAFileUntilItIsClosed() throws IOException {
        ExportedArchive archive = export.write(projectId);
        try (archive) {
            assertThat(archive.file()).exists();
            assertThat(archive.size()).isEqualTo(Files.size(archive.file())).isPositive();
            assertThat(archive.fileName()).startsWith("archive-export-").endsWith(".slant.zip");
        }
        assertThat(archive.file()).doesNotExist();
    }

    @Test
    void leavesNoFileWhenTheDownloadBreaksOff() {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        assertThatThrownBy(() -> export.export(projectId, gone)).isInstanceOf(IOException.class)
                .hasMessage("Broken pipe");
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void leavesNoFileWhenTheCallerMayNotExport() {
        String annotator = "archive-annotator-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(annotator, annotator, "{noop}x", SystemRole.USER));
        memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                annotator, null, List.of()));

        assertThatThrownBy(() -> export.write(projectId)).isInstanceOf(ForbiddenException.class);
        assertThat(leftBehind()).isEmpty();

        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> export.write(missing)).isInstanceOf(NotFoundException.class);
        assertThat(leftBehind(missing)).isEmpty();
    }

    private List<String> leftBehind() {
        return leftBehind(projectId);
    }

    /** The temporary archive files of the project: their names start with its id. */
    private static List<String> leftBehind(UUID projectId) {
        try (Stream<java.nio.file.Path> files = Files.list(TemporaryFiles.DIRECTORY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("slant-archive-" + projectId)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
