package org.slant.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.corpus.importing.DocumentImport;
import org.slant.corpus.importing.ImportFile;
import org.slant.corpus.importing.ImportFormat;
import org.slant.corpus.importing.ImportLimits;
import org.slant.corpus.importing.ImportResult;
import org.slant.corpus.importing.ImportResult.SkippedDocument;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.LimitedUploads;
import org.slant.platform.ui.LocalComponents;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import org.springframework.core.io.FileSystemResource;

/**
 * Imports documents into a project from files the user uploads: .txt, .zip of .txt, .jsonl and .csv, several at
 * once. The files wait on the server until the user presses Import, so that all of them are one import: all stored,
 * or none and every problem listed.
 */
public class ImportDialog extends Dialog {

    private final DocumentImport importer;
    private final UUID projectId;
    private final Runnable onImported;
    /** The uploaded files in the order they arrived, kept in temporary files until the import or the closing. */
    private final List<UploadedFile> uploaded = new ArrayList<>();

    final Upload upload = LocalComponents.translated(new Upload());
    final Button importButton = new Button(getTranslation("corpus.import.import"));
    final Paragraph outcome = new Paragraph();
    final Grid<Problem> problems = new Grid<>();
    final Grid<SkippedDocument> skipped = new Grid<>();

    /**
     * @param onImported run after documents were stored, e.g. to refresh the list that shows them
     */
    public ImportDialog(DocumentImport importer, UUID projectId, Runnable onImported) {
        this.importer = importer;
        this.projectId = projectId;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("corpus.import.title"));
        setWidth("min(56rem, 95vw)");

        ImportLimits limits = importer.limits();
        Paragraph help = new Paragraph(getTranslation("corpus.import.help", ImportLimits.describe(limits.maxUpload()),
                ImportLimits.describe(limits.maxDocument())));
        help.addClassName("slant-muted");

        upload.setUploadHandler(LimitedUploads.toTempFile(limits.maxUpload().toBytes(),
                (metadata, file) -> uploaded(metadata.fileName(), file)));
        upload.setAcceptedFileTypes(ImportFormat.allExtensions().toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxUpload().toBytes()));
        upload.setWidthFull();
        upload.addStartedListener(started -> importButton.setEnabled(false));
        upload.addAllFinishedListener(finished -> importButton.setEnabled(!uploaded.isEmpty()));
        upload.addFileRemovedListener(removed -> forget(removed.getFileName()));
        upload.addFileRejectedListener(rejected -> Problems.error(rejected.getFileName() + ": "
                + rejected.getErrorMessage()));

        problems.addColumn(problem -> problem.where(LocalFormats.locale()))
                .setHeader(getTranslation("corpus.import.column.where")).setKey("where").setFlexGrow(2)
                .setTooltipGenerator(problem -> problem.where(LocalFormats.locale()));
        problems.addColumn(problem -> problem.message(LocalFormats.locale()))
                .setHeader(getTranslation("corpus.import.column.problem")).setKey("problem").setFlexGrow(3)
                .setTooltipGenerator(problem -> problem.message(LocalFormats.locale()));
        skipped.addColumn(SkippedDocument::title).setHeader(getTranslation("corpus.import.column.left-out"))
                .setKey("title").setFlexGrow(2).setTooltipGenerator(SkippedDocument::title);
        skipped.addColumn(document -> document.where(LocalFormats.locale()))
                .setHeader(getTranslation("corpus.import.column.where")).setKey("where").setFlexGrow(2);
        skipped.addColumn(document -> document.reason(LocalFormats.locale()))
                .setHeader(getTranslation("corpus.import.column.why"))
                .setKey("reason").setFlexGrow(3)
                .setTooltipGenerator(document -> document.reason(LocalFormats.locale()));
        for (Grid<?> grid : List.of(problems, skipped)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(false);
            grid.setHeight("16rem");
            grid.setVisible(false);
        }
        outcome.setVisible(false);

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importUploaded());
        Button close = new Button(getTranslation("platform.common.close"), click -> close());

        add(help, upload, outcome, problems, skipped);
        getFooter().add(close, importButton);
        // the uploaded files are not needed once the dialog is gone, whether or not they were imported
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                forgetAll();
            }
        });
        addDetachListener(detach -> forgetAll());
    }

    private void uploaded(String fileName, File file) {
        uploaded.add(new UploadedFile(fileName, file));
    }

    private void importUploaded() {
        if (upload.isUploading()) {
            Problems.error(getTranslation("corpus.import.wait"));
            return;
        }
        List<ImportFile> files = uploaded.stream()
                .map(file -> ImportFile.named(file.name(), file.file().length(), new FileSystemResource(file.file())))
                .toList();
        try {
            showImported(importer.importFiles(projectId, files));
            forgetAll();
            onImported.run();
        } catch (InvalidInputException e) {
            showRefused(e.problems());
        } catch (NotFoundException e) {
            showRefused(List.of(new Problem("project", getTranslation("corpus.import.project-gone"))));
        }
    }

    private void showImported(ImportResult result) {
        outcome.setText(result.skipped() == 0 ? getTranslation("corpus.import.imported", result.created())
                : getTranslation("corpus.import.imported-and-left-out", result.created(), result.skipped()));
        outcome.getStyle().remove("color");
        outcome.setVisible(true);
        problems.setVisible(false);
        skipped.setItems(result.skippedDocuments());
        skipped.setVisible(result.skipped() > 0);
    }

    private void showRefused(List<Problem> found) {
        outcome.setText(getTranslation("corpus.import.refused", found.size()));
        outcome.getStyle().set("color", "var(--lumo-error-text-color)");
        outcome.setVisible(true);
        skipped.setVisible(false);
        problems.setItems(found);
        problems.setVisible(true);
    }

    /** The Upload's file list names a removed file only by its name: the last one of that name goes. */
    private void forget(String fileName) {
        for (int i = uploaded.size() - 1; i >= 0; i--) {
            if (uploaded.get(i).name().equals(fileName)) {
                uploaded.remove(i).delete();
                break;
            }
        }
        importButton.setEnabled(!uploaded.isEmpty() && !upload.isUploading());
    }

    private void forgetAll() {
        uploaded.forEach(UploadedFile::delete);
        uploaded.clear();
        upload.clearFileList();
        importButton.setEnabled(false);
    }

    /** A file the user uploaded, waiting in a temporary file. */
    private record UploadedFile(String name, File file) {

        void delete() {
            // a temporary file that cannot be deleted now is the system's to clean up
            file.delete();
        }
    }
}
