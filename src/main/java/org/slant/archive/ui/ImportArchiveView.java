package org.slant.archive.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.File;
import org.slant.archive.ArchiveCounts;
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
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) ->
                outcome.setText(importFrom(importer, file))));
        outcome.addClassName("slant-markdown");
        add(new H2("Import a project archive"),
                new Paragraph("Choose a .slant.zip made by \"Download the archive\". It is checked whole "
                        + "(checksums, every line, every reference) before anything is stored; if anything is "
                        + "wrong, nothing is."), upload, outcome);
    }

    /** Imports and answers what to tell the user; the temporary file is removed either way. */
    static String importFrom(ProjectArchiveImport importer, File file) {
        try {
            ImportedProject imported = importer.importArchive(file.toPath());
            ArchiveCounts counts = imported.counts();
            return "Imported \"" + imported.name() + "\": " + counts.documents() + " documents, " + counts.layers()
                    + " layers, " + counts.spans() + " spans, " + counts.answers() + " answers and " + counts.events()
                    + " history events. Open it from the project list.";
        } catch (InvalidInputException refused) {
            return "Nothing was imported. " + refused.getMessage();
        } catch (ProjectAlreadyHereException here) {
            return "Nothing was imported. " + here.getMessage();
        } finally {
            file.delete();
        }
    }
}
