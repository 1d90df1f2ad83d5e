package org.slant.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The work queue over HTTP as the admin, on a BASIL project of three documents made for each test. */
@SlantSpringTest
class WorkQueueApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;

    ApiClient api;
    UUID projectId;
    List<UUID> documents;
    LayerSchema bias;

    @BeforeEach
    void setUp() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        projectId = corpus.createProject("Queue API " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.BASIL).orElseThrow());
        bias = schema.layers(projectId).getFirst();
        documents = corpus.addDocuments(projectId, List.of(document(1), document(2), document(3))).stream()
                .map(Document::getId).toList();
    }

    @Test
    void listsTheQueueWithStatusesAndActiveTime() {
        assertThat(api.post(documentPath(0) + "/open", "").status()).isEqualTo(200);
        assertThat(api.post(documentPath(2) + "/skip", "").status()).isEqualTo(200);
        Response activity = api.post(documentPath(0) + "/activity", "{\"seconds\": 30}");
        assertThat(activity.status()).as(activity.body()).isEqualTo(200);
        assertThat(api.post(documentPath(0) + "/activity", "{\"seconds\": 45}").json().get("activeSeconds").asInt())
                .isEqualTo(75);

        Response page = api.get("/api/v1/projects/" + projectId + "/queue?page=0&size=2");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode body = page.json();
        assertThat(body.get("totalItems").asLong()).isEqualTo(3);
        assertThat(body.get("totalPages").asInt()).isEqualTo(2);
        JsonNode first = body.get("items").get(0);
        assertThat(first.get("documentId").asString()).isEqualTo(documents.get(0).toString());
        assertThat(first.get("position").asInt()).isEqualTo(1);
        assertThat(first.get("title").asString()).isEqualTo("Article 1");
        assertThat(first.get("words").asInt()).isEqualTo(5);
        assertThat(first.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(first.get("activeSeconds").asInt()).isEqualTo(75);
        assertThat(body.get("items").get(1).get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(api.get("/api/v1/projects/" + projectId + "/queue?page=1&size=2").json().get("items").get(0)
                .get("status").asString()).isEqualTo("SKIPPED");
    }

    @Test
    void nextAnswersTheFirstUnfinishedDocumentOrNoContent() {
        String next = "/api/v1/projects/" + projectId + "/queue/next";
        api.post(documentPath(0) + "/done", "");
        api.post(documentPath(1) + "/skip", "");

        Response found = api.get(next);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("documentId").asString()).isEqualTo(documents.get(2).toString());
        assertThat(api.get(next + "?after=" + documents.get(2)).json().get("documentId").asString())
                .isEqualTo(documents.get(2).toString());

        api.post(documentPath(2) + "/done", "");
        assertThat(api.get(next).status()).isEqualTo(204);

        assertThat(api.post(documentPath(1) + "/reopen", "").json().get("status").asString())
                .isEqualTo("IN_PROGRESS");
        assertThat(api.get(next + "?after=" + documents.get(2)).json().get("documentId").asString())
                .isEqualTo(documents.get(1).toString());
    }

    @Test
    void doneIsRefusedWhileARequiredValueIsMissingUntilConfirmed() {
        UUID lexical = bias.labels().getFirst().id();
        Response span = api.post(documentPath(0) + "/annotations", "{\"layer\": \"" + bias.id() + "\", \"label\": \""
                + lexical + "\", \"start\": 4, \"end\": 8}");
        assertThat(span.status()).as(span.body()).isEqualTo(201);

        Response refused = api.post(documentPath(0) + "/done", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("affectedAnnotations").asLong()).isEqualTo(1);
        assertThat(refused.json().get("detail").asString()).isEqualTo("1 annotation lacks required values: "
                + "span 'said' (Lexical): 'target' missing. Repeat the call with confirm=true.");
        assertThat(api.get("/api/v1/projects/" + projectId + "/queue").json().get("items").get(0).get("status")
                .asString()).as("the span started the work (decision 0017); it is not done").isEqualTo("IN_PROGRESS");

        Response confirmed = api.post(documentPath(0) + "/done?confirm=true", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void activityOutsideOneToThreeHundredSecondsIsRefusedNamingSeconds() {
        for (String body : List.of("{\"seconds\": 0}", "{\"seconds\": 301}", "{}")) {
            Response refused = api.post(documentPath(1) + "/activity", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().get("problems").get(0).get("where").asString()).isEqualTo("seconds");
        }
        assertThat(api.get("/api/v1/projects/" + projectId + "/queue").json().get("items").get(1)
                .get("activeSeconds").asInt()).isZero();
    }

    @Test
    void previousAndFollowingGoByPosition() {
        String queue = "/api/v1/projects/" + projectId + "/queue/";
        assertThat(api.get(queue + documents.get(1) + "/previous").json().get("documentId").asString())
                .isEqualTo(documents.get(0).toString());
        assertThat(api.get(queue + documents.get(1) + "/following").json().get("documentId").asString())
                .isEqualTo(documents.get(2).toString());
        assertThat(api.get(queue + documents.get(0) + "/previous").status()).isEqualTo(204);
        assertThat(api.get(queue + documents.get(2) + "/following").status()).isEqualTo(204);
    }

    @Test
    void anUnknownDocumentOrProjectIsNotFound() {
        UUID unknown = UUID.randomUUID();
        for (String action : List.of("open", "done", "skip", "reopen")) {
            Response missing = api.post("/api/v1/documents/" + unknown + "/" + action, "");
            assertThat(missing.status()).as(action).isEqualTo(404);
            assertThat(missing.json().get("detail").asString()).isEqualTo("Document " + unknown + " does not exist");
        }
        assertThat(api.post("/api/v1/documents/" + unknown + "/activity", "{\"seconds\": 10}").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + unknown + "/queue").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + unknown + "/queue/next").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + projectId + "/queue/next?after=" + unknown).status())
                .isEqualTo(404);
    }

    private String documentPath(int index) {
        return "/api/v1/documents/" + documents.get(index);
    }

    private static NewDocument document(int number) {
        return new NewDocument("Article " + number, "She said the minister " + number + ".", null, null, null, null,
                null, Map.of());
    }
}
