package org.slant.suggestions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.ProjectTabs;
import org.slant.suggestions.SuggestionService;
import org.slant.suggestions.SuggestionService.DecisionCount;

/**
 * How the project's suggestions fare, per source and label (docs/decisions/0025-pre-annotations.md): for managers
 * and curators, who judge a model or dataset by how often annotators accept what it proposes. Managers may also
 * delete every pre-annotation of a source, e.g. a model's run that turned out wrong.
 */
@Route("projects/:projectId/suggestions")
@PermitAll
public class SuggestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NONE = "—";

    private final CorpusService corpus;
    private final SuggestionService suggestions;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.SUGGESTIONS);
    final Grid<DecisionCount> counts = new Grid<>(DecisionCount.class, false);
    final Paragraph empty = new Paragraph(getTranslation("suggestions.empty"));
    /** The managers' list of sources with pre-annotations, each with its delete button. */
    final Div sources = new Div();
    private ProjectSummary project;
    private boolean managing;

    public SuggestionsView(CorpusService corpus, SuggestionService suggestions) {
        this.corpus = corpus;
        this.suggestions = suggestions;
        addClassNames("slant-page", "slant-suggestions");
        setWidthFull();
        Paragraph what = new Paragraph(getTranslation("suggestions.intro"));
        what.addClassName("slant-chart-caption");
        // no column for whether a source has pre-annotations: "—" under Undecided says it, the tooltip in words,
        // and at 1024 pixels beside the menu every column has to fit
        String imported = getTranslation("suggestions.source.imported");
        String notImported = getTranslation("suggestions.source.not-imported");
        counts.addColumn(DecisionCount::source).setHeader(getTranslation("suggestions.column.source")).setKey("source")
                .setWidth("7rem").setFlexGrow(2)
                .setTooltipGenerator(count -> count.preAnnotated() ? imported : notImported);
        counts.addColumn(count -> orNone(count.layerName())).setHeader(getTranslation("suggestions.column.layer"))
                .setKey("layer").setWidth("7rem").setFlexGrow(1);
        counts.addColumn(count -> orNone(count.labelName())).setHeader(getTranslation("suggestions.column.label"))
                .setKey("label").setWidth("7rem").setFlexGrow(2);
        number(getTranslation("suggestions.column.suggested"), "suggested", DecisionCount::suggested, "6rem");
        number(getTranslation("suggestions.column.accepted"), "accepted", DecisionCount::accepted, "5.75rem");
        number(getTranslation("suggestions.column.rejected"), "rejected", DecisionCount::rejected, "5.5rem");
        counts.addColumn(count -> count.undecided() == null ? NONE : LocalFormats.count(count.undecided()))
                .setHeader(getTranslation("suggestions.column.undecided")).setKey("undecided")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        counts.addColumn(count -> rate(count.acceptanceRate())).setHeader(getTranslation("suggestions.column.rate"))
                .setKey("rate").setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        // wrapped, a long source name or a two-word header takes a second line rather than a scroll bar
        counts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        counts.setAllRowsVisible(true);
        counts.setWidthFull();
        add(header, new H3(getTranslation("suggestions.title")), what, counts, empty, sources);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.projectForEveryonesWork(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        managing = corpus.canChange(project.id());
        header.show(project.id(), project.name(), managing, true);
        refresh();
    }

    void refresh() {
        List<DecisionCount> rows = suggestions.sourceCounts(project.id());
        counts.setItems(rows);
        // a layer's name says something only where the counts are of several layers; one column less fits 1024 pixels
        counts.getColumnByKey("layer").setVisible(rows.stream().map(DecisionCount::layer).distinct().count() > 1);
        counts.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        sources.removeAll();
        Map<String, Long> preAnnotated = suggestions.preAnnotationSources(project.id());
        if (!managing || preAnnotated.isEmpty()) {
            return;
        }
        sources.add(new H3(getTranslation("suggestions.sources.title")));
        Paragraph deleting = new Paragraph(getTranslation("suggestions.sources.note"));
        deleting.addClassName("slant-chart-caption");
        sources.add(deleting);
        preAnnotated.forEach((source, count) -> {
            Button delete = new Button(getTranslation("suggestions.sources.delete"),
                    click -> confirmDeletion(source, count));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getElement().setAttribute("aria-label", getTranslation("suggestions.sources.delete.aria", source));
            Div row = new Div(new Span(getTranslation("suggestions.sources.row", source, count)), delete);
            row.addClassName("slant-suggestion-source");
            row.getElement().setAttribute("data-source", source);
            sources.add(row);
        });
    }

    private void confirmDeletion(String source, long count) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("suggestions.delete.header", count, source),
                getTranslation("suggestions.delete.text"),
                getTranslation("suggestions.delete.confirm", count), confirmed -> {
                    int deleted = suggestions.deletePreAnnotations(project.id(), source);
                    Notification.show(getTranslation("suggestions.delete.done", deleted, source));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("platform.common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** A count, as wide as its header (the numbers are narrower). */
    private void number(String header, String key, java.util.function.ToLongFunction<DecisionCount> value,
            String width) {
        counts.addColumn(count -> LocalFormats.count(value.applyAsLong(count))).setHeader(header).setKey(key)
                .setTextAlign(ColumnTextAlign.END).setWidth(width).setFlexGrow(0);
    }

    /** The share of decisions that accepted, as a whole percentage: "67%", "67 %". */
    static String rate(Double rate) {
        return rate == null ? NONE : LocalFormats.percent(rate, 0);
    }

    private static String orNone(String name) {
        // a label deleted since takes its decisions with it; a name missing here would be a race with that
        return name == null ? NONE : name;
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("suggestions.page-title.no-project")
                : getTranslation("suggestions.page-title", project.name());
    }
}
