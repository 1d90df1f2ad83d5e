package org.slant.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.slant.annotation.AnnotationImport;
import org.slant.annotation.importing.AnnotatedFormat;
import org.slant.annotation.importing.ImportOptions;
import org.slant.annotation.importing.ImportProblems;
import org.slant.annotation.importing.LabelMapping;
import org.slant.annotation.importing.LabelMappingFile;
import org.slant.annotation.importing.UploadedFile;
import org.slant.annotation.importing.UploadedFiles;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.LimitedUploads;
import org.slant.platform.ui.LocalComponents;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.Member;
import org.slant.team.Memberships;
import tools.jackson.databind.json.JsonMapper;

/**
 * Managers import annotated data (docs/import.md#in-the-web-ui-1): documents with the work on them, in any format
 * Slant reads. The files wait on the server until Import, and stay after a refusal, so that an option can be
 * changed and the import tried again without uploading them anew.
 */
@Route("projects/:projectId/import-annotated")
@PermitAll
public class AnnotatedImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Whose the spans become. */
    enum Owner {
        FILES("annotation.import.owner.files"),
        ANNOTATOR("annotation.import.owner.annotator"),
        SOURCE("annotation.import.owner.source");

        /** The key of the choice's caption. */
        final String caption;

        Owner(String caption) {
            this.caption = caption;
        }
    }

    private final CorpusService corpus;
    private final AnnotationImport importer;
    private final Memberships memberships;
    private final SchemaService schema;
    private final JsonMapper json;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.DOCUMENTS);
    private final List<Waiting> files = new ArrayList<>();
    private Waiting mappingFile;
    private ProjectSummary project;

    final Select<AnnotatedFormat> format = new Select<>();
    final Upload upload = LocalComponents.translated(new Upload());
    final Upload mapping = LocalComponents.translated(new Upload());
    final RadioButtonGroup<Owner> owner = new RadioButtonGroup<>(getTranslation("annotation.import.owner"));
    final ComboBox<String> annotator = new ComboBox<>(getTranslation("annotation.import.annotator"));
    final TextField source = new TextField(getTranslation("annotation.import.source"));
    final ComboBox<String> layer = new ComboBox<>(getTranslation("annotation.import.layer"));
    final Checkbox createMissing = new Checkbox(getTranslation("annotation.import.create-missing"));
    final Checkbox createAnnotators = new Checkbox(getTranslation("annotation.import.create-annotators"));
    final Button importButton = new Button(getTranslation("annotation.import.import"));
    private final Anchor back = new Anchor("", getTranslation("annotation.import.back"));
    final Paragraph outcome = new Paragraph();
    final UnorderedList details = new UnorderedList();
    final Grid<Problem> problems = new Grid<>();

    public AnnotatedImportView(CorpusService corpus, AnnotationImport importer, Memberships memberships,
            SchemaService schema, JsonMapper json) {
        this.corpus = corpus;
        this.importer = importer;
        this.memberships = memberships;
        this.schema = schema;
        this.json = json;
        addClassName("slant-page");
        addClassName("slant-annotated-import");

        format.setLabel(getTranslation("annotation.import.format"));
        format.setItems(importer.formats());
        format.setItemLabelGenerator(AnnotatedFormat::name);
        format.setWidth("min(40rem, 100%)");
        format.addValueChangeListener(change -> formatChosen());

        // the file arrives (under the UI's lock) after the upload's events: it enables Import itself
        long limit = importer.limits().maxUpload().toBytes();
        upload.setUploadHandler(LimitedUploads.toTempFile(limit, (metadata, file) -> {
            files.add(new Waiting(metadata.fileName(), file));
            importButton.setEnabled(!upload.isUploading());
        }));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setWidthFull();
        upload.addFileRemovedListener(removed -> forget(files, removed.getFileName()));
        upload.addStartedListener(started -> importButton.setEnabled(false));
        upload.addAllFinishedListener(finished -> importButton.setEnabled(!files.isEmpty()));
        upload.addFileRejectedListener(rejected -> Problems.error(rejected.getFileName() + ": "
                + rejected.getErrorMessage()));
        mapping.setUploadHandler(LimitedUploads.toTempFile(limit, (metadata, file) -> {
            if (mappingFile != null) {
                mappingFile.delete();
            }
            mappingFile = new Waiting(metadata.fileName(), file);
        }));
        mapping.setMaxFiles(1);
        mapping.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        mapping.setWidthFull();
        mapping.setAcceptedFileTypes(".json");
        mapping.setUploadButton(new Button(getTranslation("annotation.import.mapping")));
        mapping.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("annotation.import.mapping.hint")));
        mapping.addFileRemovedListener(removed -> {
            if (mappingFile != null) {
                mappingFile.delete();
                mappingFile = null;
            }
        });

        owner.setItems(Owner.values());
        owner.setItemLabelGenerator(choice -> getTranslation(choice.caption));
        owner.addValueChangeListener(change -> ownerChosen());
        annotator.setHelperText(getTranslation("annotation.import.annotator.help"));
        annotator.setWidth("16rem");
        source.setHelperText(getTranslation("annotation.import.source.help"));
        source.setWidth("16rem");
        layer.setAllowCustomValue(true);
        layer.addCustomValueSetListener(custom -> layer.setValue(custom.getDetail()));
        layer.setHelperText(getTranslation("annotation.import.layer.help"));
        layer.setWidth("16rem");
        layer.setClearButtonVisible(true);

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importFiles());

        problems.addColumn(problem -> problem.where(LocalFormats.locale()))
                .setHeader(getTranslation("annotation.import.where")).setKey("where").setFlexGrow(2)
                .setTooltipGenerator(problem -> problem.where(LocalFormats.locale()));
        problems.addColumn(problem -> problem.message(LocalFormats.locale()))
                .setHeader(getTranslation("annotation.import.problem")).setKey("problem").setFlexGrow(3)
                .setTooltipGenerator(problem -> problem.message(LocalFormats.locale()));
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setHeight("18rem");
        problems.setVisible(false);
        outcome.setVisible(false);
        details.setVisible(false);

        HorizontalLayout who = new HorizontalLayout(annotator, source, layer);
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        who.getStyle().set("flex-wrap", "wrap");
        Paragraph help = new Paragraph(getTranslation("annotation.import.help",
                org.slant.corpus.importing.ImportLimits.describe(importer.limits().maxUpload())));
        help.addClassName("slant-muted");
        HorizontalLayout actions = new HorizontalLayout(importButton, back);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new H3(getTranslation("annotation.import.title")), help, format, upload, mapping, owner, who,
                createMissing, createAnnotators, actions, outcome, details, problems);
        addDetachListener(detach -> forgetAll());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.projectToChange(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), true, corpus.seesEveryonesWork(project.id()));
        back.setHref("projects/" + project.id());
        annotator.setItems(memberships.members(project.id()).stream().map(Member::username).toList());
        layer.setItems(schema.layers(project.id()).stream().map(LayerSchema::name).toList());
        format.setValue(importer.formats().getFirst());
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("annotation.import.title")
                : getTranslation("annotation.import.page-title", project.name());
    }

    /** A format that names its annotators offers them; one that does not needs an annotator or a source. */
    private void formatChosen() {
        AnnotatedFormat chosen = format.getValue();
        if (chosen == null) {
            return;
        }
        format.setHelperText(chosen.description());
        List<Owner> choices = chosen.namesAnnotators() ? List.of(Owner.values())
                : List.of(Owner.ANNOTATOR, Owner.SOURCE);
        Owner before = owner.getValue();
        owner.setItems(choices);
        owner.setValue(before != null && choices.contains(before) ? before : choices.getFirst());
    }

    private void ownerChosen() {
        Owner chosen = owner.getValue();
        annotator.setVisible(chosen == Owner.ANNOTATOR);
        source.setVisible(chosen == Owner.SOURCE);
        createAnnotators.setEnabled(chosen == Owner.FILES);
    }

    void importFiles() {
        if (upload.isUploading() || mapping.isUploading()) {
            Problems.error(getTranslation("annotation.import.wait"));
            return;
        }
        UploadedFiles reader = importer.uploadedFiles();
        ImportProblems read = new ImportProblems();
        List<UploadedFile> uploaded = new ArrayList<>();
        LabelMapping labelMapping = LabelMapping.NONE;
        try {
            for (Waiting file : files) {
                try (InputStream in = Files.newInputStream(file.file().toPath())) {
                    reader.add(file.name(), in, uploaded, read);
                }
            }
            if (mappingFile != null) {
                List<UploadedFile> mappingFiles = new ArrayList<>();
                try (InputStream in = Files.newInputStream(mappingFile.file().toPath())) {
                    reader.add(mappingFile.name(), in, mappingFiles, read);
                }
                if (mappingFiles.size() == 1) {
                    labelMapping = LabelMappingFile.read(mappingFiles.getFirst(), json, read);
                } else if (read.isEmpty()) {
                    read.add(getTranslation("annotation.import.where.mapping"),
                            getTranslation("annotation.import.mapping.not-one"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!read.isEmpty()) {
            showRefused(read.list());
            return;
        }
        Owner chosen = owner.getValue();
        ImportOptions options = new ImportOptions(format.getValue().name(),
                chosen == Owner.FILES && createAnnotators.getValue(),
                chosen == Owner.ANNOTATOR ? annotator.getValue() : null,
                chosen == Owner.SOURCE ? source.getValue() : null, layer.getValue(), createMissing.getValue(),
                labelMapping);
        if (chosen == Owner.ANNOTATOR && options.annotator() == null) {
            showRefused(List.of(new Problem(getTranslation("annotation.import.where.annotator"),
                    getTranslation("annotation.import.choose-annotator"))));
            return;
        }
        if (chosen == Owner.SOURCE && options.source() == null) {
            showRefused(List.of(new Problem(getTranslation("annotation.import.where.source"),
                    getTranslation("annotation.import.name-source"))));
            return;
        }
        try {
            showImported(importer.importAnnotated(project.id(), uploaded, options));
            forgetAll();
        } catch (InvalidInputException e) {
            showRefused(e.problems());
        } catch (NotFoundException | ForbiddenException e) {
            showRefused(List.of(new Problem(getTranslation("annotation.import.where.project"), Problems.said(e))));
        }
    }

    private void showImported(AnnotationImport.Result result) {
        outcome.setText(getTranslation("annotation.import.imported",
                getTranslation("platform.common.documents", result.documents()),
                result.existingDocuments() == 0 ? ""
                        : " " + getTranslation("annotation.import.existing", result.existingDocuments()),
                getTranslation("platform.common.spans", result.spans()),
                getTranslation("annotation.import.answers", result.answers()),
                getTranslation("platform.common.annotators", result.annotators()),
                result.suggestions() == 0 ? ""
                        : ", " + getTranslation("annotation.import.suggestions", result.suggestions())));
        outcome.getStyle().remove("color");
        outcome.setVisible(true);
        details.removeAll();
        if (!result.accountsCreated().isEmpty()) {
            details.add(new ListItem(getTranslation("annotation.import.accounts-created",
                    String.join(", ", result.accountsCreated()))));
        }
        if (!result.schemaCreated().isEmpty()) {
            details.add(new ListItem(getTranslation("annotation.import.created",
                    String.join(", ", result.schemaCreated()))));
        }
        result.leftOut().forEach(left -> details.add(new ListItem(getTranslation("annotation.import.not-taken",
                left))));
        details.setVisible(details.getChildren().findAny().isPresent());
        problems.setVisible(false);
        // the layers the import created are offered next time; the chosen one stays chosen
        String chosenLayer = layer.getValue();
        layer.setItems(schema.layers(project.id()).stream().map(LayerSchema::name).toList());
        layer.setValue(chosenLayer);
        outcome.scrollIntoView();
    }

    private void showRefused(List<Problem> found) {
        outcome.setText(getTranslation("annotation.import.refused", found.size()));
        outcome.getStyle().set("color", "var(--lumo-error-text-color)");
        outcome.setVisible(true);
        details.setVisible(false);
        problems.setItems(found);
        // a few problems take the room they need; many scroll inside the list
        problems.setAllRowsVisible(found.size() <= 8);
        problems.setHeight(found.size() <= 8 ? null : "18rem");
        problems.setVisible(true);
        // below the options on a small screen: brought into sight
        outcome.scrollIntoView();
    }

    /** The Upload's file list names a removed file only by its name: the last one of that name goes. */
    private void forget(List<Waiting> from, String fileName) {
        for (int i = from.size() - 1; i >= 0; i--) {
            if (from.get(i).name().equals(fileName)) {
                from.remove(i).delete();
                break;
            }
        }
        importButton.setEnabled(!files.isEmpty() && !upload.isUploading());
    }

    private void forgetAll() {
        files.forEach(Waiting::delete);
        files.clear();
        upload.clearFileList();
        if (mappingFile != null) {
            mappingFile.delete();
            mappingFile = null;
        }
        mapping.clearFileList();
        importButton.setEnabled(false);
    }

    /** A file the user uploaded, waiting in a temporary file. */
    private record Waiting(String name, File file) {

        void delete() {
            // a temporary file that cannot be deleted now is the system's to clean up
            file.delete();
        }
    }
}
