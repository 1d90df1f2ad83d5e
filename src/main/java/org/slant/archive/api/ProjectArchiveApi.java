package org.slant.archive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slant.archive.ImportedProject;
import org.slant.archive.ProjectAlreadyHereException;
import org.slant.archive.ProjectArchiveExport;
import org.slant.archive.ProjectArchiveImport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Project archives: a whole project as one file, to back it up or move it to another installation
 * (docs/archive.md). For now any signed-in user may export and import; project roles will narrow this.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Project archives")
class ProjectArchiveApi {

    static final String ZIP = "application/zip";

    private final ProjectArchiveExport export;
    private final ProjectArchiveImport importing;

    ProjectArchiveApi(ProjectArchiveExport export, ProjectArchiveImport importing) {
        this.export = export;
        this.importing = importing;
    }

    @GetMapping(path = "/{projectId}/archive", produces = ZIP)
    @Operation(summary = "The whole project as one .slant.zip file: settings, schema, corpus, annotations, history",
            description = "Streams the archive as it is read; see docs/archive.md for what it holds.")
    void archive(@PathVariable UUID projectId, HttpServletResponse response) throws IOException {
        // before the first byte: a missing project still gets its 404 problem
        String fileName = export.fileName(projectId);
        response.setContentType(ZIP);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        export.export(projectId, response.getOutputStream());
    }

    @PostMapping(path = "/archive", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a project archive uploaded as the form field 'file'; answers 201",
            description = "All or nothing. 400 lists every problem found; 409 when the project is already here.")
    ResponseEntity<ImportedProject> importUpload(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return created(importing.importArchive(in));
        }
    }

    @PostMapping(path = "/archive", consumes = {ZIP, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a project archive sent as the request body (application/zip); answers 201",
            description = "For large archives: no multipart size limit applies. All or nothing.")
    ResponseEntity<ImportedProject> importBody(InputStream body) {
        return created(importing.importArchive(body));
    }

    @ExceptionHandler(ProjectAlreadyHereException.class)
    ProblemDetail alreadyHere(ProjectAlreadyHereException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("projectId", e.projectId());
        return problem;
    }

    private static ResponseEntity<ImportedProject> created(ImportedProject imported) {
        return ResponseEntity.created(URI.create("/api/v1/projects/" + imported.projectId())).body(imported);
    }
}
