package org.slant.corpus.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.platform.ui.NotFoundPage;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentSummary;
import org.slant.corpus.ProjectSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@SlantSpringTest
class CorpusViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;

    @BeforeEach
    void signIn() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void theStartPageListsTheProjectsWithTheirSize() {
        UI.getCurrent().navigate("");
        ProjectsView view = _get(ProjectsView.class);
        // other tests add projects to the shared database; the demo project is the oldest, so the first
        assertThat(_size(view.projects)).isEqualTo(corpus.projects().size());
        assertThat(_getFormatted(view.projects, 0, "name")).isEqualTo("NATO–Russia Council, 12 Jan 2022");
        assertThat(_getFormatted(view.projects, 0, "documents")).isEqualTo("5");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Projects · Slant");
    }

    @Test
    void clickingAProjectListsItsDocumentsWithOutletStoryAndLength() {
        UI.getCurrent().navigate("");
        _clickItem(_get(ProjectsView.class).projects, 0);

        DocumentsView view = _get(DocumentsView.class);
        assertThat(_size(view.documents)).isEqualTo(5);
        DocumentSummary first = _get(view.documents, 0);
        assertThat(first.position()).isEqualTo(1);
        assertThat(_getFormatted(view.documents, 0, "outlet")).isEqualTo("Fox News");
        assertThat(_getFormatted(view.documents, 0, "story")).isEqualTo("NATO–Russia Council meeting in Brussels");
        assertThat(_getFormatted(view.documents, 0, "words")).isEqualTo(String.valueOf(first.words()));
        assertThat(_getFormatted(view.documents, 1, "title"))
                .isEqualTo("NATO offers more talks with Russia amid 'significant differences'");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("NATO–Russia Council, 12 Jan 2022 · Slant");
    }

    @Test
    void clickingADocumentShowsItsTextExactly() {
        ProjectSummary project = corpus.projects().getFirst();
        UI.getCurrent().navigate(DocumentsView.class, DocumentsView.parameters(project.id()));
        DocumentsView list = _get(DocumentsView.class);
        DocumentSummary upi = _get(list.documents, 3);
        _clickItem(list.documents, 3);

        DocumentView view = _get(DocumentView.class);
        assertThat(view.text.getText()).isEqualTo(corpus.document(upi.id()).text());
        assertThat(view.text.getText()).contains("according to CNN");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(upi.title() + " · Slant");
    }

    @Test
    void anUnknownOrMalformedIdShowsNotFound() {
        // Karibu raises the not-found error that a browser would be shown as Vaadin's 404 page
        UI.getCurrent().navigate("documents/" + UUID.randomUUID());
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such document.");
        UI.getCurrent().navigate("projects/not-a-uuid");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such project.");
    }
}
