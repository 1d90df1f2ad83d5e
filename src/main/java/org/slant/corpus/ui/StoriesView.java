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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slant.corpus.CorpusService;
import org.slant.corpus.OutletDetails;
import org.slant.corpus.OutletService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.StoryDetails;
import org.slant.corpus.StoryService;
import org.slant.platform.ui.ProjectTabs;

/** A project's stories (events, with their main entities) and outlets, side by side. */
@Route("projects/:projectId/stories")
@PermitAll
public class StoriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

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

        stories.addColumn(StoryDetails::title).setHeader("Story").setFlexGrow(3).setKey("title");
        // the story view lives in the stories module, which builds on this one: linked by its path
        stories.addComponentColumn(story -> {
            Anchor open = new Anchor("stories/" + story.id(), "Compare outlets");
            open.getElement().setAttribute("router-link", true);
            open.getElement().setAttribute("title", "The story view: its articles side by side, the passages they "
                    + "share aligned");
            return open;
        }).setAutoWidth(true).setFlexGrow(0).setKey("compare");
        stories.addColumn(story -> story.eventDate() == null ? "" : DATE.format(story.eventDate())).setHeader("Date")
                .setAutoWidth(true).setFlexGrow(0).setKey("date");
        stories.addColumn(story -> String.join(", ", story.mainEntities())).setHeader("Main entities")
                .setFlexGrow(3).setKey("entities");
        stories.addColumn(StoryDetails::documents).setHeader("Documents").setAutoWidth(true).setFlexGrow(0)
                .setKey("documents");
        stories.addComponentColumn(story -> actions(
                () -> new StoryDialog(story, draft -> {
                    storyService.update(story.id(), draft);
                    refresh();
                }).open(),
                "Delete story " + story.title() + "? Its " + story.documents() + " document(s) stay, without a story.",
                () -> storyService.delete(story.id()))).setAutoWidth(true).setFlexGrow(0).setKey(ACTIONS);
        stories.setEmptyStateText("No stories yet.");
        stories.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        outlets.addColumn(OutletDetails::name).setHeader("Outlet").setFlexGrow(3).setKey("name");
        outlets.addColumn(outlet -> outlet.leaning() == null ? "" : outlet.leaning()).setHeader("Leaning")
                .setFlexGrow(2).setKey("leaning");
        outlets.addColumn(OutletDetails::documents).setHeader("Documents").setAutoWidth(true).setFlexGrow(0)
                .setKey("documents");
        outlets.addComponentColumn(outlet -> actions(
                () -> new OutletDialog(outlet, (name, leaning) -> {
                    outletService.update(outlet.id(), name, leaning);
                    refresh();
                }).open(),
                "Delete outlet " + outlet.name() + "? Its " + outlet.documents() + " document(s) stay, without an "
                        + "outlet.",
                () -> outletService.delete(outlet.id()))).setAutoWidth(true).setFlexGrow(0).setKey(ACTIONS);
        outlets.setEmptyStateText("No outlets yet.");
        outlets.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        Button addStory = new Button("Story", VaadinIcon.PLUS.create(), click -> new StoryDialog(null, draft -> {
            storyService.create(project.id(), draft);
            refresh();
        }).open());
        Button addOutlet = new Button("Outlet", VaadinIcon.PLUS.create(), click -> new OutletDialog(null,
                (name, leaning) -> {
                    outletService.create(project.id(), name, leaning);
                    refresh();
                }).open());
        this.addStory = addStory;
        this.addOutlet = addOutlet;
        add(header, section("Stories", addStory), stories, section("Outlets", addOutlet), outlets);
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
        Button editButton = new Button("Edit", click -> edit.run());
        Button deleteButton = new Button("Delete", click -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete?", deleteQuestion, "Delete", confirmed -> {
                delete.run();
                refresh();
            });
            confirm.setCancelable(true);
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
        return "Stories and outlets · " + (project == null ? "Project" : project.name()) + " · Slant";
    }
}
