package org.slant.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementFixture;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.platform.BusyException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Progress;
import org.slant.platform.TemporaryFiles;
import org.slant.schema.SchemaEditor;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Exports prepared whole in a file inside their database snapshot, to be sent after it: the same bytes as streamed,
 * no file left by a refusal, at most {@code slant.export.max-concurrent} (2 here) prepared at once, and files left
 * behind swept away.
 */
@SlantSpringTest
class PreparedExportTest {

    @LocalServerPort
    int port;
    @Autowired
    ExportService exports;
    @Autowired
    ExportFilesOnDisk disk;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    AgreementFixture study;

    @BeforeEach
    void setUp() {
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
    }

    @Test
    void thePreparedFileHoldsTheExportAndTheSnapshotHasEndedWhenItIsHandedOver() throws IOException {
        ExportOptions jsonl = ExportOptions.of(ExportFormat.JSONL);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        exports.exportRaw(study.projectId, jsonl, streamed);
        List<String> progress = new CopyOnWriteArrayList<>();
        Path file;

        try (PreparedExport prepared = exports.prepare(study.projectId, jsonl, true,
                (done, total) -> progress.add(done + " of " + total))) {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
            file = prepared.file();
            assertThat(Files.readAllBytes(file)).isEqualTo(streamed.toByteArray());
            assertThat(prepared.size()).isEqualTo(streamed.size());
            assertThat(prepared.contentType()).isEqualTo("application/x-ndjson");
            assertThat(prepared.fileName()).endsWith(".jsonl").startsWith("agreement-");
            assertThat(prepared.counts().documents()).isEqualTo(3);
            assertThat(progress).as("every document of the project read").containsExactly("1 of 3", "2 of 3",
                    "3 of 3");
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            prepared.sendTo(sent);
            assertThat(sent.toByteArray()).isEqualTo(streamed.toByteArray());
        }

        assertThat(file).as("closed, it is gone").doesNotExist();
    }

    @Test
    void aBundleIsPreparedWithItsManifestAndItsPartsAreGone() throws IOException {
        Set<Path> before = exportFiles();

        try (PreparedExport prepared = exports.prepare(study.projectId, ExportOptions.of(ExportFormat.HF), false,
                Progress.NONE)) {
            assertThat(prepared.contentType()).isEqualTo("application/zip");
            assertThat(prepared.fileName()).endsWith(".zip");
            assertThat(exportFiles()).as("only the bundle waits; its parts are gone").containsAll(before)
                    .hasSize(before.size() + 1).contains(prepared.file());
        }

        assertThat(exportFiles()).isEqualTo(before);
    }

    @Test
    void aRefusedExportLeavesNoFile() {
        Set<Path> before = exportFiles();

        assertThatThrownBy(() -> exports.prepare(study.projectId, new ExportOptions(ExportFormat.JSONL,
                Set.of("Nope"), Set.of(), Set.of(), true, ExportOptions.LabelSource.ANNOTATORS,
                ExportOptions.Hygiene.KEEP, ExportOptions.DEFAULT_HYGIENE_LAYER, ExportOptions.Splits.DEFAULT,
                false), true, Progress.NONE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> exports.prepare(study.projectId, ExportOptions.of(ExportFormat.HF), true,
                Progress.NONE)).isInstanceOf(InvalidInputException.class);

        assertThat(exportFiles()).isEqualTo(before);
    }

    @Test
    void aThirdExportAtOnceIsRefusedWith503UntilASlotIsFree() throws Exception {
        CountDownLatch bothReading = new CountDownLatch(2);
        CountDownLatch goOn = new CountDownLatch(1);
        Progress holding = (done, total) -> {
            bothReading.countDown();
            try {
                goOn.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<CompletableFuture<Long>> running = List.of(preparing(holding), preparing(holding));
        assertThat(bothReading.await(60, TimeUnit.SECONDS)).as("two exports being prepared").isTrue();

        ApiClient admin = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        ApiClient.Response refused = admin.get("/api/v1/projects/" + study.projectId + "/export?format=jsonl");
        assertThatThrownBy(() -> exports.prepare(study.projectId, ExportOptions.of(ExportFormat.JSONL), true,
                Progress.NONE)).isInstanceOf(BusyException.class);
        goOn.countDown();
        for (CompletableFuture<Long> export : running) {
            assertThat(export.get(60, TimeUnit.SECONDS)).as("both finish").isPositive();
        }
        ApiClient.Response later = admin.get("/api/v1/projects/" + study.projectId + "/export?format=jsonl");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        assertThat(refused.json().get("detail").asString()).isEqualTo("2 exports are being prepared already, as many "
                + "as this server prepares at once; try again in a few seconds.");
        assertThat(later.status()).as("a slot is free again").isEqualTo(200);
    }

    @Test
    void filesLeftBehindAreSweptButNotThoseInUseOrRecent() throws IOException {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        Path left = Files.createTempFile(TemporaryFiles.DIRECTORY, ExportFilesOnDisk.PREFIX, ".zip");
        Files.setLastModifiedTime(left, FileTime.from(twoHoursAgo));
        Path leftParts = Files.createTempDirectory(TemporaryFiles.DIRECTORY, ExportFilesOnDisk.PREFIX + "parts-");
        Files.writeString(leftParts.resolve("documents.jsonl"), "{}");
        Files.setLastModifiedTime(leftParts.resolve("documents.jsonl"), FileTime.from(twoHoursAgo));
        Files.setLastModifiedTime(leftParts, FileTime.from(twoHoursAgo));
        Path recent = Files.createTempFile(TemporaryFiles.DIRECTORY, ExportFilesOnDisk.PREFIX, ".zip");
        Path inUse = disk.newFile(".zip");
        Files.setLastModifiedTime(inUse, FileTime.from(twoHoursAgo));
        Path someoneElses = Files.createTempFile(TemporaryFiles.DIRECTORY, "not-slant-", ".zip");
        Files.setLastModifiedTime(someoneElses, FileTime.from(twoHoursAgo));
        try {
            assertThat(disk.sweep()).isGreaterThanOrEqualTo(2);

            assertThat(left).doesNotExist();
            assertThat(leftParts).doesNotExist();
            assertThat(recent).exists();
            assertThat(inUse).exists();
            assertThat(someoneElses).exists();
        } finally {
            disk.delete(inUse);
            TemporaryFiles.delete(recent);
            TemporaryFiles.delete(someoneElses);
        }
    }

    /** A raw jsonl export prepared on a thread of its own, as the admin; its size once done. */
    private CompletableFuture<Long> preparing(Progress progress) {
        CompletableFuture<Long> size = new CompletableFuture<>();
        Thread.ofPlatform().start(new DelegatingSecurityContextRunnable(() -> {
            try (PreparedExport prepared = exports.prepare(study.projectId, ExportOptions.of(ExportFormat.JSONL),
                    true, progress)) {
                size.complete(prepared.size());
            } catch (Throwable failed) {
                size.completeExceptionally(failed);
            }
        }));
        return size;
    }

    private static Set<Path> exportFiles() {
        try (Stream<Path> entries = Files.list(TemporaryFiles.DIRECTORY)) {
            return Set.copyOf(entries.filter(path -> path.getFileName().toString()
                    .startsWith(ExportFilesOnDisk.PREFIX)).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
