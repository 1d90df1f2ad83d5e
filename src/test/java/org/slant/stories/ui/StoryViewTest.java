package org.slant.stories.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.ForbiddenException;
import org.slant.platform.ui.NotForYourRolePage;
import org.slant.platform.ui.NotFoundPage;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.stories.StorySources;
import org.slant.stories.WorkSource;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story view as an annotator meets it: the story's articles in columns, each the annotator with their own spans
 * and the shared passage's place in it; columns chosen and moved; a passage chosen shows every version.
 */
@SlantSpringTest
class StoryViewTest {

    static final String KYIV = "🇺🇦 Kyiv: NATO\u00A0will not compromise on the sovereignty of Ukraine, he said.";
    static final String BRUSSELS = "Brussels.\r\nNATO will not compromise on the sovereignty of any nation, she said.";
    static final String VILNIUS = "Rain fell on Vilnius all day and nothing else happened.";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    Memberships memberships;
    @Autowired
    AnnotationService annotations;
    @Autowired
    JsonMapper json;
    @Autowired
    StorySources sources;

    String manager;
    String coder;
    UUID storyId;
    List<UUID> documents;

    @BeforeEach
    void aStoryOfThreeOutlets() {
        manager = TestAccounts.named(users, "manager");
        coder = TestAccounts.named(users, "coder");
        UUID projectId = ActingAs.user(manager, () -> corpus.createProject(ProjectSettings.named("Story "
                + UUID.randomUUID(), "")).getId());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        documents = corpus.addDocuments(projectId, List.of(document("Kyiv", KYIV, "Kyiv Post"),
                document("Brussels", BRUSSELS, "Politico"), document("Vilnius", VILNIUS, "LRT")))
                .stream().map(document -> document.getId()).toList();
        storyId = corpus.stories(projectId).getFirst().getId();
        memberships.add(projectId, coder, ProjectRole.ANNOTATOR);
        LayerSchema frame = schema.layers(projectId).stream().filter(layer -> layer.kind() == LayerKind.SPAN)
                .findFirst().orElseThrow();
        // the coder's own span on Politico's article
        ActingAs.user(coder, () -> annotations.createSpan(documents.get(1), null, new SpanDraft(frame.id(),
                frame.labels().getFirst().id(), 11, 15, Map.of())));
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theArticlesAreColumnsOfTheAnnotatorWithTheirOwnSpansAndThePassagesPlaces() {
        KaribuViews.signInAndStart(context, coder, "USER");
        UI.getCurrent().navigate("stories/" + storyId);
        StoryView view = _get(StoryView.class);

        assertThat(view.shown).containsExactlyElementsOf(documents);
        JsonNode politico = json.readTree(view.editors.get(documents.get(1)).getElement().getProperty("setup"));
        assertThat(politico.get("text").asString()).isEqualTo(BRUSSELS);
        assertThat(politico.get("spans").valueStream().map(span -> span.get("start").asInt() + ".."
                + span.get("end").asInt()).toList()).containsExactly("11..15");
        assertThat(json.readTree(view.editors.get(documents.get(0)).getElement().getProperty("passages")).toString())
                .isEqualTo("[{\"id\":1,\"start\":9,\"end\":55}]");
        assertThat(json.readTree(view.editors.get(documents.get(1)).getElement().getProperty("passages")).toString())
                .isEqualTo("[{\"id\":1,\"start\":11,\"end\":57}]");
        assertThat(json.readTree(view.editors.get(documents.get(2)).getElement().getProperty("passages")).size())
                .isZero();
        assertThat(_get(Span.class, spec -> spec.withClasses("slant-annotate-facts")).getText())
                .isEqualTo("3 articles · 1 shared passage");
    }

    @Test
    void aSpanSelectedInAColumnShowsItsLabelWordsAndAttributesAtTheSide() {
        KaribuViews.signInAndStart(context, coder, "USER");
        UI.getCurrent().navigate("stories/" + storyId);
        StoryView view = _get(StoryView.class);
        var mine = ActingAs.user(coder, () -> annotations.annotationsOf(documents.get(1), null)).spans().getFirst();

        view.showSpan(corpus.document(documents.get(1)), view.editors.get(documents.get(1)), mine);

        assertThat(_find(view.selected, Paragraph.class).stream().map(Paragraph::getText).toList()).containsExactly(
                "Economic · Frame · Politico", "“NATO”", "This label has no attributes.");
    }

    @Test
    void columnsAreChosenAndMovedAndAPassageShowsEveryVersion() {
        KaribuViews.signInAndStart(context, coder, "USER");
        UI.getCurrent().navigate("stories/" + storyId);
        StoryView view = _get(StoryView.class);

        view.move(documents.get(2), -1);
        assertThat(view.shown).containsExactly(documents.get(0), documents.get(2), documents.get(1));
        view.choose(List.of(documents.get(1), documents.get(2)));
        assertThat(view.shown).containsExactly(documents.get(2), documents.get(1));
        assertThat(view.columnsBox.getChildren().count()).isEqualTo(2);

        view.choosePassage(1, 40, documents.get(1).toString());
        List<String> versions = _find(view.versions, Paragraph.class).stream()
                .map(paragraph -> paragraph.getElement().getTextRecursively()).toList();
        assertThat(versions).contains("NATO\u00A0will not compromise on the sovereignty of",
                "NATO will not compromise on the sovereignty of", "Not in: LRT");
        assertThat(_find(view.versions, Span.class, spec -> spec.withClasses("slant-story-placement")).stream()
                .map(Span::getText).toList()).containsExactly(
                        "first paragraph · 8% of the article before it · the longest version",
                        "last paragraph · 8% of the article before it");
    }

    @Test
    void theConsistencyDialogListsTheCallersOwnFlagsAndAChosenRowLinesThePassageUp() {
        KaribuViews.signInAndStart(context, coder, "USER");
        UI.getCurrent().navigate("stories/" + storyId);
        StoryView view = _get(StoryView.class);
        LayerSchema frame = schema.layers(corpus.document(documents.get(0)).projectId()).stream()
                .filter(layer -> layer.kind() == LayerKind.SPAN).findFirst().orElseThrow();
        // the coder's span on Politico's article covers the passage's first word only; now Kyiv's whole quote
        ActingAs.user(coder, () -> annotations.createSpan(documents.get(0), null, new SpanDraft(frame.id(),
                frame.labels().get(2).id(), 9, 55, Map.of())));
        ActingAs.user(coder, () -> annotations.createSpan(documents.get(1), null, new SpanDraft(frame.id(),
                frame.labels().get(1).id(), 11, 57, Map.of())));

        view.consistency.click();
        ConsistencyDialog dialog = _get(ConsistencyDialog.class);
        assertThat(dialog.source.isVisible()).as("an annotator sees only their own").isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(dialog.flags)).isEqualTo(1);
        assertThat(ConsistencyDialog.labels(dialog.flags.getListDataView().getItem(0))).isEqualTo("Kyiv Post: "
                + frame.labels().get(2).name() + " · Politico: " + frame.labels().get(0).name() + ", "
                + frame.labels().get(1).name());
        view.showPassage(1);
        assertThat(_find(view.versions, Paragraph.class).getLast().getText()).isEqualTo("Not in: LRT");
    }

    @Test
    void anAnnotatorOfAnOutletBlindProjectIsRefusedTheStoryViewAndItsLink() {
        UUID projectId = corpus.document(documents.get(0)).projectId();
        var project = ActingAs.user(manager, () -> corpus.projectDetails(projectId));
        ActingAs.user(manager, () -> corpus.updateProject(projectId, new ProjectSettings(project.name(),
                project.description(), project.guidelines(), project.annotatorsPerDocument(), project.blind(),
                project.snapToWords(), true)));
        KaribuViews.signInAndStart(context, coder, "USER");

        UI.getCurrent().navigate("stories/" + storyId);
        assertThat(_get(NotForYourRolePage.class).reason()).contains("hides outlets from its annotators");
        UI.getCurrent().navigate("projects/" + projectId + "/stories/" + storyId + "/sources");
        assertThat(_get(NotForYourRolePage.class).reason()).contains("hides outlets from its annotators");
        assertThatThrownBy(() -> ActingAs.user(coder, () -> sources.compare(storyId, WorkSource.ANNOTATORS, coder)))
                .isInstanceOf(ForbiddenException.class);
        UI.getCurrent().navigate("projects/" + projectId + "/stories");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class).stream()
                .map(grid -> grid.getColumnByKey("compare")).filter(java.util.Objects::nonNull)
                .map(column -> column.isVisible()).toList()).containsExactly(false);
    }

    @Test
    void anUnknownStoryIsNotFound() {
        KaribuViews.signInAndStart(context, coder, "USER");
        UI.getCurrent().navigate("stories/" + UUID.randomUUID());
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such story.");
        UI.getCurrent().navigate("stories/not-a-story");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such story.");
    }

    private static NewDocument document(String title, String text, String outlet) {
        return new NewDocument(title, text, outlet, "Talks", null, null, null, Map.of());
    }
}
