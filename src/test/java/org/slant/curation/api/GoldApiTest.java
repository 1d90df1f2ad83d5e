package org.slant.curation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaEditor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gold endpoints over HTTP, as a script uses them: the annotation shapes with code point offsets and their
 * text, idempotent creates, versions, accept by the annotator's span id, curated documents refusing changes, and
 * problem JSON naming what is wrong.
 */
@SlantSpringTest
class GoldApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;

    ApiClient api;
    AnnotationFixture project;
    String gold;

    @BeforeEach
    void setUp() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        project = new AnnotationFixture(corpus, editor);
        gold = "/api/v1/documents/" + project.documentId + "/gold";
    }

    @Test
    void goldIsMadeReadChangedAndDeletedInTheAnnotationShapes() {
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"layer\":\"" + project.entities.id() + "\",\"label\":\""
                + project.label(project.entities, "Person") + "\",\"start\":0,\"end\":2}";

        Response created = api.post(gold, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("text").asString()).isEqualTo("🇺🇦");
        assertThat(created.json().get("origin").asString()).isEqualTo("CURATOR");
        assertThat(api.post(gold, body).status()).isEqualTo(200);

        Response read = api.get(gold);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(read.json().get("spans").get(0).get("start").asInt()).isZero();
        assertThat(read.json().get("spans").get(0).get("end").asInt()).isEqualTo(2);

        Response changed = api.put("/api/v1/gold/" + id, "{\"version\":0,\"start\":3,\"end\":6}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("text").asString()).isEqualTo("e\u0301\u00A0");
        Response stale = api.put("/api/v1/gold/" + id, "{\"version\":0,\"end\":9}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("goldId").asString()).isEqualTo(id);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(api.put("/api/v1/gold/" + id, "{\"end\":9}").json().get("problems").toString())
                .contains("version");

        assertThat(api.delete("/api/v1/gold/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/gold/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/gold/" + UUID.randomUUID() + "?version=0").status()).isEqualTo(404);
        assertThat(api.get(gold + "/history").json().valueStream().map(event -> event.get("action").asString()))
                .containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void anAnnotatorsSpanIsAcceptedByItsIdAndACuratedDocumentRefusesChanges() {
        String annotator = "coder-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/users", "{\"username\":\"" + annotator + "\",\"password\":\"a long password\"}")
                .expect(201, "creating the annotator");
        api.post("/api/v1/projects/" + project.projectId + "/members", "{\"username\":\"" + annotator
                + "\",\"role\":\"ANNOTATOR\"}").expect(200, "adding the annotator");
        Span theirs = ActingAs.user(annotator, () -> annotations.createSpan(project.documentId, null, new SpanDraft(
                project.entities.id(), project.label(project.entities, "Person"), 9, 13, java.util.Map.of()))
                .annotation());

        Response accepted = api.post(gold + "/accept", "{\"annotationId\":\"" + theirs.id() + "\"}");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("span").get("text").asString()).isEqualTo("y sa");
        assertThat(accepted.json().get("span").get("originDetail").asString()).isEqualTo(annotator);
        assertThat(api.post(gold + "/accept", "{\"annotationId\":\"" + theirs.id() + "\"}").status()).isEqualTo(200);
        assertThat(api.post(gold + "/accept", "{}").json().get("problems").toString()).contains("annotationId");
        assertThat(api.post(gold + "/accept", "{\"annotationId\":\"" + UUID.randomUUID() + "\"}").status())
                .isEqualTo(404);

        assertThat(api.post(gold + "/status", "{\"status\":\"CURATED\"}").json().get("status").asString())
                .isEqualTo("CURATED");
        Response refused = api.post(gold, "{\"layer\":\"" + project.entities.id() + "\",\"label\":\""
                + project.label(project.entities, "Person") + "\",\"start\":0,\"end\":2}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("marked curated");
        assertThat(api.post(gold + "/status", "{\"status\":\"NOT_STARTED\"}").status()).isEqualTo(400);
        assertThat(api.post(gold + "/reopen", "{}").json().get("status").asString()).isEqualTo("IN_PROGRESS");
        Response bad = api.post(gold, "{\"layer\":\"" + project.entities.id() + "\",\"label\":\""
                + project.label(project.entities, "Person") + "\",\"start\":5,\"end\":400}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("end");
    }
}
