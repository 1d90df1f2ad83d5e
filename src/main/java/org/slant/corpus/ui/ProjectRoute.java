package org.slant.corpus.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.platform.ForbiddenException;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.Problems;
import org.springframework.modulith.NamedInterface;

/** Reads the project a view's route names (":projectId"), for every view of a project. */
@NamedInterface("routes")
public final class ProjectRoute {

    private ProjectRoute() {
    }

    /** The project, or empty after rerouting to the not-found page when the id is malformed or unknown. */
    public static Optional<ProjectSummary> project(BeforeEnterEvent event, CorpusService corpus) {
        try {
            Optional<ProjectSummary> project = RouteIds.uuid(event.getRouteParameters(), "projectId")
                    .map(corpus::project);
            if (project.isPresent()) {
                return project;
            }
        } catch (NotFoundException e) {
            // answered below, like a malformed id
        }
        event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                I18NProvider.translate("corpus.route.no-project"));
        return Optional.empty();
    }

    /** The project for a page of its managers; other members are rerouted to the access-denied page. */
    public static Optional<ProjectSummary> projectToChange(BeforeEnterEvent event, CorpusService corpus) {
        Optional<ProjectSummary> project = project(event, corpus);
        try {
            project.ifPresent(found -> corpus.projectToChange(found.id()));
            return project;
        } catch (ForbiddenException notAManager) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, Problems.said(notAManager));
            return Optional.empty();
        }
    }

    /** The project for a page on everyone's work (managers, curators); annotators are rerouted to access denied. */
    public static Optional<ProjectSummary> projectForEveryonesWork(BeforeEnterEvent event, CorpusService corpus) {
        Optional<ProjectSummary> project = project(event, corpus);
        if (project.isPresent() && !corpus.seesEveryonesWork(project.get().id())) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class,
                    I18NProvider.translate("corpus.route.everyones-work"));
            return Optional.empty();
        }
        return project;
    }
}
