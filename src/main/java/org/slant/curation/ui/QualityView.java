package org.slant.curation.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.curation.AnnotatorQuality;
import org.slant.curation.LabelConfusion;
import org.slant.curation.QualityFigure;
import org.slant.curation.QualityMeasure;
import org.slant.curation.QualityReport;
import org.slant.platform.BackgroundThreads;
import org.slant.platform.ui.BackgroundTask;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.ProjectTabs;

/**
 * Each annotator against gold (docs/measures.md, "Annotators against gold"): precision, recall and F1 per layer and
 * label with the counts they rest on, exact or overlap, and one annotator's label confusion table for a span layer.
 * Managers and curators see everyone, to give feedback; an annotator sees their own. Computed in the background.
 */
@Route("projects/:projectId/quality")
@PermitAll
@StyleSheet("styles/progress.css")
@StyleSheet("styles/agreement.css")
@StyleSheet("styles/quality.css")
public class QualityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final AnnotatorQuality quality;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.QUALITY);

    final Paragraph intro = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Paragraph basis = new Paragraph();
    final Select<String> layer = new Select<>();
    final RadioButtonGroup<QualityMeasure> match = new RadioButtonGroup<>(getTranslation("curation.quality.match"));
    final Grid<QualityFigure> figures = new Grid<>(QualityFigure.class, false);
    final Select<String> confusionAnnotator = new Select<>();
    final Select<String> confusionLayer = new Select<>();
    final ConfusionGrid confusion = new ConfusionGrid();
    private final Paragraph confusionCaption = new Paragraph();
    private final Div results = new Div();
    /** Shown when a span layer is reported: answers have no confusion table. */
    final Div confusionPart = new Div();
    private ProjectSummary project;
    private boolean everyone;
    QualityReport report;
    /** Where reports are computed; tests run them on the spot. */
    Executor executor;
    private BackgroundTask<QualityReport> computing;

    public QualityView(CorpusService corpus, AnnotatorQuality quality, BackgroundThreads threads) {
        this.corpus = corpus;
        this.quality = quality;
        this.executor = threads;
        addClassNames("slant-page", "slant-agreement", "slant-quality");
        setWidthFull();
        intro.addClassName("slant-chart-caption");
        progress.setVisible(false);
        status.setVisible(false);
        results.addClassName("slant-quality-results");
        confusionPart.add(section(getTranslation("curation.quality.label-confusion"), confusionCaption),
                confusionChoices(), confusion);
        results.add(filters(), figures, confusionPart);
        results.setVisible(false);
        add(header, intro, progress, status, basis, results, legend());
        configureFigures();
    }

    private Div filters() {
        layer.setLabel(getTranslation("curation.quality.layer"));
        layer.setEmptySelectionAllowed(true);
        layer.setEmptySelectionCaption(getTranslation("curation.quality.all-layers"));
        layer.addValueChangeListener(change -> showFigures());
        match.setItems(QualityMeasure.values());
        match.setItemLabelGenerator(QualityView::title);
        match.setValue(QualityMeasure.F1_EXACT);
        match.addValueChangeListener(change -> showFigures());
        Div filters = new Div(layer, match);
        filters.addClassName("slant-agreement-options");
        return filters;
    }

    private Div confusionChoices() {
        confusionAnnotator.setLabel(getTranslation("curation.quality.annotator"));
        confusionAnnotator.addValueChangeListener(change -> showConfusion());
        confusionLayer.setLabel(getTranslation("curation.quality.layer"));
        confusionLayer.addValueChangeListener(change -> showConfusion());
        Div choices = new Div(confusionAnnotator, confusionLayer);
        choices.addClassName("slant-agreement-options");
        return choices;
    }

    private void configureFigures() {
        figures.addColumn(QualityFigure::annotator).setKey("annotator")
                .setHeader(getTranslation("curation.quality.column.annotator")).setAutoWidth(true).setFlexGrow(0);
        figures.addColumn(QualityFigure::layer).setKey("layer")
                .setHeader(getTranslation("curation.quality.column.layer")).setAutoWidth(true).setFlexGrow(0);
        figures.addColumn(figure -> figure.label() == null ? getTranslation("curation.quality.all-labels")
                : figure.label()).setKey("label").setHeader(getTranslation("curation.quality.column.label"))
                .setAutoWidth(true).setFlexGrow(1);
        figures.addColumn(figure -> title(figure.measure())).setKey("match")
                .setHeader(getTranslation("curation.quality.column.match")).setAutoWidth(true).setFlexGrow(0);
        figures.addColumn(figure -> value(figure.precision())).setKey("precision")
                .setHeader(getTranslation("curation.quality.column.precision")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(figure -> part(figure.precision()));
        figures.addColumn(figure -> value(figure.recall())).setKey("recall")
                .setHeader(getTranslation("curation.quality.column.recall")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(figure -> part(figure.recall()));
        figures.addColumn(figure -> value(figure.value())).setKey("f1")
                .setHeader(getTranslation("curation.quality.column.f1")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(figure -> part(figure.value()));
        figures.addColumn(figure -> LocalFormats.count(figure.truePositives())).setKey("matched")
                .setHeader(getTranslation("curation.quality.column.matched")).setAutoWidth(true).setFlexGrow(0);
        figures.addColumn(figure -> LocalFormats.count(figure.annotatorUnits())).setKey("theirs")
                .setHeader(getTranslation("curation.quality.column.theirs")).setAutoWidth(true).setFlexGrow(0);
        figures.addColumn(figure -> LocalFormats.count(figure.goldUnits())).setKey("gold")
                .setHeader(getTranslation("curation.quality.column.gold")).setAutoWidth(true).setFlexGrow(0);
        figures.addColumn(figure -> LocalFormats.count(figure.documents())).setKey("documents")
                .setHeader(getTranslation("curation.quality.column.documents")).setAutoWidth(true).setFlexGrow(0);
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        figures.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.project(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        everyone = corpus.seesEveryonesWork(project.id());
        header.show(project.id(), project.name(), corpus.canChange(project.id()), everyone);
        intro.setText(getTranslation(everyone ? "curation.quality.intro-everyone" : "curation.quality.intro-own"));
        figures.getColumnByKey("annotator").setVisible(everyone);
        figures.getColumnByKey("theirs").setHeader(getTranslation(everyone ? "curation.quality.column.theirs"
                : "curation.quality.column.yours"));
        confusionAnnotator.setVisible(everyone);
        confusionCaption.setText(getTranslation(everyone ? "curation.quality.confusion-everyone"
                : "curation.quality.confusion-own"));
        // computed once the page is up, so that the page loads while the figures are computed
        getElement().executeJs("return 0").then(Integer.class, pageIsUp -> measure());
    }

    /** Computes the report in the background and shows it when done (tests call this directly). */
    void measure() {
        if (computing != null) {
            computing.cancel();
        }
        UUID projectId = project.id();
        progress.setIndeterminate(true);
        progress.setVisible(true);
        status.removeClassName("slant-problem");
        status.setText(getTranslation("curation.quality.comparing"));
        status.setVisible(true);
        computing = BackgroundTask.of(told -> quality.report(projectId, Set.of(), null, told))
                .onProgress((read, documents) -> {
                    progress.setIndeterminate(false);
                    progress.setValue(documents == 0 ? 1 : read / (double) documents);
                    status.setText(getTranslation("curation.quality.comparing-progress", read, documents));
                })
                .onDone(this::show)
                .onFailure(failure -> {
                    progress.setVisible(false);
                    status.setText(getTranslation("curation.quality.failed", BackgroundTask.said(failure)));
                    status.addClassName("slant-problem");
                })
                .start(this, executor);
    }

    private void show(QualityReport computed) {
        progress.setVisible(false);
        status.setVisible(false);
        report = computed;
        basis.setText(basis(computed));
        results.setVisible(!computed.figures().isEmpty());
        layer.setItems(computed.figures().stream().map(QualityFigure::layer).distinct().toList());
        showFigures();
        confusionAnnotator.setItems(computed.confusion().stream().map(LabelConfusion::annotator).distinct().toList());
        confusionLayer.setItems(computed.confusion().stream().map(LabelConfusion::layer).distinct().toList());
        confusionAnnotator.setValue(computed.annotators().isEmpty() ? null : computed.annotators().getFirst());
        confusionLayer.setValue(computed.confusion().isEmpty() ? null : computed.confusion().getFirst().layer());
        confusionPart.setVisible(!computed.confusion().isEmpty());
        showConfusion();
    }

    private String basis(QualityReport computed) {
        if (computed.documentsWithGold() == 0) {
            return getTranslation(everyone ? "curation.quality.no-gold-everyone" : "curation.quality.no-gold-own");
        }
        if (computed.documents() == 0) {
            return getTranslation(everyone ? "curation.quality.none-done-everyone" : "curation.quality.none-done-own",
                    computed.documentsWithGold());
        }
        return everyone ? getTranslation("curation.quality.basis-everyone", computed.documents(),
                String.join(", ", computed.annotators()))
                : getTranslation("curation.quality.basis-own", computed.documents());
    }

    /** The figures of the layer and match chosen; answers (document layers) have only exact figures. */
    private void showFigures() {
        if (report == null) {
            return;
        }
        Set<String> withOverlap = report.figures().stream()
                .filter(figure -> figure.measure() == QualityMeasure.F1_OVERLAP).map(QualityFigure::layer)
                .collect(Collectors.toSet());
        figures.setItems(report.figures().stream()
                .filter(figure -> layer.getValue() == null || layer.getValue().equals(figure.layer()))
                .filter(figure -> figure.measure() == match.getValue() || !withOverlap.contains(figure.layer()))
                .toList());
    }

    private void showConfusion() {
        if (report == null) {
            return;
        }
        report.confusion().stream().filter(table -> Objects.equals(table.annotator(), confusionAnnotator.getValue())
                && Objects.equals(table.layer(), confusionLayer.getValue())).findFirst()
                .ifPresentOrElse(confusion::show, confusion::clear);
    }

    private static Div legend() {
        UnorderedList terms = new UnorderedList(
                new ListItem(text("curation.quality.legend.figures")),
                new ListItem(text("curation.quality.legend.measure", title(QualityMeasure.F1_EXACT),
                        definition(QualityMeasure.F1_EXACT))),
                new ListItem(text("curation.quality.legend.measure", title(QualityMeasure.F1_OVERLAP),
                        definition(QualityMeasure.F1_OVERLAP))),
                new ListItem(text("curation.quality.legend.documents")),
                new ListItem(text("curation.quality.legend.confusion", text(ConfusionGrid.NO_GOLD_SPAN_KEY),
                        text(ConfusionGrid.MISSED_KEY))));
        Div legend = section(text("curation.quality.definitions"), new Paragraph(text("curation.quality.full-text")));
        legend.add(terms);
        legend.addClassName("slant-quality-legend");
        return legend;
    }

    private static Div section(String title, Paragraph caption) {
        caption.addClassName("slant-chart-caption");
        Div section = new Div(new H3(title), caption);
        section.addClassName("slant-progress-section");
        return section;
    }

    /** A measure's name as the page shows it: "Exact", "Overlap". */
    static String title(QualityMeasure measure) {
        return text(measureKey("curation.quality.measure.", measure));
    }

    static String definition(QualityMeasure measure) {
        return text(measureKey("curation.quality.definition.", measure));
    }

    static String measureKey(String prefix, QualityMeasure measure) {
        return prefix + measure.name().toLowerCase().replace('_', '-');
    }

    /** A figure to three decimals in the reader's locale (0.812, 0,812), or "undefined". */
    static String value(Double value) {
        return value == null ? text("platform.common.undefined") : LocalFormats.decimal(value, 3);
    }

    private static String text(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }

    private static String part(Double value) {
        return value == null ? "undefined" : "figure";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.quality.page-title", project == null
                ? getTranslation("curation.common.project") : project.name());
    }

    /** The figures shown now, in order (tests read them). */
    List<QualityFigure> shownFigures() {
        return figures.getListDataView().getItems().toList();
    }
}
