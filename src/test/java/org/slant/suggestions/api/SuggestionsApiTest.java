package org.slant.suggestions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.PreAnnotations;
import org.slant.annotation.PreAnnotations.PreAnnotation;
import org.slant.annotation.PreAnnotationsFixture;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.UserRepository;
import org.slant.team.User;
import org.slant.team.SystemRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The suggestions endpoints over real HTTP. */
@SlantSpringTest
class SuggestionsApiTest {

    static final String TEXT = "🇺🇦 \"We will not give up,\" Zelensky\u00A0said.\r\nCLICK HERE TO GET THE FOX NEWS APP";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    PreAnnotations preAnnotations;
    @Autowired
    PlatformTransactionManager transactions;

    UUID projectId;
    UUID documentId;
    ApiClient annotator;
    ApiClient manager;

    @BeforeEach
    void aProjectWithAnAnnotatorAndAManager() {
        projectId = corpus.createProject("Suggestions API " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.TEXT_HYGIENE).orElseThrow());
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Kyiv", TEXT, null, null, null, null,
                null, Map.of()))).getFirst().getId();
        annotator = member("annotator", ProjectRole.ANNOTATOR);
        manager = member("manager", ProjectRole.MANAGER);
    }

    @Test
    void openSuggestionsAreListedAcceptedIntoSpansAndRejectedForGood() {
        JsonNode open = annotator.get(path("")).expect(200, "open suggestions").json();
        assertThat(open.valueStream().map(suggestion -> suggestion.get("source").asString() + ": "
                + suggestion.get("text").asString())).containsExactly("quotes: We will not give up",
                        "quotes: Zelensky", "quotes: said", "non-editorial: CLICK HERE TO GET THE FOX NEWS APP");
        JsonNode content = open.get(0);
        // the flag is two code points, then a space and the quotation mark
        assertThat(content.get("start").asInt()).isEqualTo(4);
        assertThat(content.get("note").asString()).isNotBlank();
        UUID spanId = UUID.randomUUID();
        String accept = decision(content, spanId);

        Response created = annotator.post(path("/accept"), accept);
        Response retried = annotator.post(path("/accept"), accept);

        assertThat(created.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(created.json().get("id").asString()).isEqualTo(spanId.toString());
        assertThat(created.json().get("text").asString()).isEqualTo("We will not give up");
        assertThat(annotator.get("/api/v1/documents/" + documentId + "/annotations").json().get("spans").size())
                .isEqualTo(1);

        Response rejected = annotator.post(path("/reject"), decision(open.get(3), null));
        assertThat(rejected.status()).isEqualTo(204);
        assertThat(annotator.get(path("")).json().valueStream().map(suggestion -> suggestion.get("text")
                .asString())).containsExactly("Zelensky", "said");
        assertThat(manager.get(path("")).json().size()).as("the manager's own suggestions").isEqualTo(4);

        JsonNode counts = manager.get("/api/v1/projects/" + projectId + "/suggestions/decisions")
                .expect(200, "counts").json();
        assertThat(counts.valueStream().map(count -> count.get("source").asString() + " "
                + count.get("labelName").asString() + " " + count.get("accepted").asInt() + " "
                + count.get("rejected").asInt())).containsExactlyInAnyOrder("quotes Content 1 0",
                        "non-editorial App promo 0 1");
        assertThat(annotator.get("/api/v1/projects/" + projectId + "/suggestions/decisions").status())
                .isEqualTo(403);
    }

    @Test
    void aPreAnnotationIsOfferedUnderItsSourceAndCountedWithItsTotals() {
        LayerSchema attribution = schema.layers(projectId).stream()
                .filter(layer -> layer.name().equals("Attribution")).findFirst().orElseThrow();
        UUID source = attribution.labels().stream().filter(label -> label.name().equals("Source")).findFirst()
                .orElseThrow().id();
        // "Zelensky\u00A0said", after the flag (two code points) and the quotation: 26..39
        PreAnnotationsFixture.store(preAnnotations, transactions, projectId, List.of(new PreAnnotation(documentId,
                "ner-model", attribution.id(), source, 26, 39, Map.of())), "ner.jsonl");

        JsonNode offered = annotator.get(path("")).expect(200, "open suggestions").json().valueStream()
                .filter(suggestion -> suggestion.get("source").asString().equals("ner-model")).findFirst()
                .orElseThrow();
        assertThat(offered.get("text").asString()).isEqualTo("Zelensky\u00A0said");
        assertThat(offered.get("note").asString()).isEqualTo("Imported as a suggestion");
        Response rejected = annotator.post(path("/reject"), decision(offered, null));
        assertThat(rejected.status()).isEqualTo(204);

        JsonNode counts = manager.get("/api/v1/projects/" + projectId + "/suggestions/decisions")
                .expect(200, "counts").json();
        JsonNode model = counts.valueStream().filter(count -> count.get("source").asString().equals("ner-model"))
                .findFirst().orElseThrow();
        assertThat(model.get("labelName").asString()).isEqualTo("Source");
        assertThat(model.get("preAnnotated").asBoolean()).isTrue();
        assertThat(model.get("suggested").asInt()).isEqualTo(1);
        assertThat(model.get("accepted").asInt()).isZero();
        assertThat(model.get("rejected").asInt()).isEqualTo(1);
        assertThat(model.get("undecided").asInt()).isZero();
        assertThat(model.get("acceptanceRate").asDouble()).isZero();

        assertThat(annotator.delete("/api/v1/projects/" + projectId + "/pre-annotations?source=ner-model").status())
                .isEqualTo(403);
        JsonNode deleted = manager.delete("/api/v1/projects/" + projectId + "/pre-annotations?source=ner-model")
                .expect(200, "deleted").json();
        assertThat(deleted.get("source").asString()).isEqualTo("ner-model");
        assertThat(deleted.get("deleted").asInt()).isEqualTo(1);
        assertThat(annotator.get(path("")).json().valueStream().map(suggestion -> suggestion.get("source")
                .asString())).doesNotContain("ner-model");
    }

    @Test
    void spansImportedAsASourcesSuggestionsAreOfferedUnderItsName() {
        // the document's own text, so the import finds the document; the span is "Zelensky\u00A0said", 26..39
        String line = "{\"text\": " + JsonMapper.builder().build().writeValueAsString(TEXT) + ", \"annotations\": "
                + "[{\"annotator\": \"admin\", \"status\": \"DONE\", \"spans\": [{\"layer\": \"Attribution\", "
                + "\"label\": \"Source\", \"start\": 26, \"end\": 39, \"text\": \"Zelensky\u00A0said\", "
                + "\"attributes\": {}}]}]}\n";

        Response imported = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD).postFiles(
                "/api/v1/projects/" + projectId + "/annotations/import?source=ner-model", "file",
                List.of(new ApiClient.FilePart("ner.jsonl", line.getBytes(StandardCharsets.UTF_8))));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("suggestions").asInt()).isEqualTo(1);
        assertThat(annotator.get(path("")).json().valueStream().filter(suggestion -> suggestion.get("source")
                .asString().equals("ner-model")).map(suggestion -> suggestion.get("start").asInt() + ".."
                        + suggestion.get("end").asInt() + " " + suggestion.get("text").asString()))
                .containsExactly("26..39 Zelensky\u00A0said");
        assertThat(annotator.get("/api/v1/documents/" + documentId + "/annotations").json().get("spans").size())
                .as("no one's work until accepted").isZero();
    }

    @Test
    void badInputIs400NamingTheFieldsAndAnUnknownDocument404() {
        Response missing = annotator.post(path("/accept"), "{\"source\":\"quotes\",\"start\":7,\"end\":3}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("problems").valueStream().map(problem -> problem.get("where").asString()))
                .containsExactly("layer", "label", "end");

        JsonNode cue = annotator.get(path("")).json().get(2);
        Response notProposed = annotator.post(path("/reject"), decision(cue, null).replace("\"quotes\"",
                "\"a model\""));
        assertThat(notProposed.status()).isEqualTo(400);
        assertThat(notProposed.json().get("detail").asString()).contains("suggestion");

        assertThat(annotator.get("/api/v1/documents/" + UUID.randomUUID() + "/suggestions").status())
                .isEqualTo(404);
        assertThat(annotator.post("/api/v1/documents/" + UUID.randomUUID() + "/suggestions/reject",
                decision(cue, null)).status()).isEqualTo(404);
    }

    private String path(String rest) {
        return "/api/v1/documents/" + documentId + "/suggestions" + rest;
    }

    private static String decision(JsonNode suggestion, UUID id) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"source\":\""
                + suggestion.get("source").asString() + "\",\"layer\":\"" + suggestion.get("layer").asString()
                + "\",\"label\":\"" + suggestion.get("label").asString() + "\",\"start\":"
                + suggestion.get("start").asInt() + ",\"end\":" + suggestion.get("end").asInt() + "}";
    }

    private ApiClient member(String prefix, ProjectRole role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(username, prefix, "{noop}password", SystemRole.USER));
        memberships.add(projectId, username, role);
        return ApiClient.basic(port, username, "password");
    }
}
