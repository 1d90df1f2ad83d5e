package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.stories.ui.StoryColumn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggestions without a browser: the annotate view sends the annotator's open suggestions to the span annotator, and
 * its accepts and rejects reach the server (the browser's half is tested in Chromium by SuggestionsIT); the story
 * view's columns get theirs too.
 */
@SlantSpringTest
class SuggestionsInTheEditorTest {

    /** An emoji and NBSP before the quotation: code points and UTF-16 differ. */
    static final String TEXT = "Kyiv 😀:\u00A0\"We will not give up,\" Zelensky said.\nBIDEN ADMIN BACKS UKRAINE";

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    JsonMapper json;

    UUID projectId;
    UUID documentId;
    UUID otherId;
    AnnotateView view;

    @BeforeEach
    void open() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        projectId = corpus.createProject("Suggestions in the editor " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.TEXT_HYGIENE).orElseThrow());
        List<UUID> documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("Kyiv", TEXT, "Kyiv Post", "Talks", null, null, null, Map.of()),
                new NewDocument("Vilnius", "Vilnius: \"We will not give up,\" Zelensky said.",
                        "LRT", "Talks", null, null, null, Map.of()))).stream().map(document -> document.getId())
                .toList();
        documentId = documents.get(0);
        otherId = documents.get(1);
        view = openView(documentId);
    }

    @AfterEach
    void close() {
        KaribuViews.stop();
    }

    @Test
    void theAnnotateViewSendsTheOpenSuggestionsAndTheirDecisionsReachTheServer() {
        JsonNode offered = suggestions(view.annotator);
        assertThat(offered.valueStream().map(node -> node.get("text").asString())).containsExactly(
                "We will not give up", "Zelensky", "said", "BIDEN ADMIN BACKS UKRAINE");
        JsonNode content = offered.get(0);
        // "Kyiv " 5, the emoji 1, ":" 1, NBSP 1, the quotation mark 1: 9 code points (10 UTF-16 units)
        assertThat(content.get("start").asInt()).isEqualTo(9);
        assertThat(content.get("source").asString()).isEqualTo("quotes");
        UUID spanId = UUID.randomUUID();

        JsonNode accepted = json.readTree(view.annotator.acceptSuggestion(request(content, spanId)));
        JsonNode rejected = json.readTree(view.annotator.rejectSuggestion(request(offered.get(3), null)));

        assertThat(accepted.get("ok").asBoolean()).isTrue();
        assertThat(accepted.get("span").get("id").asString()).isEqualTo(spanId.toString());
        assertThat(accepted.get("span").get("text").asString()).isEqualTo("We will not give up");
        assertThat(rejected.get("ok").asBoolean()).isTrue();
        assertThat(annotations.annotationsOf(documentId, null).spans()).extracting(Span::id).containsExactly(spanId);
        assertThat(view.statusText()).isEqualTo("In progress");

        view = openView(documentId);
        assertThat(suggestions(view.annotator).valueStream().map(node -> node.get("text").asString()))
                .containsExactly("Zelensky", "said");
        JsonNode withdrawn = json.readTree(view.annotator.withdrawRejection(request(offered.get(3), null)));
        assertThat(withdrawn.get("ok").asBoolean()).isTrue();
        view = openView(documentId);
        assertThat(suggestions(view.annotator).valueStream().map(node -> node.get("text").asString()))
                .containsExactly("Zelensky", "said", "BIDEN ADMIN BACKS UKRAINE");
    }

    @Test
    void aDecisionAboutSomethingNotSuggestedIsRefusedSayingWhy() {
        JsonNode cue = suggestions(view.annotator).get(2);
        String wrong = request(cue, null).replace("\"quotes\"", "\"a model\"");

        JsonNode refused = json.readTree(view.annotator.rejectSuggestion(wrong));

        assertThat(refused.get("ok").asBoolean()).isFalse();
        assertThat(refused.get("kind").asString()).isEqualTo("invalid");
        assertThat(refused.get("message").asString()).contains("suggestion");
    }

    @Test
    void theStoryViewsColumnsGetTheirSuggestionsWithLabelsFromTheOtherArticle() {
        LayerSchema attribution = schema.layers(projectId).getFirst();
        UUID content = attribution.labels().stream().filter(label -> label.name().equals("Content")).findFirst()
                .orElseThrow().id();
        // "We will not give up" in Vilnius's text, code points 10..29
        annotations.createSpan(otherId, null, new SpanDraft(attribution.id(), content, 10, 29, Map.of()));
        UUID storyId = corpus.document(documentId).storyId();

        UI.getCurrent().navigate("stories/" + storyId);

        StoryColumn kyiv = _find(StoryColumn.class).stream()
                .filter(column -> column.getElement().getAttribute("data-document").equals(documentId.toString()))
                .findFirst().orElseThrow();
        // the passage the two share is "We will not give up," Zelensky said: the label proposed from Vilnius wins
        // over the same proposal of the quotes rule
        assertThat(suggestions(kyiv).valueStream().map(node -> node.get("source").asString() + ": "
                + node.get("text").asString())).containsExactly("shared-passage: We will not give up",
                        "quotes: Zelensky", "quotes: said", "non-editorial: BIDEN ADMIN BACKS UKRAINE");
    }

    private JsonNode suggestions(SpanAnnotator annotator) {
        return json.readTree(annotator.getElement().getProperty("suggestions"));
    }

    private static String request(JsonNode suggestion, UUID id) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"suggestion\":\""
                + suggestion.get("source").asString() + "\",\"layer\":\"" + suggestion.get("layer").asString()
                + "\",\"label\":\"" + suggestion.get("label").asString() + "\",\"start\":"
                + suggestion.get("start").asInt() + ",\"end\":" + suggestion.get("end").asInt() + ",\"attributes\":"
                + suggestion.get("attributes") + "}";
    }

    private static AnnotateView openView(UUID documentId) {
        UI.getCurrent().navigate("annotate/" + documentId);
        return _get(AnnotateView.class);
    }
}
