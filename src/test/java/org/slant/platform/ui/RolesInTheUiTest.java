package org.slant.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.WorkAssignment;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.corpus.ui.DocumentsView;
import org.slant.corpus.ui.StoriesView;
import org.slant.platform.ForbiddenException;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.schema.ui.SchemaView;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each role sees only what it may do, and a refusal reads as a page or a notification in words, never as Vaadin's
 * "Could not navigate" (issue 13, item 4). Without a browser: Karibu.
 */
@SlantSpringTest
class RolesInTheUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    WorkAssignment assignment;

    UUID projectId;
    List<UUID> documents;
    String annotator;
    String other;

    @BeforeEach
    void aProjectWithTwoAnnotators() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        projectId = corpus.createProject(ProjectSettings.named("Roles " + UUID.randomUUID(), "")).getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("One", "The first text.", "Fox", "Talks", null, null, null, Map.of()),
                new NewDocument("Two", "The second text.", "UPI", "Talks", null, null, null, Map.of())))
                .stream().map(document -> document.getId()).toList();
        annotator = TestAccounts.named(users, "annotator");
        other = TestAccounts.named(users, "other");
        memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        memberships.add(projectId, other, ProjectRole.ANNOTATOR);
        KaribuViews.stop();
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void anAnnotatorSeesNoImportNoSchemaEditingAndNoStoryEditing() {
        KaribuViews.signInAndStart(context, annotator);

        DocumentsView documentsView = navigate("projects/" + projectId, DocumentsView.class);
        assertThat(visibleButtons(documentsView)).doesNotContain("Import");
        assertThat(_get(documentsView, Grid.class).getSelectionModel())
                .isInstanceOf(com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
        assertThat(tabs()).doesNotContain("Progress", "Agreement", "Curation", "Assignment", "Settings", "Archive");
        // their own figures against gold
        assertThat(tabs()).contains("Quality");

        SchemaView schemaView = navigate("projects/" + projectId + "/schema", SchemaView.class);
        assertThat(visibleButtons(schemaView)).isEmpty();
        assertThat(_find(schemaView, com.vaadin.flow.component.combobox.ComboBox.class)).noneMatch(
                RolesInTheUiTest::shown);

        StoriesView storiesView = navigate("projects/" + projectId + "/stories", StoriesView.class);
        assertThat(visibleButtons(storiesView)).isEmpty();
        assertThat(_find(storiesView, Grid.class)).hasSize(2).allSatisfy(grid -> assertThat(grid.getColumnByKey(
                "actions").isVisible()).isFalse());
    }

    @Test
    void aManagerSeesTheControlsThatChangeTheProject() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");

        assertThat(visibleButtons(navigate("projects/" + projectId, DocumentsView.class))).contains("Import");
        SchemaView schemaView = navigate("projects/" + projectId + "/schema", SchemaView.class);
        assertThat(visibleButtons(schemaView)).contains("Add layer", "Add", "Edit", "Delete", "Label", "Attribute");
        StoriesView storiesView = navigate("projects/" + projectId + "/stories", StoriesView.class);
        assertThat(visibleButtons(storiesView)).contains("Story", "Outlet");
        assertThat(_find(storiesView, Grid.class)).hasSize(2).allSatisfy(grid -> assertThat(grid.getColumnByKey(
                "actions").isVisible()).isTrue());
        assertThat(tabs()).contains("Progress", "Agreement", "Curation", "Assignment", "Settings", "Archive");
    }

    @Test
    void pagesNotForTheirRoleAnswerAnAnnotatorWithAReadablePage() {
        KaribuViews.signInAndStart(context, annotator);
        Map<String, String> pages = Map.of(
                "/progress", "Your role in this project is annotator: only the project's managers may do this.",
                "/agreement", "Only the project's managers and curators see every annotator's work.",
                "/archive", "Your role in this project is annotator: only the project's managers may do this.",
                "/assignment", "Your role in this project is annotator: only the project's managers may do this.");
        pages.forEach((path, reason) -> {
            NotForYourRolePage page = navigate("projects/" + projectId + path, NotForYourRolePage.class);
            assertThat(page.heading()).isEqualTo("This page is not for your role");
            assertThat(page.reason()).as(path).isEqualTo(reason);
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Not for your role · Slant");
        });
        NotForYourRolePage history = navigate("annotate/" + documents.get(0) + "/history", NotForYourRolePage.class);
        assertThat(history.reason()).contains("only the project's managers");
    }

    @Test
    void aDocumentNotAssignedToTheAnnotatorAnswersWithTheRuleAndCreatesNoWork() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        assignment.distribute(projectId, 1, List.of(annotator, other), 3L);
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, annotator);
        UUID notMine = documents.stream().filter(document -> !assignedTo(annotator).contains(document)).findFirst()
                .orElseThrow();

        RefusedPage page = navigate("annotate/" + notMine, RefusedPage.class);

        assertThat(page.reason()).isEqualTo("This document is not assigned to you; the project's managers "
                + "decide who annotates which document.");
        assertThat(assignedTo(annotator)).doesNotContain(notMine);
    }

    @Test
    void anUnknownProjectOrDocumentReadsAsNotFound() {
        KaribuViews.signInAndStart(context, annotator);
        NotFoundPage page = navigate("projects/" + UUID.randomUUID() + "/progress", NotFoundPage.class);
        assertThat(page.heading()).isEqualTo("Not found");
        assertThat(page.reason()).isEqualTo("No such project.");
        assertThat(navigate("annotate/" + UUID.randomUUID(), NotFoundPage.class).reason())
                .isEqualTo("No such document.");
    }

    @Test
    void aRefusalInAClickIsShownToThePersonAndAnythingElseSaysItWasLogged() {
        KaribuViews.signInAndStart(context, annotator);
        navigate("projects/" + projectId, DocumentsView.class);
        RefusalNotifications notifications = new RefusalNotifications();
        VaadinSession.getCurrent().lock();
        try {
            notifications.error(new ErrorEvent(new RuntimeException("wrapped", new ForbiddenException(
                    "Your role in this project is annotator: only the project's managers may do this."))));
            notifications.error(new ErrorEvent(new IllegalStateException("a bug")));
            // a reload cutting a response off is no error to show (and is not logged as one)
            notifications.error(new ErrorEvent(new UncheckedIOException(new ClientAbortException(
                    new IOException("Broken pipe")))));
        } finally {
            VaadinSession.getCurrent().unlock();
        }
        List<String> shown = _find(Notification.class).stream().map(RolesInTheUiTest::text).toList();
        assertThat(shown).containsExactly("Not done: Your role in this project is annotator: only the project's "
                + "managers may do this.", "Something went wrong on the server, and it has been logged. What was saved "
                + "before stays saved; try again, or reload the page.");
    }

    private <T extends Component> T navigate(String location, Class<T> page) {
        UI.getCurrent().navigate(location);
        return _get(page);
    }

    private List<String> tabs() {
        return _get(ProjectTabs.class).getChildren().flatMap(Component::getChildren).filter(Component::isVisible)
                .map(tab -> tab.getElement().getText()).toList();
    }

    private static List<String> visibleButtons(Component within) {
        return _find(within, Button.class).stream().filter(RolesInTheUiTest::shown).map(Button::getText).toList();
    }

    /** Visible itself and in every parent up to the page. */
    private static boolean shown(Component component) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<UUID> assignedTo(String username) {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForList("select a.document_id "
                + "from assignment a join app_user u on u.id = a.annotator_id where u.username = ?", UUID.class,
                username);
    }

    private static String text(Notification notification) {
        return notification.getElement().getChildren().findFirst().map(child -> child.getText())
                .filter(text -> !text.isBlank()).orElseGet(() -> notification.getElement().getProperty("text", ""));
    }
}
