package org.slant.corpus.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.nio.charset.StandardCharsets;
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
import org.slant.corpus.NewDocument;
import org.slant.corpus.StoryDraft;
import org.slant.corpus.StoryService;
import org.slant.corpus.importing.DocumentImport;
import org.slant.platform.ui.NotFoundPage;
import org.slant.platform.ui.Translations;
import org.slant.team.AnnotatorProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The corpus views read in German: their texts, and numbers and dates as German readers write them. */
@SlantSpringTest
class CorpusViewsInGermanTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    StoryService stories;
    @Autowired
    DocumentImport importer;

    UUID projectId;
    String projectName;

    @BeforeEach
    void signInInGerman() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        KaribuViews.inGerman();
        projectName = "Ansichten " + UUID.randomUUID();
        projectId = corpus.createProject(projectName, "").getId();
        corpus.addDocuments(projectId, List.of(
                new NewDocument("Gipfel", "слово ".repeat(1234), "Ukrinform", "Gipfel in Kyjiw", null,
                        LocalDate.of(2026, 12, 5), null, Map.of(), "uk"),
                new NewDocument("Haushalt", "Der Bundestag stimmte ab.", "dpa", null, null, null, null, Map.of(),
                        "de")));
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void theProjectListAndTheDocumentsSpeakGermanAndGroupNumbersTheGermanWay() {
        // away and back: the start page shown when the UI started was made in English
        UI.getCurrent().navigate("projects/" + projectId + "/stories");
        UI.getCurrent().navigate("");
        ProjectsView projects = _get(ProjectsView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Projekte · Slant");
        assertThat(_get(H2.class, spec -> spec.withText("Projekte"))).isNotNull();
        assertThat(projects.projects.getColumnByKey("documents").getHeaderText()).isEqualTo("Dokumente");
        assertThat(projects.projects.getColumnByKey("outlets").getHeaderText()).isEqualTo("Medien");
        assertThat(_get(Button.class, spec -> spec.withText("Neues Projekt"))).isNotNull();

        UI.getCurrent().navigate(DocumentsView.class, DocumentsView.parameters(projectId));
        DocumentsView view = _get(DocumentsView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(projectName + " · Slant");
        assertThat(view.documents.getColumnByKey("words").getHeaderText()).isEqualTo("Wörter");
        assertThat(view.documents.getColumnByKey("language").getHeaderText()).isEqualTo("Sprache");
        assertThat(_getFormatted(view.documents, 0, "title")).isEqualTo("Gipfel");
        assertThat(_getFormatted(view.documents, 0, "words")).isEqualTo("1.234");
        assertThat(_getFormatted(view.documents, 0, "language")).isEqualTo("Ukrainisch");
        assertThat(view.languageFilter.getItemLabelGenerator().apply("de")).isEqualTo("Deutsch (de)");
        assertThat(view.storyFilter.getPlaceholder()).isEqualTo("Alle Storys");
        assertThat(view.textFilter.getPlaceholder()).isEqualTo("Wörter in Titel oder Text");
        assertThat(view.importButton.getText()).isEqualTo("Importieren");
        assertThat(view.importAnnotatedButton.getText()).isEqualTo("Annotierte Daten importieren");

        _clickItem(view.documents, 0);
        DocumentView document = _get(DocumentView.class);
        assertThat(document.annotate.getText()).isEqualTo("Diesen Artikel annotieren");
        String facts = document.getChildren().filter(child -> child.getClassNames().contains("slant-facts"))
                .findFirst().orElseThrow().getElement().getTextRecursively();
        assertThat(facts).contains("Medium Ukrinform").contains("Veröffentlicht 5. Dezember 2026")
                .contains("Sprache Ukrainisch (uk)").contains("Wörter 1.234");
    }

    @Test
    void storiesAndOutletsShowGermanDatesAndTheStoryDialogKeepsIsoDates() {
        stories.create(projectId, new StoryDraft("Gipfeltreffen", LocalDate.of(2026, 12, 5), "", List.of()));
        UI.getCurrent().navigate("projects/" + projectId + "/stories");
        StoriesView view = _get(StoriesView.class);
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Storys und Medien · " + projectName + " · Slant");
        assertThat(view.stories.getColumnByKey("date").getHeaderText()).isEqualTo("Datum");
        assertThat(view.stories.getColumnByKey("entities").getHeaderText()).isEqualTo("Hauptentitäten");
        assertThat(view.outlets.getColumnByKey("leaning").getHeaderText()).isEqualTo("Ausrichtung");
        int summit = view.stories.getListDataView().getItems().map(story -> story.title()).toList()
                .indexOf("Gipfeltreffen");
        assertThat(_getFormatted(view.stories, summit, "date")).isEqualTo("5. Dez. 2026");

        _click(_get(Button.class, spec -> spec.withText("Story")));
        StoryDialog dialog = _get(StoryDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neue Story");
        assertThat(dialog.eventDate.getLabel()).isEqualTo("Datum des Ereignisses");
        assertThat(dialog.eventDate.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(dialog.eventDate.getI18n().getMonthNames()).contains("Dezember");
        assertThat(dialog.eventDate.getI18n().getBadInputErrorMessage()).startsWith("Kein Datum");
        assertThat(dialog.save.getText()).isEqualTo("Speichern");
    }

    @Test
    void settingsTeamAndDeletionSpeakGerman() {
        UI.getCurrent().navigate("projects/" + projectId + "/settings");
        ProjectSettingsView settings = _get(ProjectSettingsView.class);
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Einstellungen · " + projectName + " · Slant");
        assertThat(settings.annotatorsPerDocument.getLabel()).isEqualTo("Annotatoren pro Dokument");
        assertThat(settings.guidelines.getLabel()).isEqualTo("Leitfaden (Markdown)");
        _click(settings.save);
        NotificationsKt.expectNotifications("Einstellungen gespeichert");
        _click(settings.delete);
        DeleteProjectDialog deletion = _get(DeleteProjectDialog.class);
        assertThat(deletion.getHeaderTitle()).isEqualTo("Projekt " + projectName + " löschen?");
        assertThat(deletion.delete.getText()).isEqualTo("Dieses Projekt löschen");
        assertThat(deletion.whatGoes.getChildren().map(item -> item.getElement().getText()).toList())
                .as("what goes, in German too").contains("noch keine Annotationen oder Zuweisungen")
                .anyMatch(part -> part.startsWith("das Schema: "))
                .anyMatch(part -> part.startsWith("der Zugang von 1 Mitglied"));
        deletion.close();

        UI.getCurrent().navigate("projects/" + projectId + "/team");
        MembersView team = _get(MembersView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Team · " + projectName + " · Slant");
        assertThat(team.role.getLabel()).isEqualTo("Rolle");
        assertThat(team.add.getText()).isEqualTo("Zum Projekt hinzufügen");
        assertThat(MembersView.roleName(org.slant.team.ProjectRole.CURATOR)).isEqualTo("Kurator");
        assertThat(MembersView.describe(new AnnotatorProfile("25-34", null, "master", 4, List.of("Tagesschau"))))
                .isEqualTo("Alter 25-34; Bildung: Master; politische Selbsteinordnung 4 von 10; verfolgt Tagesschau.");
        assertThat(MembersView.describe(new AnnotatorProfile(null, null, null, null, List.of())))
                .isEqualTo("Nicht ausgefüllt.");

        UI.getCurrent().navigate("projects/" + UUID.randomUUID());
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("Dieses Projekt gibt es nicht.");
    }

    @Test
    void theImportDialogCountsInGerman() {
        ImportDialog dialog = new ImportDialog(importer, projectId, () -> { });
        dialog.open();
        MockVaadin.clientRoundtrip(false);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Dokumente importieren");
        assertThat(dialog.importButton.getText()).isEqualTo("Importieren");
        _upload(dialog.upload, "notiz.txt", "Eine Notiz.".getBytes(StandardCharsets.UTF_8));
        _upload(dialog.upload, "haushalt.txt", "Der Bundestag stimmte ab.".getBytes(StandardCharsets.UTF_8));
        _click(dialog.importButton);
        assertThat(dialog.outcome.getText()).isEqualTo("1 Dokument importiert; 1 Dokument ausgelassen, weil das "
                + "Projekt oder der Upload ihren Text schon hatte:");
        assertThat(dialog.skipped.getColumnByKey("reason").getHeaderText()).isEqualTo("Warum");
    }

    @Test
    void everyLevelOfEducationHasAText() {
        Translations translations = new Translations();
        for (String level : AnnotatorProfile.EDUCATION) {
            assertThat(translations.has(MembersView.EDUCATION_KEY + level)).as(level).isTrue();
        }
    }

    @Test
    void theSettingsViewShowsTheServicesRefusalAtItsFieldInGerman() {
        UI.getCurrent().navigate("projects/" + projectId + "/settings");
        ProjectSettingsView view = _get(ProjectSettingsView.class);
        view.name.setValue("");
        view.annotatorsPerDocument.setValue(0);
        _click(view.save);
        assertThat(view.name.getErrorMessage()).isEqualTo("ein Projekt braucht einen Namen");
        assertThat(view.annotatorsPerDocument.getErrorMessage()).isEqualTo("zwischen 1 und 100, nicht 0");
        assertThat(corpus.projectDetails(projectId).name()).isEqualTo(projectName);
    }
}
