package org.slant.annotation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
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
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.corpus.ui.DocumentView;
import org.slant.corpus.ui.DocumentsView;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outlet blinding in the views (decision 0021): an annotator of an outlet-blind project sees "Article N" for the
 * title, no outlet, and the text with the outlets' names and the byline masked at the same offsets, in the annotate
 * view, their queue, the document list and the document's page, and in others' work; its managers and curators see
 * everything.
 */
@SlantSpringTest
class OutletBlindingViewsTest {

    /** Code points: "Fox News" of "Fox News’s" at 40..48 (after a flag of two), "The Hill" at 82..90. */
    static final String TEXT = "Talks resume\r\nBy Jane Doe, Fox News\r\n🇺🇦 Fox News’s reporter said:\u00A0talks go on "
            + "😀.\r\nThe Hill disagreed.";
    static final String MASKED = "Talks resume\r\nBy XXXX XXX, XXX XXXX\r\n🇺🇦 XXX XXXX’s reporter said:\u00A0talks go "
            + "on 😀.\r\nXXX XXXX disagreed.";

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    JsonMapper json;

    String projectName;
    UUID projectId;
    UUID documentId;
    LayerSchema frame;
    String annotator;
    String other;
    String manager;
    String curator;
    /** The annotator's facts line: the story and the words, no outlet. */
    String facts;

    @BeforeEach
    void anOutletBlindProjectWhereAnnotatorsSeeEachOthersWork() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        projectName = "Outlet blind " + UUID.randomUUID();
        projectId = corpus.createProject(new ProjectSettings(projectName, "", "", 2, false, true, true)).getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        frame = schema.layers(projectId).getFirst();
        List<UUID> documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("Fox: talks resume", TEXT, "Fox News", "Summit talks", "https://foxnews.example/1",
                        null, "fox-1", Map.of("author", "Jane Doe")),
                new NewDocument("Hill: no deal", "No deal, The Hill learns.", "The Hill", "Summit talks", null, null,
                        null, Map.of()))).stream().map(Document::getId).toList();
        documentId = documents.getFirst();
        facts = "Summit talks · " + corpus.document(documentId).words() + " words";
        annotator = TestAccounts.named(users, "blinded");
        other = TestAccounts.named(users, "blinded-other");
        manager = TestAccounts.named(users, "manager");
        curator = TestAccounts.named(users, "curator");
        memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        memberships.add(projectId, other, ProjectRole.ANNOTATOR);
        memberships.add(projectId, manager, ProjectRole.MANAGER);
        memberships.add(projectId, curator, ProjectRole.CURATOR);
        // the other annotator marked "Fox News" at 40..48, on the masked text: the same offsets as in the stored one
        ActingAs.user(other, () -> annotations.createSpan(documentId, null, new SpanDraft(frame.id(),
                frame.labels().getFirst().id(), 40, 48, Map.of())));
        KaribuViews.stop();
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void anAnnotatorSeesArticleNNoOutletAndTheMaskedTextAtTheSameOffsets() {
        KaribuViews.signInAndStart(context, annotator);
        AnnotateView view = annotate();

        assertThat(view.title.getText()).isEqualTo("Article 1");
        assertThat(view.facts.getText()).isEqualTo(facts);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Article 1 · Annotate · Slant");
        JsonNode setup = json.readTree(view.annotator.getElement().getProperty("setup"));
        String text = setup.get("text").asString();
        assertThat(text).isEqualTo(MASKED).doesNotContain("Fox", "Hill", "Jane");
        assertThat(text.codePointCount(0, text.length())).isEqualTo(TEXT.codePointCount(0, TEXT.length()));

        // a span made on the masked text is stored at its offsets, and reads as the stored text to a manager
        JsonNode reply = json.readTree(view.annotator.createSpan(json.writeValueAsString(Map.of("id", UUID.randomUUID(),
                "layer", frame.id(), "label", frame.labels().getFirst().id(), "start", 40, "end", 59,
                "attributes", Map.of(), "version", 0))));
        assertThat(reply.get("ok").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.get("span").get("text").asString()).isEqualTo("XXX XXXX’s reporter");
        Span stored = annotations.annotationsOf(documentId, null).spans().getFirst();
        assertThat(List.of(stored.start(), stored.end())).containsExactly(40, 59);
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, manager);
        assertThat(annotations.annotationsOf(documentId, annotator).spans().getFirst().text())
                .isEqualTo("Fox News’s reporter");

        // the span's words at the side, once it is selected, are the masked ones too
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, annotator);
        view = annotate();
        assertThat(json.readTree(view.annotator.getElement().getProperty("setup")).get("spans").get(0).get("text")
                .asString()).isEqualTo("XXX XXXX’s reporter");
        view.showSpan(annotations.annotationsOf(documentId, null).spans().getFirst());
        assertThat(view.selected.getElement().getTextRecursively()).contains("“XXX XXXX’s reporter”")
                .doesNotContain("Fox");
    }

    @Test
    void itsManagersAndCuratorsSeeTheArticleAsStored() {
        for (String sees : List.of(manager, curator)) {
            KaribuViews.signInAndStart(context, sees);
            AnnotateView view = annotate();

            assertThat(view.title.getText()).as(sees).isEqualTo("Fox: talks resume");
            assertThat(view.facts.getText()).as(sees).isEqualTo("Fox News · " + facts);
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Fox: talks resume · Annotate · Slant");
            assertThat(json.readTree(view.annotator.getElement().getProperty("setup")).get("text").asString())
                    .isEqualTo(TEXT);
            KaribuViews.stop();
        }
    }

    @Test
    void theAnnotatorsQueueShowsNoTitleAndNoOutlet() {
        KaribuViews.signInAndStart(context, annotator);
        WorkQueueView queue = queue();

        assertThat(_size(queue.queue)).isEqualTo(2);
        assertThat(_getFormatted(queue.queue, 0, "title")).isEqualTo("Article 1");
        assertThat(_getFormatted(queue.queue, 1, "title")).isEqualTo("Article 2");
        assertThat(_getFormatted(queue.queue, 0, "story")).isEqualTo("Summit talks");
        assertThat(queue.queue.getColumnByKey("outlet").isVisible()).isFalse();
        assertThat(_getFormatted(queue.queue, 0, "outlet")).isEqualTo("–");
        KaribuViews.stop();

        KaribuViews.signInAndStart(context, manager);
        queue = queue();
        assertThat(_getFormatted(queue.queue, 0, "title")).isEqualTo("Fox: talks resume");
        assertThat(queue.queue.getColumnByKey("outlet").isVisible()).isTrue();
        assertThat(_getFormatted(queue.queue, 0, "outlet")).isEqualTo("Fox News");
    }

    @Test
    void theDocumentListAndTheDocumentsPageShowTheAnnotatorNoOutlet() {
        KaribuViews.signInAndStart(context, annotator);
        UI.getCurrent().navigate("projects/" + projectId);
        DocumentsView list = _get(DocumentsView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> documents = _get(list, Grid.class);

        assertThat(_getFormatted(documents, 0, "title")).isEqualTo("Article 1");
        assertThat(_getFormatted(documents, 1, "title")).isEqualTo("Article 2");
        assertThat(documents.getColumnByKey("outlet").isVisible()).isFalse();
        assertThat(_find(list, ComboBox.class)).filteredOn(ComboBox::isVisible)
                .noneMatch(box -> "All outlets".equals(box.getPlaceholder()));
        assertThat(_find(list, TextField.class)).noneMatch(TextField::isVisible);

        UI.getCurrent().navigate("documents/" + documentId);
        DocumentView page = _get(DocumentView.class);
        assertThat(_get(page, H2.class).getText()).isEqualTo("Article 1");
        assertThat(_get(page, Div.class, spec -> spec.withClasses("slant-facts")).getElement().getTextRecursively())
                .doesNotContain("Outlet", "Fox", "Original");
        assertThat(_get(page, Div.class, spec -> spec.withClasses("slant-document-text")).getText())
                .isEqualTo(MASKED);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Article 1 · Slant");
        KaribuViews.stop();

        KaribuViews.signInAndStart(context, manager);
        UI.getCurrent().navigate("projects/" + projectId);
        list = _get(DocumentsView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> all = _get(list, Grid.class);
        assertThat(_getFormatted(all, 0, "title")).isEqualTo("Fox: talks resume");
        assertThat(_getFormatted(all, 0, "outlet")).isEqualTo("Fox News");
        assertThat(_find(list, TextField.class)).allMatch(TextField::isVisible);
        UI.getCurrent().navigate("documents/" + documentId);
        assertThat(_get(_get(DocumentView.class), Div.class, spec -> spec.withClasses("slant-document-text"))
                .getText()).isEqualTo(TEXT);
    }

    @Test
    void othersWorkShowsTheirSpansInTheMaskedTextAndNoTitle() {
        KaribuViews.signInAndStart(context, annotator);
        AnnotateView view = annotate();
        assertThat(view.others.isVisible()).isTrue();
        assertThat(view.historyButton.isVisible()).isFalse();

        UI.getCurrent().navigate("annotate/" + documentId + "/annotators");
        AnnotationsOfView others = _get(AnnotationsOfView.class);
        others.annotator.setValue(other);

        assertThat(_getFormatted(others.spans, 0, "offsets")).isEqualTo("40–48");
        assertThat(_getFormatted(others.spans, 0, "text")).isEqualTo("XXX XXXX");
        assertThat(others.getElement().getTextRecursively()).doesNotContain("Fox");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Annotations · Article 1 · Slant");
    }

    @Test
    void inAProjectThatIsNotOutletBlindTheAnnotatorSeesEverything() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        corpus.updateProject(projectId, new ProjectSettings(projectName, "", "", 2, false, true, false));
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, annotator);

        AnnotateView view = annotate();

        assertThat(view.title.getText()).isEqualTo("Fox: talks resume");
        assertThat(view.facts.getText()).isEqualTo("Fox News · " + facts);
        assertThat(json.readTree(view.annotator.getElement().getProperty("setup")).get("text").asString())
                .isEqualTo(TEXT);
        assertThat(_getFormatted(queue().queue, 0, "outlet")).isEqualTo("Fox News");
    }

    private AnnotateView annotate() {
        UI.getCurrent().navigate("annotate/" + documentId);
        return _get(AnnotateView.class);
    }

    private WorkQueueView queue() {
        UI.getCurrent().navigate("projects/" + projectId + "/work");
        return _get(WorkQueueView.class);
    }
}
