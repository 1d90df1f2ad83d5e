package org.slant.schema.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Creating projects and editing their schema over real HTTP. */
@SlantSpringTest
class SchemaApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
    }

    @Test
    void createsAProjectWithPresetsAndSettings() {
        Response created = api.post("/api/v1/projects", """
                {"name": "  Election coverage  ", "description": "Three outlets", "guidelines": "# Read first",
                 "annotatorsPerDocument": 3, "blind": false, "presets": ["framing", "basil"]}""");
        assertThat(created.status()).isEqualTo(201);
        JsonNode project = created.json();
        assertThat(project.get("name").asString()).isEqualTo("Election coverage");
        assertThat(project.get("annotatorsPerDocument").asInt()).isEqualTo(3);
        assertThat(project.get("blind").asBoolean()).isFalse();
        assertThat(project.get("snapToWords").asBoolean()).isTrue();
        String id = project.get("id").asString();

        JsonNode layers = api.get("/api/v1/projects/" + id + "/layers").json();
        assertThat(names(layers)).containsExactly("Frame", "Primary frame", "Headline frame", "Bias");
        // BASIL's Lexical wants 'l', which Frame's "Cultural identity" already has
        assertThat(layers.get(3).get("labels").get(0).get("key").isNull()).isTrue();
        assertThat(layers.get(3).get("labels").get(1).get("key").asString()).isEqualTo("f");
    }

    @Test
    void refusesABadProjectListingEveryProblemAndCreatesNothing() {
        long before = corpus.projects().size();
        Response refused = api.post("/api/v1/projects", """
                {"name": " ", "annotatorsPerDocument": 0, "presets": ["framing", "nonsense"]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("problems").get(0).get("where").asString()).isEqualTo("presets");
        assertThat(refused.json().get("detail").asString()).contains("nonsense");
        assertThat(corpus.projects()).hasSize((int) before);

        Response settings = api.post("/api/v1/projects", """
                {"name": " ", "annotatorsPerDocument": 0}""");
        assertThat(settings.status()).isEqualTo(400);
        assertThat(settings.json().get("problems").findValuesAsString("where"))
                .containsExactly("name", "annotatorsPerDocument");
    }

    @Test
    void changesSettingsKeepingWhatIsLeftOut() {
        String id = api.post("/api/v1/projects", "{\"name\": \"Before\", \"description\": \"kept\"}").json()
                .get("id").asString();
        Response changed = api.put("/api/v1/projects/" + id, "{\"name\": \"After\", \"blind\": false}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("After");
        assertThat(changed.json().get("description").asString()).isEqualTo("kept");
        assertThat(changed.json().get("blind").asBoolean()).isFalse();
        assertThat(api.put("/api/v1/projects/" + UUID.randomUUID(), "{\"name\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void listsThePresets() {
        JsonNode presets = api.get("/api/v1/presets").json();
        assertThat(presets.findValuesAsString("id")).containsExactly("framing", "sourcing", "tone", "basil",
                "persuasion", "text-hygiene");
    }

    @Test
    void deletingALabelInUseAnswers409WithTheCountUntilConfirmed() {
        String projectId = api.post("/api/v1/projects", "{\"name\": \"Confirm\", \"presets\": [\"tone\"]}").json()
                .get("id").asString();
        JsonNode tone = api.get("/api/v1/projects/" + projectId + "/layers").json().get(0);
        String layerId = tone.get("id").asString();
        String neutral = tone.get("labels").get(2).get("id").asString();
        UUID documentId = corpus.addDocuments(UUID.fromString(projectId), List.of(new NewDocument("A", "Some text.",
                null, null, null, null, null, Map.of()))).getFirst().getId();
        annotations.createSpan(documentId, null, new SpanDraft(UUID.fromString(layerId), UUID.fromString(neutral), 0, 4,
                Map.of()));

        Response refused = api.delete("/api/v1/layers/" + layerId + "/labels/" + neutral);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("affectedAnnotations").asInt()).isEqualTo(1);
        assertThat(refused.json().get("detail").asString()).contains("Label 'Neutral' is used by 1 annotation")
                .contains("confirm=true");

        Response confirmed = api.delete("/api/v1/layers/" + layerId + "/labels/" + neutral + "?confirm=true");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("labels").findValuesAsString("name"))
                .containsExactly("Explicit pro", "Implicit pro", "Implicit anti", "Explicit anti");
    }

    @Test
    void editsLayersLabelsAndAttributes() {
        String projectId = api.post("/api/v1/projects", "{\"name\": \"Editing\"}").json().get("id").asString();
        Response layer = api.post("/api/v1/projects/" + projectId + "/layers",
                "{\"name\": \"Stance\", \"kind\": \"SPAN\", \"overlapAllowed\": false}");
        assertThat(layer.status()).as(layer.body()).isEqualTo(201);
        String layerId = layer.json().get("id").asString();

        Response label = api.post("/api/v1/layers/" + layerId + "/labels",
                "{\"name\": \"Support\", \"colour\": \"#2ca02c\", \"key\": \"s\"}");
        assertThat(label.status()).as(label.body()).isEqualTo(201);
        Response clash = api.post("/api/v1/layers/" + layerId + "/labels",
                "{\"name\": \"support\", \"colour\": \"green\", \"key\": \"S\"}");
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().get("problems").findValuesAsString("where")).containsExactly("name", "colour",
                "key");

        Response attribute = api.post("/api/v1/layers/" + layerId + "/attributes",
                "{\"name\": \"strength\", \"type\": \"CHOICE\", \"options\": [\"weak\", \"strong\"], \"required\": true}");
        assertThat(attribute.status()).isEqualTo(201);
        JsonNode strength = attribute.json().get("attributes").get(0);
        assertThat(strength.get("options").get(1).asString()).isEqualTo("strong");
        assertThat(strength.get("required").asBoolean()).isTrue();

        Response renamed = api.put("/api/v1/layers/" + layerId,
                "{\"name\": \"Position\", \"kind\": \"DOCUMENT\", \"overlapAllowed\": true}");
        assertThat(renamed.json().get("name").asString()).isEqualTo("Position");
        assertThat(renamed.json().get("kind").asString()).as("the kind stays").isEqualTo("SPAN");
        assertThat(api.delete("/api/v1/layers/" + layerId).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/projects/" + projectId + "/layers").json().size()).isZero();
    }

    @Test
    void explainsABodyItCannotReadNamingTheFieldOrPlace() {
        String projectId = api.post("/api/v1/projects", "{\"name\": \"Unreadable\"}").json().get("id").asString();
        Response badKind = api.post("/api/v1/projects/" + projectId + "/layers", "{\"name\": \"X\", \"kind\": \"SPANS\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.contentType()).startsWith("application/problem+json");
        assertThat(badKind.json().get("detail").asString()).contains("field 'kind'").contains("SPANS");

        Response broken = api.post("/api/v1/projects/" + projectId + "/layers", "{\"name\": \"X\",\n \"kind\" SPAN}");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("detail").asString()).contains("line 2");
        assertThat(api.get("/api/v1/projects/" + projectId + "/layers").json().size()).isZero();
    }

    private static List<String> names(JsonNode layers) {
        return layers.valueStream().map(layer -> layer.get("name").asString()).toList();
    }
}
