package org.slant.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slant.annotation.WorkQueue;
import org.slant.annotation.WorkQueueItem;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.ProjectTabs;
import org.springframework.data.domain.PageRequest;

/** The signed-in annotator's documents in a project: where they stand with each, and the way into the next one. */
@Route("projects/:projectId/work")
@PermitAll
public class WorkQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final WorkQueue work;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.MY_WORK);
    final Span summary = new Span();
    final Button openNext = new Button();
    final Grid<WorkQueueItem> queue = new Grid<>();
    /** The documents sent back to the annotator, each with who sent it back and their note. */
    final Div sentBack = new Div();
    private ProjectSummary project;

    public WorkQueueView(CorpusService corpus, WorkQueue work) {
        this.corpus = corpus;
        this.work = work;
        addClassName("slant-page");
        setSizeFull();
        summary.addClassName("slant-work-summary");

        queue.addColumn(WorkQueueItem::position).setHeader("#").setAutoWidth(true).setFlexGrow(0)
                .setKey("position");
        queue.addColumn(WorkQueueItem::title)
                .setHeader(getTranslation("annotation.queue.title")).setFlexGrow(4).setKey("title")
                .setTooltipGenerator(WorkQueueItem::title);
        queue.addColumn(item -> orDash(item.outlet()))
                .setHeader(getTranslation("annotation.queue.outlet")).setFlexGrow(1).setKey("outlet");
        queue.addColumn(item -> orDash(item.story()))
                .setHeader(getTranslation("annotation.queue.story")).setFlexGrow(2).setKey("story");
        queue.addColumn(item -> LocalFormats.count(item.words()))
                .setHeader(getTranslation("annotation.queue.words")).setAutoWidth(true).setFlexGrow(0).setKey("words");
        queue.addColumn(item -> item.sentBack() != null ? getTranslation("annotation.queue.status.sent-back")
                : ProgressWords.status(item.status()))
                .setHeader(getTranslation("annotation.queue.status")).setAutoWidth(true).setFlexGrow(0).setKey("status")
                .setTooltipGenerator(item -> item.sentBack() != null ? ProgressWords.sentBack(item.sentBack()) : null);
        queue.addColumn(item -> ProgressWords.activeTime(item.activeSeconds()))
                .setHeader(getTranslation("annotation.queue.active-time"))
                .setAutoWidth(true).setFlexGrow(0).setKey("activeTime");
        queue.setPartNameGenerator(item -> item.sentBack() != null ? "sent-back" : null);
        queue.addClassName("slant-work-queue");
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        queue.setEmptyStateText(getTranslation("annotation.queue.empty"));
        queue.addItemClickListener(click -> open(annotatePath(click.getItem().documentId())));

        openNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openNext.addClickListener(click -> open(nextPath()));
        HorizontalLayout toolbar = new HorizontalLayout(summary, openNext);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.expand(summary);

        sentBack.addClassName("slant-sent-back");
        sentBack.setVisible(false);
        add(header, toolbar, sentBack, queue);
        setFlexGrow(1, queue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.project(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        UUID projectId = project.id();
        // an annotator of an outlet-blind project reads "Article 12" for each title (the queue says so), no outlets
        queue.getColumnByKey("outlet").setVisible(!corpus.outletBlinded(projectId));
        // a page at a time: a project may hold many thousands of documents
        queue.setItems(DataProvider.fromCallbacks(
                query -> work.queue(projectId, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) work.queue(projectId, PageRequest.of(0, 1)).getTotalElements()));
        summary.setText(getTranslation("annotation.queue.summary", work.doneCount(projectId), project.documents()));
        showSentBack(work.sentBack(projectId));
        boolean waiting = nextPath() != null;
        openNext.setEnabled(waiting);
        openNext.setText(getTranslation(waiting ? "annotation.queue.open-next" : "annotation.queue.all-done"));
        openNext.setIcon(waiting ? VaadinIcon.ARROW_RIGHT.create() : VaadinIcon.CHECK.create());
        openNext.setIconAfterText(waiting);
    }

    private void showSentBack(List<WorkQueueItem> items) {
        sentBack.removeAll();
        sentBack.setVisible(!items.isEmpty());
        if (!items.isEmpty()) {
            sentBack.add(new H4(getTranslation("annotation.queue.sent-back.heading", items.size())));
            for (WorkQueueItem item : items) {
                Anchor title = new Anchor(annotatePath(item.documentId()), item.title());
                title.getElement().setAttribute("router-link", true);
                sentBack.add(new Paragraph(title, new Span(" · " + ProgressWords.sentBack(item.sentBack()))));
            }
        }
    }

    /** Where "Open next" leads: the first document not yet done or skipped; null when there is none. */
    String nextPath() {
        Optional<WorkQueueItem> next = work.next(project.id(), null);
        return next.map(item -> annotatePath(item.documentId())).orElse(null);
    }

    /** The annotate view's route ("annotate/:documentId"), by path so the queue does not depend on that view. */
    static String annotatePath(UUID documentId) {
        return "annotate/" + documentId;
    }

    private void open(String path) {
        if (path != null) {
            getUI().ifPresent(ui -> ui.navigate(path));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("annotation.queue.page-title", project == null
                ? getTranslation("annotation.queue.project") : project.name());
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
