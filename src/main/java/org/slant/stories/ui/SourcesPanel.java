package org.slant.stories.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.slant.platform.ui.Chart;
import org.slant.platform.ui.LocalFormats;
import org.slant.stories.SourcesCompared;
import org.slant.stories.SourcesCompared.CitedSource;
import org.slant.stories.SourcesCompared.CueWord;
import org.slant.stories.SourcesCompared.LabelShare;
import org.slant.stories.SourcesCompared.OutletColumn;
import org.slant.stories.SourcesCompared.SourceWords;
import org.slant.stories.SourcesCsv;
import org.slant.stories.StorySources;
import org.slant.stories.WhoseWork;
import org.slant.stories.WorkSource;

/**
 * A story's outlets side by side by their sourcing (docs/story-view.md, "Sources compared"): who each cites, with
 * which cue words, how many words each source gets, and the shares of their text each frame, tone and text-hygiene
 * label covers, as tables and bar charts, with the whole as CSV. Managers and curators choose whose work (everyone's
 * pooled, one annotator's, gold); an annotator sees their own. Who may see what is decided in {@link StorySources}.
 */
@StyleSheet("styles/progress.css")
@StyleSheet("styles/sources.css")
public class SourcesPanel extends Div {

    /** Whose work the tables count: a source, and for annotators' work one annotator or everyone (null). */
    public record Choice(WorkSource source, String annotator) {
    }

    private final StorySources sources;

    final Select<Choice> whose = new Select<>();
    final Anchor csv = new Anchor();
    final Paragraph basis = new Paragraph();
    final Div notes = new Div();
    final Grid<CitedSource> cited = new Grid<>(CitedSource.class, false);
    final Grid<CueWord> cues = new Grid<>(CueWord.class, false);
    final Grid<SourceWords> words = new Grid<>(SourceWords.class, false);
    final Grid<LabelShare> labels = new Grid<>(LabelShare.class, false);
    final Chart cueChart = chart("cue-chart");
    final Chart wordChart = chart("word-chart");
    final Chart shareChart = chart("share-chart");
    final Paragraph citedEmpty = empty();
    final Paragraph cuesEmpty = empty();
    final Paragraph wordsEmpty = empty();
    final Paragraph labelsEmpty = empty();
    private UUID storyId;
    SourcesCompared shown;

    public SourcesPanel(StorySources sources) {
        this.sources = sources;
        addClassName("slant-sources");
        setWidthFull();
        whose.setLabel(getTranslation("stories.sources.whose"));
        whose.setWidth("18rem");
        whose.setItemLabelGenerator(SourcesPanel::describe);
        whose.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                compare(change.getValue());
            }
        });
        csv.setText(getTranslation("stories.sources.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("sources-csv");
        Div options = new Div(whose, csv);
        options.addClassName("slant-sources-options");
        basis.addClassName("slant-chart-caption");
        notes.addClassName("slant-sources-notes");
        for (Grid<?> grid : List.of(cited, cues, words, labels)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
        }
        // a source's attributes wrap rather than be cut short
        cited.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        cited.setId("sources-cited");
        cues.setId("sources-cues");
        words.setId("sources-words");
        labels.setId("sources-labels");
        add(options, basis, notes,
                section(getTranslation("stories.sources.cited"), getTranslation("stories.sources.cited-about"),
                        citedEmpty, cited),
                section(getTranslation("stories.sources.cues"), getTranslation("stories.sources.cues-about",
                        SourcesCharts.MOST_ITEMS), cuesEmpty, pair(cueChart, cues)),
                section(getTranslation("stories.sources.words"), getTranslation("stories.sources.words-about"),
                        wordsEmpty, pair(wordChart, words)),
                section(getTranslation("stories.sources.shares"), getTranslation("stories.sources.shares-about"),
                        labelsEmpty, pair(shareChart, labels)));
    }

    /** Shows the story compared by the work the caller sees first: everyone's pooled, or an annotator's own. */
    public void show(UUID storyId) {
        this.storyId = storyId;
        WhoseWork work = sources.whoseWork(storyId);
        List<Choice> choices = new ArrayList<>();
        if (work.everyone()) {
            choices.add(new Choice(WorkSource.ANNOTATORS, null));
            work.annotators().forEach(name -> choices.add(new Choice(WorkSource.ANNOTATORS, name)));
            choices.add(new Choice(WorkSource.GOLD, null));
        } else if (work.caller() != null) {
            choices.add(new Choice(WorkSource.ANNOTATORS, work.caller()));
        }
        whose.setItems(choices);
        whose.setReadOnly(choices.size() < 2);
        if (choices.isEmpty()) {
            basis.setText(getTranslation("stories.sources.members-only"));
            return;
        }
        whose.setValue(choices.getFirst());
        compare(choices.getFirst());
    }

    /** Counts and shows the tables for the work chosen (tests call it directly). */
    void compare(Choice choice) {
        SourcesCompared compared = sources.compare(storyId, choice.source(), choice.annotator());
        shown = compared;
        basis.setText(basis(compared));
        notes.removeAll();
        compared.notes(getLocale()).forEach(note -> notes.add(new Paragraph(note)));
        boolean attribution = compared.attributionLayer() != null;
        List<String> outlets = compared.outlets().stream().map(SourcesPanel::name).toList();
        showCited(compared, attribution);
        showCues(compared, outlets, attribution);
        showWords(compared, outlets, attribution);
        showLabels(compared, outlets);
        csv.setHref((DownloadHandler) download -> {
            download.setFileName(SourcesCsv.fileName(compared));
            download.setContentType("text/csv; charset=UTF-8");
            SourcesCsv.write(compared, download.getOutputStream());
        });
    }

    private void showCited(SourcesCompared compared, boolean attribution) {
        cited.removeAllColumns();
        cited.addColumn(CitedSource::name).setHeader(getTranslation("stories.sources.source")).setKey("name")
                .setAutoWidth(true).setFlexGrow(1)
                .setTooltipGenerator(CitedSource::name);
        if (!compared.sourceAttributes().isEmpty()) {
            cited.addColumn(SourcesPanel::attributes).setHeader(getTranslation("stories.sources.attributes"))
                    .setKey("attributes").setFlexGrow(2)
                    .setTooltipGenerator(source -> String.join("; ", source.attributes().entrySet().stream()
                            .map(value -> value.getKey() + ": " + value.getValue()).toList()));
        }
        outletColumns(cited, compared, (source, outlet) -> String.valueOf(source.counts().get(outlet)));
        cited.addColumn(CitedSource::total).setHeader(getTranslation("stories.sources.all")).setKey("total")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        cited.setItems(compared.sources());
        showOrSay(cited, citedEmpty, !compared.sources().isEmpty(), getTranslation(attribution
                ? "stories.sources.no-sources" : "stories.sources.no-attribution"));
    }

    private void showCues(SourcesCompared compared, List<String> outlets, boolean attribution) {
        cues.removeAllColumns();
        cues.addColumn(CueWord::cue).setHeader(getTranslation("stories.sources.cue")).setKey("cue").setAutoWidth(true)
                .setFlexGrow(1);
        outletColumns(cues, compared, (cue, outlet) -> String.valueOf(cue.counts().get(outlet)));
        cues.addColumn(CueWord::total).setHeader(getTranslation("stories.sources.all")).setKey("total")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        cues.setItems(compared.cues());
        List<CueWord> charted = compared.cues().stream().limit(SourcesCharts.MOST_ITEMS).toList();
        chart(cueChart, charted.stream().map(CueWord::cue).toList(), outlets,
                outlet -> charted.stream().map(cue -> cue.counts().get(outlet)).toList(), "");
        showOrSay(cues, cuesEmpty, !compared.cues().isEmpty(), getTranslation(attribution
                ? "stories.sources.no-cues" : "stories.sources.no-attribution"));
        cueChart.setVisible(!compared.cues().isEmpty());
    }

    private void showWords(SourcesCompared compared, List<String> outlets, boolean attribution) {
        words.removeAllColumns();
        words.addColumn(SourcesPanel::sourceName).setHeader(getTranslation("stories.sources.source")).setKey("source")
                .setAutoWidth(true)
                .setFlexGrow(1).setTooltipGenerator(SourcesPanel::sourceName);
        outletColumns(words, compared, (row, outlet) -> row.words().get(outlet) + " (" + row.contents().get(outlet)
                + ")");
        words.addColumn(SourceWords::totalWords).setHeader(getTranslation("stories.sources.all")).setKey("total")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        words.setItems(compared.words());
        List<SourceWords> charted = compared.words().stream().filter(row -> row.totalWords() > 0)
                .limit(SourcesCharts.MOST_ITEMS).toList();
        chart(wordChart, charted.stream().map(SourcesPanel::sourceName).toList(), outlets,
                outlet -> charted.stream().map(row -> row.words().get(outlet)).toList(), "");
        showOrSay(words, wordsEmpty, !compared.words().isEmpty(), getTranslation(attribution
                ? "stories.sources.no-words" : "stories.sources.no-attribution"));
        wordChart.setVisible(!charted.isEmpty());
    }

    private void showLabels(SourcesCompared compared, List<String> outlets) {
        labels.removeAllColumns();
        labels.addColumn(LabelShare::layer).setHeader(getTranslation("stories.common.layer")).setKey("layer")
                .setAutoWidth(true).setFlexGrow(0);
        labels.addColumn(LabelShare::label).setHeader(getTranslation("stories.sources.label")).setKey("label")
                .setAutoWidth(true).setFlexGrow(1)
                .setTooltipGenerator(LabelShare::label);
        outletColumns(labels, compared, (label, outlet) -> percent(label.shares().get(outlet)) + " ("
                + label.spans().get(outlet) + ")");
        labels.setItems(compared.labels());
        chart(shareChart, compared.labels().stream().map(LabelShare::label).toList(), outlets,
                outlet -> compared.labels().stream().map(label -> rounded(label.shares().get(outlet))).toList(), "%");
        showOrSay(labels, labelsEmpty, !compared.labels().isEmpty(), compared.shareLayers().isEmpty()
                ? getTranslation("stories.sources.no-share-layers")
                : getTranslation("stories.sources.no-shares", String.join(", ", compared.shareLayers())));
        shareChart.setVisible(!compared.labels().isEmpty());
    }

    /** One column per outlet, headed by its name. */
    private static <T> void outletColumns(Grid<T> grid, SourcesCompared compared,
            SerializableBiFunction<T, Integer, String> cell) {
        for (int i = 0; i < compared.outlets().size(); i++) {
            int outlet = i;
            grid.addColumn(row -> cell.apply(row, outlet)).setHeader(name(compared.outlets().get(outlet)))
                    .setKey("outlet-" + outlet).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        }
    }

    private static void chart(Chart chart, List<String> items, List<String> outlets,
            Function<Integer, List<? extends Number>> values, String unit) {
        List<List<? extends Number>> perOutlet = new ArrayList<>();
        for (int outlet = 0; outlet < outlets.size(); outlet++) {
            perOutlet.add(values.apply(outlet));
        }
        // no bar and no "0" beside it where an outlet has none
        perOutlet.replaceAll(list -> list.stream().map(value -> value == null || value.doubleValue() == 0 ? null
                : value).toList());
        chart.setHeight(SourcesCharts.height(items.size(), outlets.size()));
        chart.setOption(SourcesCharts.grouped(items, outlets, perOutlet, unit));
    }

    private static void showOrSay(Grid<?> grid, Paragraph empty, boolean rows, String nothing) {
        grid.setVisible(rows);
        empty.setText(nothing);
        empty.setVisible(!rows);
    }

    private static String basis(SourcesCompared compared) {
        int outlets = compared.outlets().size();
        int articles = compared.outlets().stream().mapToInt(outlet -> outlet.articles().size()).sum();
        if (WorkSource.GOLD.id().equals(compared.source())) {
            long withGold = compared.outlets().stream().flatMap(outlet -> outlet.articles().stream())
                    .filter(article -> !"NOT_STARTED".equals(article.gold())).count();
            return I18NProvider.translate("stories.sources.basis-gold", outlets, articles, withGold);
        }
        if (compared.annotator() != null) {
            return I18NProvider.translate("stories.sources.basis-annotator", outlets, articles, compared.annotator());
        }
        return compared.annotators().isEmpty() ? I18NProvider.translate("stories.sources.basis-nobody", outlets, articles)
                : I18NProvider.translate("stories.sources.basis-pooled", outlets, articles, compared.annotators().size(),
                        String.join(", ", compared.annotators()));
    }

    private static String describe(Choice choice) {
        if (choice.source() == WorkSource.GOLD) {
            return I18NProvider.translate("stories.common.gold");
        }
        return choice.annotator() == null ? I18NProvider.translate("stories.sources.everyone") : choice.annotator();
    }

    /**
     * A source's attribute values in one short line, in the schema's order: "named · person/official · mediated ·
     * CNN". A yes-or-no attribute shows its name when yes and "not" with it when no; "–" when none is given.
     */
    static String attributes(CitedSource source) {
        List<String> values = source.attributes().entrySet().stream().map(value -> switch (value.getValue()) {
            case "true" -> value.getKey();
            case "false" -> I18NProvider.translate("stories.sources.not", value.getKey());
            default -> value.getValue();
        }).toList();
        return values.isEmpty() ? "–" : String.join(" · ", values);
    }

    static String name(OutletColumn outlet) {
        return outlet.name() == null ? I18NProvider.translate("stories.common.no-outlet") : outlet.name();
    }

    private static String sourceName(SourceWords row) {
        return row.source() == null ? I18NProvider.translate("stories.sources.no-source") : row.source();
    }

    /** A share as a percentage with one decimal, "12.5%" ("12,5 %" in German); "–" where the outlet has no words. */
    static String percent(Double share) {
        return share == null ? "–" : LocalFormats.percent(share, 1);
    }

    private static Double rounded(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static Div section(String title, String caption, Component... content) {
        Paragraph note = new Paragraph(caption);
        note.addClassName("slant-chart-caption");
        Div section = new Div(new H3(title), note);
        section.add(content);
        section.addClassName("slant-sources-section");
        return section;
    }

    private static Div pair(Chart chart, Grid<?> grid) {
        Div pair = new Div(chart, grid);
        pair.addClassName("slant-sources-pair");
        return pair;
    }

    private static Chart chart(String id) {
        Chart chart = new Chart();
        chart.setId(id);
        chart.setWidthFull();
        return chart;
    }

    private static Paragraph empty() {
        Paragraph empty = new Paragraph();
        empty.addClassName("slant-muted");
        empty.setVisible(false);
        return empty;
    }
}
