package org.slant.export.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementFixture;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.platform.TemporaryFiles;
import org.slant.schema.SchemaEditor;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The export endpoint sends a file prepared before: no database transaction while the bytes go out (a slow client
 * holds none open), and the file is gone afterwards, whether the client read it all or went away half way.
 */
@SlantSpringTest
class ExportSendingTest {

    @Autowired
    ExportApi api;
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
    void theFileIsSentAfterTheTransactionHasEndedAndIsGoneAfterwards() throws IOException {
        Set<Path> before = exportFiles();
        List<Boolean> transactionWhileSending = new CopyOnWriteArrayList<>();
        List<Set<Path>> filesWhileSending = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        Client client = new Client(bytes -> {
            transactionWhileSending.add(TransactionSynchronizationManager.isActualTransactionActive());
            filesWhileSending.add(newSince(before));
            received.write(bytes);
        });

        export(client, "jsonl", "false");

        assertThat(transactionWhileSending).isNotEmpty().containsOnly(false);
        assertThat(filesWhileSending.getFirst()).as("the prepared file, being sent").hasSize(1);
        assertThat(client.getContentType()).isEqualTo("application/zip");
        assertThat(client.getContentLengthLong()).isEqualTo(received.size());
        assertThat(client.getHeader("Content-Disposition")).contains("attachment").contains(".zip");
        assertThat(newSince(before)).as("sent, it is gone").isEmpty();
    }

    @Test
    void aClientGoneHalfWayLeavesNoFile() {
        Set<Path> before = exportFiles();
        Client gone = new Client(bytes -> {
            throw new IOException("Broken pipe");
        });

        assertThatThrownBy(() -> export(gone, "spans-csv", "true")).isInstanceOf(IOException.class);

        assertThat(newSince(before)).isEmpty();
    }

    private void export(Client client, String format, String raw) throws IOException {
        api.export(study.projectId, format, null, null, null, "true", "annotators", "curated", "keep", "Non-editorial",
                "0.8,0.1,0.1", "42", "false", raw, client);
    }

    private static Set<Path> newSince(Set<Path> before) {
        Set<Path> now = new HashSet<>(exportFiles());
        now.removeAll(before);
        return now;
    }

    private static Set<Path> exportFiles() {
        try (Stream<Path> entries = Files.list(TemporaryFiles.DIRECTORY)) {
            return Set.copyOf(entries.filter(path -> path.getFileName().toString().startsWith("slant-export-"))
                    .toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the client receives, as the bytes arrive. */
    @FunctionalInterface
    interface Receiving {
        void bytes(byte[] bytes) throws IOException;
    }

    /** A response whose body goes to {@code receiving} as it is written. */
    static final class Client extends MockHttpServletResponse {

        private final ServletOutputStream out;

        Client(Receiving receiving) {
            out = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    receiving.bytes(new byte[] {(byte) b});
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    receiving.bytes(java.util.Arrays.copyOfRange(b, off, off + len));
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }
    }
}
