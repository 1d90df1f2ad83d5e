package org.slant.stories.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
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
import org.slant.platform.ui.Chart;
import org.slant.platform.ui.NotFoundPage;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.stories.SourcesStory;
import org.slant.stories.WorkSource;
import org.slant.stories.ui.SourcesPanel.Choice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sources panel on its page, on {@link SourcesStory}: its choices, tables and what its charts are given. */
@SlantSpringTest
class SourcesPanelTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;

    SourcesStory story;

    @BeforeEach
    void theStory() {
        story = new SourcesStory(context);
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void aManagerSeesEveryonesWorkPooledInTablesAndCharts() {
        KaribuViews.signInAndStart(context, story.manager);
        SourcesView view = show(story.projectId, story.storyId);
        SourcesPanel panel = view.panel;

        assertThat(view.title.getText()).isEqualTo("Sources compared: " + story.storyTitle);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sources compared · " + story.storyTitle
                + " · Slant");
        assertThat(panel.whose.getListDataView().getItems().toList()).containsExactly(
                new Choice(WorkSource.ANNOTATORS, null), new Choice(WorkSource.ANNOTATORS, story.alice),
                new Choice(WorkSource.ANNOTATORS, story.bob), new Choice(WorkSource.GOLD, null));
        assertThat(panel.whose.getValue()).isEqualTo(new Choice(WorkSource.ANNOTATORS, null));
        assertThat(panel.whose.getItemLabelGenerator().apply(panel.whose.getValue()))
                .isEqualTo("All annotators, pooled");
        assertThat(panel.basis.getText()).isEqualTo("3 outlets, 4 articles. The work of 2 annotators pooled: "
                + story.alice + ", " + story.bob + ".");
        assertThat(panel.notes.getChildren()).isEmpty();

        assertThat(headers(panel.cited)).containsExactly("Source", "Attributes", "Daily Ledger", "Fox News", "UPI",
                "All");
        assertThat(_size(panel.cited)).isEqualTo(6);
        assertThat(row(panel.cited, 2, "name", "attributes", "outlet-0", "outlet-1", "outlet-2", "total"))
                .containsExactly("Jens Stoltenberg", "named · person/official · mediated · CNN", "0", "0", "1", "1");
        assertThat(row(panel.cited, 3, "name", "attributes")).containsExactly("Jens Stoltenberg",
                "named · person/official");
        assertThat(panel.cited.getColumnByKey("attributes").getTooltipGenerator().apply(panel.shown.sources().get(2)))
                .isEqualTo("identification: named; kind: person/official; mediated: true; via: CNN");

        assertThat(row(panel.cues, 0, "cue", "outlet-0", "outlet-1", "outlet-2", "total"))
                .containsExactly("said", "2", "1", "0", "3");
        assertThat(_size(panel.cues)).isEqualTo(5);

        assertThat(row(panel.words, 0, "source", "outlet-0", "outlet-1", "outlet-2", "total"))
                .containsExactly("Jens Stoltenberg", "8 (1)", "8 (1)", "6 (1)", "22");
        assertThat(row(panel.words, 5, "source", "outlet-2", "total")).containsExactly("(no source found)", "4 (1)",
                "4");

        assertThat(row(panel.labels, 0, "layer", "label", "outlet-0", "outlet-1", "outlet-2"))
                .containsExactly("Frame", "Security and defense", "58.8% (2)", "0.0% (0)", "60.7% (1)");
        assertThat(row(panel.labels, 3, "layer", "label", "outlet-1")).containsExactly("Non-editorial",
                "Promo headline", "15.4% (1)");

        JsonNode cues = option(panel.cueChart);
        assertThat(texts(cues.get("yAxis").get("data"))).containsExactly("said", "claimed", "according to", "says",
                "warned");
        // no bar (null) where an outlet has none, rather than a bar of 0 labelled "0"
        assertThat(texts(cues.get("series").get(0).get("data"))).containsExactly("2", "1", "null", "null", "null");
        assertThat(cues.get("series").valueStream().map(series -> series.get("name").asString()))
                .containsExactly("Daily Ledger", "Fox News", "UPI");
        assertThat(cues.get("series").get(2).get("itemStyle").get("color").asString())
                .isEqualTo(SourcesCharts.OUTLET_COLOURS.get(2));
        JsonNode words = option(panel.wordChart);
        // the sources with words, and the words attributed to no one
        assertThat(texts(words.get("yAxis").get("data"))).containsExactly("Jens Stoltenberg", "Stoltenberg",
                "NATO officials", "Russia's envoy", "A senior official", "(no source found)");
        assertThat(texts(words.get("series").get(2).get("data"))).containsExactly("6", "null", "null", "4", "null",
                "4");
        JsonNode shares = option(panel.shareChart);
        assertThat(texts(shares.get("yAxis").get("data"))).containsExactly("Security and defense", "Neutral",
                "Implicit anti", "Promo headline");
        assertThat(texts(shares.get("series").get(0).get("data"))).containsExactly("58.8", "null", "41.2",
                "null");
        assertThat(shares.get("xAxis").get("axisLabel").get("formatter").asString()).isEqualTo("{value}%");
        assertThat(panel.csv.getHref()).isNotEmpty();
    }

    @Test
    void choosingGoldOrOneAnnotator() {
        KaribuViews.signInAndStart(context, story.curator);
        SourcesPanel panel = show(story.projectId, story.storyId).panel;

        panel.whose.setValue(new Choice(WorkSource.GOLD, null));
        panel.compare(panel.whose.getValue());
        assertThat(panel.basis.getText()).isEqualTo("3 outlets, 4 articles. Gold of 1 of them (curated or being "
                + "curated).");
        assertThat(_size(panel.cues)).isEqualTo(1);
        assertThat(panel.labels.isVisible()).isFalse();
        assertThat(panel.labelsEmpty.getText()).isEqualTo("No Frame, Tone, Non-editorial spans on this story's "
                + "articles yet.");
        assertThat(panel.shareChart.isVisible()).isFalse();

        panel.compare(new Choice(WorkSource.ANNOTATORS, story.bob));
        assertThat(panel.basis.getText()).isEqualTo("3 outlets, 4 articles. The work of " + story.bob + ".");
        assertThat(row(panel.cues, 1, "cue", "outlet-2")).containsExactly("says", "1");
    }

    @Test
    void anAnnotatorSeesTheirOwnWorkOnly() {
        KaribuViews.signInAndStart(context, story.alice);
        SourcesPanel panel = show(story.projectId, story.storyId).panel;

        assertThat(panel.whose.getListDataView().getItems().toList())
                .containsExactly(new Choice(WorkSource.ANNOTATORS, story.alice));
        assertThat(panel.whose.isReadOnly()).isTrue();
        assertThat(panel.basis.getText()).isEqualTo("3 outlets, 4 articles. The work of " + story.alice + ".");
        assertThat(panel.basis.getText()).doesNotContain(story.bob);
        assertThat(row(panel.cues, 0, "cue", "outlet-0", "outlet-1")).containsExactly("claimed", "1", "1");
    }

    @Test
    void aProjectWithoutTheAttributionLayerSaysSo() {
        UUID projectId = corpus.createProject("Frames only " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        corpus.addDocuments(projectId, List.of(new NewDocument("One", "Stoltenberg said so.", null, "Talks", null,
                null, null, Map.of())));
        UUID storyId = corpus.stories(projectId).getFirst().getId();
        KaribuViews.signInAndStart(context, "admin", "ADMIN");

        SourcesPanel panel = show(projectId, storyId).panel;

        assertThat(panel.notes.getChildren().map(note -> note.getElement().getText()))
                .anySatisfy(note -> assertThat(note).startsWith("The project has no span layer named 'Attribution'"));
        assertThat(panel.cited.isVisible()).isFalse();
        assertThat(panel.citedEmpty.getText()).isEqualTo("The project has no Attribution layer.");
        assertThat(panel.cueChart.isVisible()).isFalse();
        assertThat(headers(panel.labels)).containsExactly("Layer", "Label", "No outlet");
    }

    @Test
    void anUnknownStoryOrOneOfAnotherProjectIsNotFound() {
        KaribuViews.signInAndStart(context, story.manager);
        UI.getCurrent().navigate("projects/" + story.projectId + "/stories/" + UUID.randomUUID() + "/sources");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such story.");

        SourcesStory another = new SourcesStory(context);
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        UI.getCurrent().navigate("projects/" + story.projectId + "/stories/" + another.storyId + "/sources");
        assertThat(_get(NotFoundPage.class).reason()).isEqualTo("No such story.");
    }

    private static SourcesView show(UUID projectId, UUID storyId) {
        UI.getCurrent().navigate("projects/" + projectId + "/stories/" + storyId + "/sources");
        return _get(SourcesView.class);
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    private static List<String> row(Grid<?> grid, int index, String... keys) {
        List<String> cells = new ArrayList<>();
        for (String key : keys) {
            cells.add(_getFormatted(grid, index, key));
        }
        return cells;
    }

    private static JsonNode option(Chart chart) {
        return JSON.readTree(chart.getOption());
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(value -> value.isNull() ? "null" : value.asString()).toList();
    }
}
