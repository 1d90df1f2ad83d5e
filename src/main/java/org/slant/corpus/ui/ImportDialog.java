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

    final Upload upload = new Upload();
    final Button importButton = new Button("Import");
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
        setHeaderTitle("Import documents");
        setWidth("min(56rem, 95vw)");

        ImportLimits limits = importer.limits();
        Paragraph help = new Paragraph("A .txt file is one document, titled with its name; a .zip holds .txt files; "
                + ".jsonl has one JSON object per line and .csv a 'text' column (other fields: title, outlet, "
                + "story, url, published, externalId). Files must be UTF-8; together at most "
                + ImportLimits.describe(limits.maxUpload()) + ", at most "
                + ImportLimits.describe(limits.maxDocument())
                + " per document. Documents whose text the project already has are left out.");
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

        problems.addColumn(Problem::where).setHeader("Where").setKey("where").setFlexGrow(2)
                .setTooltipGenerator(Problem::where);
        problems.addColumn(Problem::message).setHeader("Problem").setKey("problem").setFlexGrow(3)
                .setTooltipGenerator(Problem::message);
        skipped.addColumn(SkippedDocument::title).setHeader("Left out").setKey("title").setFlexGrow(2)
                .setTooltipGenerator(SkippedDocument::title);
        skipped.addColumn(SkippedDocument::where).setHeader("Where").setKey("where").setFlexGrow(2);
        skipped.addColumn(SkippedDocument::reason).setHeader("Why").setKey("reason").setFlexGrow(3)
                .setTooltipGenerator(SkippedDocument::reason);
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
        Button close = new Button("Close", click -> close());

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
            Problems.error("Wait until every file has been uploaded.");
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
            showRefused(List.of(new Problem("project", "the project no longer exists")));
        }
    }

    private void showImported(ImportResult result) {
        outcome.setText(count(result.created(), "document") + " imported"
                + (result.skipped() == 0 ? "." : "; " + count(result.skipped(), "document")
                        + " left out because the project or the upload already had their text:"));
        outcome.getStyle().remove("color");
        outcome.setVisible(true);
        problems.setVisible(false);
        skipped.setItems(result.skippedDocuments());
        skipped.setVisible(result.skipped() > 0);
    }

    private void showRefused(List<Problem> found) {
        outcome.setText("Nothing was imported. " + (found.size() == 1 ? "There is 1 problem" :
                "There are " + found.size() + " problems") + " to fix before the files can be imported:");
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

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    /** A file the user uploaded, waiting in a temporary file. */
    private record UploadedFile(String name, File file) {

        void delete() {
            // a temporary file that cannot be deleted now is the system's to clean up
            file.delete();
        }
    }
}
