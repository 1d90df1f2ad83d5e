package org.slant.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementFixture;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.curation.GoldService;
import org.slant.export.ExportFormat;
import org.slant.export.ExportOptions;
import org.slant.export.ExportService;
import org.slant.export.PreparedExport;
import org.slant.platform.Progress;
import org.slant.schema.SchemaEditor;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The export page on {@link AgreementFixture}'s study: options, the export, the file ready to download, removed when
 * the page goes; a server busy with exports says so.
 */
@SlantSpringTest
class ExportViewTest {

    @Autowired
    ApplicationContext context;
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
    @Autowired
    ExportService exports;
    @Autowired
    GoldService gold;

    AgreementFixture study;

    @BeforeEach
    void setUp() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void aManagerExportsEveryonesDoneWorkAsABundleWithItsManifest() throws IOException {
        ExportView view = show();
        view.format.setValue(ExportFormat.JSONL);

        view.export.click();
        MockVaadin.runUIQueue();

        // D1 by all three, D2 by alice and bob (carol's is in progress), D3 by alice
        assertThat(view.status.getText()).isEqualTo("Ready: 3 documents, 9 spans, 5 answers from 3 annotators.");
        assertThat(view.download.isVisible()).isTrue();
        assertThat(view.download.getText()).startsWith("Download agreement-").contains("-jsonl-").contains(".zip");
        assertThat(entries(view)).containsExactlyInAnyOrder("documents.jsonl", "manifest.json");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Export · ");
    }

    @Test
    void theHfExportSaysWhichSplitsItsSharesLeaveEmpty() {
        ExportView view = show();
        view.format.setValue(ExportFormat.HF);
        // the study: one story of two articles and one article without a story, so two groups for three splits
        assertThat(view.emptySplits.isVisible()).isTrue();
        assertThat(view.emptySplits.getText())
                .startsWith("⚠ Validation and test will be empty: a story is never divided")
                .contains("this project has 2 stories");
        view.validation.setValue(0.0);
        view.test.setValue(0.5);
        assertThat(view.emptySplits.isVisible()).as("two splits, two groups").isFalse();
        view.format.setValue(ExportFormat.JSONL);
        assertThat(view.emptySplits.isVisible()).isFalse();
    }

    @Test
    void anAnnotatorOfABlindProjectExportsTheirOwnWork() throws IOException {
        jdbc.update("update project set blind = true where id = ?", study.projectId);
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, study.usernames.get("alice"), "USER");
        ExportView view = show();

        assertThat(view.annotators.getValue()).extracting(member -> member.username())
                .containsExactly(study.usernames.get("alice"));
        assertThat(view.annotators.isReadOnly()).isTrue();
        view.export.click();
        MockVaadin.runUIQueue();

        assertThat(view.status.getText()).isEqualTo("Ready: 3 documents, 4 spans, 2 answers from 1 annotator.");
    }

    @Test
    void aRefusedExportSaysWhyAndWritesNothing() {
        ExportView view = show();
        view.hygiene.setValue(org.slant.export.ExportOptions.Hygiene.MASK);

        view.export.click();
        MockVaadin.runUIQueue();

        assertThat(view.status.getText()).contains("Non-editorial");
        assertThat(view.status.hasClassName("slant-problem")).isTrue();
        assertThat(view.download.isVisible()).isFalse();
    }

    @Test
    void goldIsOfferedOnceTheProjectHasSomeAndTakesNoAnnotators() throws IOException {
        ExportView view = show();
        assertThat(view.source.getItemEnabledProvider().test(ExportOptions.LabelSource.GOLD)).isFalse();
        assertThat(view.source.getHelperText()).startsWith("No gold standard yet");

        gold.acceptAll(study.documents.get(0), study.usernames.get("alice"), null);
        gold.markCurated(study.documents.get(0));
        UI.getCurrent().navigate("");
        view = show();
        assertThat(view.source.getItemEnabledProvider().test(ExportOptions.LabelSource.GOLD)).isTrue();
        assertThat(view.source.getHelperText()).isEqualTo("Gold: 1 document curated, 0 in progress.");
        view.source.setValue(ExportOptions.LabelSource.GOLD);

        assertThat(view.annotators.isEnabled()).isFalse();
        assertThat(view.onlyDone.isEnabled()).isFalse();
        assertThat(view.goldDocuments.isEnabled()).isTrue();
        view.export.click();
        MockVaadin.runUIQueue();

        // alice's D1: Economic and Security, and her Tone answer
        assertThat(view.status.getText()).isEqualTo("Ready: 1 document, 2 spans, 1 answer of gold.");
        assertThat(entries(view)).containsExactlyInAnyOrder("documents.jsonl", "manifest.json");
    }

    @Test
    void leavingThePageRemovesTheExportsFile() {
        ExportView view = show();
        view.export.click();
        MockVaadin.runUIQueue();
        Path first = view.file();
        assertThat(first).exists();

        view.export.click();
        MockVaadin.runUIQueue();
        assertThat(first).as("the next export replaces it").doesNotExist();
        Path second = view.file();
        assertThat(second).exists();

        UI.getCurrent().navigate("");

        assertThat(_find(ExportView.class)).isEmpty();
        assertThat(second).as("the page is gone, and so is its file").doesNotExist();
    }

    @Test
    void whenTheServerPreparesAsManyExportsAsItTakesThePageSaysSo() throws Exception {
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
        List<Thread> others = List.of(preparing(holding), preparing(holding));
        try {
            assertThat(bothReading.await(60, TimeUnit.SECONDS)).isTrue();
            ExportView view = show();

            view.export.click();
            MockVaadin.runUIQueue();

            String busy = "2 exports are being prepared already, as many as this server prepares at once; try "
                    + "again in a few seconds.";
            assertThat(view.status.getText()).isEqualTo(busy);
            assertThat(view.status.hasClassName("slant-problem")).isTrue();
            NotificationsKt.expectNotifications(busy);
            assertThat(view.export.isEnabled()).as("to try again").isTrue();
            assertThat(view.download.isVisible()).isFalse();
        } finally {
            goOn.countDown();
            for (Thread other : others) {
                other.join();
            }
        }
    }

    /** An export of the study prepared elsewhere (another page, a script), as the admin. */
    private Thread preparing(Progress progress) {
        return Thread.ofPlatform().start(new DelegatingSecurityContextRunnable(() -> {
            try (PreparedExport prepared = exports.prepare(study.projectId, ExportOptions.of(ExportFormat.JSONL),
                    true, progress)) {
                assertThat(prepared.size()).isPositive();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, SecurityContextHolder.getContext()));
    }

    private ExportView show() {
        UI.getCurrent().navigate("projects/" + study.projectId + "/export");
        ExportView view = _get(ExportView.class);
        view.executor = Runnable::run;
        return view;
    }

    private static List<String> entries(ExportView view) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(view.file());
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
