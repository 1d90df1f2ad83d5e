package org.slant.schema.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ui.DocumentsView;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@SlantSpringTest
class SchemaViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void showsEveryLayerWithItsLabelsAndAddsALayerThroughTheDialog() {
        UUID projectId = projectWithSourcing();
        UI.getCurrent().navigate("projects/" + projectId + "/schema");
        SchemaView view = _get(SchemaView.class);
        assertThat(_find(LayerCard.class)).extracting(card -> card.getElement().getAttribute("data-layer"))
                .containsExactly("Attribution", "Sourcing disclosure");
        assertThat(_find(Span.class, spec -> spec.withClasses("slant-label-chip")))
                .extracting(chip -> chip.getElement().getAttribute("data-label")).contains("Source", "Cue", "Content");

        _click(_get(Button.class, spec -> spec.withText("Add layer")));
        LayerDialog dialog = _get(LayerDialog.class);
        dialog.name.setValue("Stance");
        _click(dialog.save);

        assertThat(schema.layers(projectId)).extracting(LayerSchema::name).containsExactly("Attribution",
                "Sourcing disclosure", "Stance");
        assertThat(_find(LayerCard.class)).hasSize(3);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Schema · Schema views");
        assertThat(view.layers.getComponentCount()).isEqualTo(3);
    }

    @Test
    void aNewLabelGetsAColourNoOtherLabelOfItsLayerHas() {
        UUID projectId = projectWithSourcing();
        UI.getCurrent().navigate("projects/" + projectId + "/schema");
        // Attribution's Source, Cue and Content have the palette's first three colours
        _click(addLabelTo("Attribution"));
        LabelDialog dialog = _get(LabelDialog.class);
        assertThat(dialog.colour.getValue()).isEqualTo("#d62728");
        dialog.name.setValue("Quote");
        _click(dialog.save);

        _click(addLabelTo("Attribution"));
        assertThat(_get(LabelDialog.class).colour.getValue()).isEqualTo("#9467bd");
        assertThat(schema.layers(projectId).getFirst().labels()).extracting(LayerSchema.LabelSchema::colour)
                .containsExactly("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728");
    }

    private static Button addLabelTo(String layer) {
        LayerCard card = _get(LayerCard.class, spec -> spec.withPredicate(found -> layer.equals(found.getElement()
                .getAttribute("data-layer"))));
        return _get(card, Button.class, spec -> spec.withText("Label"));
    }

    @Test
    void aDuplicateLayerNameIsShownAtTheFieldAndNothingIsSaved() {
        UUID projectId = projectWithSourcing();
        UI.getCurrent().navigate("projects/" + projectId + "/schema");
        _click(_get(Button.class, spec -> spec.withText("Add layer")));
        LayerDialog dialog = _get(LayerDialog.class);
        dialog.name.setValue("attribution");
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("already has a layer named 'attribution'");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(schema.layers(projectId)).hasSize(2);
    }

    @Test
    void deletingALabelInUseAsksForConfirmationWithTheCount() {
        UUID projectId = projectWithSourcing();
        LayerSchema attribution = schema.layers(projectId).getFirst();
        UUID documentId = corpus.addDocuments(projectId, List.of(new NewDocument("A", "He said so.", null, null,
                null, null, null, Map.of()))).getFirst().getId();
        annotations.createSpan(documentId, null, new SpanDraft(attribution.id(), attribution.labels().get(1).id(), 3, 7,
                Map.of()));

        UI.getCurrent().navigate("projects/" + projectId + "/schema");
        Span cue = _get(Span.class, spec -> spec.withClasses("slant-label-chip")
                .withPredicate(chip -> "Cue".equals(chip.getElement().getAttribute("data-label"))));
        _fireEvent(cue, new ClickEvent<>(cue, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
        _click(_get(Button.class, spec -> spec.withText("Delete").withPredicate(button -> button.getParent()
                .isEmpty() || button.findAncestor(LabelDialog.class) != null)));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("Label 'Cue' is used by 1 annotation");
        assertThat(jdbc.queryForObject("select count(*) from span_annotation where document_id = ?", Long.class,
                documentId)).isEqualTo(1);
        _fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(schema.layers(projectId).getFirst().labels()).extracting(LayerSchema.LabelSchema::name)
                .containsExactly("Source", "Content");
        assertThat(jdbc.queryForObject("select count(*) from span_annotation where document_id = ?", Long.class,
                documentId)).isZero();
    }

    @Test
    void aNewProjectStartsWithTheChosenPresets() {
        UI.getCurrent().navigate("projects/new");
        NewProjectView view = _get(NewProjectView.class);
        view.name.setValue("Created in the browser");
        view.presets.select(SchemaPresets.byId("tone").orElseThrow(), SchemaPresets.byId("framing").orElseThrow());
        _click(view.create);

        UUID created = corpus.projects().stream().filter(p -> p.name().equals("Created in the browser")).findFirst()
                .orElseThrow().id();
        assertThat(schema.layers(created)).extracting(LayerSchema::name).containsExactly("Frame", "Primary frame",
                "Headline frame", "Tone", "Overall tone");
        assertThat(_get(DocumentsView.class)).isNotNull();
    }

    @Test
    void aNewProjectWithoutANameIsRefusedAtTheField() {
        UI.getCurrent().navigate("projects/new");
        NewProjectView view = _get(NewProjectView.class);
        long before = corpus.projects().size();
        _click(view.create);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("a project needs a name");
        assertThat(corpus.projects()).hasSize((int) before);
    }

    private UUID projectWithSourcing() {
        UUID projectId = corpus.createProject("Schema views " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        return projectId;
    }
}
