package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The agreement report over HTTP, on a study small enough to work out by hand. Layers Frames (Economic, Security)
 * and Sources (Quote, Lonely, Unused); annotators alice, bob and carol, through the real services:
 * <pre>
 *   doc outlet  work                                 Frames                      Sources
 *   D1  Fox     alice, bob done                      both: E[0,7) S[16,20)       both: Quote[0,7); alice: Lonely[8,12)
 *   D2  UPI     alice, bob done                      both: E[0,5)                both: Quote[0,5)
 *   D3  Fox     alice done, bob in progress          alice E[0,5), bob S[0,5)    –
 * </pre>
 * carol is a member who did nothing. Over work marked done (D1, D2): Frames exact F1 1.0 over 3 + 3 spans; Lonely
 * 0 (only alice used it); Unused undefined. With work in progress (D3 too): Frames exact F1 3/4 over 4 + 4 spans.
 */
@SlantSpringTest
class AgreementApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue queue;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;

    ApiClient admin;
    UUID projectId;
    String path;
    List<UUID> documents;
    LayerSchema frames;
    LayerSchema sources;
    String alice;
    String bob;
    String carol;

    @BeforeEach
    void aSmallStudy() {
        admin = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject(new ProjectSettings("Agreement API " + suffix, "", "", 3, false, false))
                .getId();
        path = "/api/v1/projects/" + projectId + "/agreement";
        UUID framesId = schema.addLayer(projectId, new LayerDraft("Frames", LayerKind.SPAN, true, false, "")).id();
        schema.addLabel(framesId, new LabelDraft("Economic", "#1f77b4", null, ""));
        frames = schema.addLabel(framesId, new LabelDraft("Security", "#d62728", null, ""));
        UUID sourcesId = schema.addLayer(projectId, new LayerDraft("Sources", LayerKind.SPAN, true, false, ""))
                .id();
        schema.addLabel(sourcesId, new LabelDraft("Quote", "#2ca02c", null, ""));
        schema.addLabel(sourcesId, new LabelDraft("Lonely", "#9467bd", null, ""));
        sources = schema.addLabel(sourcesId, new LabelDraft("Unused", "#8c564b", null, ""));
        documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("D1", "Markets fell as NATO met Russia.", "Fox", null, null, null, null, Map.of()),
                new NewDocument("D2", "Talks ended without a deal.", "UPI", null, null, null, null, Map.of()),
                new NewDocument("D3", "Alone she read this one.", "Fox", null, null, null, null, Map.of())))
                .stream().map(Document::getId).toList();
        alice = TestAccounts.named(users, "alice");
        bob = TestAccounts.named(users, "bob");
        carol = TestAccounts.named(users, "carol");
        for (String annotator : List.of(alice, bob, carol)) {
            memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        }
        for (String annotator : List.of(alice, bob)) {
            signIn(annotator);
            span(0, frames, "Economic", 0, 7);
            span(0, frames, "Security", 16, 20);
            span(0, sources, "Quote", 0, 7);
            span(1, frames, "Economic", 0, 5);
            span(1, sources, "Quote", 0, 5);
            if (annotator.equals(alice)) {
                span(0, sources, "Lonely", 8, 12);
            }
            queue.markDone(documents.get(0), true);
            queue.markDone(documents.get(1), true);
        }
        signIn(alice);
        span(2, frames, "Economic", 0, 5);
        queue.markDone(documents.get(2), true);
        signIn(bob);
        queue.open(documents.get(2));
        span(2, frames, "Security", 0, 5);
        signInAsAdmin();
    }

    @Test
    void identicalSpansAgreeFullyAndOnlyDocumentsDoneByTwoCount() {
        Response response = admin.get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode report = response.json();
        assertThat(report.get("projectId").asString()).isEqualTo(projectId.toString());
        // D3 was done by alice alone: it does not count
        assertThat(report.get("documents").asInt()).isEqualTo(2);
        assertThat(report.get("annotators").valueStream().map(JsonNode::asString)).containsExactly(alice, bob);

        JsonNode framesF1 = only(report, "Frames", null, "F1_EXACT", "PROJECT");
        assertThat(framesF1.get("value").asDouble()).isEqualTo(1.0);
        assertThat(framesF1.get("units").asLong()).as("3 spans of each annotator").isEqualTo(6);
        assertThat(framesF1.get("documents").asInt()).isEqualTo(2);
        assertThat(framesF1.get("annotators").asInt()).isEqualTo(2);

        JsonNode lonely = only(report, "Sources", "Lonely", "F1_EXACT", "PROJECT");
        assertThat(lonely.get("value").asDouble()).as("a label only alice used").isEqualTo(0.0);
        assertThat(lonely.get("units").asLong()).isEqualTo(1);
        JsonNode quote = only(report, "Sources", "Quote", "F1_EXACT", "PROJECT");
        assertThat(quote.get("value").asDouble()).isEqualTo(1.0);
        JsonNode unused = only(report, "Sources", "Unused", "F1_EXACT", "PROJECT");
        assertThat(unused.get("value").isNull()).as("no one used it: undefined, not 0").isTrue();

        JsonNode pair = only(report, "Frames", null, "F1_EXACT", "PAIR");
        assertThat(pair.get("pair").valueStream().map(JsonNode::asString)).containsExactly(alice, bob);
        assertThat(pair.get("value").asDouble()).isEqualTo(1.0);

        JsonNode measures = report.get("measures");
        assertThat(measures.get("F1_EXACT").get("title").asString()).isEqualTo(Measure.F1_EXACT.title());
        assertThat(measures.get("F1_EXACT").get("unit").asString()).isEqualTo("spans");
        assertThat(measures.get("F1_EXACT").get("definition").asString()).isEqualTo(Measure.F1_EXACT.definition());
        assertThat(measures.propertyNames()).containsExactlyInAnyOrderElementsOf(report.get("figures").valueStream()
                .map(figure -> figure.get("measure").asString()).distinct().toList());
    }

    @Test
    void workInProgressCountsWhenAskedFor() {
        JsonNode report = admin.get(path + "?work=STARTED&layer=Frames").json();

        assertThat(report.get("documents").asInt()).isEqualTo(3);
        assertThat(report.get("options").get("documents").asString()).isEqualTo("STARTED");
        JsonNode framesF1 = only(report, "Frames", null, "F1_EXACT", "PROJECT");
        // 3 of 4 spans of each match: D3's differ in label
        assertThat(framesF1.get("value").asDouble()).isCloseTo(0.75, Offset.offset(1e-9));
        assertThat(framesF1.get("units").asLong()).isEqualTo(8);
        assertThat(framesF1.get("documents").asInt()).isEqualTo(3);
    }

    @Test
    void filtersKeepOnlyTheFiguresAskedFor() {
        JsonNode projectF1 = admin.get(path + "?measure=f1_exact&scope=PROJECT").json();
        List<JsonNode> figures = projectF1.get("figures").valueStream().toList();
        // over all labels and per label: Frames 1 + 2, Sources 1 + 3
        assertThat(figures).hasSize(3 + 4);
        assertThat(figures).allSatisfy(figure -> {
            assertThat(figure.get("measure").asString()).isEqualTo("F1_EXACT");
            assertThat(figure.get("scope").asString()).isEqualTo("PROJECT");
        });
        assertThat(projectF1.get("measures").propertyNames()).containsExactly("F1_EXACT");

        JsonNode frameFigures = admin.get(path + "?layer=Frames").json();
        assertThat(frameFigures.get("figures").valueStream().map(figure -> figure.get("layer").asString())
                .distinct()).containsExactly("Frames");
        assertThat(frameFigures.get("options").get("layers").valueStream().map(JsonNode::asString))
                .containsExactly("Frames");
        assertThat(frameFigures.get("disagreements").valueStream().map(passage -> passage.get("layer").asString()))
                .allMatch("Frames"::equals);

        JsonNode both = admin.get(path + "?layer=Frames,Sources&measure=F1_EXACT&measure=F1_OVERLAP").json();
        assertThat(both.get("figures").valueStream().map(figure -> figure.get("layer").asString()).distinct())
                .containsExactly("Frames", "Sources");
        assertThat(both.get("figures").valueStream().map(figure -> figure.get("measure").asString()).distinct())
                .containsExactlyInAnyOrder("F1_EXACT", "F1_OVERLAP");

        JsonNode lonely = admin.get(path + "?label=Lonely").json();
        assertThat(lonely.get("figures").valueStream().toList()).isNotEmpty()
                .allSatisfy(figure -> assertThat(figure.get("label").asString()).isEqualTo("Lonely"));
    }

    @Test
    void annotatorsAreNamedByUsernameOrId() {
        JsonNode pair = admin.get(path + "?annotator=" + alice + "," + bob + "&measure=F1_EXACT&scope=PROJECT")
                .json();
        assertThat(pair.get("documents").asInt()).isEqualTo(2);
        assertThat(only(pair, "Frames", null, "F1_EXACT", "PROJECT").get("value").asDouble()).isEqualTo(1.0);

        UUID carolsId = users.findByUsername(carol).orElseThrow().getId();
        JsonNode withCarol = admin.get(path + "?annotator=" + alice + "&annotator=" + carolsId).json();
        assertThat(withCarol.get("options").get("annotators").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(carolsId.toString(), users.findByUsername(alice).orElseThrow().getId()
                        .toString());
        assertThat(withCarol.get("documents").asInt()).as("carol did nothing: no document has two").isEqualTo(0);
    }

    @Test
    void csvHoldsTheSameFiguresAsJson() throws IOException {
        JsonNode json = admin.get(path).json();
        Response csv = admin.get(path + "?format=csv");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType().replace(" ", "")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;").contains("filename=")
                .contains(".csv");
        List<List<String>> rows = lines(csv.body());
        assertThat(rows.getFirst()).containsExactlyElementsOf(AgreementReportFiles.CSV_HEADER);
        List<JsonNode> figures = json.get("figures").valueStream().toList();
        assertThat(rows).hasSize(figures.size() + 1);
        for (int i = 0; i < figures.size(); i++) {
            JsonNode figure = figures.get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row).hasSize(15);
            assertThat(row.get(0)).isEqualTo(figure.get("layer").asString());
            assertThat(row.get(1)).isEqualTo(figure.get("label").isNull() ? "" : figure.get("label").asString());
            assertThat(row.get(2)).isEqualTo(figure.get("measure").asString());
            assertThat(row.get(3)).isEqualTo(Measure.valueOf(row.get(2)).title());
            assertThat(row.get(4)).isEqualTo(figure.get("scope").asString());
            assertThat(row.get(5)).isEqualTo(figure.get("scopeId").isNull() ? "" : figure.get("scopeId").asString());
            assertThat(row.get(6)).isEqualTo(figure.get("scopeName").isNull() ? ""
                    : figure.get("scopeName").asString());
            List<String> pair = figure.get("pair").valueStream().map(JsonNode::asString).toList();
            assertThat(row.subList(7, 9)).isEqualTo(pair.isEmpty() ? List.of("", "") : pair);
            if (figure.get("value").isNull()) {
                assertThat(row.get(9)).isEmpty();
            } else {
                assertThat(Double.parseDouble(row.get(9))).isCloseTo(figure.get("value").asDouble(),
                        Offset.offset(5e-7));
                assertThat(row.get(9)).matches("-?\\d+\\.\\d{6}");
            }
            assertThat(row.get(10)).isEqualTo(figure.get("units").asString());
            assertThat(row.get(11)).isEqualTo(Measure.valueOf(row.get(2)).unit());
            assertThat(row.get(12)).isEqualTo(figure.get("annotators").asString());
            assertThat(row.get(13)).isEqualTo(figure.get("documents").asString());
            assertThat(row.get(14)).isEqualTo(Measure.valueOf(row.get(2)).definition());
        }
        // the same rows a CSV library reads
        List<CSVRecord> parsed = AgreementReportFilesTest.parse(csv.body());
        assertThat(parsed.stream().map(CSVRecord::values).map(List::of).toList()).isEqualTo(rows);

        Response filtered = admin.get(path + "?format=CSV&measure=F1_EXACT&scope=PROJECT&layer=Frames");
        List<List<String>> frameRows = lines(filtered.body());
        assertThat(frameRows).hasSize(1 + 3);
        assertThat(frameRows.get(1).subList(0, 3)).containsExactly("Frames", "", "F1_EXACT");
        assertThat(frameRows.get(1).get(9)).isEqualTo("1.000000");
        assertThat(frameRows.get(1).get(10)).isEqualTo("6");
    }

    @Test
    void unknownValuesAreRefusedNamingTheParameter() {
        assertProblem(admin.get(path + "?measure=kappa"), "measure", "kappa", "F1_EXACT");
        assertProblem(admin.get(path + "?scope=galaxy"), "scope", "galaxy", "PROJECT");
        assertProblem(admin.get(path + "?layer=Frames,Nope"), "layer", "Nope", null);
        assertProblem(admin.get(path + "?annotator=" + alice + ",nobody-here"), "annotator", "nobody-here", null);
        assertProblem(admin.get(path + "?work=later"), "work", "later", "started");
        assertProblem(admin.get(path + "?format=xml"), "format", "xml", "csv");
        assertThat(admin.get("/api/v1/projects/" + UUID.randomUUID() + "/agreement").status()).isEqualTo(404);
    }

    @Test
    void curatorsMayMeasureAgreementAnnotatorsMayNot() {
        memberships.add(projectId, carol, ProjectRole.CURATOR);
        // TestAccounts.named stores the password "unused" as plain text
        Response asCurator = ApiClient.basic(port, carol, "unused").get(path + "?measure=F1_EXACT");
        assertThat(asCurator.status()).as(asCurator.body()).isEqualTo(200);
        Response asAnnotator = ApiClient.basic(port, alice, "unused").get(path);
        assertThat(asAnnotator.status()).isEqualTo(403);
        assertThat(asAnnotator.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theOpenApiDescriptionDocumentsTheEndpoint() {
        JsonNode description = ApiClient.anonymous(port).get("/v3/api-docs").json();
        JsonNode get = description.get("paths").get("/api/v1/projects/{projectId}/agreement").get("get");

        assertThat(get.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
                .contains("layer", "label", "measure", "scope", "annotator", "work", "format");
        JsonNode content = get.get("responses").get("200").get("content");
        assertThat(content.propertyNames()).contains("application/json", "text/csv");
        assertThat(description.get("components").get("schemas").get("AgreementReportJson").get("properties")
                .propertyNames()).contains("figures", "measures", "disagreements");
    }

    private static void assertProblem(Response response, String parameter, String value, String allowed) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("problems").valueStream().map(each -> each.get("where").asString()))
                .containsExactly(parameter);
        assertThat(problem.get("detail").asString()).contains(value);
        if (allowed != null) {
            assertThat(problem.get("detail").asString()).contains(allowed);
        }
    }

    /** The one figure of these coordinates (label null: over all labels). */
    private static JsonNode only(JsonNode report, String layer, String label, String measure, String scope) {
        List<JsonNode> found = report.get("figures").valueStream()
                .filter(figure -> figure.get("layer").asString().equals(layer))
                .filter(figure -> label == null ? figure.get("label").isNull()
                        : label.equals(figure.get("label").asString()))
                .filter(figure -> figure.get("measure").asString().equals(measure))
                .filter(figure -> figure.get("scope").asString().equals(scope))
                .toList();
        assertThat(found).as(layer + " " + label + " " + measure + " " + scope).hasSize(1);
        return found.getFirst();
    }

    /** RFC 4180 read by hand: records end at CRLF outside quotes; "" inside quotes is one quote. */
    static List<List<String>> lines(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private void span(int document, LayerSchema layer, String label, int start, int end) {
        UUID labelId = layer.labels().stream().filter(candidate -> candidate.name().equals(label)).findFirst()
                .orElseThrow().id();
        annotations.createSpan(documents.get(document), null, new SpanDraft(layer.id(), labelId, start, end,
                Map.of()));
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of()));
    }

    private static void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
