package org.slant.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;

/** The start page: every project, with the size of its corpus. */
@Route("")
@PageTitle("Projects · Slant")
@PermitAll
public class ProjectsView extends VerticalLayout {

    final Grid<ProjectSummary> projects = new Grid<>();

    public ProjectsView(CorpusService corpus) {
        addClassName("slant-page");
        setSizeFull();

        projects.addColumn(ProjectSummary::name).setHeader("Project").setFlexGrow(3).setKey("name");
        projects.addColumn(ProjectSummary::description).setHeader("Description").setFlexGrow(5)
                .setKey("description");
        projects.addColumn(ProjectSummary::documents).setHeader("Documents").setAutoWidth(true).setFlexGrow(0)
                .setKey("documents");
        projects.addColumn(ProjectSummary::stories).setHeader("Stories").setAutoWidth(true).setFlexGrow(0)
                .setKey("stories");
        projects.addColumn(ProjectSummary::outlets).setHeader("Outlets").setAutoWidth(true).setFlexGrow(0)
                .setKey("outlets");
        projects.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        projects.setItems(corpus.projects());
        projects.addItemClickListener(click -> projects.getUI().ifPresent(ui ->
                ui.navigate(DocumentsView.class, DocumentsView.parameters(click.getItem().id()))));
        projects.setEmptyStateText("No projects yet.");

        Paragraph hint = new Paragraph("Open a project to see its documents.");
        hint.addClassName("slant-muted");
        Button newProject = new Button("New project", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/new")));
        newProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importArchive = new Button("Import archive", VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/import")));
        HorizontalLayout top = new HorizontalLayout(new H2("Projects"), new HorizontalLayout(importArchive,
                newProject));
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setAlignItems(Alignment.BASELINE);
        add(top, hint, projects);
        setFlexGrow(1, projects);
    }
}
