package org.slant.archive.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.slant.archive.ArchiveCounts;
import org.slant.archive.ArchiveTooLargeException;
import org.slant.archive.ImportedProject;
import org.slant.archive.ProjectAlreadyHereException;
import org.slant.archive.ProjectArchiveImport;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.LocalComponents;
import org.slant.platform.ui.Problems;

/** Brings a project archive from another installation (or a backup) into this one. */
@Route("projects/import")
@PermitAll
public class ImportArchiveView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload = LocalComponents.translated(new Upload());
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
        upload.addFileRejectedListener(rejected -> outcome.setText(getTranslation("archive.import.rejected",
                rejected.getFileName(), rejected.getErrorMessage(), importer.limits().describe())));
        upload.setUploadHandler(new UploadHandler() {

            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                // the import runs while the file arrives, without holding the UI: it is streamed to a temporary file
                Answer answer;
                try (InputStream in = event.getInputStream()) {
                    answer = importFrom(importer, in, event.getFileSize());
                }
                // worded inside the UI's access, where the reader's language is known
                event.getUI().access(() -> outcome.setText(answer.text()));
            }

            @Override
            public long getFileSizeMax() {
                return limit;
            }
        });
        outcome.addClassName("slant-markdown");
        add(new H2(getTranslation("archive.import.heading")),
                new Paragraph(getTranslation("archive.import.intro", importer.limits().describe())), upload, outcome);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.import.page-title");
    }

    /** Imports and answers what to tell the user; the temporary copy of the upload is removed either way. */
    static Answer importFrom(ProjectArchiveImport importer, InputStream upload, long declaredBytes) {
        try {
            ImportedProject imported = importer.importArchive(upload, declaredBytes);
            ArchiveCounts counts = imported.counts();
            return new Answer("archive.import.imported", imported.name(), counts.documents(), counts.layers(),
                    counts.spans(), counts.answers(), counts.goldSpans() + counts.goldAnswers(),
                    counts.events() + counts.goldEvents());
        } catch (InvalidInputException | ProjectAlreadyHereException | ArchiveTooLargeException refused) {
            return new Answer("archive.import.refused", refused);
        }
    }

    /** What to tell the user, worded when shown: the import runs outside the UI, where its language is unknown. */
    record Answer(String key, Object... arguments) {

        String text() {
            return I18NProvider.translate(key, Arrays.stream(arguments)
                    .map(argument -> argument instanceof Throwable refused ? Problems.said(refused) : argument)
                    .toArray());
        }
    }
}
