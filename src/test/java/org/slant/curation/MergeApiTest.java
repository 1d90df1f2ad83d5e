package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/projects/{id}/curation/merge} over HTTP, as a script calls it: the report's shape with code
 * point offsets and their text, and problem JSON naming the field that is wrong.
 */
@SlantSpringTest
class MergeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue queue;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;

    ApiClient api;
    AnnotationFixture project;
    String merge;

    @BeforeEach
    void twoAnnotatorsFinishedTheirWork() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        CurationFixture fixture = new CurationFixture(corpus, editor, annotations, queue, users, memberships);
        project = fixture.project;
        merge = "/api/v1/projects/" + project.projectId + "/curation/merge";
        finish(fixture.member(ProjectRole.ANNOTATOR), 29, 30);
        finish(fixture.member(ProjectRole.ANNOTATOR), 31, 36);
    }

    /** The annotator marks the flag and one more span, then marks the document done. */
    private void finish(String annotator, int start, int end) {
        UUID person = project.label(project.entities, "Person");
        ActingAs.user(annotator, () -> {
            annotations.createSpan(project.documentId, null, new SpanDraft(project.entities.id(), person, 0, 2,
                    Map.of()));
            annotations.createSpan(project.documentId, null, new SpanDraft(project.entities.id(), person, start, end,
                    Map.of()));
            queue.markDone(project.documentId, true);
        });
    }

    @Test
    void answersWhatWasMergedAndWhatWasLeft() {
        Response response = api.post(merge, "{\"strategy\":\"unanimous\",\"layers\":[\"Entities\"],"
                + "\"documents\":[\"" + project.documentId + "\"]}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("rule").asString()).isEqualTo("UNANIMOUS");
        assertThat(report.get("layers").get(0).asString()).isEqualTo("Entities");
        JsonNode counts = report.get("counts");
        assertThat(counts.get("documentsConsidered").asInt()).isEqualTo(1);
        assertThat(counts.get("documentsMergedInto").asInt()).isEqualTo(1);
        assertThat(counts.get("spansMerged").asInt()).isEqualTo(1);
        assertThat(counts.get("left").asInt()).isEqualTo(report.get("left").get("total").asInt());
        assertThat(report.get("left").get("truncated").asBoolean()).isFalse();
        JsonNode left = report.get("left").get("items").get(0);
        assertThat(left.get("documentId").asString()).isEqualTo(project.documentId.toString());
        assertThat(left.get("layer").asString()).isEqualTo("Entities");
        assertThat(left.get("label").asString()).isEqualTo("Person");
        assertThat(AnnotationFixture.python(AnnotationFixture.TEXT, left.get("start").asInt(), left.get("end")
                .asInt())).isEqualTo(left.get("text").asString());
        assertThat(left.get("reason").asString()).isEqualTo("marked by 1 of 2 annotators; UNANIMOUS needs 2");
        JsonNode gold = api.get("/api/v1/documents/" + project.documentId + "/gold").json();
        assertThat(gold.get("spans").get(0).get("text").asString()).isEqualTo("🇺🇦");
        assertThat(gold.get("spans").get(0).get("origin").asString()).isEqualTo("MERGED");

        JsonNode again = api.post(merge, "{\"strategy\":\"UNANIMOUS\"}").json().get("counts");
        assertThat(again.get("spansMerged").asInt()).isZero();
        assertThat(again.get("removed").asInt()).isZero();
        assertThat(again.get("alreadyInGold").asInt()).isEqualTo(1);
    }

    @Test
    void badOptionsAre400NamingTheFieldAndAnUnknownDocumentIs404() {
        assertProblem(api.post(merge, "{}"), 400, "strategy");
        assertProblem(api.post(merge, "{\"strategy\":\"MOST\"}"), 400, "strategy");
        assertProblem(api.post(merge, "{\"strategy\":\"AT_LEAST\",\"minAnnotators\":0}"), 400, "minAnnotators");
        assertProblem(api.post(merge, "{\"strategy\":\"MAJORITY\",\"layers\":[\"Frames\"]}"), 400, "layers");
        assertProblem(api.post(merge, "{\"strategy\":\"MAJORITY\",\"documents\":[]}"), 400, "documents");
        assertThat(api.post(merge, "{\"strategy\":\"MAJORITY\",\"minAnnotators\":0}").status())
                .as("only AT_LEAST takes a threshold").isEqualTo(200);
        UUID unknown = UUID.randomUUID();
        Response missing = api.post(merge, "{\"strategy\":\"MAJORITY\",\"documents\":[\"" + unknown + "\"]}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Document " + unknown + " does not exist");
        assertThat(api.post("/api/v1/projects/" + UUID.randomUUID() + "/curation/merge",
                "{\"strategy\":\"MAJORITY\"}").status()).isEqualTo(404);
    }

    private static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.json().get("problems").get(0).get("where").asString()).isEqualTo(field);
        assertThat(response.json().get("detail").asString()).contains(field + ":");
    }
}
