package org.slant.annotation.api;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slant.annotation.AnnotationImport;
import org.slant.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Imports Slant's own jsonl export, documents with every annotator's work, all or nothing (docs/import.md#annotated-
 * jsonl). Managers of the project and system admins only.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/annotations/import")
@Tag(name = "Projects and documents")
class AnnotationImportApi {

    static final String NDJSON = "application/x-ndjson";
    static final String JSON_LINES = "application/jsonl";
    private static final String FILE_PART = "file";
    private static final String BODY = "Slant's jsonl export (documents.jsonl): one document per line with its text, "
            + "metadata and 'annotations' (annotator, status, spans, answers by layer and label names)";

    private final AnnotationImport importer;

    AnnotationImportApi(AnnotationImport importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {NDJSON, JSON_LINES, MediaType.MULTIPART_FORM_DATA_VALUE})
    @Operation(summary = "Import Slant's jsonl export with the annotators' work, all or nothing (managers)",
            description = "A body of application/x-ndjson, or multipart/form-data with one part named 'file'. "
                    + "Annotators are matched to accounts by username; unknown usernames answer 400 listing them "
                    + "unless createAnnotators=true (inactive accounts without password). 400 lists every problem "
                    + "with its file, line and field; nothing is stored then. See docs/import.md.")
    @RequestBody(required = true, content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = "string", description = BODY)),
            @Content(mediaType = JSON_LINES, schema = @Schema(type = "string", description = BODY)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(
                    name = FILE_PART, schema = @Schema(type = "string", format = "binary")))})
    @ApiResponse(responseCode = "201", description = "Stored; the counts of what was stored")
    @ApiResponse(responseCode = "400", description = "Nothing stored; every problem listed in 'problems'",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<AnnotationImport.Result> importAnnotations(@PathVariable UUID projectId,
            @RequestParam(defaultValue = "false") boolean createAnnotators, HttpServletRequest request) {
        MultipartHttpServletRequest upload = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        AnnotationImport.Result result;
        try {
            if (upload != null) {
                List<MultipartFile> files = upload.getMultiFileMap().getOrDefault(FILE_PART, List.of());
                if (files.size() != 1) {
                    throw InvalidInputException.of("upload", "send the jsonl file in one part named '" + FILE_PART
                            + "'" + (files.isEmpty() ? "" : " (the request has " + files.size() + ")"));
                }
                MultipartFile file = files.getFirst();
                try (InputStream in = file.getInputStream()) {
                    result = importer.importJsonl(projectId, fileName(file), file.getSize(), in, createAnnotators);
                }
            } else {
                result = importer.importJsonl(projectId, "request body", request.getContentLengthLong(),
                        request.getInputStream(), createAnnotators);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/documents")).body(result);
    }

    @Hidden
    @PostMapping
    ResponseEntity<ProblemDetail> unsupported(@PathVariable UUID projectId,
            @RequestHeader(name = "Content-Type", required = false) String contentType) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                (contentType == null ? "No Content-Type" : "Content-Type '" + contentType + "'")
                        + " cannot be imported: send the jsonl as " + NDJSON + ", or as multipart/form-data in a "
                        + "part named '" + FILE_PART + "'");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
    }

    /** The name without any folders a client sent along. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "file (no file name)";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
