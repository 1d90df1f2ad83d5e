package org.slant.schema.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.schema.AttributeType;
import org.slant.schema.LayerKind;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The schema editor and the new-project page for a German reader. */
@SlantSpringTest
class SchemaViewsInGermanTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;

    @BeforeEach
    void signIn() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        KaribuViews.inGerman();
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void theSchemaEditorSpeaksGerman() {
        UUID projectId = corpus.createProject("Schema auf Deutsch " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        UI.getCurrent().navigate("projects/" + projectId + "/schema");

        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Schema · Schema auf Deutsch")
                .endsWith(" · Slant");
        SchemaView view = _get(SchemaView.class);
        assertThat(view.preset.getPlaceholder()).isEqualTo("Vorlage hinzufügen …");
        LayerCard attribution = card("Attribution");
        assertThat(_find(attribution, Span.class)).extracting(Span::getText)
                .contains("Spans", "Spans dürfen sich überlappen");
        assertThat(_find(card("Sourcing disclosure"), Span.class)).extracting(Span::getText)
                .contains("Frage zum Artikel");
        // Source's "mediated" is a yes-no attribute; "via" is asked only when it is true
        assertThat(_find(attribution, Span.class)).extracting(Span::getText)
                .contains("Ja oder Nein · für Source", "freier Text · für Source · wenn mediated = true");
        assertThat(_get(attribution, Button.class, spec -> spec.withText("Attribut"))).isNotNull();
        assertThat(_find(attribution, Button.class, spec -> spec.withText("Bearbeiten"))).isNotEmpty();

        Span cue = _get(attribution, Span.class, spec -> spec.withClasses("slant-label-chip")
                .withPredicate(chip -> "Cue".equals(chip.getElement().getAttribute("data-label"))));
        _fireEvent(cue, new ClickEvent<>(cue, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
        LabelDialog label = _get(LabelDialog.class);
        assertThat(label.getHeaderTitle()).isEqualTo("Label Cue");
        assertThat(label.key.getLabel()).isEqualTo("Taste");
        assertThat(label.key.getHelperText()).isEqualTo("Ein Zeichen; leer für keine");
        assertThat(_get(Button.class, spec -> spec.withText("Nach vorn verschieben"))).isNotNull();
        label.close();

        _click(_get(Button.class, spec -> spec.withText("Ebene hinzufügen")));
        LayerDialog layer = _get(LayerDialog.class);
        assertThat(layer.getHeaderTitle()).isEqualTo("Neue Ebene");
        assertThat(layer.kind.getLabel()).isEqualTo("Annotatoren markieren");
        assertThat(layer.kind.getItemLabelGenerator().apply(LayerKind.DOCUMENT))
                .isEqualTo("Eine Antwort für den ganzen Artikel");
        assertThat(layer.save.getText()).isEqualTo("Speichern");
        layer.close();

        view.preset.setValue(SchemaPresets.byId("tone").orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Hinzufügen")));
        NotificationsKt.expectNotifications(SchemaPresets.byId("tone").orElseThrow().title() + " hinzugefügt");
    }

    @Test
    void theAttributeDialogSpeaksGerman() {
        UUID projectId = corpus.createProject("Attribute auf Deutsch " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        UI.getCurrent().navigate("projects/" + projectId + "/schema");

        _click(_get(card("Attribution"), Button.class, spec -> spec.withText("Attribut")));
        AttributeDialog dialog = _get(AttributeDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neues Attribut in Attribution");
        assertThat(dialog.options.getLabel()).isEqualTo("Optionen, eine pro Zeile");
        assertThat(dialog.label.getItemLabelGenerator().apply(dialog.label.getValue()))
                .isEqualTo("jedem Label von Attribution");
        assertThat(dialog.condition.getItemLabelGenerator().apply(dialog.condition.getValue())).isEqualTo("immer");
        for (AttributeType type : AttributeType.values()) {
            assertThat(dialog.type.getItemLabelGenerator().apply(type)).doesNotStartWith("!");
        }
        assertThat(dialog.type.getItemLabelGenerator().apply(AttributeType.MULTI_CHOICE))
                .isEqualTo("beliebige der Optionen");
    }

    @Test
    void theNewProjectPageSpeaksGerman() {
        UI.getCurrent().navigate("projects/new");
        NewProjectView view = _get(NewProjectView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Neues Projekt · Slant");
        assertThat(_get(H2.class).getText()).isEqualTo("Neues Projekt");
        assertThat(view.create.getText()).isEqualTo("Projekt anlegen");
        assertThat(view.annotatorsPerDocument.getLabel()).isEqualTo("Annotatoren pro Dokument");
        assertThat(view.blind.getLabel()).isEqualTo("Blind: Annotatoren sehen die Arbeit der anderen nie");
        assertThat(view.name.getLabel()).isEqualTo("Name");
        assertThat(view.description.getLabel()).isEqualTo("Beschreibung");
    }

    private static LayerCard card(String layer) {
        return _get(LayerCard.class, spec -> spec.withPredicate(found -> layer.equals(found.getElement()
                .getAttribute("data-layer"))));
    }
}
