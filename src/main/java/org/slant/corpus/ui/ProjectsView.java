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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.platform.ui.LocalFormats;

/** The start page: every project, with the size of its corpus. */
@Route("")
@PermitAll
public class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ProjectSummary> projects = new Grid<>();

    public ProjectsView(CorpusService corpus) {
        addClassName("slant-page");
        setSizeFull();

        projects.addColumn(ProjectSummary::name).setHeader(getTranslation("corpus.projects.column.name"))
                .setFlexGrow(3).setKey("name");
        projects.addColumn(ProjectSummary::description).setHeader(getTranslation("platform.common.description"))
                .setFlexGrow(5).setKey("description");
        projects.addColumn(project -> LocalFormats.count(project.documents()))
                .setHeader(getTranslation("corpus.projects.column.documents")).setAutoWidth(true).setFlexGrow(0)
                .setKey("documents");
        projects.addColumn(project -> LocalFormats.count(project.stories()))
                .setHeader(getTranslation("corpus.projects.column.stories")).setAutoWidth(true).setFlexGrow(0)
                .setKey("stories");
        projects.addColumn(project -> LocalFormats.count(project.outlets()))
                .setHeader(getTranslation("corpus.projects.column.outlets")).setAutoWidth(true).setFlexGrow(0)
                .setKey("outlets");
        projects.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        projects.setItems(corpus.projects());
        projects.addItemClickListener(click -> projects.getUI().ifPresent(ui ->
                ui.navigate(DocumentsView.class, DocumentsView.parameters(click.getItem().id()))));
        projects.setEmptyStateText(getTranslation("corpus.projects.empty"));

        Paragraph hint = new Paragraph(getTranslation("corpus.projects.hint"));
        hint.addClassName("slant-muted");
        Button newProject = new Button(getTranslation("corpus.projects.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/new")));
        newProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importArchive = new Button(getTranslation("corpus.projects.import-archive"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("projects/import")));
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("corpus.projects.heading")),
                new HorizontalLayout(importArchive, newProject));
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setAlignItems(Alignment.BASELINE);
        add(top, hint, projects);
        setFlexGrow(1, projects);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("corpus.projects.page-title");
    }
}
