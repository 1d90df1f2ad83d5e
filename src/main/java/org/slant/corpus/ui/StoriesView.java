package org.slant.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slant.corpus.CorpusService;
import org.slant.corpus.OutletDetails;
import org.slant.corpus.OutletService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.StoryDetails;
import org.slant.corpus.StoryService;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.ProjectTabs;

/** A project's stories (events, with their main entities) and outlets, side by side. */
@Route("projects/:projectId/stories")
@PermitAll
public class StoriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The column of a row's Edit and Delete buttons, shown to managers. */
    static final String ACTIONS = "actions";

    private final CorpusService corpus;
    private final StoryService storyService;
    private final OutletService outletService;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.STORIES);
    final Grid<StoryDetails> stories = new Grid<>();
    final Grid<OutletDetails> outlets = new Grid<>();
    private ProjectSummary project;
    private Button addStory;
    private Button addOutlet;
    /** Whether the caller may change stories and outlets (a manager). */
    private boolean managing;

    public StoriesView(CorpusService corpus, StoryService storyService, OutletService outletService) {
        this.corpus = corpus;
        this.storyService = storyService;
        this.outletService = outletService;
        addClassName("slant-page");
        setSizeFull();

        stories.addColumn(StoryDetails::title).setHeader(getTranslation("corpus.stories.column.story")).setFlexGrow(3)
                .setKey("title");
        // the story view lives in the stories module, which builds on this one: linked by its path
        stories.addComponentColumn(story -> {
            Anchor open = new Anchor("stories/" + story.id(), getTranslation("corpus.stories.compare"));
            open.getElement().setAttribute("router-link", true);
            open.getElement().setAttribute("title", getTranslation("corpus.stories.compare-hint"));
            return open;
        }).setAutoWidth(true).setFlexGrow(0).setKey("compare");
        stories.addColumn(story -> story.eventDate() == null ? "" : LocalFormats.date(story.eventDate()))
                .setHeader(getTranslation("corpus.stories.column.date")).setAutoWidth(true).setFlexGrow(0)
                .setKey("date");
        stories.addColumn(story -> String.join(", ", story.mainEntities()))
                .setHeader(getTranslation("corpus.stories.column.entities")).setFlexGrow(3).setKey("entities");
        stories.addColumn(story -> LocalFormats.count(story.documents()))
                .setHeader(getTranslation("corpus.stories.column.documents")).setAutoWidth(true).setFlexGrow(0)
                .setKey("documents");
        stories.addComponentColumn(story -> actions(
                () -> new StoryDialog(story, draft -> {
                    storyService.update(story.id(), draft);
                    refresh();
                }).open(),
                getTranslation("corpus.stories.delete-story", story.title(), story.documents()),
                () -> storyService.delete(story.id()))).setAutoWidth(true).setFlexGrow(0).setKey(ACTIONS);
        stories.setEmptyStateText(getTranslation("corpus.stories.no-stories"));
        stories.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        outlets.addColumn(OutletDetails::name).setHeader(getTranslation("corpus.stories.column.outlet"))
                .setFlexGrow(3).setKey("name");
        outlets.addColumn(outlet -> outlet.leaning() == null ? "" : outlet.leaning())
                .setHeader(getTranslation("corpus.stories.column.leaning")).setFlexGrow(2).setKey("leaning");
        outlets.addColumn(outlet -> LocalFormats.count(outlet.documents()))
                .setHeader(getTranslation("corpus.stories.column.documents")).setAutoWidth(true).setFlexGrow(0)
                .setKey("documents");
        outlets.addComponentColumn(outlet -> actions(
                () -> new OutletDialog(outlet, (name, leaning) -> {
                    outletService.update(outlet.id(), name, leaning);
                    refresh();
                }).open(),
                getTranslation("corpus.stories.delete-outlet", outlet.name(), outlet.documents()),
                () -> outletService.delete(outlet.id()))).setAutoWidth(true).setFlexGrow(0).setKey(ACTIONS);
        outlets.setEmptyStateText(getTranslation("corpus.stories.no-outlets"));
        outlets.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        Button addStory = new Button(getTranslation("corpus.stories.add-story"), VaadinIcon.PLUS.create(),
                click -> new StoryDialog(null, draft -> {
                    storyService.create(project.id(), draft);
                    refresh();
                }).open());
        Button addOutlet = new Button(getTranslation("corpus.stories.add-outlet"), VaadinIcon.PLUS.create(),
                click -> new OutletDialog(null, (name, leaning) -> {
                    outletService.create(project.id(), name, leaning);
                    refresh();
                }).open());
        this.addStory = addStory;
        this.addOutlet = addOutlet;
        add(header, section(getTranslation("corpus.stories.stories"), addStory), stories,
                section(getTranslation("corpus.stories.outlets"), addOutlet), outlets);
        setFlexGrow(2, stories);
        setFlexGrow(1, outlets);
    }

    private static HorizontalLayout section(String title, Button add) {
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(new H3(title), add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout actions(Runnable edit, String deleteQuestion, Runnable delete) {
        Button editButton = new Button(getTranslation("platform.common.edit"), click -> edit.run());
        Button deleteButton = new Button(getTranslation("platform.common.delete"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("corpus.stories.delete-header"), deleteQuestion,
                    getTranslation("platform.common.delete"), confirmed -> {
                        delete.run();
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("platform.common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        editButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        deleteButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(editButton, deleteButton);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.project(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        managing = corpus.canChange(project.id());
        header.show(project.id(), project.name(), managing, corpus.seesEveryonesWork(project.id()));
        // stories and outlets are set up by the project's managers; others read them
        addStory.setVisible(managing);
        addOutlet.setVisible(managing);
        stories.getColumnByKey(ACTIONS).setVisible(managing);
        outlets.getColumnByKey(ACTIONS).setVisible(managing);
        // comparing outlets is what an outlet-blind project hides from its annotators
        stories.getColumnByKey("compare").setVisible(!corpus.outletBlinded(project.id()));
        refresh();
    }

    void refresh() {
        stories.setItems(storyService.stories(project.id()));
        outlets.setItems(outletService.outlets(project.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("corpus.stories.page-title", project == null ? getTranslation("corpus.common.project")
                : project.name());
    }
}
