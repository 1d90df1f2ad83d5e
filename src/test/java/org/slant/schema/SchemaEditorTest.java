package org.slant.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.InvalidInputException;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Schema changes in a project that already has annotations, against the real database. */
@SlantSpringTest
class SchemaEditorTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    UUID projectId;
    UUID documentId;
    UUID annotator;
    LayerSchema attribution;

    @BeforeEach
    void aProjectWithSourcingAndADocument() {
        projectId = corpus.createProject("Schema editing " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Article",
                "The minister said on Tuesday that talks would continue, according to CNN.", "Outlet", "Story",
                null, null, null, Map.of()))).getFirst().getId();
        annotator = users.findByUsername("admin").orElseThrow().getId();
        attribution = layerNamed("Attribution");
    }

    @Test
    void renamingALabelOrAttributeKeepsEveryAnnotation() {
        LabelSchema source = label(attribution, "Source");
        AttributeSchema kind = attribute(attribution, "kind");
        UUID span = span(source, 0, 12, Map.of(kind.id().toString(), "person/official"));

        editor.updateLabel(attribution.id(), source.id(), new LabelDraft("Speaker", "#123456", "s", "renamed"));
        editor.updateAttribute(attribution.id(), kind.id(), new AttributeDraft(kind.labelId(), "source kind",
                kind.type(), kind.options(), false, null, null, ""), false);

        LayerSchema renamed = layerNamed("Attribution");
        assertThat(label(renamed, "Speaker").id()).isEqualTo(source.id());
        assertThat(attribute(renamed, "source kind").id()).isEqualTo(kind.id());
        assertThat(jdbc.queryForObject("select label_id from span_annotation where id = ?", UUID.class, span))
                .isEqualTo(source.id());
        assertThat(jdbc.queryForObject("select attributes ->> ? from span_annotation where id = ?", String.class,
                kind.id().toString(), span)).isEqualTo("person/official");
    }

    @Test
    void deletingALabelInUseNeedsConfirmationAndKeepsTheDeletedSpansInTheHistory() {
        LabelSchema cue = label(attribution, "Cue");
        UUID first = span(cue, 13, 17, Map.of());
        UUID second = span(cue, 56, 68, Map.of());
        span(label(attribution, "Source"), 0, 12, Map.of());

        assertThatThrownBy(() -> editor.deleteLabel(attribution.id(), cue.id(), false))
                .isInstanceOf(ConfirmationRequiredException.class)
                .hasMessageContaining("Label 'Cue' is used by 2 annotations")
                .satisfies(e -> assertThat(((ConfirmationRequiredException) e).affectedAnnotations()).isEqualTo(2));
        assertThat(spanCount()).isEqualTo(3);
        assertThat(label(layerNamed("Attribution"), "Cue")).isNotNull();

        editor.deleteLabel(attribution.id(), cue.id(), true);

        assertThat(spanCount()).isEqualTo(1);
        assertThat(layerNamed("Attribution").labels()).extracting(LabelSchema::name).containsExactly("Source",
                "Content");
        for (UUID deleted : List.of(first, second)) {
            List<Map<String, Object>> events = events(deleted);
            assertThat(events).extracting(event -> event.get("action")).containsExactly("CREATE", "DELETE");
            Map<String, Object> deletion = events.get(1);
            assertThat((String) deletion.get("before")).contains("\"label\": \"Cue\"").contains(cue.id().toString());
            assertThat(deletion.get("after")).isNull();
            assertThat((String) deletion.get("reason")).contains("label 'Cue'").contains("deleted from the schema");
        }
    }

    @Test
    void deletingAnUnusedLabelNeedsNoConfirmation() {
        editor.deleteLabel(attribution.id(), label(attribution, "Content").id(), false);
        assertThat(layerNamed("Attribution").labels()).extracting(LabelSchema::name).containsExactly("Source", "Cue");
        assertThat(layerNamed("Attribution").attributes()).extracting(AttributeSchema::name)
                .doesNotContain("quote_type", "speaker");
    }

    @Test
    void deletingAnAttributeInUseRemovesItsValuesWithAnUpdateInTheHistory() {
        LabelSchema source = label(attribution, "Source");
        AttributeSchema identification = attribute(attribution, "identification");
        AttributeSchema kind = attribute(attribution, "kind");
        UUID span = span(source, 0, 12, Map.of(identification.id().toString(), "named",
                kind.id().toString(), "organisation"));

        assertThatThrownBy(() -> editor.deleteAttribute(attribution.id(), identification.id(), false))
                .isInstanceOf(ConfirmationRequiredException.class).hasMessageContaining("used by 1 annotation,");
        editor.deleteAttribute(attribution.id(), identification.id(), true);

        assertThat(jdbc.queryForObject("select attributes::text from span_annotation where id = ?", String.class,
                span)).isEqualTo("{\"" + kind.id() + "\": \"organisation\"}");
        Map<String, Object> update = events(span).get(1);
        assertThat(update.get("action")).isEqualTo("UPDATE");
        assertThat((String) update.get("before")).contains("\"named\"");
        assertThat((String) update.get("after")).doesNotContain("\"named\"").contains("\"version\": 1");
    }

    @Test
    void removingAChoiceOptionInUseNeedsConfirmationAndRemovesOnlyThatValue() {
        LayerSchema layer = editor.addLayer(projectId, new LayerDraft("Claims", LayerKind.SPAN, true, false, ""));
        layer = editor.addLabel(layer.id(), new LabelDraft("Claim", "#aa0000", null, ""));
        layer = editor.addAttribute(layer.id(), new AttributeDraft(null, "topics", AttributeType.MULTI_CHOICE,
                List.of("war", "energy", "trade"), false, null, null, ""));
        LabelSchema claim = label(layer, "Claim");
        AttributeSchema topics = attribute(layer, "topics");
        UUID both = span(layer, claim, 0, 12, Map.of(topics.id().toString(), List.of("war", "energy")));
        UUID tradeOnly = span(layer, claim, 13, 17, Map.of(topics.id().toString(), List.of("trade")));

        AttributeDraft withoutEnergy = new AttributeDraft(null, "topics", AttributeType.MULTI_CHOICE,
                List.of("war", "trade"), false, null, null, "");
        UUID layerId = layer.id();
        assertThatThrownBy(() -> editor.updateAttribute(layerId, topics.id(), withoutEnergy, false))
                .isInstanceOf(ConfirmationRequiredException.class).hasMessageContaining("[energy]");
        editor.updateAttribute(layerId, topics.id(), withoutEnergy, true);

        assertThat(jdbc.queryForObject("select attributes -> ? ::text from span_annotation where id = ?",
                String.class, topics.id().toString(), both)).isEqualTo("[\"war\"]");
        assertThat(jdbc.queryForObject("select attributes -> ? ::text from span_annotation where id = ?",
                String.class, topics.id().toString(), tradeOnly)).isEqualTo("[\"trade\"]");
        assertThat(events(tradeOnly)).hasSize(1);
    }

    @Test
    void deletingALayerInUseDeletesItsAnnotationsOnlyWhenConfirmed() {
        span(label(attribution, "Source"), 0, 12, Map.of());
        assertThatThrownBy(() -> editor.deleteLayer(attribution.id(), false))
                .isInstanceOf(ConfirmationRequiredException.class).hasMessageContaining("Layer 'Attribution'");
        editor.deleteLayer(attribution.id(), true);
        assertThat(schema.layers(projectId)).extracting(LayerSchema::name).containsExactly("Sourcing disclosure");
        assertThat(schema.layers(projectId).getFirst().position()).isEqualTo(1);
        assertThat(spanCount()).isZero();
    }

    @Test
    void refusesAKeyAnotherLabelOfTheProjectHasNamingIt() {
        LayerSchema layer = editor.addLayer(projectId, new LayerDraft("Tone", LayerKind.SPAN, true, true, ""));
        assertThatThrownBy(() -> editor.addLabel(layer.id(), new LabelDraft("Pro", "#00aa00", "S", "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.where()).isEqualTo("key");
                            assertThat(problem.message()).contains("label 'Source' of layer 'Attribution'");
                        }));
    }

    @Test
    void aLabelAddedWithoutAColourGetsOneNoOtherLabelOfItsLayerHas() {
        // Attribution (the Sourcing preset) has Source, Cue and Content in the palette's first three colours
        LayerSchema added = editor.addLabel(attribution.id(), new LabelDraft("Quote", null, null, ""));
        assertThat(added.labels()).extracting(LayerSchema.LabelSchema::colour)
                .containsExactly("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728");
        LayerSchema tone = editor.addLayer(projectId, new LayerDraft("Tone", LayerKind.SPAN, true, true, ""));
        assertThat(editor.addLabel(tone.id(), new LabelDraft("Warm", null, null, "")).labels().getFirst().colour())
                .isEqualTo("#1f77b4");
    }

    @Test
    void reportsEveryProblemOfALabelAtOnce() {
        assertThatThrownBy(() -> editor.addLabel(attribution.id(), new LabelDraft("source", "red", "ab", "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::where).containsExactly("name", "colour", "key"));
        assertThat(layerNamed("Attribution").labels()).hasSize(3);
    }

    @Test
    void refusesConditionsThatCannotHoldOrGoInACircle() {
        AttributeSchema mediated = attribute(attribution, "mediated");
        AttributeSchema via = attribute(attribution, "via");
        assertThatThrownBy(() -> editor.updateAttribute(attribution.id(), mediated.id(), new AttributeDraft(
                mediated.labelId(), "mediated", AttributeType.BOOLEAN, List.of(), false, via.id(), "CNN", ""), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("depend on itself");
        assertThatThrownBy(() -> editor.addAttribute(attribution.id(), new AttributeDraft(null, "outlet",
                AttributeType.TEXT, List.of(), false, mediated.id(), "maybe", "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("true or false");
    }

    @Test
    void movesLayersAndLabelsAndNumbersThemAgain() {
        List<LayerSchema> moved = editor.moveLayer(layerNamed("Sourcing disclosure").id(), 0);
        assertThat(moved).extracting(LayerSchema::name).containsExactly("Sourcing disclosure", "Attribution");
        assertThat(schema.layers(projectId)).extracting(LayerSchema::position).containsExactly(1, 2);
        LayerSchema relabelled = editor.moveLabel(attribution.id(), label(attribution, "Content").id(), 0);
        assertThat(relabelled.labels()).extracting(LabelSchema::name).containsExactly("Content", "Source", "Cue");
        assertThat(layerNamed("Attribution").labels()).extracting(LabelSchema::name)
                .containsExactly("Content", "Source", "Cue");
    }

    @Test
    void aPresetIsAddedOnceAndLeavesOffKeysThatAreTaken() {
        assertThatThrownBy(() -> schema.addPreset(projectId, SchemaPresets.byId("sourcing").orElseThrow()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Attribution");
        editor.addLayer(projectId, new LayerDraft("Mine", LayerKind.SPAN, true, false, ""));
        editor.addLabel(layerNamed("Mine").id(), new LabelDraft("Mine", "#000000", "h", ""));

        SchemaService.PresetAdded added = schema.addPreset(projectId, SchemaPresets.byId("text-hygiene").orElseThrow());
        assertThat(added.keysLeftOff()).containsExactly("label 'Promo headline' of layer 'Non-editorial': key 'h' is taken");
        assertThat(label(layerNamed("Non-editorial"), "Promo headline").key()).isNull();
        assertThat(label(layerNamed("Non-editorial"), "App promo").key()).isEqualTo("j");
    }

    private UUID span(LabelSchema label, int start, int end, Map<String, Object> attributes) {
        return span(attribution, label, start, end, attributes);
    }

    private UUID span(LayerSchema layer, LabelSchema label, int start, int end, Map<String, Object> attributes) {
        // the test's thread is signed in as the admin, whose spans these are
        return annotations.createSpan(documentId, null, new SpanDraft(layer.id(), label.id(), start, end, attributes))
                .annotation().id();
    }

    private long spanCount() {
        return jdbc.queryForObject("select count(*) from span_annotation where document_id = ?", Long.class,
                documentId);
    }

    private List<Map<String, Object>> events(UUID annotationId) {
        return jdbc.queryForList("select action, before::text as before, after::text as after, reason "
                + "from annotation_event where annotation_id = ? order by id", annotationId);
    }

    private LayerSchema layerNamed(String name) {
        return schema.layers(projectId).stream().filter(layer -> layer.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static LabelSchema label(LayerSchema layer, String name) {
        return layer.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow();
    }

    private static AttributeSchema attribute(LayerSchema layer, String name) {
        return layer.attributes().stream().filter(attribute -> attribute.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
