package org.slant.corpus.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.StoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The project's settings, stories and outlets, and the filtered document list, in Karibu. */
@SlantSpringTest
class ProjectViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    StoryService stories;

    UUID projectId;

    @BeforeEach
    void signIn() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        projectId = corpus.createProject("Views " + UUID.randomUUID(), "").getId();
        corpus.addDocuments(projectId, List.of(
                new NewDocument("Summit opens", "Leaders met.", "Reuters", "Summit", null, null, null, Map.of()),
                new NewDocument("Budget vote", "Parliament voted.", "AP", null, null, null, null, Map.of())));
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void savesSettingsAndPreviewsGuidelinesWithoutRunningTheirHtml() {
        UI.getCurrent().navigate("projects/" + projectId + "/settings");
        ProjectSettingsView view = _get(ProjectSettingsView.class);
        view.guidelines.setValue("# Frames\n\n<script>alert(1)</script>\n\nMark the **shortest** passage.");
        assertThat(view.preview.getElement().getProperty("innerHTML")).contains("<h1>Frames</h1>")
                .contains("&lt;script&gt;").doesNotContain("<script>").contains("<strong>shortest</strong>");
        view.annotatorsPerDocument.setValue(3);
        view.blind.setValue(false);
        _click(view.save);

        ProjectDetails saved = corpus.projectDetails(projectId);
        assertThat(saved.annotatorsPerDocument()).isEqualTo(3);
        assertThat(saved.blind()).isFalse();
        assertThat(saved.guidelines()).startsWith("# Frames");
    }

    @Test
    void deletesTheProjectOnlyOnceItsNameIsTypedAndSaysWhatGoes() {
        String name = corpus.projectDetails(projectId).name();
        UI.getCurrent().navigate("projects/" + projectId + "/settings");
        ProjectSettingsView view = _get(ProjectSettingsView.class);
        _click(view.delete);
        DeleteProjectDialog dialog = _get(DeleteProjectDialog.class);
        assertThat(dialog.whatGoes.getChildren().map(item -> item.getElement().getText()).toList())
                .containsExactly("2 documents in 1 story from 2 outlets", "the schema: 0 layers with 0 labels",
                        "no annotations or assignments yet", "the access of 1 member");
        assertThat(dialog.delete.isEnabled()).isFalse();
        dialog.typedName.setValue(name.toUpperCase());
        assertThat(dialog.delete.isEnabled()).isFalse();
        dialog.typedName.setValue(name);
        assertThat(dialog.delete.isEnabled()).isTrue();
        assertThat(corpus.projects()).anyMatch(project -> project.id().equals(projectId));

        _click(dialog.delete);

        assertThat(corpus.projects()).noneMatch(project -> project.id().equals(projectId));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }

    @Test
    void outletBlindingIsSwitchedOnAndOffInTheSettings() {
        UI.getCurrent().navigate("projects/" + projectId + "/settings");
        ProjectSettingsView view = _get(ProjectSettingsView.class);
        assertThat(view.outletBlind.getValue()).isFalse();
        view.outletBlind.setValue(true);
        _click(view.save);
        assertThat(corpus.projectDetails(projectId).outletBlind()).isTrue();

        UI.getCurrent().navigate("projects/" + projectId);
        UI.getCurrent().navigate("projects/" + projectId + "/settings");
        view = _get(ProjectSettingsView.class);
        assertThat(view.outletBlind.getValue()).isTrue();
        view.outletBlind.setValue(false);
        _click(view.save);
        assertThat(corpus.projectDetails(projectId).outletBlind()).isFalse();
        assertThat(corpus.projectDetails(projectId).snapToWords()).isTrue();
    }

    @Test
    void refusedSettingsAreShownAtTheirFieldsAndNotSaved() {
        UI.getCurrent().navigate("projects/" + projectId + "/settings");
        ProjectSettingsView view = _get(ProjectSettingsView.class);
        view.name.setValue("");
        view.annotatorsPerDocument.setValue(0);
        _click(view.save);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.annotatorsPerDocument.getErrorMessage()).contains("between 1 and");
        assertThat(corpus.projectDetails(projectId).name()).startsWith("Views ");
    }

    @Test
    void addsAStoryWithItsEntitiesThroughTheDialog() {
        UI.getCurrent().navigate("projects/" + projectId + "/stories");
        StoriesView view = _get(StoriesView.class);
        assertThat(_size(view.stories)).isEqualTo(1);
        assertThat(_size(view.outlets)).isEqualTo(2);

        _click(_get(Button.class, spec -> spec.withText("Story")));
        StoryDialog dialog = _get(StoryDialog.class);
        dialog.title.setValue("Budget");
        dialog.eventDate.setValue(LocalDate.of(2024, 3, 1));
        dialog.mainEntities.setValue("Parliament\n\nFinance Minister\n");
        _click(dialog.save);

        assertThat(_size(view.stories)).isEqualTo(2);
        assertThat(_getFormatted(view.stories, 0, "title")).isEqualTo("Budget");
        assertThat(_getFormatted(view.stories, 0, "entities")).isEqualTo("Parliament, Finance Minister");
    }

    @Test
    void filtersTheDocumentListAndPutsSelectedDocumentsIntoAStory() {
        UI.getCurrent().navigate("projects/" + projectId);
        DocumentsView view = _get(DocumentsView.class);
        assertThat(_size(view.documents)).isEqualTo(2);
        view.textFilter.setValue("parliament");
        assertThat(_size(view.documents)).isEqualTo(1);
        assertThat(_getFormatted(view.documents, 0, "title")).isEqualTo("Budget vote");
        view.textFilter.clear();
        view.outletFilter.setValue(view.outletFilter.getListDataView().getItems()
                .filter(outlet -> outlet.name().equals("Reuters")).findFirst().orElseThrow());
        assertThat(_size(view.documents)).isEqualTo(1);
        assertThat(_getFormatted(view.documents, 0, "title")).isEqualTo("Summit opens");
    }

    @Test
    void putsSelectedDocumentsIntoAStoryAndAnOutlet() {
        UI.getCurrent().navigate("projects/" + projectId);
        DocumentsView view = _get(DocumentsView.class);
        UUID budget = _get(view.documents, 1).id();
        view.documents.select(_get(view.documents, 1));
        view.assignStory.setValue(view.assignStory.getListDataView().getItems()
                .filter(story -> story.title().equals("Summit")).findFirst().orElseThrow());
        assertThat(corpus.document(budget).story()).isEqualTo("Summit");
        assertThat(view.documents.getSelectedItems()).as("done with the selection").isEmpty();

        view.documents.select(_get(view.documents, 1));
        view.assignOutlet.setValue(view.assignOutlet.getListDataView().getItems()
                .filter(outlet -> outlet.name().equals("Reuters")).findFirst().orElseThrow());
        DocumentDetails moved = corpus.document(budget);
        assertThat(moved.title()).isEqualTo("Budget vote");
        assertThat(moved.outlet()).isEqualTo("Reuters");
    }
}
