package org.slant.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentFilter;
import org.slant.corpus.DocumentLanguage;
import org.slant.corpus.DocumentSummary;
import org.slant.corpus.OutletDetails;
import org.slant.corpus.OutletService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.StoryDetails;
import org.slant.corpus.StoryService;
import org.slant.corpus.importing.DocumentImport;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;
import org.springframework.data.domain.PageRequest;

/** A project's documents, loaded a page at a time as the list scrolls. */
@Route("projects/:projectId")
@PermitAll
public class DocumentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PROJECT_ID = "projectId";

    private final CorpusService corpus;
    private final StoryService stories;
    private final OutletService outlets;
    private final DocumentImport importer;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.DOCUMENTS);
    private final Paragraph description = new Paragraph();
    final Grid<DocumentSummary> documents = new Grid<>();
    final ComboBox<StoryDetails> storyFilter = new ComboBox<>();
    final ComboBox<OutletDetails> outletFilter = new ComboBox<>();
    final TextField textFilter = new TextField();
    final Button importButton = new Button(getTranslation("corpus.documents.import"), VaadinIcon.UPLOAD.create());
    /** Annotated data is the annotation module's page, reached by its path so that corpus need not know it. */
    final Button importAnnotatedButton = new Button(getTranslation("corpus.documents.import-annotated"),
            VaadinIcon.UPLOAD_ALT.create());
    final ComboBox<StoryDetails> assignStory = new ComboBox<>();
    final ComboBox<OutletDetails> assignOutlet = new ComboBox<>();
    final ComboBox<String> languageFilter = new ComboBox<>();
    private ProjectSummary project;
    private ConfigurableFilterDataProvider<DocumentSummary, Void, DocumentFilter> filtered;

    public DocumentsView(CorpusService corpus, StoryService stories, OutletService outlets,
            DocumentImport importer) {
        this.corpus = corpus;
        this.stories = stories;
        this.outlets = outlets;
        this.importer = importer;
        addClassName("slant-page");
        setSizeFull();
        description.addClassName("slant-muted");

        documents.addColumn(DocumentSummary::title).setHeader(getTranslation("corpus.documents.column.title"))
                .setFlexGrow(4).setKey("title").setTooltipGenerator(DocumentSummary::title);
        documents.addColumn(summary -> orDash(summary.outlet()))
                .setHeader(getTranslation("corpus.documents.column.outlet")).setFlexGrow(1).setKey("outlet");
        documents.addColumn(summary -> orDash(summary.story()))
                .setHeader(getTranslation("corpus.documents.column.story")).setFlexGrow(2).setKey("story");
        documents.addColumn(summary -> summary.language() == null ? "—"
                        : DocumentLanguage.name(summary.language(), LocalFormats.locale()))
                .setHeader(getTranslation("corpus.documents.column.language")).setAutoWidth(true).setFlexGrow(0)
                .setKey("language");
        documents.addColumn(summary -> LocalFormats.count(summary.words()))
                .setHeader(getTranslation("corpus.documents.column.words")).setAutoWidth(true).setFlexGrow(0)
                .setKey("words").setPartNameGenerator(summary -> "numeric");
        documents.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        documents.setEmptyStateText(getTranslation("corpus.documents.empty"));
        documents.addItemClickListener(click -> documents.getUI().ifPresent(ui ->
                ui.navigate(DocumentView.class, DocumentView.parameters(click.getItem().id()))));

        documents.setSelectionMode(Grid.SelectionMode.MULTI);

        storyFilter.setPlaceholder(getTranslation("corpus.documents.all-stories"));
        storyFilter.setItemLabelGenerator(StoryDetails::title);
        storyFilter.setClearButtonVisible(true);
        outletFilter.setPlaceholder(getTranslation("corpus.documents.all-outlets"));
        outletFilter.setItemLabelGenerator(OutletDetails::name);
        outletFilter.setClearButtonVisible(true);
        languageFilter.setPlaceholder(getTranslation("corpus.documents.all-languages"));
        languageFilter.setItemLabelGenerator(tag -> DocumentLanguage.name(tag, LocalFormats.locale()) + " ("
                + tag + ")");
        languageFilter.setClearButtonVisible(true);
        languageFilter.addValueChangeListener(change -> applyFilter());
        textFilter.setPlaceholder(getTranslation("corpus.documents.text-filter"));
        textFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        textFilter.setClearButtonVisible(true);
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        storyFilter.addValueChangeListener(change -> applyFilter());
        outletFilter.addValueChangeListener(change -> applyFilter());
        textFilter.addValueChangeListener(change -> applyFilter());
        importButton.addClickListener(click -> new ImportDialog(importer, project.id(), this::reload).open());
        importAnnotatedButton.addClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate("projects/" + project.id() + "/import-annotated")));
        HorizontalLayout toolbar = new HorizontalLayout(storyFilter, outletFilter, languageFilter, textFilter,
                importButton, importAnnotatedButton);
        toolbar.setWidthFull();
        toolbar.expand(textFilter);
        // on a narrow window the import buttons go to a line of their own rather than out of sight
        toolbar.getStyle().set("flex-wrap", "wrap");
        textFilter.setMinWidth("12rem");

        assignStory.setPlaceholder(getTranslation("corpus.documents.assign-story"));
        assignStory.setItemLabelGenerator(StoryDetails::title);
        assignStory.setWidth("20rem");
        assignStory.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                int moved = stories.assign(project.id(), documents.getSelectedItems().stream()
                        .map(DocumentSummary::id).toList(), change.getValue().id());
                Problems.success(getTranslation("corpus.documents.put-into-story", moved, change.getValue().title()));
                assignStory.clear();
                documents.deselectAll();
                reload();
            }
        });
        assignOutlet.setPlaceholder(getTranslation("corpus.documents.assign-outlet"));
        assignOutlet.setItemLabelGenerator(OutletDetails::name);
        assignOutlet.setWidth("20rem");
        assignOutlet.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                int moved = outlets.assign(project.id(), documents.getSelectedItems().stream()
                        .map(DocumentSummary::id).toList(), change.getValue().id());
                Problems.success(getTranslation("corpus.documents.attributed-to-outlet", moved,
                        change.getValue().name()));
                assignOutlet.clear();
                documents.deselectAll();
                reload();
            }
        });
        HorizontalLayout selectionActions = new HorizontalLayout(assignStory, assignOutlet);
        selectionActions.setVisible(false);
        documents.addSelectionListener(selection ->
                selectionActions.setVisible(!selection.getAllSelectedItems().isEmpty()));

        add(header, description, toolbar, selectionActions, documents);
        setFlexGrow(1, documents);
    }

    private void applyFilter() {
        filtered.setFilter(new DocumentFilter(storyFilter.getValue() == null ? null : storyFilter.getValue().id(),
                outletFilter.getValue() == null ? null : outletFilter.getValue().id(), textFilter.getValue(),
                languageFilter.getValue()));
    }

    private void reload() {
        List<StoryDetails> storyList = stories.stories(project.id());
        storyFilter.setItems(storyList);
        assignStory.setItems(storyList);
        List<OutletDetails> outletList = outlets.outlets(project.id());
        outletFilter.setItems(outletList);
        assignOutlet.setItems(outletList);
        List<String> languages = corpus.languages(project.id());
        languageFilter.setItems(languages);
        // a project in one language (or none given) has nothing to filter by
        languageFilter.setVisible(languages.size() > 1 || languageFilter.getValue() != null);
        filtered.refreshAll();
    }

    static RouteParameters parameters(UUID projectId) {
        return new RouteParameters(PROJECT_ID, projectId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.project(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        boolean managing = corpus.canChange(project.id());
        header.show(project.id(), project.name(), managing, corpus.seesEveryonesWork(project.id()));
        // importing and sorting documents into stories and outlets are the managers' part
        importButton.setVisible(managing);
        importAnnotatedButton.setVisible(managing);
        documents.setSelectionMode(managing ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        // an annotator of an outlet-blind project reads "Article 12" for each title, and no outlets
        boolean blinded = corpus.outletBlinded(project.id());
        documents.getColumnByKey("outlet").setVisible(!blinded);
        outletFilter.setVisible(!blinded);
        textFilter.setVisible(!blinded);
        description.setText(project.description());
        description.setVisible(!project.description().isBlank());
        UUID projectId = project.id();
        filtered = DataProvider.<DocumentSummary, DocumentFilter>fromFilteringCallbacks(
                query -> corpus.documents(projectId, query.getFilter().orElse(DocumentFilter.ALL),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) corpus.documents(projectId, query.getFilter().orElse(DocumentFilter.ALL),
                        PageRequest.of(0, 1)).getTotalElements())
                .withConfigurableFilter();
        documents.setItems(filtered);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("corpus.common.page-title", project == null ? getTranslation("corpus.common.project")
                : project.name());
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
