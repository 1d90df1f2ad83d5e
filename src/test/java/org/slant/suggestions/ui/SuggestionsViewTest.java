package org.slant.suggestions.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.annotation.PreAnnotations;
import org.slant.annotation.PreAnnotations.PreAnnotation;
import org.slant.annotation.PreAnnotationsFixture;
import org.slant.annotation.Suggestion;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ui.ProjectTabs;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.suggestions.SuggestionService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/** The page on how the project's suggestions fare: its grid's values, the managers' deletion, who may see it. */
@SlantSpringTest
class SuggestionsViewTest {

    /** An emoji, NBSP and CRLF: code points and UTF-16 differ. */
    static final String TEXT = "Leaders 😀 hailed a historic\u00A0deal.\r\nCritics called it a sellout.";

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    PreAnnotations preAnnotations;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;

    UUID projectId;
    UUID document;
    String amira;
    String ben;
    String curator;

    @BeforeEach
    void aProjectWithAModelsPreAnnotationsAndDecisions() {
        projectId = corpus.createProject("Suggestions page " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.BASIL).orElseThrow());
        document = corpus.addDocuments(projectId, List.of(new NewDocument("Deal", TEXT, "Wire", null, null, null,
                null, Map.of()))).getFirst().getId();
        amira = TestAccounts.named(users, "amira");
        ben = TestAccounts.named(users, "ben");
        curator = TestAccounts.named(users, "curator");
        memberships.add(projectId, amira, ProjectRole.ANNOTATOR);
        memberships.add(projectId, ben, ProjectRole.ANNOTATOR);
        memberships.add(projectId, curator, ProjectRole.CURATOR);
        LayerSchema bias = schema.layers(projectId).getFirst();
        UUID lexical = bias.labels().get(0).id();
        UUID informational = bias.labels().get(1).id();
        // "hailed", "historic" + NBSP, "sellout" (which the dataset has too), and the sellout sentence
        PreAnnotationsFixture.store(preAnnotations, transactions, projectId, List.of(
                new PreAnnotation(document, "roberta-basil", bias.id(), lexical, 10, 16, Map.of()),
                new PreAnnotation(document, "roberta-basil", bias.id(), lexical, 19, 28, Map.of()),
                new PreAnnotation(document, "roberta-basil", bias.id(), lexical, 55, 62, Map.of()),
                new PreAnnotation(document, "roberta-basil", bias.id(), informational, 35, 62, Map.of()),
                new PreAnnotation(document, "BASIL 2019", bias.id(), lexical, 55, 62, Map.of())), "model.jsonl");
        decide(amira, "hailed", true);
        decide(ben, "hailed", true);
        decide(amira, "historic\u00A0", false);
        decide(ben, "Critics called it a sellout", false);
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void managersSeeEachSourcesSuggestionsDecisionsAndAcceptedSharePerLabel() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");

        SuggestionsView view = show();

        assertThat(_size(view.counts)).isEqualTo(3);
        assertThat(row(view.counts, 0)).containsExactly("BASIL 2019", "Lexical", "1", "0", "0", "1", "—");
        // "sellout" is offered as the dataset's (the first source by name at that place): the model's stays undecided
        assertThat(row(view.counts, 1)).containsExactly("roberta-basil", "Lexical", "3", "2", "1", "1",
                "67%");
        assertThat(row(view.counts, 2)).containsExactly("roberta-basil", "Informational", "1", "0", "1", "0",
                "0%");
        assertThat(view.empty.isVisible()).isFalse();
        // every count is of the one layer: its column would say nothing
        assertThat(view.counts.getColumnByKey("layer").isVisible()).isFalse();
        Anchor current = _get(Anchor.class, spec -> spec.withClasses("current"));
        assertThat(current.getText()).isEqualTo("Suggestions");
        assertThat(current.getHref()).isEqualTo("projects/" + projectId + "/suggestions");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Suggestions · Suggestions page");
        assertThat(view.sources.getElement().getChildren().filter(child -> child.hasAttribute("data-source"))
                .map(child -> child.getTextRecursively())).containsExactly("BASIL 2019: 1 pre-annotationDelete…",
                        "roberta-basil: 4 pre-annotationsDelete…");
    }

    @Test
    void aManagerDeletesASourcesPreAnnotationsAfterAConfirmationNamingHowMany() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        SuggestionsView view = show();

        _get(view.sources, Button.class, spec -> spec.withAttribute("aria-label",
                "Delete the pre-annotations of roberta-basil")).click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Delete the 4 pre-annotations of "
                + "roberta-basil?");
        _fireConfirm(confirm);

        assertThat(preAnnotations.countsBySource(projectId)).containsExactly(Map.entry("BASIL 2019", 1L));
        // the decisions stay counted; the model has no pre-annotations left to be undecided, and the tooltip says so
        assertThat(row(view.counts, 1)).containsExactly("roberta-basil", "Lexical", "3",
                "2", "1", "—", "67%");
        assertThat(view.counts.getColumnByKey("source").getTooltipGenerator().apply(view.counts.getListDataView()
                .getItem(1))).startsWith("No pre-annotations here");
        assertThat(ActingAs.user(amira, () -> suggestions.open(document))).extracting(Suggestion::source)
                .containsOnly("BASIL 2019");
    }

    @Test
    void curatorsSeeTheCountsButCannotDeleteAndAnnotatorsMayNotOpenThePage() {
        KaribuViews.signInAndStart(context, curator);
        SuggestionsView view = show();
        assertThat(_size(view.counts)).isEqualTo(3);
        assertThat(_find(view.sources, Button.class)).isEmpty();
        assertThat(visibleTabs()).contains("suggestions").doesNotContain("progress", "settings");
        KaribuViews.stop();

        KaribuViews.signInAndStart(context, amira);
        UI.getCurrent().navigate("projects/" + projectId + "/suggestions");
        assertThat(_find(SuggestionsView.class)).isEmpty();
        UI.getCurrent().navigate("projects/" + projectId);
        assertThat(visibleTabs()).doesNotContain("suggestions");
    }

    @Test
    void inGermanThePageAndTheDeletionSpeakGermanAndSharesHaveAGermanPercentSign() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        KaribuViews.inGerman();
        SuggestionsView view = show();

        assertThat(row(view.counts, 1)).containsExactly("roberta-basil", "Lexical", "3", "2", "1", "1", "67\u00A0%");
        assertThat(view.counts.getColumnByKey("rate").getHeaderText()).isEqualTo("Anteil angenommen");
        assertThat(view.counts.getColumnByKey("undecided").getHeaderText()).isEqualTo("Offen");
        assertThat(view.counts.getColumnByKey("source").getTooltipGenerator().apply(view.counts.getListDataView()
                .getItem(1))).isEqualTo("In das Projekt importierte Vorannotationen");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Vorschläge · Suggestions page");
        assertThat(view.sources.getElement().getChildren().filter(child -> child.hasAttribute("data-source"))
                .map(child -> child.getTextRecursively())).containsExactly("BASIL 2019: 1 VorannotationLöschen …",
                        "roberta-basil: 4 VorannotationenLöschen …");

        _get(view.sources, Button.class, spec -> spec.withAttribute("aria-label",
                "Die Vorannotationen von roberta-basil löschen")).click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Die 4 Vorannotationen von roberta-basil "
                + "löschen?");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("4 Vorannotationen löschen");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Abbrechen");
        _fireConfirm(confirm);
        assertThat(preAnnotations.countsBySource(projectId)).containsExactly(Map.entry("BASIL 2019", 1L));
    }

    @Test
    void anEmptyProjectSaysSoInGerman() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        KaribuViews.inGerman();
        projectId = corpus.createProject("No suggestions " + UUID.randomUUID(), "").getId();
        SuggestionsView view = show();

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("In diesem Projekt wurde noch kein Vorschlag importiert oder "
                + "entschieden.");
    }

    private void decide(String annotator, String text, boolean accept) {
        ActingAs.user(annotator, () -> {
            Suggestion suggestion = suggestions.open(document).stream()
                    .filter(candidate -> candidate.source().equals("roberta-basil")
                            && candidate.text().equals(text)).findFirst().orElseThrow();
            if (accept) {
                suggestions.accept(document, null, suggestion.key());
            } else {
                suggestions.reject(document, suggestion.key());
            }
        });
    }

    private SuggestionsView show() {
        UI.getCurrent().navigate("projects/" + projectId + "/suggestions");
        return _get(SuggestionsView.class);
    }

    private static List<String> row(Grid<?> grid, int index) {
        List<String> cells = new ArrayList<>();
        for (String key : List.of("source", "label", "suggested", "accepted", "rejected",
                "undecided", "rate")) {
            cells.add(_getFormatted(grid, index, key));
        }
        return cells;
    }

    /** The project tabs this user is shown. */
    private static List<String> visibleTabs() {
        return _get(ProjectTabs.class).getElement().getChild(1).getChildren()
                .filter(link -> link.getComponent().map(Component::isVisible).orElse(false))
                .map(link -> link.getAttribute("data-tab")).toList();
    }
}
