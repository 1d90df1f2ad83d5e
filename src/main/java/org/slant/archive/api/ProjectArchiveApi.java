package org.slant.archive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slant.archive.ArchiveTooLargeException;
import org.slant.archive.ExportedArchive;
import org.slant.archive.ImportedProject;
import org.slant.archive.MissingAccountsException;
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
 * (docs/archive.md). The project's managers (and admins) export; whoever may start a project may import one, and
 * manages the copy.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Project archives")
class ProjectArchiveApi {

    static final String ZIP = "application/zip";
    static final String IMPORT_PATH = "/api/v1/projects/archive";
    private static final String PROBLEM = "application/problem+json";
    private static final String IMPORT = "All or nothing: the archive is checked whole before anything is stored. "
            + "Whoever may start a project (anyone signed in) may import an archive as a new project, and manages "
            + "it. People the archive names are "
            + "matched to accounts here by username; only a system admin's import creates the missing ones "
            + "(inactive), anyone else's is refused listing them. See docs/archive.md.";
    private static final String BAD_REQUEST = "Nothing stored: 'problems' lists every problem with its file, line "
            + "and field; 'missingUsernames' the people without an account here when the caller may not create them";
    private static final String CONFLICT = "Nothing stored: a project with the archive's id is already here (named, "
            + "with its 'projectId', only to admins and its members)";
    private static final String TOO_LARGE = "Nothing stored: the archive is larger than the limit";

    private final ProjectArchiveExport export;
    private final ProjectArchiveImport importing;

    ProjectArchiveApi(ProjectArchiveExport export, ProjectArchiveImport importing) {
        this.export = export;
        this.importing = importing;
    }

    @GetMapping(path = "/{projectId}/archive", produces = ZIP)
    @Operation(summary = "The whole project as one .slant.zip file: settings, schema, corpus, annotations, history, "
            + "members and assignments", description = "For the project's managers (and admins). Read in one "
            + "snapshot into a temporary file, then sent with its Content-Length; see docs/archive.md for what it "
            + "holds.")
    @ApiResponse(responseCode = "200", description = "The archive, as an attachment")
    @ApiResponse(responseCode = "403", description = "A member who is no manager",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such project, or not the caller's to see",
            content = @Content(mediaType = PROBLEM))
    void archive(@PathVariable UUID projectId, HttpServletResponse response) throws IOException {
        // written whole before the first byte is sent: a refusal still gets its problem JSON, and no database
        // transaction stays open while a slow client downloads
        try (ExportedArchive archive = export.write(projectId)) {
            response.setContentType(ZIP);
            response.setContentLengthLong(archive.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(archive.fileName(), StandardCharsets.UTF_8).build().toString());
            archive.sendTo(response.getOutputStream());
        }
    }

    @PostMapping(path = "/archive", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a project archive uploaded as the form field 'file'; answers 201",
            description = IMPORT + " A form upload may be at most the smaller of slant.archive.max-upload and the "
                    + "multipart limit (spring.servlet.multipart.max-file-size, which follows "
                    + "slant.import.max-upload, 50 MB by default); send larger archives as the request body.")
    @ApiResponse(responseCode = "201", description = "Imported; the caller manages the new project")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM))
    // one description for both: OpenAPI has one operation per path and method
    @RequestBody(required = true, content = {
            @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary",
                    description = "The .slant.zip file as exported")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(
                    name = "file", schema = @Schema(type = "string", format = "binary")))})
    ResponseEntity<ImportedProject> importUpload(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return created(importing.importArchive(in, file.getSize()));
        }
    }

    @PostMapping(path = "/archive", consumes = {ZIP, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a project archive sent as the request body (application/zip); answers 201",
            description = IMPORT + " For large archives: the body may hold up to slant.archive.max-upload (1 GB by "
                    + "default), counted as it arrives; the multipart limit does not apply.")
    @ApiResponse(responseCode = "201", description = "Imported; the caller manages the new project")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM))
    // one description for both: OpenAPI has one operation per path and method
    @RequestBody(required = true, content = {
            @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary",
                    description = "The .slant.zip file as exported")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(
                    name = "file", schema = @Schema(type = "string", format = "binary")))})
    ResponseEntity<ImportedProject> importBody(HttpServletRequest request) throws IOException {
        return created(importing.importArchive(request.getInputStream(), request.getContentLengthLong()));
    }

    @ExceptionHandler(ArchiveTooLargeException.class)
    ProblemDetail tooLarge(ArchiveTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(ProjectAlreadyHereException.class)
    ProblemDetail alreadyHere(ProjectAlreadyHereException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        e.projectId().ifPresent(projectId -> problem.setProperty("projectId", projectId));
        return problem;
    }

    /** A 400 as for any refused archive, with the usernames apart for a script to create the accounts. */
    @ExceptionHandler(MissingAccountsException.class)
    ProblemDetail missingAccounts(MissingAccountsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("problems", e.problems());
        problem.setProperty("missingUsernames", e.usernames());
        return problem;
    }

    private static ResponseEntity<ImportedProject> created(ImportedProject imported) {
        return ResponseEntity.created(URI.create("/api/v1/projects/" + imported.projectId())).body(imported);
    }
}
