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
    final ChartCard annotatorChart = new ChartCard("Annotators", "annotator-chart",
            "No one has opened a document of this project yet.");
    final ChartCard outletChart = new ChartCard("Outlets", "outlet-chart", "This project has no documents yet.");
    final ChartCard doneChart = new ChartCard("Documents by annotations done", "done-chart",
            "This project has no documents yet.");
    final ChartCard storyChart = new ChartCard("Stories furthest behind", "story-chart",
            "This project has no documents yet.");
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
        add(header, figures, charts, section("Annotators", "Every document an annotator has an assignment for; "
                + "throughput is done documents per hour of active time."), annotators,
                section("Documents", "Fewest done annotations first. Click a document to read it."), documents);
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
        annotatorChart.show(byAnnotator, byAnnotator.height(), "Their documents by status",
                overview.annotators().isEmpty());
        StackedBars byOutlet = ProgressCharts.groups(overview.outlets(), "No outlet");
        outletChart.show(byOutlet, byOutlet.height(), "Annotations needed (" + k + " per document), by state",
                noDocuments);
        StackedBars byStory = ProgressCharts.groups(overview.storiesFurthestBehind(), "No story");
        storyChart.show(byStory, byStory.height(), storyCaption(overview), noDocuments);
        // as tall as the stories beside it, so that the two cards end together
        doneChart.show(ProgressCharts.doneLevels(overview.doneLevels()), byStory.height(),
                "How many documents have 0 to " + k + " done annotations", noDocuments);
        annotators.show(overview.annotators());
        documents.show(progress, project.id(), summary.documents());
    }

    private static String storyCaption(ProgressOverview overview) {
        long shown = overview.storiesFurthestBehind().size();
        if (overview.stories() == 1) {
            return "The project's one story";
        }
        return (shown == overview.stories() ? "All " + shown : shown + " of " + ProgressFormat.count(overview.stories()))
                + " stories, the smallest share done first";
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
        return "Progress · " + (project == null ? "Project" : project.name()) + " · Slant";
    }
}
