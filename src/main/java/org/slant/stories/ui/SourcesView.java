package org.slant.stories.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.Story;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.ProjectTabs;
import org.slant.stories.StorySources;

/**
 * A page of its own for a story's sources compared ({@link SourcesPanel}), until the story view embeds the panel.
 * Every member may open it; what they see is decided in {@link StorySources}.
 */
@Route("projects/:projectId/stories/:storyId/sources")
@PermitAll
public class SourcesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("stories.story.no-such-story"));
            return;
        }
        if (corpus.outletBlinded(project.id())) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class,
                    getTranslation("stories.sources.outlets-hidden"));
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        title.setText(getTranslation("stories.sources.title", story.getTitle()));
        about.setText(story.getEventDate() == null ? getTranslation("stories.sources.about")
                : getTranslation("stories.sources.about-dated", LocalFormats.longDate(story.getEventDate())));
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
        return getTranslation("stories.sources.page-title", story == null ? getTranslation("stories.common.story")
                : story.getTitle());
    }
}
