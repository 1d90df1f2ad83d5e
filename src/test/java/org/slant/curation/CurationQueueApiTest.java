package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.StoryService;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The curation queue over HTTP as the admin, on the study worked out by hand ({@link CurationStudy}). */
@SlantSpringTest
class CurationQueueApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    StoryService stories;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue work;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;

    ApiClient api;
    CurationStudy study;
    String queue;

    @BeforeEach
    void setUp() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        study = new CurationStudy(corpus, editor, annotations, work, users, memberships);
        queue = "/api/v1/projects/" + study.projectId + "/curation/queue";
    }

    @Test
    void pagesTheQueueLowestAgreementFirstAndFilters() {
        JsonNode page = api.get(queue + "?size=2").expect(200, "queue").json();

        assertThat(page.get("totalItems").asLong()).isEqualTo(6);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        JsonNode split = page.get("items").get(0);
        assertThat(split.get("title").asString()).isEqualTo("Split");
        assertThat(split.get("documentId").asString()).isEqualTo(study.documents.get(1).toString());
        assertThat(split.get("position").asInt()).isEqualTo(2);
        assertThat(split.get("story").asString()).isEqualTo("Summit");
        assertThat(split.get("outlet").asString()).isEqualTo("Fox");
        assertThat(split.get("agreement").asDouble()).isZero();
        assertThat(split.get("unanimous").asBoolean()).isFalse();
        assertThat(split.get("done").asInt()).isEqualTo(2);
        assertThat(split.get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(split.get("goldSpans").asLong()).isZero();
        assertThat(split.get("annotators").get(0).get("username").asString()).isEqualTo(study.amira);
        assertThat(split.get("annotators").get(0).get("lane").asString()).isEqualTo("A");
        assertThat(split.get("annotators").get(0).get("status").asString()).isEqualTo("DONE");
        JsonNode last = api.get(queue + "?page=2&size=2").json().get("items").get(1);
        assertThat(last.get("title").asString()).isEqualTo("One done");
        assertThat(last.get("agreement").isNull()).isTrue();

        UUID summit = stories.stories(study.projectId).getFirst().id();
        JsonNode filtered = api.get(queue + "?order=position&story=" + summit + "&status=not_started").json();
        assertThat(filtered.get("items").valueStream().map(item -> item.get("title").asString()))
                .containsExactly("Unanimous", "Split", "Partly");
    }

    @Test
    void badParametersAnswer400NamingThem() {
        assertThat(detail(api.get(queue + "?order=best"))).startsWith("order: must be agreement or position");
        assertThat(detail(api.get(queue + "?status=DONE"))).startsWith("status: must be NOT_STARTED");
        assertThat(detail(api.get(queue + "?story=summit"))).startsWith("Parameter 'story'");
        assertThat(detail(api.get(queue + "?size=0"))).startsWith("Parameter 'size'");
        String documents = "/api/v1/projects/" + study.projectId + "/curation/curate-unanimous";
        assertThat(detail(api.post(documents, "{\"documents\":[\"" + UUID.randomUUID() + "\"]}")))
                .startsWith("documents: not documents of this project");
        String sendBack = "/api/v1/documents/" + study.documents.get(1) + "/curation/send-back";
        assertThat(detail(api.post(sendBack, "{}"))).startsWith("annotator: required");
        assertThat(detail(api.post(sendBack, "{\"annotator\":\"" + study.amira + "\",\"note\":\"" + "x".repeat(2001)
                + "\"}"))).startsWith("note: at most 2000 characters");
        assertThat(detail(api.post(sendBack, "{\"annotator\":\"" + study.idle + "\"}")))
                .startsWith("annotator: '" + study.idle + "' has no work on this document");
    }

    @Test
    void curatesTheUnanimousDocumentsOnceAndSendsBack() {
        String curate = "/api/v1/projects/" + study.projectId + "/curation/curate-unanimous";
        JsonNode first = api.post(curate, "").expect(200, "curate").json();
        assertThat(first.get("curated").asInt()).isEqualTo(2);
        assertThat(first.get("alreadyCurated").asInt()).isZero();
        assertThat(first.get("left").isEmpty()).isTrue();
        JsonNode again = api.post(curate, "{}").expect(200, "curate again").json();
        assertThat(again.get("curated").asInt()).isZero();
        assertThat(again.get("alreadyCurated").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/documents/" + study.documents.get(0) + "/gold").json().get("status").asString())
                .isEqualTo("CURATED");

        Response sent = api.post("/api/v1/documents/" + study.documents.get(1) + "/curation/send-back",
                "{\"annotator\":\"" + study.jonas + "\",\"note\":\"Where does the span end?\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(sent.json().get("reopened").asBoolean()).isTrue();
        assertThat(sent.json().get("note").asString()).isEqualTo("Where does the span end?");
        assertThat(api.get(queue + "?order=position").json().get("items").get(1).get("done").asInt()).isEqualTo(1);
    }

    private static String detail(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("detail").asString();
    }
}
