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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
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

    static final String UNDEFINED = "undefined";

    private final CorpusService corpus;
    private final AnnotatorQuality quality;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.QUALITY);

    final Paragraph intro = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Paragraph basis = new Paragraph();
    final Select<String> layer = new Select<>();
    final RadioButtonGroup<QualityMeasure> match = new RadioButtonGroup<>("Match");
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
        confusionPart.add(section("Label confusion", confusionCaption), confusionChoices(), confusion);
        results.add(filters(), figures, confusionPart);
        results.setVisible(false);
        add(header, intro, progress, status, basis, results, legend());
        configureFigures();
    }

    private Div filters() {
        layer.setLabel("Layer");
        layer.setEmptySelectionAllowed(true);
        layer.setEmptySelectionCaption("All layers");
        layer.addValueChangeListener(change -> showFigures());
        match.setItems(QualityMeasure.values());
        match.setItemLabelGenerator(QualityMeasure::title);
        match.setValue(QualityMeasure.F1_EXACT);
        match.addValueChangeListener(change -> showFigures());
        Div filters = new Div(layer, match);
        filters.addClassName("slant-agreement-options");
        return filters;
    }

    private Div confusionChoices() {
        confusionAnnotator.setLabel("Annotator");
        confusionAnnotator.addValueChangeListener(change -> showConfusion());
        confusionLayer.setLabel("Layer");
        confusionLayer.addValueChangeListener(change -> showConfusion());
        Div choices = new Div(confusionAnnotator, confusionLayer);
        choices.addClassName("slant-agreement-options");
        return choices;
    }

    private void configureFigures() {
        figures.addColumn(QualityFigure::annotator).setKey("annotator").setHeader("Annotator").setAutoWidth(true)
                .setFlexGrow(0);
        figures.addColumn(QualityFigure::layer).setKey("layer").setHeader("Layer").setAutoWidth(true).setFlexGrow(0);
        figures.addColumn(figure -> figure.label() == null ? "all labels" : figure.label()).setKey("label")
                .setHeader("Label").setAutoWidth(true).setFlexGrow(1);
        figures.addColumn(figure -> figure.measure().title()).setKey("match").setHeader("Match").setAutoWidth(true)
                .setFlexGrow(0);
        figures.addColumn(figure -> value(figure.precision())).setKey("precision").setHeader("Precision")
                .setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(figure -> part(figure.precision()));
        figures.addColumn(figure -> value(figure.recall())).setKey("recall").setHeader("Recall").setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(figure -> part(figure.recall()));
        figures.addColumn(figure -> value(figure.value())).setKey("f1").setHeader("F1").setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(figure -> part(figure.value()));
        figures.addColumn(QualityFigure::truePositives).setKey("matched").setHeader("Matched").setAutoWidth(true)
                .setFlexGrow(0);
        figures.addColumn(QualityFigure::annotatorUnits).setKey("theirs").setHeader("Theirs").setAutoWidth(true)
                .setFlexGrow(0);
        figures.addColumn(QualityFigure::goldUnits).setKey("gold").setHeader("Gold").setAutoWidth(true)
                .setFlexGrow(0);
        figures.addColumn(QualityFigure::documents).setKey("documents").setHeader("Documents").setAutoWidth(true)
                .setFlexGrow(0);
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
        intro.setText(everyone
                ? "Each annotator's work against gold, for feedback: over the documents whose curation has begun "
                        + "(in progress or curated) that the annotator marked done. Names show even in a blind "
                        + "project; each annotator sees only their own figures."
                : "Your quality against gold: how your finished work compares with the curated gold, over the "
                        + "documents whose curation has begun that you marked done.");
        figures.getColumnByKey("annotator").setVisible(everyone);
        figures.getColumnByKey("theirs").setHeader(everyone ? "Theirs" : "Yours");
        confusionAnnotator.setVisible(everyone);
        confusionCaption.setText(everyone ? "Which gold label each of the annotator's spans met: a row per label of "
                + "theirs, a column per gold label. Marked cells agree." : "Which gold label each of your spans met: "
                + "a row per label of yours, a column per gold label. Marked cells agree.");
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
        status.setText("Comparing with gold…");
        status.setVisible(true);
        computing = BackgroundTask.of(told -> quality.report(projectId, Set.of(), null, told))
                .onProgress((read, documents) -> {
                    progress.setIndeterminate(false);
                    progress.setValue(documents == 0 ? 1 : read / (double) documents);
                    status.setText("Comparing with gold… " + read + " of " + documents + " documents read.");
                })
                .onDone(this::show)
                .onFailure(failure -> {
                    progress.setVisible(false);
                    status.setText("The report could not be computed: " + BackgroundTask.said(failure));
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
            return "No gold yet: curate documents or merge the annotators' work into gold first; then "
                    + (everyone ? "each annotator's" : "your") + " finished work is measured against it here.";
        }
        if (computed.documents() == 0) {
            return documents(computed.documentsWithGold()) + " with gold, but " + (everyone
                    ? "no annotator has marked one of them done yet." : "you have marked none of them done yet.");
        }
        return documents(computed.documents()) + " with gold and work marked done" + (everyone ? "; annotators: "
                + String.join(", ", computed.annotators()) : "") + ". Undefined means there is nothing to divide "
                + "by: no spans or answers on that side.";
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
                new ListItem("Precision: of their spans (or answers), the share gold has too. Recall: of gold's, "
                        + "the share they found. F1: 2 × matched ÷ (theirs + gold), the harmonic mean of the two."),
                new ListItem(QualityMeasure.F1_EXACT.title() + ": " + QualityMeasure.F1_EXACT.definition()),
                new ListItem(QualityMeasure.F1_OVERLAP.title() + ": " + QualityMeasure.F1_OVERLAP.definition()),
                new ListItem("Which documents count: those whose curation has begun (in progress or curated, even "
                        + "with empty gold: then all their spans there are wrong) and that the annotator marked done."),
                new ListItem("Label confusion: each of their spans once, under its own label when a gold span of "
                        + "that label overlaps it, else under the label of the gold span it shares most characters "
                        + "with, or under \"" + ConfusionGrid.NO_GOLD_SPAN + "\". \"" + ConfusionGrid.MISSED
                        + "\" counts gold spans none of theirs overlaps."));
        Div legend = section("Definitions", new Paragraph("Full text: docs/measures.md, \"Annotators against "
                + "gold\"."));
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

    private static String documents(int count) {
        return count + (count == 1 ? " document" : " documents");
    }

    static String value(Double value) {
        return value == null ? UNDEFINED : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String part(Double value) {
        return value == null ? "undefined" : "figure";
    }

    @Override
    public String getPageTitle() {
        return "Quality · " + (project == null ? "Project" : project.name()) + " · Slant";
    }

    /** The figures shown now, in order (tests read them). */
    List<QualityFigure> shownFigures() {
        return figures.getListDataView().getItems().toList();
    }
}
