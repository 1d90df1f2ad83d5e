package org.slant.corpus.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectDeletion;
import org.slant.corpus.ProjectDetails;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Markdown;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;

/** A project's settings and guidelines, with a live preview of the guidelines as annotators will see them. */
@Route("projects/:projectId/settings")
@PermitAll
public class ProjectSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.SETTINGS);
    final TextField name = new TextField(getTranslation("platform.common.name"));
    final TextArea description = new TextArea(getTranslation("platform.common.description"));
    final IntegerField annotatorsPerDocument = new IntegerField(
            getTranslation("corpus.settings.annotators-per-document"));
    final Checkbox blind = new Checkbox(getTranslation("corpus.settings.blind"));
    final Checkbox snapToWords = new Checkbox(getTranslation("corpus.settings.snap-to-words"));
    final Checkbox outletBlind = new Checkbox(getTranslation("corpus.settings.outlet-blind"));
    final TextArea guidelines = new TextArea(getTranslation("corpus.settings.guidelines"));
    final Div preview = new Div();
    final Button save = new Button(getTranslation("platform.common.save"));
    final Button delete = new Button(getTranslation("corpus.settings.delete"));
    private final ProjectDeletion deletion;
    private final Div deleteSection = new Div();
    private UUID projectId;
    private String projectName;

    public ProjectSettingsView(CorpusService corpus, ProjectDeletion deletion) {
        this.corpus = corpus;
        this.deletion = deletion;
        addClassName("slant-page");
        setWidthFull();

        name.setWidthFull();
        name.setMaxLength(ProjectSettings.MAX_NAME_LENGTH);
        description.setWidthFull();
        annotatorsPerDocument.setMin(1);
        annotatorsPerDocument.setMax(ProjectSettings.MAX_ANNOTATORS_PER_DOCUMENT);
        annotatorsPerDocument.setStepButtonsVisible(true);
        annotatorsPerDocument.setHelperText(getTranslation("corpus.settings.annotators-per-document-help"));
        outletBlind.setHelperText(getTranslation("corpus.settings.outlet-blind-help"));
        FormLayout form = new FormLayout(name, annotatorsPerDocument, description, blind, snapToWords, outletBlind);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setColspan(outletBlind, 2);
        form.setMaxWidth("60rem");

        guidelines.setWidthFull();
        guidelines.setMinHeight("20rem");
        guidelines.setValueChangeMode(ValueChangeMode.LAZY);
        guidelines.addValueChangeListener(change -> showPreview(change.getValue()));
        preview.addClassName("slant-markdown");
        VerticalLayout previewColumn = new VerticalLayout(new H3(getTranslation("corpus.settings.preview")), preview);
        previewColumn.setPadding(false);
        HorizontalLayout guidelinesRow = new HorizontalLayout(guidelines, previewColumn);
        guidelinesRow.setWidthFull();
        guidelinesRow.setFlexGrow(1, guidelines, previewColumn);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDeletion());
        deleteSection.addClassName("slant-danger-zone");
        deleteSection.add(new H3(getTranslation("corpus.settings.delete-heading")),
                new Paragraph(getTranslation("corpus.settings.delete-explained")), delete);
        add(header, form, guidelinesRow, save, deleteSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectDetails project;
        try {
            project = RouteIds.uuid(event.getRouteParameters(), "projectId").map(corpus::projectDetails).orElse(null);
        } catch (NotFoundException e) {
            project = null;
        }
        if (project == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("corpus.route.no-project"));
            return;
        }
        projectId = project.id();
        show(project);
    }

    private void show(ProjectDetails project) {
        projectName = project.name();
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        deleteSection.setVisible(corpus.canChange(project.id()));
        name.setValue(project.name());
        description.setValue(project.description());
        annotatorsPerDocument.setValue(project.annotatorsPerDocument());
        blind.setValue(project.blind());
        snapToWords.setValue(project.snapToWords());
        outletBlind.setValue(project.outletBlind());
        guidelines.setValue(project.guidelines());
        showPreview(project.guidelines());
    }

    void save() {
        Integer k = annotatorsPerDocument.getValue();
        try {
            ProjectDetails saved = corpus.updateProject(projectId, new ProjectSettings(name.getValue(),
                    description.getValue(), guidelines.getValue(), k == null ? 0 : k, blind.getValue(),
                    snapToWords.getValue(), outletBlind.getValue()));
            Problems.clear(fields());
            show(saved);
            Problems.success(getTranslation("corpus.settings.saved"));
        } catch (InvalidInputException refused) {
            Problems.show(refused, fields());
        }
    }

    void confirmDeletion() {
        new DeleteProjectDialog(deletion.whatGoes(projectId), () -> {
            ProjectDeletion.WhatGoes went = deletion.delete(projectId, true);
            getUI().ifPresent(ui -> ui.navigate(ProjectsView.class));
            Problems.success(getTranslation("corpus.settings.deleted", went.projectName()));
        }).open();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "annotatorsPerDocument", annotatorsPerDocument, "guidelines", guidelines);
    }

    private void showPreview(String markdown) {
        // the renderer escapes raw HTML and defuses unsafe links, so this HTML is safe to show
        preview.getElement().setProperty("innerHTML", Markdown.toSafeHtml(markdown));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("corpus.settings.page-title", projectName == null
                ? getTranslation("corpus.common.project") : projectName);
    }
}
