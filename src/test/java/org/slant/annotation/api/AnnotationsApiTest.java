package org.slant.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaEditor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Spans and answers over real HTTP, as an annotator's browser or script saves them. */
@SlantSpringTest
class AnnotationsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    AnnotationFixture fixture;
    String annotationsPath;

    @BeforeEach
    void setUp() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        fixture = new AnnotationFixture(corpus, editor);
        annotationsPath = "/api/v1/documents/" + fixture.documentId + "/annotations";
    }

    @Test
    void createsRetriesChangesAndDeletesASpan() {
        String id = UUID.randomUUID().toString();
        String body = span(id, "Support", 0, 2, "\"" + fixture.key(fixture.stance, "strength") + "\": \"weak\"");
        Response created = api.post(annotationsPath, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode span = created.json();
        assertThat(span.get("id").asString()).isEqualTo(id);
        assertThat(span.get("documentId").asString()).isEqualTo(fixture.documentId.toString());
        assertThat(span.get("annotator").asString()).isEqualTo("admin");
        assertThat(span.get("layer").asString()).isEqualTo(fixture.stance.id().toString());
        assertThat(span.get("text").asString()).isEqualTo("🇺🇦");
        assertThat(span.get("start").asInt()).isZero();
        assertThat(span.get("end").asInt()).isEqualTo(2);
        assertThat(span.get("attributes").get(fixture.key(fixture.stance, "strength")).asString()).isEqualTo("weak");
        assertThat(span.get("version").asLong()).isZero();

        Response retried = api.post(annotationsPath, body);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json()).isEqualTo(span);
        Response clash = api.post(annotationsPath, span(id, "Support", 0, 3, ""));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("detail").asString()).contains("already exists with other content");

        Response changed = api.put("/api/v1/annotations/" + id, "{\"version\": 0, \"start\": 3, \"end\": 5}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("text").asString()).isEqualTo("e\u0301");
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        Response stale = api.put("/api/v1/annotations/" + id, "{\"version\": 0, \"start\": 5, \"end\": 9}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("detail").asString()).contains("changed elsewhere");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(api.put("/api/v1/annotations/" + id, "{\"start\": 5}").json().get("problems").get(0).get("where")
                .asString()).isEqualTo("version");

        assertThat(api.delete("/api/v1/annotations/" + id + "?version=0").status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/annotations/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/annotations/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(api.get(annotationsPath).json().get("spans").size()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from annotation_event where annotation_id = ?::uuid",
                Long.class, id)).isEqualTo(3);
    }

    @Test
    void aDocumentMarkedDoneRefusesChangesWith409UntilReopened() {
        String id = UUID.randomUUID().toString();
        assertThat(api.post(annotationsPath, span(id, "Support", 0, 2, "")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/documents/" + fixture.documentId + "/done?confirm=true", "").status())
                .isEqualTo(200);

        Response refused = api.post(annotationsPath, span(null, "Oppose", 3, 5, ""));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("marked this document done")
                .contains("/api/v1/documents/" + fixture.documentId + "/reopen");
        assertThat(refused.json().get("documentId").asString()).isEqualTo(fixture.documentId.toString());
        assertThat(api.put("/api/v1/annotations/" + id, "{\"version\": 0, \"start\": 3, \"end\": 5}").status())
                .isEqualTo(409);
        assertThat(api.delete("/api/v1/annotations/" + id + "?version=0").status()).isEqualTo(409);
        // the retry of a create stored before the document was marked done answers as before: it is saved
        assertThat(api.post(annotationsPath, span(id, "Support", 0, 2, "")).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/documents/" + fixture.documentId + "/reopen", "").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/annotations/" + id + "?version=0").status()).isEqualTo(204);
    }

    @Test
    void changesAnAnswerThroughTheSameCallAsASpanWithoutOffsets() {
        Response created = api.post(annotationsPath, "{\"layer\": \"" + fixture.overall.id() + "\", \"label\": \""
                + fixture.label(fixture.overall, "Left") + "\", \"attributes\": {\""
                + fixture.key(fixture.overall, "confidence") + "\": \"high\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        Response withOffsets = api.put("/api/v1/annotations/" + id, "{\"version\": 0, \"start\": 1}");
        assertThat(withOffsets.status()).as(withOffsets.body()).isEqualTo(400);
        assertThat(withOffsets.json().get("problems").get(0).get("where").asString()).isEqualTo("start");

        Response changed = api.put("/api/v1/annotations/" + id, "{\"version\": 0, \"label\": \""
                + fixture.label(fixture.overall, "Right") + "\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("label").asString()).isEqualTo(fixture.label(fixture.overall, "Right").toString());
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        assertThat(changed.json().has("start")).isFalse();
        assertThat(api.put("/api/v1/annotations/" + id, "{\"version\": 0, \"label\": \""
                + fixture.label(fixture.overall, "Left") + "\"}").status()).as("stale").isEqualTo(409);
        assertThat(jdbc.queryForList("select action from annotation_event where annotation_id = ?::uuid order by id",
                String.class, id)).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void anIdTakenByAnAnswerIsRefusedForASpanAndTheOtherWayRound() {
        String answerId = UUID.randomUUID().toString();
        Response answer = api.post(annotationsPath, "{\"id\": \"" + answerId + "\", \"layer\": \""
                + fixture.overall.id() + "\", \"label\": \"" + fixture.label(fixture.overall, "Left")
                + "\", \"attributes\": {\"" + fixture.key(fixture.overall, "confidence") + "\": \"low\"}}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        Response span = api.post(annotationsPath, span(answerId, "Support", 0, 2, ""));
        assertThat(span.status()).as(span.body()).isEqualTo(409);
        assertThat(span.json().get("detail").asString()).contains("already taken by another annotation");

        String spanId = UUID.randomUUID().toString();
        assertThat(api.post(annotationsPath, span(spanId, "Support", 0, 2, "")).status()).isEqualTo(201);
        Response clash = api.post(annotationsPath, "{\"id\": \"" + spanId + "\", \"layer\": \""
                + fixture.overall.id() + "\", \"label\": \"" + fixture.label(fixture.overall, "Right")
                + "\", \"attributes\": {\"" + fixture.key(fixture.overall, "confidence") + "\": \"low\"}}");
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
        assertThat(clash.json().get("detail").asString()).contains("already taken by another annotation");
        assertThat(jdbc.queryForObject("select count(*) from document_answer where id = ?::uuid", Integer.class,
                spanId)).isZero();
    }

    @Test
    void listsTheCallersSpansAndAnswersWithTheirCoveredText() {
        api.post(annotationsPath, span(null, "Support", 5, 9, ""));
        api.post(annotationsPath, span(null, "Oppose", 29, 30, ""));
        Response answer = api.post(annotationsPath, "{\"layer\": \"" + fixture.overall.id() + "\", \"label\": \""
                + fixture.label(fixture.overall, "Left") + "\", \"attributes\": {\""
                + fixture.key(fixture.overall, "confidence") + "\": \"high\"}}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().has("start")).isFalse();

        JsonNode listed = api.get(annotationsPath).json();
        assertThat(listed.get("spans").findValuesAsString("text")).containsExactly("\u00A0x\r\n", "😀");
        assertThat(listed.get("answers").get(0).get("label").asString())
                .isEqualTo(fixture.label(fixture.overall, "Left").toString());
        assertThat(api.get(annotationsPath + "?annotator=admin").json()).isEqualTo(listed);
        assertThat(api.get(annotationsPath + "?annotator=nobody-" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void refusesABadAnnotationNamingEveryFieldAndStoresNothing() {
        String strength = fixture.key(fixture.stance, "strength");
        Response refused = api.post(annotationsPath, "{\"layer\": \"" + fixture.stance.id() + "\", \"label\": \""
                + UUID.randomUUID() + "\", \"start\": 4, \"end\": 400, \"attributes\": {\"" + strength
                + "\": \"huge\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("problems").findValuesAsString("where")).containsExactly("label",
                "attributes." + strength, "end");

        Response answerWithOffsets = api.post(annotationsPath, "{\"layer\": \"" + fixture.overall.id()
                + "\", \"label\": \"" + fixture.label(fixture.overall, "Left") + "\", \"start\": 0, \"end\": 1}");
        assertThat(answerWithOffsets.status()).isEqualTo(400);
        assertThat(answerWithOffsets.json().get("problems").get(0).get("where").asString()).isEqualTo("start");
        assertThat(api.post(annotationsPath, "{\"label\": \"" + UUID.randomUUID() + "\"}").json().get("problems")
                .findValuesAsString("where")).containsExactly("layer", "start", "end");

        JsonNode listed = api.get(annotationsPath).json();
        assertThat(listed.get("spans").size()).isZero();
        assertThat(listed.get("answers").size()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from annotation_event where document_id = ?", Long.class,
                fixture.documentId)).isZero();
    }

    @Test
    void unknownDocumentsAndAnnotationsAre404() {
        UUID unknown = UUID.randomUUID();
        assertThat(api.get("/api/v1/documents/" + unknown + "/annotations").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/documents/" + unknown + "/annotations", span(null, "Support", 0, 1, ""))
                .status()).isEqualTo(404);
        assertThat(api.put("/api/v1/annotations/" + unknown, "{\"version\": 0}").status()).isEqualTo(404);
        Response deleted = api.delete("/api/v1/annotations/" + unknown + "?version=0");
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(deleted.json().get("detail").asString()).contains(unknown.toString());
    }

    private String span(String id, String label, int start, int end, String attributes) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"layer\": \"" + fixture.stance.id()
                + "\", \"label\": \"" + fixture.label(fixture.stance, label) + "\", \"start\": " + start
                + ", \"end\": " + end + ", \"attributes\": {" + attributes + "}}";
    }
}
