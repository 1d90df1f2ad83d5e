package org.slant.progress.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.ui.ProjectTabs;
import org.slant.progress.ProgressOverview;
import org.slant.progress.ProgressSummary;
import org.slant.progress.ProjectProgress;

/**
 * The managers' view of how far a project has come: headline figures, charts per annotator, outlet and story, and
 * lists of annotators and documents (docs/progress.md). Who may see it is decided in {@link ProjectProgress}.
 */
@Route("projects/:projectId/progress")
@PermitAll
@StyleSheet("styles/progress.css")
public class ProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Stories in the chart: a study may have thousands; those furthest behind are the ones to act on. */
    static final int STORIES_SHOWN = 12;

    private final CorpusService corpus;
    private final ProjectProgress progress;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.PROGRESS);
    final HeadlineFigures figures = new HeadlineFigures();
    final ChartCard annotatorChart = new ChartCard(getTranslation("progress.charts.annotators.title"),
            "annotator-chart", getTranslation("progress.annotators.nobody"));
    final ChartCard outletChart = new ChartCard(getTranslation("progress.charts.outlets.title"), "outlet-chart",
            getTranslation("progress.documents.none"));
    final ChartCard doneChart = new ChartCard(getTranslation("progress.charts.done.title"), "done-chart",
            getTranslation("progress.documents.none"));
    final ChartCard storyChart = new ChartCard(getTranslation("progress.charts.stories.title"), "story-chart",
            getTranslation("progress.documents.none"));
    final AnnotatorGrid annotators = new AnnotatorGrid();
    final DocumentGrid documents = new DocumentGrid();
    private ProjectSummary project;

    public ProgressView(CorpusService corpus, ProjectProgress progress) {
        this.corpus = corpus;
        this.progress = progress;
        addClassNames("slant-page", "slant-progress");
        setWidthFull();
        Div charts = new Div(annotatorChart, outletChart, doneChart, storyChart);
        charts.addClassName("slant-progress-charts");
        add(header, figures, charts, section(getTranslation("progress.annotators.title"),
                getTranslation("progress.annotators.note")), annotators,
                section(getTranslation("progress.documents.title"), getTranslation("progress.documents.note")),
                documents);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.projectToChange(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        // the figures come with a second answer, asked for as soon as the page is up: the browser loads the charts'
        // code while the database counts, instead of after
        getElement().executeJs("return 0").then(Integer.class, pageIsUp -> showFigures());
    }

    /** Counts and shows every figure; the browser asks for it once the page is up (tests call it directly). */
    void showFigures() {
        ProgressOverview overview = progress.overview(project.id(), STORIES_SHOWN);
        ProgressSummary summary = overview.summary();
        boolean noDocuments = summary.documents() == 0;
        int k = summary.annotatorsPerDocument();
        figures.show(summary);
        StackedBars byAnnotator = ProgressCharts.annotators(overview.annotators());
        annotatorChart.show(byAnnotator, byAnnotator.height(), getTranslation("progress.charts.annotators.caption"),
                overview.annotators().isEmpty());
        StackedBars byOutlet = ProgressCharts.groups(overview.outlets(), getTranslation("progress.charts.no-outlet"));
        outletChart.show(byOutlet, byOutlet.height(), getTranslation("progress.charts.outlets.caption", k),
                noDocuments);
        StackedBars byStory = ProgressCharts.groups(overview.storiesFurthestBehind(),
                getTranslation("progress.charts.no-story"));
        storyChart.show(byStory, byStory.height(), storyCaption(overview), noDocuments);
        // as tall as the stories beside it, so that the two cards end together
        doneChart.show(ProgressCharts.doneLevels(overview.doneLevels()), byStory.height(),
                getTranslation("progress.charts.done.caption", k), noDocuments);
        annotators.show(overview.annotators());
        documents.show(progress, project.id(), summary.documents());
    }

    private String storyCaption(ProgressOverview overview) {
        long shown = overview.storiesFurthestBehind().size();
        if (overview.stories() == 1) {
            return getTranslation("progress.charts.stories.caption.one");
        }
        return shown == overview.stories() ? getTranslation("progress.charts.stories.caption.all", shown)
                : getTranslation("progress.charts.stories.caption.some", shown, overview.stories());
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
        return project == null ? getTranslation("progress.page-title.no-project")
                : getTranslation("progress.page-title", project.name());
    }
}
