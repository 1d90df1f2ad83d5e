package org.slant.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementFixture;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.export.ExportFormat;
import org.slant.export.ExportOptions;
import org.slant.platform.ui.Translations;
import org.slant.schema.SchemaEditor;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The export page for a German reader, on {@link AgreementFixture}'s study. */
@SlantSpringTest
class ExportViewInGermanTest {

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

    AgreementFixture study;

    @BeforeEach
    void setUp() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        KaribuViews.inGerman();
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void theOptionsAndTheResultAreInGerman() {
        ExportView view = show();
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Export · ").endsWith(" · Slant");
        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("slant-chart-caption")).getText())
                .startsWith("Ein Datensatz zum Trainieren und Evaluieren von Modellen");
        assertThat(view.format.getItemLabelGenerator().apply(ExportFormat.CONLL))
                .isEqualTo("conll: BIO-Tags pro Token");
        assertThat(view.source.getLabel()).isEqualTo("Labels von");
        assertThat(view.source.getItemLabelGenerator().apply(ExportOptions.LabelSource.MAJORITY))
                .isEqualTo("Mehrheitsentscheid (genau: mehr als die Hälfte)");
        assertThat(view.source.getHelperText()).startsWith("Noch kein Goldstandard");
        assertThat(view.hygiene.getItemLabelGenerator().apply(ExportOptions.Hygiene.DROP))
                .isEqualTo("Entfernen (Offsets verschoben)");
        assertThat(view.onlyDone.getLabel()).isEqualTo("Nur als erledigt markierte Arbeit");
        assertThat(view.layers.getPlaceholder()).isEqualTo("Alle Ebenen");
        assertThat(view.export.getText()).isEqualTo("Exportieren");

        view.export.click();
        MockVaadin.runUIQueue();

        assertThat(view.status.getText()).isEqualTo("Fertig: 3 Dokumente, 9 Spans, 5 Antworten von 3 Annotatoren.");
        assertThat(view.download.getText()).matches("agreement-.*\\.zip herunterladen \\(\\d+ KB\\)");
    }

    @Test
    void theEmptySplitsAreNamedInGerman() {
        ExportView view = show();
        view.format.setValue(ExportFormat.HF);
        assertThat(view.train.getLabel()).isEqualTo("Training");
        assertThat(view.emptySplits.getText()).isEqualTo("⚠ Validierung und Test bleiben leer: Eine Story wird nie "
                + "auf mehrere Splits verteilt, und dieses Projekt hat 2 Storys (ein Artikel ohne Story zählt als "
                + "eine). Verteilen Sie die Artikel auf mehr Storys oder setzen Sie diese Anteile auf 0.");
        view.validation.setValue(0.5);
        view.test.setValue(0.0);
        view.train.setValue(0.0);
        // a share set to 0 is left empty on purpose; only the test split is left empty by the stories
        assertThat(view.emptySplits.getText()).startsWith("⚠ Test bleibt leer: ")
                .endsWith("setzen Sie diesen Anteil auf 0.");
    }

    @Test
    void countsInTheStatusAreGroupedTheGermanWay() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("export.ready", Translations.GERMAN, 1234, 56789, 1, 1))
                .isEqualTo("Fertig: 1.234 Dokumente, 56.789 Spans, 1 Antwort von 1 Annotator.");
        assertThat(translations.getTranslation("export.ready", Translations.ENGLISH, 1234, 56789, 1, 1))
                .isEqualTo("Ready: 1,234 documents, 56,789 spans, 1 answer from 1 annotator.");
        assertThat(translations.getTranslation("export.download", Translations.GERMAN, "a.zip", 2048L))
                .isEqualTo("a.zip herunterladen (2.048 KB)");
    }

    private ExportView show() {
        UI.getCurrent().navigate("projects/" + study.projectId + "/export");
        ExportView view = _get(ExportView.class);
        view.executor = Runnable::run;
        return view;
    }
}
