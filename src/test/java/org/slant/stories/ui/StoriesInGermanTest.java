package org.slant.stories.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.ui.NotFoundPage;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.stories.SourcesStory;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The story view and the sources compared in German: their words, and numbers as German writes them. */
@SlantSpringTest
class StoriesInGermanTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    JsonMapper json;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theStoryViewSpeaksGerman() {
        String manager = TestAccounts.named(users, "manager");
        UUID projectId = ActingAs.user(manager, () -> corpus.createProject(ProjectSettings.named("Story "
                + UUID.randomUUID(), "")).getId());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        List<UUID> documents = ActingAs.user(manager, () -> corpus.addDocuments(projectId, List.of(
                document("Kyiv", StoryViewTest.KYIV, "Kyiv Post"),
                document("Brussels", StoryViewTest.BRUSSELS, "Politico"),
                document("Vilnius", StoryViewTest.VILNIUS, null)))).stream().map(document -> document.getId())
                .toList();
        UUID storyId = ActingAs.user(manager, () -> corpus.stories(projectId)).getFirst().getId();
        KaribuViews.signInAndStart(context, manager, "USER");
        KaribuViews.inGerman();

        UI.getCurrent().navigate("stories/" + storyId);
        StoryView view = _get(StoryView.class);

        assertThat(_get(Span.class, spec -> spec.withClasses("slant-annotate-facts")).getText())
                .isEqualTo("3 Artikel · 1 geteilte Passage");
        assertThat(view.omissions.getText()).isEqualTo("Auslassungen und Platzierung");
        assertThat(view.consistency.getText()).isEqualTo("Konsistenz");
        assertThat(_find(H4.class).stream().map(H4::getText).toList()).containsExactly("Ausgewählter Span",
                "Passage");
        assertThat(_find(view.selected, Paragraph.class).getFirst().getText()).startsWith("Wählen Sie in einer Spalte");
        assertThat(view.outlets.getItemLabelGenerator().apply(corpus.document(documents.get(2))))
                .isEqualTo("Kein Medium · Vilnius");
        assertThat(UI.getCurrent().getInternals().getTitle()).endsWith(" · Story · Slant");
        // the columns' texts, for the browser to fill in: the annotator's, in German
        Map<String, String> texts = json.readValue(view.editors.get(documents.get(0)).getElement()
                .getProperty("texts"), new TypeReference<Map<String, String>>() { });
        assertThat(texts).containsEntry("undo", "Rückgängig").containsEntry("undo.title", "Rückgängig (Strg+Z)")
                .containsEntry("status.changes.other", "{count} Änderungen warten hier");

        view.choosePassage(1, 40, documents.get(1).toString());
        assertThat(_find(view.versions, Span.class, spec -> spec.withClasses("slant-story-placement")).stream()
                .map(Span::getText).toList()).containsExactly(
                        "erster Absatz · 8\u00A0% des Artikels davor · die längste Fassung",
                        "letzter Absatz · 8\u00A0% des Artikels davor");
        assertThat(_find(view.versions, Paragraph.class).getLast().getText()).isEqualTo("Nicht in: Kein Medium");
        assertThat(_find(view.versions, Span.class).stream().map(Span::getText).toList())
                .contains("Passage 1 · 8 Wörter · in 2 von 3 Artikeln");

        view.omissions.click();
        OmissionsDialog omissions = _get(OmissionsDialog.class);
        assertThat(omissions.table.getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .containsExactly("Passage", "Kyiv Post · lässt 0 aus", "Politico · lässt 0 aus",
                        "Kein Medium · lässt 1 aus");
        assertThat(OmissionsDialog.placeIn(omissions.table.getListDataView().getItem(0),
                corpus.document(documents.get(0)))).isEqualTo("erster Absatz · 8\u00A0% davor");
        omissions.close();

        view.consistency.click();
        ConsistencyDialog consistency = _get(ConsistencyDialog.class);
        assertThat(consistency.getHeaderTitle()).isEqualTo("Konsistenz über die Medien hinweg");
        assertThat(consistency.empty.getText()).isEqualTo(
                "Keine Passage wurde in verschiedenen Artikeln unterschiedlich gelabelt.");
    }

    @Test
    void theSourcesComparedSpeakGermanWithGermanNumbers() {
        SourcesStory story = new SourcesStory(context);
        KaribuViews.signInAndStart(context, story.manager);
        KaribuViews.inGerman();

        UI.getCurrent().navigate("projects/" + story.projectId + "/stories/" + story.storyId + "/sources");
        SourcesView view = _get(SourcesView.class);
        SourcesPanel panel = view.panel;

        assertThat(view.title.getText()).isEqualTo("Quellen im Vergleich: " + story.storyTitle);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Quellen im Vergleich · " + story.storyTitle
                + " · Slant");
        assertThat(panel.whose.getLabel()).isEqualTo("Wessen Arbeit");
        assertThat(panel.whose.getItemLabelGenerator().apply(panel.whose.getValue()))
                .isEqualTo("Alle Annotatoren, zusammengefasst");
        assertThat(panel.basis.getText()).isEqualTo("3 Medien, 4 Artikel. Die Arbeit von 2 Annotatoren, "
                + "zusammengefasst: " + story.alice + ", " + story.bob + ".");
        assertThat(panel.cited.getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .containsExactly("Quelle", "Attribute", "Daily Ledger", "Fox News", "UPI", "Gesamt");
        assertThat(_getFormatted(panel.labels, 0, "outlet-0")).isEqualTo("58,8\u00A0% (2)");
        assertThat(_getFormatted(panel.labels, 0, "outlet-1")).isEqualTo("0,0\u00A0% (0)");
        assertThat(_getFormatted(panel.words, 5, "source")).isEqualTo("(keine Quelle gefunden)");
        assertThat(panel.csv.getText()).isEqualTo("CSV herunterladen");

        UI.getCurrent().navigate("projects/" + story.projectId + "/stories/" + UUID.randomUUID() + "/sources");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("Diese Story gibt es nicht.");
    }

    private static NewDocument document(String title, String text, String outlet) {
        return new NewDocument(title, text, outlet, "Talks", null, null, null, Map.of());
    }
}
