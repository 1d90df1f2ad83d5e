package org.slant.export.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.export.ExportFormat;
import org.slant.export.ExportOptions;
import org.slant.export.ExportOptions.Hygiene;
import org.slant.export.ExportOptions.LabelSource;
import org.slant.export.ExportService;
import org.slant.export.PreparedExport;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Progress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Datasets out of a project (docs/formats.md). Who may export what is the service's rule: managers, curators and
 * admins everyone's work; annotators their own (everyone's when the project is not blind). The export is prepared
 * whole in a temporary file first, so every check is made before the first byte (a refusal is a problem JSON, never a
 * broken download) and no database transaction stays open while a slow client downloads; this method has none.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Exports")
class ExportApi {

    private final ExportService exports;

    ExportApi(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/{projectId}/export")
    @Operation(summary = "A dataset of the project: a zip bundle of the format's files and manifest.json, or with "
            + "raw=true the single data file of jsonl, spans-csv, spans-parquet or conll",
            description = "Prepared whole, then sent with its Content-Length. Unknown parameter values answer 400 "
                    + "naming the parameter (source=gold also when the project has no gold yet, and options that make "
                    + "no sense with gold); an annotator asking for gold, or in a blind project for others' work or "
                    + "the majority vote, 403; more exports at once than slant.export.max-concurrent 503 with "
                    + "Retry-After.")
    @ApiResponse(responseCode = "200", description = "The bundle (application/zip) or the raw file")
    @ApiResponse(responseCode = "400", description = "An unknown format, layer, label, annotator or option value",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Gold asked for by an annotator, or others' work by an "
            + "annotator of a blind project",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "As many exports being prepared as the server prepares at "
            + "once; Retry-After says when to try again", content = @Content(mediaType = "application/problem+json"))
    void export(@PathVariable UUID projectId,
            @Parameter(description = "jsonl, spans-csv, spans-parquet, conll, hf or perspectivist")
            @RequestParam String format,
            @Parameter(description = "Layer names, repeated or comma-separated; all when left out")
            @RequestParam(name = "layer", required = false) List<String> layers,
            @Parameter(description = "Label names, repeated or comma-separated; all when left out")
            @RequestParam(name = "label", required = false) List<String> labels,
            @Parameter(description = "Usernames or user ids, repeated or comma-separated; everyone whose work "
                    + "counts when left out (annotators of a blind project must name themselves)")
            @RequestParam(name = "annotator", required = false) List<String> annotators,
            @Parameter(description = "true: only work marked done; false: also work in progress")
            @RequestParam(defaultValue = "true") String done,
            @Parameter(description = "annotators (each one's labels), majority (the majority vote) or gold (the gold "
                    + "standard; managers, curators and admins)")
            @RequestParam(defaultValue = "annotators") String source,
            @Parameter(description = "Whose gold: curated (documents marked curated) or any (also those whose gold is "
                    + "in progress); for source=gold, and for the gold jsonl, hf and perspectivist put beside the "
                    + "annotators' labels")
            @RequestParam(defaultValue = "curated") String gold,
            @Parameter(description = "keep, mask or drop the text under the hygiene layer's spans")
            @RequestParam(defaultValue = "keep") String hygiene,
            @Parameter(description = "The layer whose spans are not the article's text")
            @RequestParam(defaultValue = ExportOptions.DEFAULT_HYGIENE_LAYER) String hygieneLayer,
            @Parameter(description = "Train, validation and test shares, e.g. 0.8,0.1,0.1")
            @RequestParam(defaultValue = "0.8,0.1,0.1") String split,
            @Parameter(description = "The seed that shuffles stories among the splits")
            @RequestParam(defaultValue = "42") String seed,
            @Parameter(description = "true: annotators by username instead of a stable pseudonym")
            @RequestParam(defaultValue = "false") String usernames,
            @Parameter(description = "true: the single data file without zip or manifest")
            @RequestParam(defaultValue = "false") String raw,
            HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.byId(format.strip()).orElseThrow(() -> InvalidInputException.of("format",
                "unknown format '" + format + "'; one of " + Arrays.stream(ExportFormat.values())
                        .map(ExportFormat::id).collect(Collectors.joining(", "))));
        boolean onlyDone = bool("done", done);
        LabelSource labelSource = one("source", source, Map.of("annotators", LabelSource.ANNOTATORS,
                "majority", LabelSource.MAJORITY, "gold", LabelSource.GOLD));
        Hygiene textHygiene = one("hygiene", hygiene, Map.of("keep", Hygiene.KEEP, "mask", Hygiene.MASK,
                "drop", Hygiene.DROP));
        ExportOptions.Splits splits = splits(split, seed);
        boolean byUsername = bool("usernames", usernames);
        boolean rawFile = bool("raw", raw);
        Set<UUID> annotatorIds = exports.annotatorIds(projectId, cleaned(annotators));
        ExportOptions.GoldDocuments goldDocuments = one("gold", gold, Map.of("curated",
                ExportOptions.GoldDocuments.CURATED, "any", ExportOptions.GoldDocuments.ANY));
        ExportOptions options = new ExportOptions(chosen, cleaned(layers), cleaned(labels), annotatorIds, onlyDone,
                labelSource, textHygiene, hygieneLayer.strip(), splits, byUsername, goldDocuments);
        // the transaction ends with prepare; the file goes out after it, and is deleted however sending ends
        try (PreparedExport prepared = exports.prepare(projectId, options, rawFile, Progress.NONE)) {
            response.setContentType(prepared.contentType());
            response.setContentLengthLong(prepared.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(prepared.fileName(), StandardCharsets.UTF_8).build().toString());
            prepared.sendTo(response.getOutputStream());
        }
    }

    private static ExportOptions.Splits splits(String split, String seed) {
        String[] parts = split.split(",");
        if (parts.length != 3) {
            throw InvalidInputException.of("split", "three shares, train,validation,test (e.g. 0.8,0.1,0.1), got '"
                    + split + "'");
        }
        double[] shares = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                shares[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("split", "'" + parts[i].strip() + "' is not a number");
            }
            if (!Double.isFinite(shares[i])) {
                throw InvalidInputException.of("split", "'" + parts[i].strip() + "' is not a finite number");
            }
        }
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("seed", "'" + seed + "' is not a whole number");
        }
        return new ExportOptions.Splits(shares[0], shares[1], shares[2], seedValue);
    }

    private static boolean bool(String parameter, String given) {
        return one(parameter, given, Map.of("true", true, "false", false));
    }

    /** The value named (in any case) among those allowed. */
    private static <T> T one(String parameter, String given, Map<String, T> allowed) {
        T value = allowed.get(given.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw InvalidInputException.of(parameter, "unknown " + parameter + " '" + given + "'; one of "
                    + String.join(", ", allowed.keySet().stream().sorted().toList()));
        }
        return value;
    }

    /** The values given (repeated or comma-separated), stripped, blanks left out, each once. */
    private static Set<String> cleaned(List<String> given) {
        if (given == null) {
            return Set.of();
        }
        return given.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
