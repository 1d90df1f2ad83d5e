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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slant.annotation.AnnotationImport;
import org.slant.annotation.importing.ImportOptions;
import org.slant.annotation.importing.ImportProblems;
import org.slant.annotation.importing.LabelMapping;
import org.slant.annotation.importing.LabelMappingFile;
import org.slant.annotation.importing.UploadedFile;
import org.slant.annotation.importing.UploadedFiles;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports annotated data, documents with the work on them, all or nothing (docs/import.md#annotated-data): Slant's own
 * jsonl export and the other formats Slant reads. Managers of the project and system admins only.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/annotations/import")
@Tag(name = "Projects and documents")
class AnnotationImportApi {

    static final String NDJSON = "application/x-ndjson";
    static final String JSON_LINES = "application/jsonl";
    private static final String FILE_PART = "file";
    private static final String MAPPING_PART = "mapping";
    private static final String BODY = "Slant's jsonl export (documents.jsonl): one document per line with its text, "
            + "metadata and 'annotations' (annotator, status, spans, answers by layer and label names)";

    private final AnnotationImport importer;
    private final JsonMapper json;

    AnnotationImportApi(AnnotationImport importer, JsonMapper json) {
        this.importer = importer;
        this.json = json;
    }

    @PostMapping(consumes = {NDJSON, JSON_LINES, MediaType.MULTIPART_FORM_DATA_VALUE})
    @Operation(summary = "Import annotated data in any format Slant reads, all or nothing (managers)",
            description = "format: slant (Slant's jsonl, the default), ptc, basil, labelstudio, doccano, xmi, tsv "
                    + "(see docs/import.md#annotated-data). A body of application/x-ndjson (one file), or "
                    + "multipart/form-data with one or more parts named 'file' (zip and tar.gz archives are taken "
                    + "apart) and an optional part 'mapping' (JSON renaming the file's layers and labels). "
                    + "annotator: whose work the spans become when the format names no annotators; source: store "
                    + "the spans as suggestions of this source instead; layer: the layer for formats without layers; "
                    + "createMissing: create the layers, labels and attributes the project lacks; createAnnotators: "
                    + "create inactive accounts for unknown usernames. 400 lists every problem with its file, line "
                    + "and field; nothing is stored then.")
    @RequestBody(required = true, content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = "string", description = BODY)),
            @Content(mediaType = JSON_LINES, schema = @Schema(type = "string", description = BODY)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = {
                    @SchemaProperty(name = FILE_PART, schema = @Schema(type = "string", format = "binary")),
                    @SchemaProperty(name = MAPPING_PART, schema = @Schema(type = "string", format = "binary"))})})
    @ApiResponse(responseCode = "201", description = "Stored; the counts of what was stored")
    @ApiResponse(responseCode = "400", description = "Nothing stored; every problem listed in 'problems'",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<AnnotationImport.Result> importAnnotations(@PathVariable UUID projectId,
            @RequestParam(defaultValue = "slant") String format,
            @RequestParam(defaultValue = "false") boolean createAnnotators,
            @RequestParam(required = false) String annotator, @RequestParam(required = false) String source,
            @RequestParam(required = false) String layer, @RequestParam(defaultValue = "false") boolean createMissing,
            HttpServletRequest request) {
        importer.requireMayImport(projectId);
        MultipartHttpServletRequest upload = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        ImportProblems problems = new ImportProblems();
        List<UploadedFile> files = new ArrayList<>();
        LabelMapping mapping = LabelMapping.NONE;
        UploadedFiles reader = importer.uploadedFiles();
        try {
            if (upload != null) {
                List<MultipartFile> parts = upload.getMultiFileMap().getOrDefault(FILE_PART, List.of());
                if (parts.isEmpty()) {
                    throw InvalidInputException.of("upload", "send the files in parts named '" + FILE_PART + "'");
                }
                for (MultipartFile part : parts) {
                    try (InputStream in = part.getInputStream()) {
                        reader.add(fileName(part), in, files, problems);
                    }
                }
                List<MultipartFile> mappings = upload.getMultiFileMap().getOrDefault(MAPPING_PART, List.of());
                if (mappings.size() > 1) {
                    problems.add("mapping", "send one mapping file (the request has " + mappings.size() + ")");
                } else if (mappings.size() == 1) {
                    List<UploadedFile> mappingFile = new ArrayList<>();
                    try (InputStream in = mappings.getFirst().getInputStream()) {
                        reader.add(fileName(mappings.getFirst()), in, mappingFile, problems);
                    }
                    if (mappingFile.size() == 1) {
                        mapping = LabelMappingFile.read(mappingFile.getFirst(), json, problems);
                    } else if (problems.isEmpty()) {
                        problems.add("mapping", "send the mapping as one JSON file, not an archive");
                    }
                }
            } else {
                // counted against the upload limit as it is read, as the parts are
                reader.add("request body", request.getInputStream(), files, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing("Nothing was imported", problems.list());
        }
        AnnotationImport.Result result = importer.importAnnotated(projectId, files, new ImportOptions(format,
                createAnnotators, annotator, source, layer, createMissing, mapping));
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
