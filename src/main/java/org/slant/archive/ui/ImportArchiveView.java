package org.slant.archive.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import org.slant.archive.ArchiveCounts;
import org.slant.archive.ArchiveTooLargeException;
import org.slant.archive.ImportedProject;
import org.slant.archive.ProjectAlreadyHereException;
import org.slant.archive.ProjectArchiveImport;
import org.slant.platform.InvalidInputException;

/** Brings a project archive from another installation (or a backup) into this one. */
@Route("projects/import")
@PageTitle("Import a project archive · Slant")
@PermitAll
public class ImportArchiveView extends VerticalLayout {

    final Upload upload = new Upload();
    final Paragraph outcome = new Paragraph();

    public ImportArchiveView(ProjectArchiveImport importer) {
        addClassName("slant-page");
        long limit = importer.limits().maxUpload().toBytes();
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        // the file as the request body: held to the archive limit only, not to the multipart limit of form uploads
        upload.setUploadFormat(UploadFormat.RAW);
        // the browser refuses a larger file before sending it; the import counts the bytes it receives anyway
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.addFileRejectedListener(rejected -> outcome.setText("Nothing was imported. " + rejected.getFileName()
                + ": " + rejected.getErrorMessage() + " (at most " + importer.limits().describe() + ")"));
        upload.setUploadHandler(new UploadHandler() {

            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                // the import runs while the file arrives, without holding the UI: it is streamed to a temporary file
                String answer;
                try (InputStream in = event.getInputStream()) {
                    answer = importFrom(importer, in, event.getFileSize());
                }
                event.getUI().access(() -> outcome.setText(answer));
            }

            @Override
            public long getFileSizeMax() {
                return limit;
            }
        });
        outcome.addClassName("slant-markdown");
        add(new H2("Import a project archive"),
                new Paragraph("Choose a .slant.zip made by \"Download the archive\" (at most "
                        + importer.limits().describe() + "). It is checked whole (checksums, every line, every "
                        + "reference) before anything is stored; if anything is wrong, nothing is. You manage the "
                        + "imported project."), upload, outcome);
    }

    /** Imports and answers what to tell the user; the temporary copy of the upload is removed either way. */
    static String importFrom(ProjectArchiveImport importer, InputStream upload, long declaredBytes) {
        try {
            ImportedProject imported = importer.importArchive(upload, declaredBytes);
            ArchiveCounts counts = imported.counts();
            return "Imported \"" + imported.name() + "\": " + counts.documents() + " documents, " + counts.layers()
                    + " layers, " + counts.spans() + " spans, " + counts.answers() + " answers, "
                    + (counts.goldSpans() + counts.goldAnswers()) + " gold spans and answers and "
                    + (counts.events() + counts.goldEvents()) + " history events. Open it from the project list.";
        } catch (InvalidInputException | ProjectAlreadyHereException | ArchiveTooLargeException refused) {
            return "Nothing was imported. " + refused.getMessage();
        }
    }
}
