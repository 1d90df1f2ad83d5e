package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationImport;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.SentBack;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkAssignment;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ui.LocalFormats;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The annotation views for a German reader: their texts, the keys as a German keyboard names them (Strg, Umschalt,
 * Entf), and numbers and dates as German writes them (1.234, 05.12.2026).
 */
@SlantSpringTest
class AnnotationViewsInGermanTest {

    /** A doccano file: two documents, two spans of a layer the project lacks. */
    private static final String DOCCANO = """
            {"id": 7, "text": "NATO talks. Russia said no.", "label": [[0, 10, "Actor"], [12, 18, "Actor"]]}
            {"id": 8, "text": "Short one.", "label": []}
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue work;
    @Autowired
    WorkAssignment assignment;
    @Autowired
    AnnotationImport importer;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;

    AnnotationFixture fixture;
    UUID longDocument;

    @BeforeEach
    void inGerman() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        KaribuViews.inGerman();
        fixture = new AnnotationFixture(corpus, editor);
        longDocument = corpus.addDocuments(fixture.projectId, List.of(new NewDocument("Lang", "Wort ".repeat(1234)
                .strip(), null, null, null, null, null, Map.of()))).getFirst().getId();
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theQueueSpeaksGermanWithGermanNumbersAndDates() {
        work.open(fixture.documentId);
        work.markDone(fixture.documentId, true);
        assignment.sendBack(fixture.documentId, "admin", "Bitte noch einmal.");
        work.open(longDocument);
        for (int report = 0; report < 13; report++) {
            work.recordActivity(longDocument, 300);
        }

        UI.getCurrent().navigate("projects/" + fixture.projectId + "/work");
        WorkQueueView view = _get(WorkQueueView.class);

        assertThat(view.queue.getColumnByKey("words").getHeaderText()).isEqualTo("Wörter");
        assertThat(_getFormatted(view.queue, 1, "words")).isEqualTo("1.234");
        assertThat(_getFormatted(view.queue, 0, "status")).isEqualTo("Zurückgeschickt");
        assertThat(_getFormatted(view.queue, 1, "status")).isEqualTo("In Arbeit");
        assertThat(_getFormatted(view.queue, 1, "activeTime")).isEqualTo("1 Std. 05 Min.");
        assertThat(view.summary.getText()).matches("\\d von 2 erledigt");
        assertThat(view.openNext.getText()).isEqualTo("Nächstes öffnen");
        String today = LocalFormats.dayAndMonth(LocalDate.now(ZoneOffset.UTC));
        assertThat(today).matches("\\d{1,2}\\. \\p{L}+\\.?");
        assertThat(view.sentBack.getElement().getTextRecursively()).startsWith("An Sie zurückgeschickt")
                .contains("Administrator, " + today + ": Bitte noch einmal.");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Meine Arbeit · ");
        assertThat(ProgressWords.activeTime(30)).isEqualTo("< 1 Min.");
        assertThat(ProgressWords.activeTime(240)).isEqualTo("4 Min.");
        assertThat(ProgressWords.sentBack(new SentBack("Kurt", java.time.Instant.parse("2026-12-05T10:00:00Z"),
                null))).isEqualTo("Kurt, 5. Dez.: ohne Notiz an Sie zurückgeschickt");
    }

    @Test
    void theAnnotateViewAndItsKeysSpeakGerman() {
        UI.getCurrent().navigate("annotate/" + longDocument);
        AnnotateView view = _get(AnnotateView.class);

        assertThat(view.facts.getText()).isEqualTo("1.234 Wörter");
        assertThat(view.done.getText()).isEqualTo("Als erledigt markieren");
        assertThat(view.guidelines.getText()).isEqualTo("Leitfaden");
        assertThat(view.previous.getElement().getAttribute("title"))
                .isEqualTo("Öffnet das vorherige Dokument Ihrer Arbeit (Alt + P)");
        assertThat(view.done.getElement().getAttribute("title"))
                .isEqualTo("Markiert Ihre Arbeit an diesem Dokument als erledigt (Strg + Enter)");
        assertThat(view.selected.getElement().getTextRecursively()).startsWith("Wählen Sie einen Span aus");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Lang · Annotieren · Slant");

        _click(view.keys);
        assertThat(view.keysShown.rows()).contains("Klick: setzt den Wortcursor auf ein Wort; auf einem Span wählt er "
                + "ihn aus (noch einmal: den nächsten Span dort)", "Entf: löscht den ausgewählten Span",
                "Strg + Z, Strg + Umschalt + Z: macht rückgängig, stellt wieder her",
                "Alt + D: öffnet oder schließt die Seitenspalte (auf schmalen Bildschirmen)");
        assertThat(KeyNames.of(Key.DELETE, KeyModifier.CONTROL, KeyModifier.SHIFT)).isEqualTo("Strg + Umschalt + Entf");
        assertThat(KeyNames.of(Key.ESCAPE)).isEqualTo("Esc");
    }

    @Test
    void aDocumentsHistoryAndAnnotationsSpeakGermanWithAGermanDate() {
        annotations.createSpan(fixture.documentId, null, new SpanDraft(fixture.entities.id(),
                fixture.label(fixture.entities, "Person"), 11, 15, Map.of()));

        UI.getCurrent().navigate("annotate/" + fixture.documentId + "/history");
        HistoryView history = _get(HistoryView.class);
        assertThat(_getFormatted(history.events, 0, "what")).isEqualTo("Span erstellt");
        // "5. Dez. 2026, 14:03:27 UTC"
        assertThat(_getFormatted(history.events, 0, "when"))
                .matches("\\d{1,2}\\. \\p{L}+\\.? \\d{4}, \\d{2}:\\d{2}:\\d{2} UTC");
        assertThat(history.events.getColumnByKey("when").getHeaderText()).isEqualTo("Wann");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Verlauf · Article · Slant");

        UI.getCurrent().navigate("annotate/" + fixture.documentId + "/annotators");
        AnnotationsOfView others = _get(AnnotationsOfView.class);
        assertThat(others.blindNote.getText()).isIn("Die Arbeit aller, schreibgeschützt.", "Dieses Projekt ist "
                + "verblindet: Annotatoren sehen nur ihre eigene Arbeit; Manager und Kuratoren sehen die Arbeit "
                + "aller.");
        assertThat(others.spans.getColumnByKey("layer").getHeaderText()).isEqualTo("Ebene");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Annotationen · Article · Slant");
    }

    @Test
    void theAssignmentSpeaksGerman() {
        String ana = TestAccounts.named(users, "ana");
        memberships.add(fixture.projectId, ana, ProjectRole.ANNOTATOR);

        UI.getCurrent().navigate("projects/" + fixture.projectId + "/assignment");
        AssignmentView view = _get(AssignmentView.class);
        assertThat(_getFormatted(view.holders, 0, "annotators")).isEqualTo("noch niemand");
        view.k.setValue(1);
        view.distribute();

        assertThat(view.outcome.getText()).isEqualTo("2 Zuweisungen erstellt, 1 pro Dokument.");
        assertThat(_getFormatted(view.holders, 0, "annotators")).isEqualTo(ana + " (nicht begonnen)");
        assertThat(ProgressWords.words(AssignmentStatus.IN_PROGRESS)).isEqualTo("in Arbeit");
        assertThat(view.distribute.getText()).isEqualTo("Dokumente verteilen");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Zuweisung · ");
    }

    @Test
    void theAnnotatedImportSpeaksGerman() {
        UI.getCurrent().navigate("projects/" + fixture.projectId + "/import-annotated");
        AnnotatedImportView view = _get(AnnotatedImportView.class);
        view.format.setValue(importer.formats().stream().filter(format -> format.name().equals("doccano"))
                .findFirst().orElseThrow());
        assertThat(view.owner.getItemLabelGenerator().apply(AnnotatedImportView.Owner.ANNOTATOR))
                .isEqualTo("Die Arbeit eines Annotators");
        _upload(view.upload, "admin.jsonl", DOCCANO.getBytes(UTF_8));
        view.owner.setValue(AnnotatedImportView.Owner.ANNOTATOR);
        view.annotator.setValue("admin");
        view.layer.setValue("Akteure");

        _click(view.importButton);
        assertThat(view.outcome.getText()).startsWith("Nichts wurde importiert. ").contains(" zu beheben; die Dateien "
                + "bleiben für einen weiteren Versuch ausgewählt:");

        view.createMissing.setValue(true);
        _click(view.importButton);
        assertThat(view.outcome.getText()).isEqualTo("Importiert: 2 Dokumente, 2 Spans, 0 Antworten von 1 "
                + "Annotator.");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Annotierte Daten importieren · ");
    }
}
