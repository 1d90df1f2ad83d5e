package org.slant.agreement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slant.agreement.AgreementOptions;
import org.slant.agreement.AgreementReport;
import org.slant.agreement.AgreementReportFiles;
import org.slant.agreement.AgreementReportJson;
import org.slant.agreement.AgreementService;
import org.slant.agreement.Figure;
import org.slant.agreement.Measure;
import org.slant.agreement.Scope;
import org.slant.corpus.CorpusService;
import org.slant.platform.InvalidInputException;
import org.slant.team.Member;
import org.slant.team.Memberships;
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
 * A project's inter-annotator agreement (docs/measures.md) as JSON or as a CSV table. Who may ask is the
 * service's rule: managers, curators and system admins.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agreement")
class AgreementApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AgreementService agreement;
    private final AgreementReportFiles files;
    private final CorpusService corpus;
    private final Memberships memberships;

    AgreementApi(AgreementService agreement, AgreementReportFiles files, CorpusService corpus,
            Memberships memberships) {
        this.agreement = agreement;
        this.files = files;
        this.corpus = corpus;
        this.memberships = memberships;
    }

    @GetMapping("/projects/{projectId}/agreement")
    @Operation(summary = "The project's agreement figures, each with the units, annotators and documents it rests "
            + "on, and the passages annotators disagree on most (managers, curators)",
            description = "Computed when asked, from the work that counts (by default: documents that at least two "
                    + "of the chosen annotators marked done). layer, label, measure and scope filter the figures; "
                    + "an undefined figure has value null (an empty cell in CSV). 'measures' gives each measure's "
                    + "title, unit and definition. Unknown parameter values answer 400 naming the parameter.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AgreementReportJson.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "One row per "
                    + "figure: layer,label,measure,measure_title,scope,scope_id,scope_name,annotator_a,"
                    + "annotator_b,value,units,unit,annotators,documents,definition"))})
    @ApiResponse(responseCode = "400", description = "An unknown layer, measure, scope, annotator, work, gold or "
            + "format",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> agreement(@PathVariable UUID projectId,
            @Parameter(description = "Layer names, repeated or comma-separated; all layers when left out")
            @RequestParam(name = "layer", required = false) List<String> layers,
            @Parameter(description = "Only figures for this label (of the layers asked for); without it figures "
                    + "for every label and for all labels together")
            @RequestParam(required = false) String label,
            @Parameter(description = "Measure names (any case), repeated or comma-separated, e.g. F1_EXACT",
                    schema = @Schema(implementation = Measure.class))
            @RequestParam(name = "measure", required = false) List<String> measures,
            @Parameter(description = "Scopes (PROJECT, OUTLET, STORY, DOCUMENT, PAIR), repeated or comma-separated",
                    schema = @Schema(implementation = Scope.class))
            @RequestParam(name = "scope", required = false) List<String> scopes,
            @Parameter(description = "Usernames or user ids of the project's members to compare, repeated or "
                    + "comma-separated; everyone whose work counts when left out")
            @RequestParam(name = "annotator", required = false) List<String> annotators,
            @Parameter(description = "done: only work marked done; started: also work in progress",
                    schema = @Schema(allowableValues = {"done", "started"}))
            @RequestParam(defaultValue = "done") String work,
            @Parameter(description = "true: gold is one more rater, named gold, on the documents that have gold (a "
                    + "document then counts once gold and one annotator, or two annotators, count on it)")
            @RequestParam(defaultValue = "false") String includeGold,
            @Parameter(description = "With includeGold=true, whose gold: curated (documents marked curated) or any "
                    + "(also documents whose gold is in progress)", schema = @Schema(allowableValues = {"curated",
                            "any"}))
            @RequestParam(defaultValue = "curated") String gold,
            @Parameter(description = "json, or csv for a table to download (one row per figure)",
                    schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(defaultValue = "json") String format) {
        Set<Measure> measureFilter = names("measure", measures, Measure.class);
        Set<Scope> scopeFilter = names("scope", scopes, Scope.class);
        AgreementOptions.Work documents = one("work", work, Map.of("done", AgreementOptions.Work.DONE,
                "started", AgreementOptions.Work.STARTED));
        boolean csv = one("format", format, Map.of("json", false, "csv", true));
        Set<String> layerFilter = cleaned(layers);
        AgreementOptions.Gold goldRater = goldRater(one("includeGold", includeGold, Map.of("true", true, "false",
                false)), one("gold", gold, Map.of("curated", AgreementOptions.Gold.CURATED, "any",
                        AgreementOptions.Gold.ANY)));
        AgreementOptions options = new AgreementOptions(annotatorIds(projectId, cleaned(annotators)), documents,
                layerFilter, goldRater);
        AgreementReport report = filtered(agreement.report(projectId, options), layerFilter,
                label == null || label.isBlank() ? null : label.strip(), measureFilter, scopeFilter);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(AgreementReportJson.of(report));
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        files.csv(report, table);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(AgreementReportFiles.fileName(report, "csv"), StandardCharsets.UTF_8).build()
                        .toString())
                .body(table.toByteArray());
    }

    private static AgreementOptions.Gold goldRater(boolean included, AgreementOptions.Gold documents) {
        if (!included && documents == AgreementOptions.Gold.ANY) {
            throw InvalidInputException.of("gold", "gold=any chooses the documents gold rates when it is a rater: "
                    + "add includeGold=true");
        }
        return included ? documents : AgreementOptions.Gold.NONE;
    }

    /** The report with only the figures asked for, and only the disagreements of the layers asked for. */
    private static AgreementReport filtered(AgreementReport report, Set<String> layers, String label,
            Set<Measure> measures, Set<Scope> scopes) {
        List<Figure> figures = report.figures().stream()
                .filter(figure -> layers.isEmpty() || layers.contains(figure.layer()))
                .filter(figure -> label == null || label.equals(figure.label()))
                .filter(figure -> measures.isEmpty() || measures.contains(figure.measure()))
                .filter(figure -> scopes.isEmpty() || scopes.contains(figure.scope()))
                .toList();
        return new AgreementReport(report.projectId(), report.projectName(), report.generatedAt(), report.options(),
                report.documents(), report.annotators(), figures, report.disagreements().stream()
                        .filter(passage -> layers.isEmpty() || layers.contains(passage.layer())).toList(),
                report.disagreementCount());
    }

    /**
     * The ids of the members named by username or id. Asked only when annotators are named: the member list is
     * the project's (404 to those who are not its members), so nothing is learnt here that the caller may not know.
     */
    private Set<UUID> annotatorIds(UUID projectId, Set<String> given) {
        if (given.isEmpty()) {
            return Set.of();
        }
        corpus.project(projectId);
        List<Member> members = memberships.members(projectId);
        Map<String, UUID> byName = members.stream().collect(Collectors.toMap(Member::username, Member::userId));
        Map<String, UUID> byId = members.stream().collect(Collectors.toMap(member -> member.userId().toString(),
                Member::userId));
        Set<UUID> ids = new LinkedHashSet<>();
        List<InvalidInputException.Problem> unknown = new ArrayList<>();
        for (String name : given) {
            UUID id = byName.containsKey(name) ? byName.get(name) : byId.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                unknown.add(new InvalidInputException.Problem("annotator",
                        "the project has no member named '" + name + "'"));
            } else {
                ids.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.listing("Unknown annotator", unknown);
        }
        return ids;
    }

    /** The constants named (in any case), every unknown name listed with the names allowed. */
    private static <E extends Enum<E>> Set<E> names(String parameter, List<String> given, Class<E> type) {
        Map<String, E> known = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<E> chosen = EnumSet.noneOf(type);
        List<InvalidInputException.Problem> unknown = new ArrayList<>();
        for (String name : cleaned(given)) {
            E constant = known.get(name.toUpperCase(Locale.ROOT));
            if (constant == null) {
                unknown.add(new InvalidInputException.Problem(parameter, "unknown " + parameter + " '" + name
                        + "'; one of " + String.join(", ", known.keySet())));
            } else {
                chosen.add(constant);
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.listing("Unknown " + parameter, unknown);
        }
        return chosen;
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

    /** The values given, stripped, blanks left out, each once. */
    private static Set<String> cleaned(List<String> given) {
        if (given == null) {
            return Set.of();
        }
        return given.stream().map(String::strip).filter(value -> !value.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
