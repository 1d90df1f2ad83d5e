package org.slant.progress.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.platform.ui.NotFoundPage;
import org.slant.corpus.CorpusService;
import org.slant.progress.ProgressFixture;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard of {@link ProgressFixture}'s small study: its figures, grids and what its charts are given. */
@SlantSpringTest
class ProgressViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    ProgressFixture study;

    @BeforeEach
    void setUp() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        study = new ProgressFixture(corpus, users, jdbc);
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void theHeadlineFiguresAndTheTab() {
        ProgressView view = show(study.projectId);
        assertThat(view.figures.value("Documents")).isEqualTo("4");
        assertThat(view.figures.value("Annotations needed")).isEqualTo("8");
        assertThat(view.figures.value("Done")).isEqualTo("3");
        assertThat(view.figures.value("Done share")).isEqualTo("37.5%");
        assertThat(view.figures.value("Complete documents")).isEqualTo("1");
        assertThat(view.figures.value("Active time")).isEqualTo("1.6 h");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Progress · " + study.projectName + " · Slant");
        Anchor current = _get(Anchor.class, spec -> spec.withClasses("current"));
        assertThat(current.getText()).isEqualTo("Progress");
        assertThat(current.getHref()).isEqualTo("projects/" + study.projectId + "/progress");
    }

    @Test
    void theAnnotatorGridShowsEachAnnotatorsWork() {
        ProgressView view = show(study.projectId);
        assertThat(_size(view.annotators)).isEqualTo(4);
        assertThat(row(view.annotators, 0, "name", "assigned", "notStarted", "inProgress", "done", "skipped",
                "activeTime", "throughput")).containsExactly("Alice", "3", "0", "1", "2", "0", "1 h 00 min", "2.0");
        assertThat(row(view.annotators, 1, "name", "done", "activeTime", "throughput"))
                .containsExactly("Bob", "1", "25 min", "2.4");
        assertThat(row(view.annotators, 2, "name", "skipped", "throughput")).containsExactly("Carol", "1", "5.5");
        assertThat(row(view.annotators, 3, "name", "notStarted", "activeTime", "throughput", "lastActivity"))
                .containsExactly("Dave", "1", "—", "—", "—");
        // the fixture's days are in the past: no longer "just now"
        assertThat(_getFormatted(view.annotators, 0, "lastActivity")).isNotEqualTo("—").isNotEqualTo("just now");
    }

    @Test
    void theDocumentGridListsTheFewestDoneFirstAndLeadsToTheDocument() {
        ProgressView view = show(study.projectId);
        assertThat(_size(view.documents)).isEqualTo(4);
        assertThat(row(view.documents, 0, "position", "title", "outlet", "story", "done", "inProgress", "skipped",
                "activeTime", "doneBy")).containsExactly("3", "Dockers strike", "UPI", "Strike", "0 of 2", "1", "1",
                "1 min", "—");
        assertThat(row(view.documents, 1, "title", "outlet", "done")).containsExactly("Weather", "–", "0 of 2");
        assertThat(row(view.documents, 2, "title", "done", "doneBy")).containsExactly("Summit ends without a deal",
                "1 of 2", "Alice");
        assertThat(row(view.documents, 3, "title", "done", "activeTime", "doneBy")).containsExactly("Summit opens",
                "2 of 2 (+1)", "1 h 00 min", "Carol, Alice, Bob");

        _clickItem(view.documents, 3);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("documents/" + study.documents.get(0));
    }

    @Test
    void theChartsAreGivenTheFiguresInLumoColours() {
        ProgressView view = show(study.projectId);

        JsonNode annotators = option(view.annotatorChart);
        assertThat(texts(annotators.get("yAxis").get("data"))).containsExactly("Alice", "Bob", "Carol", "Dave");
        assertThat(series(annotators, "Done")).containsExactly("2", "1", "1", "0");
        assertThat(series(annotators, "In progress")).containsExactly("1", "1", "0", "0");
        assertThat(series(annotators, "Not started")).containsExactly("0", "1", "0", "1");
        assertThat(series(annotators, "Skipped")).containsExactly("0", "0", "1", "0");
        assertThat(colour(annotators, "Done")).isEqualTo("var(--lumo-success-color)");
        assertThat(annotators.get("series").get(0).get("stack").asString()).isEqualTo("all");

        JsonNode outlets = option(view.outletChart);
        assertThat(texts(outlets.get("yAxis").get("data"))).containsExactly("Fox", "UPI", "No outlet");
        assertThat(series(outlets, "Done")).containsExactly("3", "0", "0");
        assertThat(series(outlets, "In progress")).containsExactly("1", "1", "0");
        assertThat(series(outlets, "Not started")).containsExactly("0", "1", "2");

        JsonNode done = option(view.doneChart);
        assertThat(texts(done.get("xAxis").get("data"))).containsExactly("0 of 2", "1 of 2", "2 of 2");
        assertThat(series(done, "None done")).containsExactly("2", "null", "null");
        assertThat(series(done, "Some done")).containsExactly("null", "1", "null");
        assertThat(series(done, "Complete")).containsExactly("null", "null", "1");

        JsonNode stories = option(view.storyChart);
        assertThat(texts(stories.get("yAxis").get("data"))).containsExactly("Strike", "No story", "Summit");
        assertThat(series(stories, "Done")).containsExactly("0", "0", "3");
        assertThat(view.storyChart.chart.isVisible()).isTrue();
    }

    @Test
    void anEmptyProjectShowsZerosAndNotesInsteadOfEmptyCharts() {
        UUID empty = corpus.createProject("Empty progress " + UUID.randomUUID(), "").getId();
        ProgressView view = show(empty);
        assertThat(view.figures.value("Documents")).isEqualTo("0");
        assertThat(view.figures.value("Done share")).isEqualTo("0.0%");
        assertThat(view.figures.value("Active time")).isEqualTo("0.0 h");
        assertThat(view.annotatorChart.chart.isVisible()).isFalse();
        assertThat(view.outletChart.chart.isVisible()).isFalse();
        assertThat(_size(view.annotators)).isZero();
        assertThat(_size(view.documents)).isZero();
    }

    @Test
    void untilTheFiguresArriveNothingSaysThereIsNoWork() {
        UI.getCurrent().navigate("projects/" + study.projectId + "/progress");
        ProgressView view = _get(ProgressView.class);
        assertThat(view.annotatorChart.chart.getOption()).isEmpty();
        assertThat(view.annotators.getEmptyStateText()).isNull();
        assertThat(view.documents.getEmptyStateText()).isNull();
        for (ChartCard card : List.of(view.annotatorChart, view.outletChart, view.doneChart, view.storyChart)) {
            assertThat(card.getChildren().filter(child -> child.hasClassName("slant-muted")))
                    .hasSize(1).noneMatch(Component::isVisible);
        }

        view.showFigures();
        assertThat(view.figures.value("Documents")).isEqualTo("4");
    }

    @Test
    void anUnknownProjectShowsNotFound() {
        UI.getCurrent().navigate("projects/" + UUID.randomUUID() + "/progress");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such project.");
    }

    @Test
    void inGermanTheDashboardSpeaksGermanAndWritesNumbersTheGermanWay() {
        KaribuViews.inGerman();
        ProgressView view = show(study.projectId);

        // the figures keep their English names in the page (data-figure), for its styles and the browser tests
        assertThat(view.figures.value("Done share")).isEqualTo("37,5\u00A0%");
        assertThat(view.figures.value("Active time")).isEqualTo("1,6 h");
        assertThat(view.figures.getChildren().map(figure -> figure.getElement().getAttribute("data-figure")))
                .containsExactly("Documents", "Annotations needed", "Done", "Done share", "Complete documents",
                        "Active time");
        assertThat(view.figures.getChildren().map(figure -> figure.getElement().getTextRecursively())).contains(
                "8Benötigte Annotationen2 je Dokument", "37,5\u00A0%Anteil erledigtder benötigten Annotationen",
                "1Vollständige Dokumente2 von 2 erledigt", "1,6 hAktive Zeit4 Annotatoren");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Fortschritt · " + study.projectName
                + " · Slant");

        assertThat(view.annotators.getColumnByKey("throughput").getHeaderText()).isEqualTo("Erledigt je aktive Stunde");
        assertThat(row(view.annotators, 0, "name", "done", "activeTime", "throughput"))
                .containsExactly("Alice", "2", "1 h 00 min", "2,0");
        assertThat(row(view.documents, 3, "title", "done")).containsExactly("Summit opens", "2 von 2 (+1)");
        assertThat(view.documents.getColumnByKey("doneBy").getHeaderText()).isEqualTo("Erledigt von");

        JsonNode annotators = option(view.annotatorChart);
        assertThat(series(annotators, "Erledigt")).containsExactly("2", "1", "1", "0");
        assertThat(series(annotators, "Übersprungen")).containsExactly("0", "0", "1", "0");
        assertThat(texts(option(view.outletChart).get("yAxis").get("data"))).containsExactly("Fox", "UPI",
                "Kein Medium");
        JsonNode done = option(view.doneChart);
        assertThat(texts(done.get("xAxis").get("data"))).containsExactly("0 von 2", "1 von 2", "2 von 2");
        assertThat(series(done, "Teils erledigt")).containsExactly("null", "1", "null");
        assertThat(texts(option(view.storyChart).get("yAxis").get("data"))).contains("Keine Story");
        assertThat(view.storyChart.getChildren().filter(child -> child instanceof com.vaadin.flow.component.html.H3)
                .map(child -> child.getElement().getText())).containsExactly("Am weitesten zurückliegende Storys");

        assertThat(ProgressFormat.since(ProgressFixture.DAY, ProgressFixture.DAY.plusSeconds(2 * 86_400 + 60)))
                .isEqualTo("vor 2 Tagen");
        assertThat(ProgressFormat.since(ProgressFixture.DAY, ProgressFixture.DAY.plusSeconds(40L * 86_400)))
                .isEqualTo("20. Nov. 2026");
        assertThat(ProgressFormat.hours(1234 * 3600L + 1800)).isEqualTo("1.234,5 h");
        assertThat(ProgressFormat.activeTime(1234 * 3600L + 300)).isEqualTo("1.234 h 05 min");
    }

    @Test
    void inEnglishTheFormatsStayAsTheyWere() {
        assertThat(ProgressFormat.since(ProgressFixture.DAY, ProgressFixture.DAY.plusSeconds(86_400 + 60)))
                .isEqualTo("1 day ago");
        assertThat(ProgressFormat.since(ProgressFixture.DAY, ProgressFixture.DAY.plusSeconds(40L * 86_400)))
                .isEqualTo("20 Nov 2026");
        assertThat(ProgressFormat.hours(1234 * 3600L + 1800)).isEqualTo("1,234.5 h");
        assertThat(ProgressFormat.activeTime(1234 * 3600L + 300)).isEqualTo("1,234 h 05 min");
        assertThat(ProgressFormat.activeTime(30)).isEqualTo("< 1 min");
        assertThat(ProgressFormat.doneOf(4, 3)).isEqualTo("3 of 3 (+1)");
    }

    private static ProgressView show(UUID projectId) {
        UI.getCurrent().navigate("projects/" + projectId + "/progress");
        ProgressView view = _get(ProgressView.class);
        // what the browser's first answer asks for
        view.showFigures();
        return view;
    }

    private static List<String> row(Grid<?> grid, int index, String... keys) {
        List<String> cells = new ArrayList<>();
        for (String key : keys) {
            cells.add(_getFormatted(grid, index, key));
        }
        return cells;
    }

    private static JsonNode option(ChartCard card) {
        return JSON.readTree(card.chart.getOption());
    }

    private static List<String> series(JsonNode option, String name) {
        for (JsonNode series : option.get("series")) {
            if (series.get("name").asString().equals(name)) {
                return texts(series.get("data"));
            }
        }
        throw new AssertionError("no series " + name + " in " + option);
    }

    private static String colour(JsonNode option, String name) {
        for (JsonNode series : option.get("series")) {
            if (series.get("name").asString().equals(name)) {
                return series.get("itemStyle").get("color").asString();
            }
        }
        throw new AssertionError("no series " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isNull() ? "null" : node.asString()));
        return texts;
    }
}
