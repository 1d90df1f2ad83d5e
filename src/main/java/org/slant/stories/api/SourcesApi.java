package org.slant.stories.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.slant.platform.InvalidInputException;
import org.slant.stories.SourcesCompared;
import org.slant.stories.SourcesCsv;
import org.slant.stories.StorySources;
import org.slant.stories.WorkSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A story's outlets compared by whom they cite, with which cue words, how many words each source gets, and the shares
 * of their text each frame, tone and text-hygiene label covers (docs/story-view.md, "Sources compared"). Who may ask
 * is the service's rule: managers, curators and admins anyone's work or gold; an annotator their own.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Stories")
class SourcesApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StorySources sources;

    SourcesApi(StorySources sources) {
        this.sources = sources;
    }

    @GetMapping("/stories/{storyId}/sources")
    @Operation(summary = "The story's outlets compared: sources cited, cue words, words per source, and frame, tone "
            + "and text-hygiene shares (managers, curators and admins: anyone's work or gold; an annotator: their "
            + "own, annotator=<username>)",
            description = "Every per-outlet list has one entry per outlet, in the order of 'outlets'. The layers "
                    + "are found by the presets' names (Attribution: Source, Cue, Content; Frame; Tone; "
                    + "Non-editorial); 'notes' says which the project lacks. An unknown source or format, an unknown "
                    + "annotator, or annotator with source=gold answers 400 naming the parameter.")
    @ApiResponse(responseCode = "200", description = "The comparison", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SourcesCompared.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "One row per table, "
                    + "item and outlet: story_id,story,source,annotator,table,outlet_id,outlet,outlet_words,layer,"
                    + "label,item,attributes,count,words,share"))})
    @ApiResponse(responseCode = "400", description = "An unknown source, format or annotator",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> sources(@PathVariable UUID storyId,
            @Parameter(description = "annotators: the annotators' spans (everyone's pooled, or one annotator's); "
                    + "gold: the curated gold", schema = @Schema(allowableValues = {"annotators", "gold"}))
            @RequestParam(defaultValue = "annotators") String source,
            @Parameter(description = "One annotator's username: only their work (an annotator must name "
                    + "themselves); everyone's pooled when left out")
            @RequestParam(required = false) String annotator,
            @Parameter(description = "json, or csv for a table to download",
                    schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(defaultValue = "json") String format) {
        boolean csv = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> false;
            case "csv" -> true;
            default -> throw InvalidInputException.of("format", "unknown format '" + format + "'; one of csv, json");
        };
        SourcesCompared compared = compare(storyId, source, annotator);
        return csv ? csv(compared) : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(compared);
    }

    @GetMapping("/stories/{storyId}/sources.csv")
    @Operation(summary = "The same comparison as a CSV file to download: one row per table, item and outlet")
    @ApiResponse(responseCode = "200", description = "The table", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    ResponseEntity<byte[]> sourcesCsv(@PathVariable UUID storyId,
            @Parameter(description = "annotators or gold", schema = @Schema(allowableValues = {"annotators",
                    "gold"}))
            @RequestParam(defaultValue = "annotators") String source,
            @Parameter(description = "One annotator's username; everyone's pooled when left out")
            @RequestParam(required = false) String annotator) {
        return csv(compare(storyId, source, annotator));
    }

    private SourcesCompared compare(UUID storyId, String source, String annotator) {
        WorkSource chosen = WorkSource.byId(source).orElseThrow(() -> InvalidInputException.of("source",
                "unknown source '" + source + "'; one of annotators, gold"));
        return sources.compare(storyId, chosen, annotator);
    }

    private static ResponseEntity<byte[]> csv(SourcesCompared compared) {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        SourcesCsv.write(compared, table);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(SourcesCsv.fileName(compared), StandardCharsets.UTF_8).build().toString())
                .body(table.toByteArray());
    }
}
