package org.slant.stories.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.Story;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.ProjectTabs;
import org.slant.stories.StorySources;

/**
 * A page of its own for a story's sources compared ({@link SourcesPanel}), until the story view embeds the panel.
 * Every member may open it; what they see is decided in {@link StorySources}.
 */
@Route("projects/:projectId/stories/:storyId/sources")
@PermitAll
public class SourcesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter EVENT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CorpusService corpus;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.STORIES);
    final H3 title = new H3();
    final Paragraph about = new Paragraph();
    final SourcesPanel panel;
    private ProjectSummary project;
    private Story story;

    public SourcesView(CorpusService corpus, StorySources sources) {
        this.corpus = corpus;
        this.panel = new SourcesPanel(sources);
        addClassNames("slant-page", "slant-sources-page");
        setWidthFull();
        about.addClassName("slant-chart-caption");
        add(header, title, about, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.project(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        story = storyOf(event, project.id()).orElse(null);
        if (story == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such story");
            return;
        }
        if (corpus.outletBlinded(project.id())) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, "This project hides outlets "
                    + "from its annotators: comparing the outlets' coverage of a story is for its managers and "
                    + "curators.");
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        title.setText("Sources compared: " + story.getTitle());
        about.setText((story.getEventDate() == null ? "" : EVENT_DATE.format(story.getEventDate()) + ". ")
                + "How the story's outlets source it: who each cites, with which cue words and how many words each "
                + "source gets; and how much of each outlet's text each frame, tone and text-hygiene label covers.");
        panel.show(story.getId());
    }

    /** The story the route names, when it is one of the project's. */
    private Optional<Story> storyOf(BeforeEnterEvent event, UUID projectId) {
        try {
            return event.getRouteParameters().get("storyId").map(UUID::fromString).map(corpus::story)
                    .filter(found -> found.getProjectId().equals(projectId));
        } catch (IllegalArgumentException | NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return "Sources compared · " + (story == null ? "Story" : story.getTitle()) + " · Slant";
    }
}
