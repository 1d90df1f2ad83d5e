package org.slant.curation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.curation.CurationStudy;
import org.slant.curation.MergeReport;
import org.slant.curation.MergeReport.Counts;
import org.slant.curation.MergeReport.Listed;
import org.slant.curation.QualityMeasure;
import org.slant.curation.QualityStudy;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The curation pages as a German reader meets them: the queue, the curation view with its history, the quality
 * page and the merge report in German, their figures and dates in the German way (0,78; 1.234; 5. Dez. 2026).
 */
@SlantSpringTest
class CurationInGermanTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue work;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void theQueueInGerman() {
        CurationStudy study = new CurationStudy(corpus, editor, annotations, work, users, memberships);
        KaribuViews.signInAndStart(context, study.curator, "USER");
        KaribuViews.inGerman();
        UI.getCurrent().navigate("projects/" + study.projectId + "/curation");
        CurationQueueView view = _get(CurationQueueView.class);
        view.executor = Runnable::run;
        view.prepare();
        MockVaadin.runUIQueue();

        assertThat(view.documents.getColumnByKey("title").getHeaderText()).isEqualTo("Titel");
        assertThat(view.documents.getColumnByKey("agreement").getHeaderText()).isEqualTo("Übereinstimmung");
        assertThat(_getFormatted(view.documents, 0, "agreement")).isEqualTo("0,00");
        assertThat(_getFormatted(view.documents, 1, "agreement")).isEqualTo("0,78");
        assertThat(_getFormatted(view.documents, 2, "agreement")).isEqualTo("1,00 · einstimmig");
        assertThat(_getFormatted(view.documents, 0, "done")).isEqualTo("2 von 2 erledigt");
        assertThat(_getFormatted(view.documents, 0, "status")).isEqualTo("Nicht begonnen");
        assertThat(view.documents.getColumnByKey("done").getTooltipGenerator()
                .apply(view.documents.getGenericDataView().getItem(5))).isEqualTo("A erledigt, B in Arbeit");
        assertThat(view.documents.getColumnByKey("gold").getTooltipGenerator()
                .apply(view.documents.getGenericDataView().getItem(0))).isEqualTo("0 Gold-Spans");
        assertThat(view.curateUnanimous.getText()).isEqualTo("Einstimmige Dokumente als kuratiert markieren (2)");
        assertThat(view.statusFilter.getEmptySelectionCaption()).isEqualTo("Jeder Status");
        assertThat(view.statusFilter.getItemLabelGenerator().apply(org.slant.curation.CurationStatus.CURATED))
                .isEqualTo("Kuratiert");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Kuratierung · Curation queue ");

        _click(view.curateUnanimous);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("2 Dokumente als kuratiert markieren?");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Als kuratiert markieren");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Abbrechen");
        confirm.close();

        Button sendBack = _get((HorizontalLayout) _getCellComponent(view.documents, 0, "actions"), Button.class);
        assertThat(sendBack.getText()).isEqualTo("Zurückschicken…");
        _click(sendBack);
        SendBackDialog dialog = _get(SendBackDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Zurückschicken · Split");
        assertThat(dialog.annotator.getLabel()).isEqualTo("Zurückschicken an");
        assertThat(dialog.annotator.getItemLabelGenerator().apply(dialog.annotator.getListDataView().getItem(0)))
                .isEqualTo("A (erledigt)");
    }

    @Test
    void theCurationViewInGermanWithItsHistoryDatedTheGermanWay() {
        String curator = TestAccounts.named(users, "curator");
        String coder = TestAccounts.named(users, "coder");
        UUID projectId = ActingAs.user(curator, () -> corpus.createProject(ProjectSettings.named("Kuratieren "
                + UUID.randomUUID(), "")).getId());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        LayerSchema primary = schema.layers(projectId).stream().filter(layer -> layer.kind() == LayerKind.DOCUMENT)
                .findFirst().orElseThrow();
        UUID documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", "NATO and Russia talked.",
                null, null, null, null, null, Map.of()))).getFirst().getId();
        memberships.add(projectId, coder, ProjectRole.ANNOTATOR);
        ActingAs.user(coder, () -> annotations.createAnswer(documentId, null, new AnswerDraft(primary.id(),
                primary.labels().get(2).id(), Map.of())));
        KaribuViews.signInAndStart(context, curator, "USER");
        KaribuViews.inGerman();
        UI.getCurrent().navigate("documents/" + documentId + "/curate");
        CurationView view = _get(CurationView.class);

        assertThat(view.statusText()).isEqualTo("Nicht begonnen");
        assertThat(view.history.getText()).isEqualTo("Verlauf");
        assertThat(view.curated.getText()).isEqualTo("Als kuratiert markieren");
        assertThat(view.curated.getElement().getAttribute("title"))
                .startsWith("Das Gold dieses Dokuments steht fest: Es wird schreibgeschützt (Alt");
        assertThat(_get(Span.class, spec -> spec.withClasses("slant-annotate-facts")).getText())
                .contains("4 Wörter").contains("1 Annotator (blind)");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Talks · Kuratieren · Slant");

        Button take = _get(view.answers, Button.class, spec -> spec.withText("Übernehmen"));
        assertThat(take.getElement().getAttribute("title")).isEqualTo("Die Antwort von A ins Gold übernehmen");
        take.click();
        assertThat(view.statusText()).isEqualTo("In Arbeit");

        _click(view.history);
        Dialog history = _get(Dialog.class);
        assertThat(history.getHeaderTitle()).isEqualTo("Gold-Verlauf · Talks");
        @SuppressWarnings("unchecked")
        Grid<Map<String, Object>> events = _get(history, Grid.class);
        assertThat(events.getColumns().getFirst().getHeaderText()).isEqualTo("Wann");
        assertThat(_size(events)).isPositive();
        // "5. Dez. 2026, 14:03:27 UTC"
        assertThat(_getFormattedRow(events, 0).getFirst())
                .matches("\\d{1,2}\\. \\p{L}+\\.? \\d{4}, \\d{2}:\\d{2}:\\d{2} UTC");
    }

    @Test
    void theQualityPageInGerman() {
        QualityStudy study = new QualityStudy(context);
        KaribuViews.signInAndStart(context, study.manager, "USER");
        KaribuViews.inGerman();
        UI.getCurrent().navigate("projects/" + study.projectId + "/quality");
        QualityView view = _get(QualityView.class);
        view.executor = Runnable::run;
        view.measure();
        MockVaadin.runUIQueue();

        assertThat(view.basis.getText()).startsWith("3 Dokumente mit Gold und als erledigt markierter Arbeit; "
                + "Annotatoren: ");
        assertThat(view.figures.getColumnByKey("theirs").getHeaderText()).isEqualTo("Eigene");
        int stance = row(view, study.amira, "Stance", "alle Labels");
        assertThat(_getFormatted(view.figures, stance, "match")).isEqualTo("Exakt");
        assertThat(_getFormatted(view.figures, stance, "f1")).isEqualTo("0,200");
        assertThat(_getFormatted(view.figures, row(view, study.jonas, "Overall", "Left"), "precision"))
                .isEqualTo("nicht definiert");
        assertThat(view.match.getItemLabelGenerator().apply(QualityMeasure.F1_OVERLAP)).isEqualTo("Überlappung");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Qualität · ");

        view.confusionAnnotator.setValue(study.jonas);
        view.confusionLayer.setValue("Stance");
        assertThat(_getFormatted(view.confusion, 2, "label")).isEqualTo("Verfehlt");
        assertThat(view.confusion.getColumnByKey(ConfusionGrid.NO_GOLD_SPAN).getHeaderText())
                .isEqualTo("Kein Gold-Span");
    }

    @Test
    void theMergeReportInGermanWithGroupedCounts() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        KaribuViews.inGerman();
        MergeReport report = new MergeReport(UUID.randomUUID(), "MAJORITY", List.of(),
                new Counts(2000, 1500, 1, 3, 1234, 1, 7, 2, 1, 4), new Listed<>(List.of(), 1, false),
                new Listed<>(List.of(), 4, false), new Listed<>(List.of(), 0, false));

        assertThat(MergeDialog.summary(report)).isEqualTo("MAJORITY hat 1.234 Spans und 1 Antwort in 1.500 "
                + "Dokumente von 2.000 zusammengeführt; 7 bereits im Gold; 2 nicht mehr zutreffende entfernt. "
                + "1 Span oder Antwort bleibt Ihnen überlassen (unten). 4 Attribute bleiben leer, wo die "
                + "Annotatoren abweichen. Übersprungen: 1 Dokument kuratiert, 3 Dokumente mit zu wenigen erledigten "
                + "Annotatoren.");
    }

    private static int row(QualityView view, String annotator, String layer, String label) {
        for (int row = 0; row < _size(view.figures); row++) {
            if (_getFormatted(view.figures, row, "annotator").equals(annotator)
                    && _getFormatted(view.figures, row, "layer").equals(layer)
                    && _getFormatted(view.figures, row, "label").equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + annotator + ", " + layer + ", " + label);
    }
}
