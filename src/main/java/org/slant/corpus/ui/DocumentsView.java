package org.slant.corpus.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.NumberRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentSummary;
import org.slant.corpus.ProjectSummary;
import org.slant.platform.NotFoundException;
import org.springframework.data.domain.PageRequest;

/** A project's documents, loaded a page at a time as the list scrolls. */
@Route("projects/:projectId")
@PermitAll
public class DocumentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PROJECT_ID = "projectId";

    private final CorpusService corpus;
    private final H2 title = new H2();
    private final Paragraph description = new Paragraph();
    final Grid<DocumentSummary> documents = new Grid<>();
    private ProjectSummary project;

    public DocumentsView(CorpusService corpus) {
        this.corpus = corpus;
        addClassName("slant-page");
        setSizeFull();
        description.addClassName("slant-muted");

        documents.addColumn(DocumentSummary::title).setHeader("Title").setFlexGrow(4).setKey("title")
                .setTooltipGenerator(DocumentSummary::title);
        documents.addColumn(summary -> orDash(summary.outlet())).setHeader("Outlet").setFlexGrow(1)
                .setKey("outlet");
        documents.addColumn(summary -> orDash(summary.story())).setHeader("Story").setFlexGrow(2).setKey("story");
        documents.addColumn(new NumberRenderer<>(DocumentSummary::words, NumberFormat.getIntegerInstance(Locale.UK)))
                .setHeader("Words").setAutoWidth(true).setFlexGrow(0).setKey("words")
                .setPartNameGenerator(summary -> "numeric");
        documents.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        documents.setEmptyStateText("This project has no documents yet.");
        documents.addItemClickListener(click -> documents.getUI().ifPresent(ui ->
                ui.navigate(DocumentView.class, DocumentView.parameters(click.getItem().id()))));

        add(title, description, documents);
        setFlexGrow(1, documents);
    }

    static RouteParameters parameters(UUID projectId) {
        return new RouteParameters(PROJECT_ID, projectId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            project = RouteIds.uuid(event.getRouteParameters(), PROJECT_ID).map(corpus::project).orElse(null);
        } catch (NotFoundException e) {
            project = null;
        }
        if (project == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such project");
            return;
        }
        title.setText(project.name());
        description.setText(project.description());
        documents.setItems(
                query -> corpus.documents(project.id(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) corpus.project(project.id()).documents());
    }

    @Override
    public String getPageTitle() {
        return (project == null ? "Project" : project.name()) + " · Slant";
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
