package org.slant.curation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slant.corpus.CorpusService;
import org.slant.corpus.OutletDetails;
import org.slant.corpus.OutletService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.StoryDetails;
import org.slant.corpus.StoryService;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.curation.CurationQueue;
import org.slant.curation.CurationStatus;
import org.slant.curation.GoldMerge;
import org.slant.curation.QueueFilter;
import org.slant.curation.QueueOrder;
import org.slant.curation.QueuedDocument;
import org.slant.curation.UnanimousCurated;
import org.slant.platform.BackgroundThreads;
import org.slant.platform.ui.BackgroundTask;
import org.slant.platform.ui.LocalFormats;
import org.slant.schema.SchemaService;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;
import org.springframework.data.domain.PageRequest;

/**
 * The documents of a project to curate, for its curators and managers: lowest agreement first (or in corpus order),
 * filtered by story, outlet and curation status, a page at a time. Each opens in the curation view or goes back to
 * an annotator; the documents all their annotators agreed on are marked curated in one go. The annotators' work is
 * compared in the background when the page opens (seconds for a large project whose work changed), then kept.
 */
@Route("projects/:projectId/curation")
@PermitAll
@StyleSheet("styles/curation.css")
public class CurationQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final StoryService stories;
    private final OutletService outlets;
    private final CurationQueue queue;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.CURATION);
    final Select<QueueOrder> order = new Select<>();
    final ComboBox<StoryDetails> storyFilter = new ComboBox<>();
    final ComboBox<OutletDetails> outletFilter = new ComboBox<>();
    final Select<CurationStatus> statusFilter = new Select<>();
    /** Where other curation actions join the toolbar ({@link #addAction}). */
    final HorizontalLayout actions = new HorizontalLayout();
    final Button preMerge;
    final Button curateUnanimous = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Grid<QueuedDocument> documents = new Grid<>();
    /** Where the comparison and the curating of unanimous documents run; tests run them on the spot. */
    Executor executor;
    private List<UUID> unanimous = List.of();
    private BackgroundTask<?> running;
    private ProjectSummary project;
    private ConfigurableFilterDataProvider<QueuedDocument, Void, QueueFilter> shown;

    public CurationQueueView(CorpusService corpus, StoryService stories, OutletService outlets, CurationQueue queue,
            BackgroundThreads threads, GoldMerge merge, SchemaService schema) {
        this.corpus = corpus;
        this.stories = stories;
        this.outlets = outlets;
        this.queue = queue;
        this.executor = threads;
        addClassNames("slant-page", "slant-curation-queue");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("curation.queue.intro"));
        intro.addClassName("slant-curation-intro");
        order.setItems(QueueOrder.values());
        order.setItemLabelGenerator(chosen -> getTranslation(chosen == QueueOrder.AGREEMENT
                ? "curation.queue.order.agreement" : "curation.queue.order.position"));
        order.setValue(QueueOrder.AGREEMENT);
        order.setAriaLabel(getTranslation("curation.queue.order"));
        order.setWidth("14rem");
        storyFilter.setPlaceholder(getTranslation("curation.queue.all-stories"));
        storyFilter.setItemLabelGenerator(StoryDetails::title);
        storyFilter.setClearButtonVisible(true);
        storyFilter.setAriaLabel(getTranslation("curation.queue.story"));
        storyFilter.setWidth("11rem");
        outletFilter.setPlaceholder(getTranslation("curation.queue.all-outlets"));
        outletFilter.setItemLabelGenerator(OutletDetails::name);
        outletFilter.setClearButtonVisible(true);
        outletFilter.setAriaLabel(getTranslation("curation.queue.outlet"));
        outletFilter.setWidth("11rem");
        statusFilter.setItems(CurationStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("curation.queue.any-status"));
        statusFilter.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("curation.queue.any-status")
                : QueueWords.status(chosen));
        statusFilter.setAriaLabel(getTranslation("curation.queue.curation-status"));
        statusFilter.setWidth("9.5rem");
        order.addValueChangeListener(change -> refresh());
        storyFilter.addValueChangeListener(change -> refresh());
        outletFilter.addValueChangeListener(change -> refresh());
        statusFilter.addValueChangeListener(change -> refresh());
        curateUnanimous.setIcon(VaadinIcon.CHECK_CIRCLE.create());
        curateUnanimous.addClickListener(click -> confirmCurateUnanimous());
        curateUnanimous.getElement().setAttribute("title", getTranslation("curation.queue.curate-unanimous-hint"));
        actions.setSpacing(true);
        preMerge = new Button(getTranslation("curation.queue.pre-merge"), VaadinIcon.MAGIC.create(),
                click -> new MergeDialog(merge, schema, threads, project.id(), this::refresh).open());
        preMerge.getElement().setAttribute("title", getTranslation("curation.queue.pre-merge-hint"));
        actions.add(preMerge);
        actions.setPadding(false);
        HorizontalLayout top = new HorizontalLayout(intro, actions, curateUnanimous);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(intro);
        HorizontalLayout filters = new HorizontalLayout(order, storyFilter, outletFilter, statusFilter);
        filters.addClassName("slant-curation-filters");
        filters.setWidthFull();

        progress.setVisible(false);
        status.addClassName("slant-muted");
        status.setVisible(false);
        configureGrid();
        add(header, top, filters, progress, status, documents);
        setFlexGrow(1, documents);
    }

    /** The drawer closed, as in the curation view: at 1024 pixels the queue's columns need the whole width. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        AppLayout frame = findAncestor(AppLayout.class);
        if (frame != null) {
            frame.setDrawerOpened(false);
        }
    }

    private void configureGrid() {
        documents.addColumn(QueuedDocument::position).setHeader("#").setAutoWidth(true).setFlexGrow(0)
                .setKey("position");
        documents.addColumn(QueuedDocument::title).setHeader(getTranslation("curation.queue.column.title"))
                .setFlexGrow(3).setKey("title").setTooltipGenerator(QueuedDocument::title);
        documents.addColumn(document -> orDash(document.outlet()))
                .setHeader(getTranslation("curation.queue.column.outlet")).setFlexGrow(1).setKey("outlet")
                .setTooltipGenerator(document -> orDash(document.outlet()));
        documents.addColumn(document -> orDash(document.story()))
                .setHeader(getTranslation("curation.queue.column.story")).setFlexGrow(1).setKey("story")
                .setTooltipGenerator(document -> orDash(document.story()));
        documents.addColumn(QueueWords::done).setHeader(getTranslation("curation.queue.column.annotators"))
                .setAutoWidth(true).setFlexGrow(0).setKey("done").setTooltipGenerator(QueueWords::annotators);
        documents.addColumn(QueueWords::agreement).setHeader(getTranslation("curation.queue.column.agreement"))
                .setAutoWidth(true).setFlexGrow(0).setKey("agreement").setTooltipGenerator(QueueWords::agreementHint)
                .setPartNameGenerator(document -> document.unanimous() ? "numeric unanimous" : "numeric");
        documents.addColumn(document -> QueueWords.status(document.status()))
                .setHeader(getTranslation("curation.queue.column.curation")).setAutoWidth(true).setFlexGrow(0)
                .setKey("status");
        documents.addColumn(document -> LocalFormats.count(document.goldSpans()))
                .setHeader(getTranslation("curation.queue.column.gold")).setAutoWidth(true).setFlexGrow(0)
                .setKey("gold").setPartNameGenerator(document -> "numeric")
                .setTooltipGenerator(document -> getTranslation("curation.queue.gold-spans", document.goldSpans()));
        documents.addColumn(new ComponentRenderer<>(this::rowActions)).setHeader("").setAutoWidth(true)
                .setFlexGrow(0).setKey("actions");
        documents.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        documents.setEmptyStateText(getTranslation("curation.queue.empty"));
        documents.addItemClickListener(click -> {
            if (!"actions".equals(click.getColumn() == null ? null : click.getColumn().getKey())) {
                getUI().ifPresent(ui -> ui.navigate(curatePath(click.getItem().documentId())));
            }
        });
    }

    private Component rowActions(QueuedDocument document) {
        Anchor curate = new Anchor(curatePath(document.documentId()), getTranslation("curation.queue.curate"));
        curate.getElement().setAttribute("router-link", true);
        curate.addClassName("slant-curate-link");
        // an assignment's status changes the work compared: compared again in the background, not on this thread
        Button sendBack = new Button(getTranslation("curation.queue.send-back"),
                click -> new SendBackDialog(queue, document, this::prepare).open());
        sendBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        sendBack.setEnabled(SendBackDialog.anyoneFinished(document));
        sendBack.getElement().setAttribute("title", getTranslation("curation.queue.send-back-hint"));
        curate.getElement().setAttribute("title", getTranslation("curation.queue.curate-hint"));
        HorizontalLayout both = new HorizontalLayout(curate, sendBack);
        both.setAlignItems(FlexComponent.Alignment.BASELINE);
        both.setSpacing(true);
        return both;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.projectForEveryonesWork(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        storyFilter.setItems(stories.stories(project.id()));
        outletFilter.setItems(outlets.outlets(project.id()));
        curateUnanimous.setText(getTranslation("curation.queue.curate-unanimous"));
        curateUnanimous.setEnabled(false);
        // compared once the page is up, so that the page shows while a large project's work is read
        getElement().executeJs("return 0").then(Integer.class, pageIsUp -> prepare());
    }

    /**
     * Compares the annotators' work in the background, then lists the queue, or lists it again where it is (tests
     * call this directly).
     */
    void prepare() {
        UUID projectId = project.id();
        showRunning(getTranslation("curation.queue.comparing"));
        running = BackgroundTask.of(told -> {
            queue.prepare(projectId, told);
            return projectId;
        }).onProgress((read, total) -> showProgress("curation.queue.comparing-progress", read, total))
                .onDone(done -> {
                    showFinished();
                    if (shown == null) {
                        list(projectId);
                    } else {
                        refresh();
                    }
                })
                .onFailure(this::showFailure)
                .start(this, executor);
    }

    private void list(UUID projectId) {
        shown = DataProvider.<QueuedDocument, QueueFilter>fromFilteringCallbacks(
                query -> queue.queue(projectId, query.getFilter().orElse(QueueFilter.ALL), order.getValue(),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) queue.queue(projectId, query.getFilter().orElse(QueueFilter.ALL), order.getValue(),
                        PageRequest.of(0, 1)).getTotalElements())
                .withConfigurableFilter();
        documents.setItems(shown);
        refresh();
    }

    /** Lists the queue again and counts the unanimous documents anew: after a change made here or by an action. */
    public void refresh() {
        if (shown == null) {
            return;
        }
        QueueFilter filter = filter();
        shown.setFilter(filter);
        unanimous = queue.unanimousToCurate(project.id(), filter);
        curateUnanimous.setText(getTranslation("curation.queue.curate-unanimous-count", unanimous.size()));
        curateUnanimous.setEnabled(!unanimous.isEmpty() && (running == null || !running.isRunning()));
    }

    /** Puts another curation action (such as a pre-merge) into the toolbar, before the unanimous documents' button. */
    public void addAction(Component... more) {
        actions.add(more);
    }

    /** The project the page shows; null until it has been entered. */
    public UUID projectId() {
        return project == null ? null : project.id();
    }

    private QueueFilter filter() {
        return new QueueFilter(storyFilter.getValue() == null ? null : storyFilter.getValue().id(),
                outletFilter.getValue() == null ? null : outletFilter.getValue().id(), statusFilter.getValue());
    }

    void confirmCurateUnanimous() {
        List<UUID> chosen = unanimous;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("curation.queue.confirm-header", chosen.size()));
        dialog.setText(getTranslation("curation.queue.confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("platform.common.cancel"));
        dialog.setConfirmText(getTranslation("curation.queue.confirm"));
        dialog.addConfirmListener(confirmed -> curateUnanimous(chosen));
        dialog.open();
    }

    void curateUnanimous(List<UUID> chosen) {
        UUID projectId = project.id();
        curateUnanimous.setEnabled(false);
        showRunning(getTranslation("curation.queue.marking"));
        running = BackgroundTask.of(told -> queue.curateUnanimous(projectId, chosen, told))
                .onProgress((done, total) -> showProgress("curation.queue.marking-progress", done, total))
                .onDone(this::curated)
                .onFailure(this::showFailure)
                .start(this, executor);
    }

    private void curated(UnanimousCurated outcome) {
        showFinished();
        if (outcome.left().isEmpty()) {
            Problems.success(getTranslation("curation.queue.marked", outcome.curated()));
        } else {
            status.setText(getTranslation("curation.queue.marked-left", outcome.curated(), String.join("; ",
                    outcome.left().stream().map(left -> "“" + left.title() + "”: " + left.reason(getLocale()))
                            .toList())));
            status.setVisible(true);
        }
        refresh();
    }

    private void showRunning(String what) {
        progress.setIndeterminate(true);
        progress.setVisible(true);
        status.setText(what);
        status.setVisible(true);
    }

    /** @param key the message, with {0} done of {1} in all */
    private void showProgress(String key, long done, long total) {
        progress.setIndeterminate(false);
        progress.setValue(total == 0 ? 1 : Math.min(1, done / (double) total));
        status.setText(getTranslation(key, done, total));
    }

    private void showFinished() {
        progress.setVisible(false);
        status.setVisible(false);
    }

    private void showFailure(Throwable failure) {
        progress.setVisible(false);
        status.setText(getTranslation("curation.queue.not-done", BackgroundTask.said(failure)));
        status.setVisible(true);
        refresh();
    }

    /** The curation view's route, by path, so that this page does not depend on that view. */
    static String curatePath(UUID documentId) {
        return "documents/" + documentId + "/curate";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.queue.page-title", project == null ? getTranslation("curation.common.project")
                : project.name());
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
