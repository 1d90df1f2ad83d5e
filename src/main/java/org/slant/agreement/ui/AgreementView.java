package org.slant.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slant.agreement.AgreementOptions;
import org.slant.agreement.AgreementReport;
import org.slant.agreement.AgreementReportFiles;
import org.slant.agreement.AgreementService;
import org.slant.agreement.Disagreement;
import org.slant.agreement.Figure;
import org.slant.agreement.Measure;
import org.slant.agreement.Scope;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.curation.query.ProjectGold;
import org.slant.platform.BackgroundThreads;
import org.slant.platform.ui.BackgroundTask;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.ProjectTabs;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.Member;
import org.slant.team.Memberships;

/**
 * How far a project's annotators agree (docs/measures.md): each layer's headline figure first, every figure per
 * label folded away below it (undefined ones on request), definitions as tooltips and in one legend, a heatmap of
 * annotator pairs, figures per label, outlet and story, and the passages they disagree on most, each
 * opening side by side. For managers and curators. The report is computed in the background (a large project's takes
 * seconds) while the page says how far it has come; the page stays usable meanwhile.
 */
@Route("projects/:projectId/agreement")
@PermitAll
@StyleSheet("styles/progress.css")
@StyleSheet("styles/agreement.css")
public class AgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final SchemaService schema;
    private final Memberships memberships;
    private final AgreementService agreement;
    private final AgreementReportFiles files;
    private final ProjectGold projectGold;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.AGREEMENT);

    final MultiSelectComboBox<Member> annotators = new MultiSelectComboBox<>(
            getTranslation("agreement.options.annotators"));
    final RadioButtonGroup<AgreementOptions.Work> work = new RadioButtonGroup<>(
            getTranslation("agreement.options.work"));
    final MultiSelectComboBox<String> layers = new MultiSelectComboBox<>(getTranslation("agreement.options.layers"));
    final Checkbox gold = new Checkbox(getTranslation("agreement.options.gold"));
    final Checkbox goldInProgress = new Checkbox(getTranslation("agreement.options.gold-in-progress"));
    final Button measure = new Button(getTranslation("agreement.options.measure"));
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Paragraph basis = new Paragraph();
    final Anchor csv = new Anchor();
    final Anchor json = new Anchor();
    final AgreementGlance glance = new AgreementGlance();
    final MeasureLegend legend = new MeasureLegend();
    final Checkbox showUndefined = new Checkbox(getTranslation("agreement.summary.show-undefined"));
    final Grid<Figure> summary = new Grid<>(Figure.class, false);
    final Details everyFigure = new Details(getTranslation("agreement.summary.every-figure"));
    private List<Figure> projectFigures = List.of();
    final Select<String> layer = new Select<>();
    final Select<Measure> pairMeasure = new Select<>();
    final ChartPanel pairs = new ChartPanel(getTranslation("agreement.charts.pairs.title"), "pair-chart");
    final ChartPanel labels = new ChartPanel(getTranslation("agreement.charts.labels.title"), "label-chart");
    final ChartPanel outlets = new ChartPanel(getTranslation("agreement.charts.outlets.title"), "outlet-chart");
    final Grid<Figure> stories = new Grid<>(Figure.class, false);
    final Paragraph disagreementCount = new Paragraph();
    final Grid<Disagreement> disagreements = new Grid<>(Disagreement.class, false);
    private ProjectSummary project;
    AgreementReport report;
    /** Where reports are computed; tests run them on the spot. */
    Executor executor;
    private BackgroundTask<AgreementReport> computing;

    public AgreementView(CorpusService corpus, SchemaService schema, Memberships memberships,
            AgreementService agreement, AgreementReportFiles files, BackgroundThreads threads, ProjectGold projectGold) {
        this.projectGold = projectGold;
        this.corpus = corpus;
        this.schema = schema;
        this.memberships = memberships;
        this.agreement = agreement;
        this.files = files;
        this.executor = threads;
        addClassNames("slant-page", "slant-agreement");
        setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("agreement.intro"));
        intro.addClassName("slant-chart-caption");
        progress.setVisible(false);
        status.setVisible(false);
        showUndefined.addValueChangeListener(change -> showSummaryRows());
        everyFigure.add(new Paragraph(getTranslation("agreement.summary.every-figure.note")), showUndefined, summary);
        everyFigure.addClassName("slant-agreement-every-figure");
        add(header, intro, options(), progress, status, basis, downloads(),
                section(getTranslation("agreement.summary.title"), getTranslation("agreement.summary.note")), glance,
                everyFigure, legend, chartChoices(), charts(),
                section(getTranslation("agreement.stories.title"), getTranslation("agreement.stories.note")), stories,
                section(getTranslation("agreement.disagreements.title"),
                        getTranslation("agreement.disagreements.note")), disagreementCount, disagreements);
        configureSummary();
        configureStories();
        configureDisagreements();
    }

    private Div options() {
        annotators.setItemLabelGenerator(member -> member.displayName() + " (" + member.username() + ")");
        annotators.setPlaceholder(getTranslation("agreement.options.annotators.everyone"));
        annotators.setWidth("22rem");
        work.setItems(AgreementOptions.Work.values());
        work.setItemLabelGenerator(choice -> getTranslation(choice == AgreementOptions.Work.DONE
                ? "agreement.options.work.done" : "agreement.options.work.started"));
        work.setValue(AgreementOptions.Work.DONE);
        layers.setPlaceholder(getTranslation("agreement.options.layers.all"));
        layers.setWidth("18rem");
        goldInProgress.setEnabled(false);
        gold.addValueChangeListener(change -> goldInProgress.setEnabled(change.getValue()));
        measure.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        measure.addClickListener(click -> measure());
        Div options = new Div(annotators, work, layers, new Div(gold, goldInProgress), measure);
        options.addClassName("slant-agreement-options");
        return options;
    }

    private Div downloads() {
        csv.setText(getTranslation("agreement.download.csv"));
        json.setText(getTranslation("agreement.download.json"));
        csv.getElement().setAttribute("download", true);
        json.getElement().setAttribute("download", true);
        Div downloads = new Div(csv, json);
        downloads.addClassName("slant-agreement-downloads");
        return downloads;
    }

    private Div chartChoices() {
        layer.setLabel(getTranslation("agreement.charts.layer"));
        layer.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showLayer();
            }
        });
        pairMeasure.setLabel(getTranslation("agreement.charts.pairs.measure"));
        pairMeasure.setItemLabelGenerator(FigureText::title);
        pairMeasure.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                showPairs();
            }
        });
        Div choices = new Div(layer, pairMeasure);
        choices.addClassName("slant-agreement-options");
        return choices;
    }

    private Div charts() {
        Div charts = new Div(pairs, labels, outlets);
        charts.addClassName("slant-progress-charts");
        return charts;
    }

    private void configureSummary() {
        String allLabels = getTranslation("agreement.summary.all-labels");
        summary.addColumn(Figure::layer).setKey("layer").setHeader(getTranslation("agreement.column.layer"))
                .setAutoWidth(true).setFlexGrow(0);
        summary.addColumn(figure -> figure.label() == null ? allLabels : figure.label()).setKey("label")
                .setHeader(getTranslation("agreement.column.label")).setAutoWidth(true).setFlexGrow(0);
        summary.addColumn(figure -> FigureText.title(figure.measure())).setKey("measure")
                .setHeader(getTranslation("agreement.column.measure")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(figure -> FigureText.definition(figure.measure()));
        // a fixed width: a width measured on the first rows cut "-0.500" short
        summary.addColumn(figure -> FigureText.value(figure.value())).setKey("value")
                .setHeader(getTranslation("agreement.column.value")).setWidth("6rem").setFlexGrow(0)
                .setPartNameGenerator(figure -> figure.defined() ? "figure" : "undefined");
        summary.addColumn(FigureText::restsOn).setKey("restsOn").setHeader(getTranslation("agreement.column.rests-on"))
                .setAutoWidth(true).setFlexGrow(1);
        summary.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        summary.setAllRowsVisible(true);
    }

    private void configureStories() {
        stories.addColumn(Figure::scopeName).setKey("story").setHeader(getTranslation("agreement.column.story"))
                .setFlexGrow(1);
        stories.addColumn(figure -> FigureText.title(figure.measure()))
                .setHeader(getTranslation("agreement.column.measure")).setAutoWidth(true).setFlexGrow(0);
        stories.addColumn(figure -> FigureText.value(figure.value())).setKey("value")
                .setHeader(getTranslation("agreement.column.value")).setWidth("6rem").setFlexGrow(0);
        stories.addColumn(FigureText::restsOn).setHeader(getTranslation("agreement.column.rests-on"))
                .setAutoWidth(true).setFlexGrow(0);
        stories.addThemeVariants(GridVariant.LUMO_COMPACT);
        stories.setHeight("16rem");
    }

    private void configureDisagreements() {
        disagreements.addColumn(Disagreement::documentTitle).setKey("document")
                .setHeader(getTranslation("agreement.column.document")).setFlexGrow(1);
        disagreements.addColumn(passage -> passage.outlet() == null ? "" : passage.outlet())
                .setHeader(getTranslation("agreement.column.outlet")).setAutoWidth(true).setFlexGrow(0);
        disagreements.addColumn(Disagreement::layer).setKey("layer").setHeader(getTranslation("agreement.column.layer"))
                .setAutoWidth(true).setFlexGrow(0);
        disagreements.addColumn(passage -> FigureText.percent(passage.agreement())).setKey("agreement")
                .setHeader(getTranslation("agreement.column.agreement")).setAutoWidth(true).setFlexGrow(0);
        disagreements.addColumn(Disagreement::excerpt).setKey("passage")
                .setHeader(getTranslation("agreement.column.passage")).setFlexGrow(3);
        disagreements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        disagreements.setHeight("28rem");
        disagreements.addItemClickListener(click -> open(click.getItem()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.projectForEveryonesWork(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        annotators.setItems(memberships.members(project.id()));
        layers.setItems(schema.layers(project.id()).stream().map(LayerSchema::name).toList());
        boolean hasGold = projectGold.hasGold(project.id());
        gold.setEnabled(hasGold);
        gold.setTooltipText(getTranslation(hasGold ? "agreement.options.gold.tip" : "agreement.options.gold.none"));
        // measured once the page is up, so that the page and the charts' code load while the figures are computed
        getElement().executeJs("return 0").then(Integer.class, pageIsUp -> measure());
    }

    /**
     * Computes the report for the options chosen in the background and shows it when done; a report still being
     * computed for earlier options is given up (tests call this directly).
     */
    void measure() {
        if (computing != null) {
            computing.cancel();
        }
        Set<UUID> chosen = annotators.getValue().stream().map(Member::userId).collect(Collectors.toSet());
        AgreementOptions options = new AgreementOptions(chosen, work.getValue(), layers.getValue(), goldRater());
        UUID projectId = project.id();
        progress.setIndeterminate(true);
        progress.setVisible(true);
        status.removeClassName("slant-problem");
        status.setText(getTranslation("agreement.status.computing"));
        status.setVisible(true);
        computing = BackgroundTask.of(told -> agreement.report(projectId, options, told))
                .onProgress(this::showProgress)
                .onDone(this::show)
                .onFailure(this::showFailure)
                .start(this, executor);
    }

    private AgreementOptions.Gold goldRater() {
        return !gold.getValue() ? AgreementOptions.Gold.NONE
                : goldInProgress.getValue() ? AgreementOptions.Gold.ANY : AgreementOptions.Gold.CURATED;
    }

    private void showProgress(long read, long documents) {
        progress.setIndeterminate(false);
        progress.setValue(documents == 0 ? 1 : read / (double) documents);
        status.setText(read < documents ? getTranslation("agreement.status.reading", read, documents)
                : getTranslation("agreement.status.read", documents));
    }

    private void showFailure(Throwable failure) {
        progress.setVisible(false);
        status.setText(getTranslation("agreement.status.failed", BackgroundTask.said(failure)));
        status.addClassName("slant-problem");
    }

    private void show(AgreementReport computed) {
        progress.setVisible(false);
        status.setVisible(false);
        report = computed;
        basis.setText(report.documents() == 0 ? getTranslation("agreement.basis.nothing")
                : getTranslation("agreement.basis", report.documents(), report.annotators().size(),
                        String.join(", ", report.annotators()), LocalFormats.minute(report.generatedAt())));
        projectFigures = report.figures().stream().filter(figure -> figure.scope() == Scope.PROJECT)
                .sorted(Comparator.comparing((Figure figure) -> reportedLayers(report).indexOf(figure.layer()))
                        .thenComparing(Figure::measure)
                        .thenComparing(Figure::label, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        glance.show(report);
        legend.show(projectFigures.stream().map(Figure::measure).toList());
        showSummaryRows();
        List<String> reported = report.figures().stream().map(Figure::layer).distinct().toList();
        layer.setItems(reported);
        layer.setValue(reported.isEmpty() ? null : reported.getFirst());
        disagreementCount.setText(report.disagreementCount() == 0 ? getTranslation("agreement.disagreements.none")
                : report.disagreements().size() < report.disagreementCount()
                        ? getTranslation("agreement.disagreements.lowest", report.disagreements().size(),
                                report.disagreementCount())
                        : getTranslation("agreement.disagreements.count", report.disagreementCount()));
        disagreements.setItems(report.disagreements());
        AgreementReport shown = report;
        csv.setHref((DownloadHandler) download -> {
            download.setFileName(AgreementReportFiles.fileName(shown, "csv"));
            download.setContentType("text/csv; charset=UTF-8");
            files.csv(shown, download.getOutputStream());
        });
        json.setHref((DownloadHandler) download -> {
            download.setFileName(AgreementReportFiles.fileName(shown, "json"));
            download.setContentType("application/json");
            files.json(shown, download.getOutputStream());
        });
    }

    /** Every project figure, the undefined ones only when asked for: they say nothing at a glance. */
    private void showSummaryRows() {
        long undefined = projectFigures.stream().filter(figure -> !figure.defined()).count();
        showUndefined.setLabel(getTranslation("agreement.summary.show-undefined.count", undefined));
        showUndefined.setEnabled(undefined > 0);
        summary.setItems(projectFigures.stream().filter(figure -> showUndefined.getValue() || figure.defined())
                .toList());
    }

    private static List<String> reportedLayers(AgreementReport report) {
        return report.figures().stream().map(Figure::layer).distinct().toList();
    }

    /** The charts and the story list for the layer chosen. */
    private void showLayer() {
        LayerKind kind = kindOf(layer.getValue());
        List<Measure> pairwise = kind == LayerKind.DOCUMENT ? List.of(Measure.COHEN_KAPPA)
                : List.of(Measure.F1_OVERLAP, Measure.F1_EXACT, Measure.TOKEN_COHEN_KAPPA);
        pairMeasure.setItems(pairwise);
        pairMeasure.setValue(pairwise.getFirst());
        showPairs();
        Measure main = kind == LayerKind.DOCUMENT ? Measure.ALPHA_NOMINAL : Measure.ALPHA_U;
        List<Figure> perLabel = figures(Scope.PROJECT, main).stream().filter(figure -> figure.label() != null)
                .toList();
        if (perLabel.isEmpty()) {
            labels.showNothing(getTranslation("agreement.charts.labels.caption.short", FigureText.title(main)),
                    getTranslation("agreement.charts.labels.none"));
        } else {
            Map<String, String> colours = schema.layers(project.id()).stream()
                    .filter(candidate -> candidate.name().equals(layer.getValue()))
                    .flatMap(candidate -> candidate.labels().stream())
                    .collect(Collectors.toMap(LayerSchema.LabelSchema::name, LayerSchema.LabelSchema::colour));
            labels.show(AgreementCharts.bars(perLabel.stream().map(Figure::label).toList(),
                    perLabel.stream().map(Figure::value).toList(), perLabel.stream()
                            .map(figure -> colours.getOrDefault(figure.label(), "var(--lumo-primary-color)"))
                            .toList()),
                    AgreementCharts.height(perLabel.size()),
                    getTranslation("agreement.charts.labels.caption", FigureText.title(main)));
        }
        List<Figure> perOutlet = figures(Scope.OUTLET, main);
        if (perOutlet.isEmpty()) {
            outlets.showNothing(getTranslation("agreement.charts.outlets.caption.short", FigureText.title(main)),
                    getTranslation("agreement.charts.outlets.none"));
        } else {
            outlets.show(AgreementCharts.bars(perOutlet.stream().map(Figure::scopeName).toList(),
                    perOutlet.stream().map(Figure::value).toList(), "var(--lumo-success-color)"),
                    AgreementCharts.height(perOutlet.size()), getTranslation(kind == LayerKind.DOCUMENT
                            ? "agreement.charts.outlets.caption.pooled" : "agreement.charts.outlets.caption.end-to-end",
                            FigureText.title(main)));
        }
        // the stories annotators agree on least first: those are the ones to look at
        stories.setItems(figures(Scope.STORY, main).stream().sorted(Comparator.comparing(Figure::value,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList());
    }

    private void showPairs() {
        Measure chosen = pairMeasure.getValue();
        List<Figure> cells = figures(Scope.PAIR, chosen).stream().filter(figure -> figure.label() == null).toList();
        if (cells.isEmpty()) {
            pairs.showNothing(getTranslation("agreement.charts.pairs.caption.short", FigureText.title(chosen)),
                    getTranslation("agreement.charts.pairs.none"));
            return;
        }
        List<String> people = report.annotators().stream().filter(name -> cells.stream()
                .anyMatch(figure -> figure.pair().contains(name))).toList();
        boolean canBeNegative = chosen != Measure.F1_EXACT && chosen != Measure.F1_OVERLAP;
        pairs.show(AgreementCharts.pairs(people, cells, canBeNegative), 120 + 44 * people.size() + "px",
                getTranslation("agreement.charts.pairs.caption", FigureText.title(chosen)));
    }

    private List<Figure> figures(Scope scope, Measure measure) {
        return report.figures().stream().filter(figure -> figure.scope() == scope && figure.measure() == measure
                && Objects.equals(figure.layer(), layer.getValue())).toList();
    }

    private LayerKind kindOf(String layerName) {
        return schema.layers(project.id()).stream().filter(candidate -> candidate.name().equals(layerName))
                .map(LayerSchema::kind).findFirst().orElse(LayerKind.SPAN);
    }

    private void open(Disagreement passage) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(Map.of("document",
                passage.documentId().toString(), "layer", passage.layer(), "start", String.valueOf(passage.start()),
                "end", String.valueOf(passage.end()), "work", work.getValue().name().toLowerCase(), "gold",
                goldRater().name().toLowerCase()));
        if (!annotators.getValue().isEmpty()) {
            parameters.put("annotators", annotators.getValue().stream().map(member -> member.userId().toString())
                    .collect(Collectors.joining(",")));
        }
        getUI().ifPresent(ui -> ui.navigate("projects/" + project.id() + "/agreement/passage",
                QueryParameters.simple(parameters)));
    }

    private static Div section(String title, String note) {
        Paragraph caption = new Paragraph(note);
        caption.addClassName("slant-chart-caption");
        Div section = new Div(new H3(title), caption);
        section.addClassName("slant-progress-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("agreement.page-title.no-project")
                : getTranslation("agreement.page-title", project.name());
    }
}
