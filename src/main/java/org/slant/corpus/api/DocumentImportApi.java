package org.slant.corpus.api;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.corpus.importing.DocumentImport;
import org.slant.corpus.importing.ImportFile;
import org.slant.corpus.importing.ImportResult;
import org.slant.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Imports documents into a project, all or nothing (docs/import.md): a JSON Lines body, or files uploaded as
 * multipart/form-data. Answers 201 with what was stored and what was left out as a duplicate, or 400 listing every
 * problem, nothing stored.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/documents")
@Tag(name = "Projects and documents")
class DocumentImportApi {

    static final String JSON_LINES = "application/jsonl";
    static final String NDJSON = "application/x-ndjson";
    private static final String FILE_PART = "file";
    private static final String SUMMARY = "Import documents, all or nothing: a JSON Lines body or uploaded files";
    private static final String DESCRIPTION = "A JSON Lines body (application/x-ndjson or application/jsonl), or "
            + "multipart/form-data with one or more parts named 'file': .txt (one document each), .zip of .txt "
            + "files, .jsonl, .csv (with a 'text' column), told apart by the file name's extension. Files must be "
            + "UTF-8. Documents whose text the project already has are left out and listed. 400 lists every "
            + "problem with its file and line; nothing is stored then. See docs/import.md.";
    private static final String JSON_LINES_BODY = "One JSON object per line: text (required), title, outlet, story, "
            + "url, published (YYYY-MM-DD), externalId, meta (an object)";
    private static final int DRAIN_UPLOADS = 4;

    private final DocumentImport importer;

    DocumentImportApi(DocumentImport importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {NDJSON, JSON_LINES, MediaType.MULTIPART_FORM_DATA_VALUE})
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = "string", description = JSON_LINES_BODY)),
            @Content(mediaType = JSON_LINES, schema = @Schema(type = "string", description = JSON_LINES_BODY)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(
                    name = FILE_PART, array = @ArraySchema(schema = @Schema(type = "string", format = "binary"))))})
    @ApiResponse(responseCode = "201", description = "Stored; lists the new documents and those left out")
    @ApiResponse(responseCode = "400", description = "Nothing stored; every problem listed in 'problems'",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<ImportResult> importDocuments(@PathVariable UUID projectId, HttpServletRequest request) {
        MultipartHttpServletRequest upload = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (upload != null) {
            return answer(projectId, importer.importFiles(projectId, files(upload)));
        }
        ImportFile body = ImportFile.jsonLines("request body", request.getContentLengthLong(),
                () -> StreamUtils.nonClosing(request.getInputStream()));
        try {
            return answer(projectId, importer.importFiles(projectId, List.of(body)));
        } finally {
            drain(request);
        }
    }

    @Hidden
    @PostMapping
    ResponseEntity<ProblemDetail> unsupported(@PathVariable UUID projectId,
            @RequestHeader(name = "Content-Type", required = false) String contentType) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                (contentType == null ? "No Content-Type" : "Content-Type '" + contentType + "'")
                        + " cannot be imported: send JSON Lines as " + NDJSON + " or " + JSON_LINES
                        + ", or files as multipart/form-data in parts named '" + FILE_PART + "'");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
    }

    /**
     * Reads what is left of a body the import did not read to the end (too large, not UTF-8, an unknown project), so
     * that a client still sending it gets the answer rather than a connection closed under it. Past a few times the
     * upload limit the server stops reading, and the connection closes.
     */
    private void drain(HttpServletRequest request) {
        long left = DRAIN_UPLOADS * importer.limits().maxUpload().toBytes();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int read; left > 0 && (read = in.read(buffer)) != -1; ) {
                left -= read;
            }
        } catch (IOException clientGone) {
            // nothing left to answer
        }
    }

    private static List<ImportFile> files(MultipartHttpServletRequest request) {
        Map<String, List<MultipartFile>> parts = request.getMultiFileMap();
        List<MultipartFile> uploaded = parts.getOrDefault(FILE_PART, List.of());
        if (uploaded.isEmpty()) {
            throw InvalidInputException.of("upload", "no files: send each file in a part named '" + FILE_PART + "'"
                    + (parts.isEmpty() ? "" : " (the request has parts named " + parts.keySet() + ")"));
        }
        List<ImportFile> files = new ArrayList<>(uploaded.size());
        for (MultipartFile file : uploaded) {
            files.add(ImportFile.named(fileName(file, files.size() + 1), file.getSize(), file));
        }
        return files;
    }

    /** The name without any folders a client sent along; a part without a name is called by its number. */
    private static String fileName(MultipartFile file, int number) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "file " + number + " (no file name)";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static ResponseEntity<ImportResult> answer(UUID projectId, ImportResult result) {
        if (result.created() == 0) {
            return ResponseEntity.ok(result);
        }
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/documents")).body(result);
    }
}
