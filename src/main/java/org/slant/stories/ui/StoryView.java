package org.slant.stories.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.Suggestions;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.StoryArticles;
import org.slant.corpus.StoryService;
import org.slant.platform.ForbiddenException;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.Problems;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.stories.ConsistencyFlags;
import org.slant.stories.SharedPassage;
import org.slant.stories.StoryPassages;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * One story across outlets: its articles in columns, each annotatable as in the annotate view (the caller's own
 * work, saved the same way), the passages they share highlighted in the same colour in every column. A click in a
 * passage (or ] and [ in a column) lines the other columns up on it and shows all its versions one above the other.
 */
@Route("stories/:storyId")
@PermitAll
@StyleSheet("styles/stories.css")
public class StoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The same colours as the columns' highlights (frontend/stories/slant-story-column.ts). */
    static final List<String> PASSAGE_COLOURS = List.of("#fde68a", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa",
            "#a5f3fc", "#d9f99d", "#fecdd3");

    static final int FIRST_SHOWN = 5;

    private final StoryService stories;
    private final StoryPassages passages;
    private final CorpusService corpus;
    private final SchemaService schema;
    private final AnnotationService annotations;
    private final WorkQueue work;
    private final Suggestions suggestions;
    private final JsonMapper json;
    private final ConsistencyFlags flags;

    private final Anchor back = new Anchor();
    private final H3 title = new H3();
    private final Span facts = new Span();
    final MultiSelectComboBox<DocumentDetails> outlets = new MultiSelectComboBox<>();
    final Button omissions = new Button(getTranslation("stories.story.omissions"), VaadinIcon.TABLE.create());
    final Button consistency = new Button(getTranslation("stories.story.consistency"),
            VaadinIcon.SCALE_UNBALANCE.create());
    final Anchor sources = new Anchor();
    final Div columnsBox = new Div();
    final PassageVersionsPanel versions = new PassageVersionsPanel();
    final SelectedSpanPanel selected = new SelectedSpanPanel();
    private List<LayerSchema> layers = List.of();

    private StoryArticles story;
    private StoryPassages.Report report;
    /** The columns made so far, by document; those shown, in their order. */
    final Map<UUID, Div> columns = new LinkedHashMap<>();
    final Map<UUID, StoryColumn> editors = new LinkedHashMap<>();
    final List<UUID> shown = new ArrayList<>();

    public StoryView(StoryService stories, StoryPassages passages, CorpusService corpus, SchemaService schema,
            AnnotationService annotations, WorkQueue work, Suggestions suggestions, JsonMapper json,
            ConsistencyFlags flags) {
        this.stories = stories;
        this.passages = passages;
        this.corpus = corpus;
        this.schema = schema;
        this.annotations = annotations;
        this.work = work;
        this.suggestions = suggestions;
        this.json = json;
        this.flags = flags;
        addClassName("slant-story");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        facts.addClassName("slant-annotate-facts");
        Div heading = new Div(back, title, facts);
        heading.addClassName("slant-annotate-heading");
        outlets.setPlaceholder(getTranslation("stories.story.outlets"));
        outlets.setItemLabelGenerator(article -> outletOf(article) + " · " + article.title());
        outlets.setAriaLabel(getTranslation("stories.story.outlets"));
        outlets.setWidth("18rem");
        outlets.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                choose(change.getValue().stream().map(DocumentDetails::id).toList());
            }
        });
        omissions.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        omissions.addClickListener(click -> new OmissionsDialog(report, story.articles()).open());
        consistency.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        consistency.setTooltipText(getTranslation("stories.story.consistency-tooltip"));
        consistency.addClickListener(click -> new ConsistencyDialog(flags, story.storyId(),
                corpus.seesEveryonesWork(story.projectId()), this::showPassage).open());
        sources.add(VaadinIcon.BAR_CHART.create(), new Span(getTranslation("stories.story.sources")));
        sources.addClassName("slant-story-sources-link");
        sources.getElement().setAttribute("router-link", true);
        sources.getElement().setAttribute("title", getTranslation("stories.story.sources-tooltip"));
        HorizontalLayout bar = new HorizontalLayout(heading, outlets, omissions, consistency, sources);
        bar.addClassName("slant-annotate-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(heading);

        columnsBox.addClassName("slant-story-columns");
        columnsBox.getElement().addEventListener("slant-passage", event -> choosePassage(
                (int) event.getEventData().get("event.detail.id").asDouble(),
                (int) event.getEventData().get("event.detail.top").asDouble(),
                event.getEventData().get("event.target.dataset.document").asString()))
                .addEventData("event.detail.id").addEventData("event.detail.top")
                .addEventData("event.target.dataset.document");
        Div side = new Div(new H4(getTranslation("stories.story.selected-span")), selected,
                new H4(getTranslation("stories.common.passage")), versions);
        side.addClassName("slant-story-side");
        HorizontalLayout body = new HorizontalLayout(columnsBox, side);
        body.addClassName("slant-story-body");
        body.setWidthFull();
        body.expand(columnsBox);
        add(bar, body);
        expand(body);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        AppLayout frame = findAncestor(AppLayout.class);
        if (frame != null) {
            frame.setDrawerOpened(false);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID storyId;
        try {
            storyId = UUID.fromString(event.getRouteParameters().get("storyId").orElse(""));
            story = stories.articles(storyId);
        } catch (IllegalArgumentException | NotFoundException missing) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("stories.story.no-such-story"));
            return;
        } catch (ForbiddenException hidden) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, Problems.said(hidden));
            return;
        }
        ProjectDetails project = corpus.projectDetails(story.projectId());
        report = passages.of(story, StoryPassages.DEFAULT_MIN_WORDS);
        back.setText(getTranslation("stories.story.back", project.name()));
        back.setHref("projects/" + project.id() + "/stories");
        sources.setHref("projects/" + project.id() + "/stories/" + story.storyId() + "/sources");
        title.setText(story.title());
        int count = story.articles().size();
        facts.setText(getTranslation("stories.story.facts", count, report.passages().size()));
        layers = schema.layers(project.id());
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        columns.clear();
        editors.clear();
        doneArticles.clear();
        for (DocumentDetails article : story.articles()) {
            StoryColumn editor = new StoryColumn(annotations, json);
            editor.getElement().setAttribute("data-document", article.id().toString());
            editor.open(article.id(), me, article.text(), project.snapToWords(), layers,
                    annotations.annotationsOf(article.id(), null).spans());
            editor.offerSuggestions(suggestions);
            editor.showPassages(placesIn(article.id()));
            boolean done = work.progress(article.id()).map(item -> item.status() == AssignmentStatus.DONE)
                    .orElse(false);
            editor.setReadOnly(done);
            if (done) {
                doneArticles.add(article.id());
            }
            UUID documentId = article.id();
            editor.onActivity(seconds -> work.recordActivity(documentId, seconds));
            editor.onSelection(span -> showSpan(article, editor, span));
            editors.put(article.id(), editor);
            columns.put(article.id(), column(article, editor));
        }
        outlets.setItems(story.articles());
        // at first the first five: a story's outlets usually (more would each be too narrow to read)
        choose(story.articles().stream().limit(FIRST_SHOWN).map(DocumentDetails::id).toList());
        showVersions(null);
        showSpan(null, null, null);
    }

    /** The span selected in a column: its label, words and attributes to edit, as in the annotate view. */
    void showSpan(DocumentDetails article, StoryColumn editor, org.slant.annotation.Span span) {
        selected.show(article, editor, span, layers, article != null && doneArticles.contains(article.id()));
    }

    /** The articles whose work the caller marked done: read-only here. */
    private final java.util.Set<UUID> doneArticles = new java.util.HashSet<>();

    /** The columns shown become these, in this order. */
    void choose(List<UUID> documents) {
        List<UUID> order = new ArrayList<>(shown.stream().filter(documents::contains).toList());
        documents.stream().filter(id -> !order.contains(id)).forEach(order::add);
        shown.clear();
        shown.addAll(order);
        columnsBox.removeAll();
        shown.forEach(id -> columnsBox.add(columns.get(id)));
        outlets.setValue(story.articles().stream().filter(article -> shown.contains(article.id())).toList());
        if (shown.isEmpty()) {
            columnsBox.add(new Paragraph(getTranslation("stories.story.choose-outlets")));
        }
    }

    /** Moves a column one place to the left (-1) or right (+1). */
    void move(UUID documentId, int by) {
        int at = shown.indexOf(documentId);
        int to = at + by;
        if (at < 0 || to < 0 || to >= shown.size()) {
            return;
        }
        shown.remove(at);
        shown.add(to, documentId);
        choose(List.copyOf(shown));
    }

    /** Lines the other columns up on the passage, and shows its versions. */
    void choosePassage(int passageId, int top, String fromDocument) {
        editors.forEach((id, editor) -> {
            if (!id.toString().equals(fromDocument) && shown.contains(id)) {
                editor.alignPassage(passageId, top);
            }
        });
        showVersions(report.passages().stream().filter(passage -> passage.id() == passageId).findFirst()
                .orElse(null));
    }

    /** Lines every column shown up on the passage, a quarter down, and shows its versions. */
    void showPassage(int passageId) {
        choosePassage(passageId, 120, "");
    }

    private Div column(DocumentDetails article, StoryColumn editor) {
        Span outlet = new Span(outletOf(article));
        outlet.addClassName("slant-story-outlet");
        Anchor open = new Anchor("annotate/" + article.id(), article.title());
        open.getElement().setAttribute("router-link", true);
        open.getElement().setAttribute("title", getTranslation("stories.story.open"));
        open.addClassName("slant-story-title");
        Button left = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> move(article.id(), -1));
        left.setAriaLabel(getTranslation("stories.story.move-left", outletOf(article)));
        Button right = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> move(article.id(), 1));
        right.setAriaLabel(getTranslation("stories.story.move-right", outletOf(article)));
        for (Button button : List.of(left, right)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        Div names = new Div(outlet, open);
        names.addClassName("slant-story-names");
        Div header = new Div(names, left, right);
        header.addClassName("slant-story-column-header");
        Div column = new Div(header, editor);
        column.addClassName("slant-story-column");
        return column;
    }

    private List<StoryColumn.PassagePlace> placesIn(UUID documentId) {
        return report.passages().stream().flatMap(passage -> passage.occurrences().stream()
                .filter(occurrence -> occurrence.documentId().equals(documentId))
                .map(occurrence -> new StoryColumn.PassagePlace(passage.id(), occurrence.start(),
                        occurrence.end()))).toList();
    }

    /** Every version of the passage, one above the other, the words that differ from the longest marked. */
    void showVersions(SharedPassage passage) {
        versions.show(passage, story.articles(), !report.passages().isEmpty());
    }

    static String colourOf(int passageId) {
        return PASSAGE_COLOURS.get((passageId - 1) % PASSAGE_COLOURS.size());
    }

    static String outletOf(DocumentDetails article) {
        return Optional.ofNullable(article.outlet()).orElseGet(() -> I18NProvider.translate("stories.common.no-outlet"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stories.story.page-title", story == null ? getTranslation("stories.common.story")
                : story.title());
    }
}
