package org.slant.corpus.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.importing.DocumentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The import dialog in Karibu's browserless Vaadin: uploads, the Import button, and the outcome it shows. */
@SlantSpringTest
class ImportDialogTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentImport importer;
    @Autowired
    CorpusService corpus;

    UUID projectId;
    AtomicInteger refreshed = new AtomicInteger();
    ImportDialog dialog;

    @BeforeEach
    void openDialog() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        projectId = corpus.createProject("Dialog import " + UUID.randomUUID(), "").getId();
        dialog = new ImportDialog(importer, projectId, refreshed::incrementAndGet);
        dialog.open();
        MockVaadin.clientRoundtrip(false);
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void acceptsSeveralFilesOfTheFourKindsUpToTheUploadLimit() {
        assertThat(dialog.upload.getAcceptedFileTypes()).containsExactly(".txt", ".zip", ".jsonl", ".ndjson",
                ".csv");
        assertThat(dialog.upload.getMaxFileSize()).isEqualTo(50 * 1024 * 1024);
        assertThat(dialog.upload.getMaxFiles()).isZero();
        assertThat(dialog.importButton.isEnabled()).as("nothing uploaded yet").isFalse();
        assertThat(dialog.outcome.isVisible()).isFalse();
    }

    @Test
    void importsTheUploadedFilesAsOneImportAndShowsTheCounts() {
        _upload(dialog.upload, "news.jsonl", fixture("news.jsonl"));
        _upload(dialog.upload, "articles.csv", fixture("articles.csv"));
        _upload(dialog.upload, "note.txt", "A note.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.importButton.isEnabled()).isTrue();
        assertThat(corpus.project(projectId).documents()).as("nothing stored before Import").isZero();

        _click(dialog.importButton);

        assertThat(dialog.outcome.getText()).isEqualTo("5 documents imported; 1 document left out because the "
                + "project or the upload already had their text:");
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(dialog.skipped.isVisible()).isTrue();
        assertThat(_size(dialog.skipped)).isEqualTo(1);
        assertThat(_getFormatted(dialog.skipped, 0, "title")).isEqualTo("Same wire copy, reprinted");
        assertThat(_getFormatted(dialog.skipped, 0, "where")).isEqualTo("news.jsonl, line 3");
        assertThat(corpus.project(projectId).documents()).isEqualTo(5);
        assertThat(refreshed.get()).isEqualTo(1);
        assertThat(dialog.importButton.isEnabled()).as("the files are imported and gone").isFalse();
    }

    @Test
    void listsEveryProblemAndStoresNothing() {
        _upload(dialog.upload, "problems.jsonl", fixture("problems.jsonl"));
        _upload(dialog.upload, "fine.txt", "A fine text.".getBytes(StandardCharsets.UTF_8));

        _click(dialog.importButton);

        assertThat(dialog.outcome.getText()).isEqualTo("Nothing was imported. There are 6 problems to fix before "
                + "the files can be imported:");
        assertThat(dialog.problems.isVisible()).isTrue();
        assertThat(_size(dialog.problems)).isEqualTo(6);
        assertThat(_getFormatted(dialog.problems, 0, "where")).isEqualTo("problems.jsonl, line 2, field 'txt'");
        assertThat(_getFormatted(dialog.problems, 0, "problem")).startsWith("unknown field");
        assertThat(_getFormatted(dialog.problems, 4, "where")).isEqualTo("problems.jsonl, line 5, field 'published'");
        assertThat(_getFormatted(dialog.problems, 4, "problem")).isEqualTo("not an ISO date (YYYY-MM-DD): "
                + "'12/01/2022'");
        assertThat(_getFormatted(dialog.problems, 5, "where")).isEqualTo("problems.jsonl, line 6, field 'meta'");
        assertThat(corpus.project(projectId).documents()).isZero();
        assertThat(refreshed.get()).isZero();
        assertThat(dialog.importButton.isEnabled()).as("the files stay for another try").isTrue();
    }

    private static byte[] fixture(String name) {
        try (InputStream in = ImportDialogTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
