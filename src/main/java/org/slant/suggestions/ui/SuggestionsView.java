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
import java.util.Locale;
import java.util.Map;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
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
    final Paragraph empty = new Paragraph("No suggestion has been imported or decided in this project yet.");
    /** The managers' list of sources with pre-annotations, each with its delete button. */
    final Div sources = new Div();
    private ProjectSummary project;
    private boolean managing;

    public SuggestionsView(CorpusService corpus, SuggestionService suggestions) {
        this.corpus = corpus;
        this.suggestions = suggestions;
        addClassNames("slant-page", "slant-suggestions");
        setWidthFull();
        Paragraph what = new Paragraph("Suggestions are spans proposed to annotators: pre-annotations imported as a "
                + "named source's (a model, a dataset) and Slant's own rules. Annotators accept or reject each; only "
                + "accepted ones become spans and count in agreement and exports. Per source and label: how many "
                + "pre-annotations the source has (for a rule, how many were decided), how many decisions accepted "
                + "and rejected them (each annotator decides for themselves), how many pre-annotations no one has "
                + "decided yet, and the share of decisions that accepted. Undecided is — where the source has no "
                + "pre-annotations here: one of Slant's rules, or a source whose pre-annotations were deleted.");
        what.addClassName("slant-chart-caption");
        // no column for whether a source has pre-annotations: "—" under Undecided says it, the tooltip in words,
        // and at 1024 pixels beside the menu every column has to fit
        counts.addColumn(DecisionCount::source).setHeader("Source").setKey("source").setWidth("7rem").setFlexGrow(2)
                .setTooltipGenerator(count -> count.preAnnotated() ? "Pre-annotations imported into the project"
                        : "No pre-annotations here: one of Slant's rules, or a source whose pre-annotations were "
                                + "deleted (its decisions stay counted)");
        counts.addColumn(count -> orNone(count.layerName())).setHeader("Layer").setKey("layer").setWidth("7rem")
                .setFlexGrow(1);
        counts.addColumn(count -> orNone(count.labelName())).setHeader("Label").setKey("label").setWidth("7rem")
                .setFlexGrow(2);
        number("Suggested", "suggested", DecisionCount::suggested, "6rem");
        number("Accepted", "accepted", DecisionCount::accepted, "5.75rem");
        number("Rejected", "rejected", DecisionCount::rejected, "5.5rem");
        counts.addColumn(count -> count.undecided() == null ? NONE : String.valueOf(count.undecided()))
                .setHeader("Undecided").setKey("undecided").setTextAlign(ColumnTextAlign.END).setWidth("6rem")
                .setFlexGrow(0);
        counts.addColumn(count -> rate(count.acceptanceRate())).setHeader("Accepted share").setKey("rate")
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        // wrapped, a long source name or a two-word header takes a second line rather than a scroll bar
        counts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        counts.setAllRowsVisible(true);
        counts.setWidthFull();
        add(header, new H3("Suggestions"), what, counts, empty, sources);
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
        sources.add(new H3("Pre-annotation sources"));
        Paragraph deleting = new Paragraph("Deleting a source's pre-annotations takes its open suggestions away from "
                + "every annotator. Spans annotators accepted from them stay theirs, and their decisions stay "
                + "counted above.");
        deleting.addClassName("slant-chart-caption");
        sources.add(deleting);
        preAnnotated.forEach((source, count) -> {
            Button delete = new Button("Delete…", click -> confirmDeletion(source, count));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getElement().setAttribute("aria-label", "Delete the pre-annotations of " + source);
            Div row = new Div(new Span(source + ": " + preAnnotations(count)), delete);
            row.addClassName("slant-suggestion-source");
            row.getElement().setAttribute("data-source", source);
            sources.add(row);
        });
    }

    private void confirmDeletion(String source, long count) {
        ConfirmDialog confirm = new ConfirmDialog("Delete the " + preAnnotations(count) + " of " + source + "?",
                "Annotators will no longer be offered them. Spans accepted from them stay the annotators', and "
                        + "the decisions stay counted. To offer them again, import them again.",
                "Delete " + preAnnotations(count), confirmed -> {
                    int deleted = suggestions.deletePreAnnotations(project.id(), source);
                    Notification.show("Deleted " + preAnnotations(deleted) + " of " + source + ".");
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** A count, as wide as its header (the numbers are narrower). */
    private void number(String header, String key, java.util.function.ToLongFunction<DecisionCount> value,
            String width) {
        counts.addColumn(count -> String.valueOf(value.applyAsLong(count))).setHeader(header).setKey(key)
                .setTextAlign(ColumnTextAlign.END).setWidth(width).setFlexGrow(0);
    }

    static String preAnnotations(long count) {
        return count + (count == 1 ? " pre-annotation" : " pre-annotations");
    }

    static String rate(Double rate) {
        return rate == null ? NONE : String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }

    private static String orNone(String name) {
        // a label deleted since takes its decisions with it; a name missing here would be a race with that
        return name == null ? NONE : name;
    }

    @Override
    public String getPageTitle() {
        return "Suggestions · " + (project == null ? "Project" : project.name()) + " · Slant";
    }
}
