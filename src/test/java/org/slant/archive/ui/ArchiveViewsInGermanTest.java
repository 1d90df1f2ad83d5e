package org.slant.archive.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.archive.ProjectArchiveImport;
import org.slant.corpus.CorpusService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The archive's pages in English and German: their texts, and the import's counts in the reader's locale. */
@SlantSpringTest
class ArchiveViewsInGermanTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    ProjectArchiveImport importer;

    @BeforeEach
    void signIn() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void theArchivePageSpeaksGerman() {
        String name = "Archiv " + UUID.randomUUID();
        UUID projectId = corpus.createProject(name, "").getId();
        KaribuViews.inGerman();
        UI.getCurrent().navigate("projects/" + projectId + "/archive");
        ArchiveView view = _get(ArchiveView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Archiv · " + name + " · Slant");
        assertThat(_get(H3.class).getText()).isEqualTo("Projektarchiv");
        assertThat(view.download.getElement().getTextRecursively()).isEqualTo(" Archiv herunterladen");
    }

    @Test
    void theImportPageSpeaksGermanAndCountsTheGermanWay() {
        KaribuViews.inGerman();
        UI.getCurrent().navigate("projects/import");
        ImportArchiveView view = _get(ImportArchiveView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Projektarchiv importieren · Slant");
        assertThat(_get(H2.class).getText()).isEqualTo("Projektarchiv importieren");
        assertThat(view.upload.getI18n().getAddFiles().getOne()).isNotBlank();

        ImportArchiveView.Answer refused = ImportArchiveView.importFrom(importer,
                new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), 9);
        assertThat(refused.text()).startsWith("Nichts wurde importiert. ");
        assertThat(new ImportArchiveView.Answer("archive.import.imported", "Gipfel", 1234L, 1L, 2L, 0L, 3L, 5L)
                .text()).isEqualTo("„Gipfel“ importiert: 1.234 Dokumente, 1 Ebene, 2 Spans, 0 Antworten, "
                        + "3 Gold-Spans und -Antworten und 5 Ereignisse im Verlauf. Öffnen Sie es in der Projektliste.");
    }

    @Test
    void englishReadersReadTheImportAsBefore() {
        UI.getCurrent().navigate("projects/import");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Import a project archive · Slant");
        assertThat(new ImportArchiveView.Answer("archive.import.imported", "Summit", 12L, 1L, 2L, 0L, 3L, 5L)
                .text()).isEqualTo("Imported \"Summit\": 12 documents, 1 layers, 2 spans, 0 answers, "
                        + "3 gold spans and answers and 5 history events. Open it from the project list.");
    }
}
