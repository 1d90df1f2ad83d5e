package org.slant.corpus.api;

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
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Outlet blinding over HTTP (decision 0021): the setting's way through the project API, and what an annotator of an
 * outlet-blind project reads (no title, outlet, address or metadata; the text masked at the same offsets), against
 * what its manager reads (everything), in the document, the document list, the work queue and the annotations.
 */
@SlantSpringTest
class OutletBlindingApiTest {

    private static final String PASSWORD = "blinding-password";
    /** "Fox News" of "Fox News’s" at code points 6..14, after a flag (two code points) and a no-break space. */
    private static final String TEXT = "🇺🇦 By\u00A0Fox News’s count,\r\nfoxnews.com says 😀.";
    private static final String MASKED = "🇺🇦 By\u00A0XXX XXXX’s count,\r\nXXXXXXX.com says 😀.";

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

    ApiClient manager;
    ApiClient annotator;
    UUID projectId;
    UUID documentId;
    UUID storyId;
    UUID outletId;
    LayerSchema frame;

    @BeforeEach
    void anOutletBlindProjectMadeOverTheApi() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String managerName = account("blind-manager-" + suffix);
        String annotatorName = account("blind-annotator-" + suffix);
        manager = ApiClient.basic(port, managerName, PASSWORD);
        annotator = ApiClient.basic(port, annotatorName, PASSWORD);
        JsonNode created = manager.post("/api/v1/projects", "{\"name\": \"Blind API " + suffix + "\", "
                + "\"outletBlind\": true, \"presets\": [\"framing\"]}").expect(201, "project").json();
        assertThat(created.get("outletBlind").booleanValue()).isTrue();
        projectId = UUID.fromString(created.get("id").asString());
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Fox: talks", TEXT, "Fox News",
                "Summit", "https://www.foxnews.com/politics/talks", null, "fox-7", Map.of("byline", "Jane Doe"))))
                .stream().map(Document::getId).findFirst().orElseThrow();
        memberships.add(projectId, annotatorName, ProjectRole.ANNOTATOR);
        frame = schema.layers(projectId).getFirst();
        storyId = corpus.stories(projectId).getFirst().getId();
        outletId = corpus.outlets(projectId).getFirst().getId();
    }

    @Test
    void theSettingIsReadAndChangedWithTheProject() {
        assertThat(manager.get("/api/v1/projects/" + projectId).json().get("outletBlind").booleanValue()).isTrue();
        // left out, it keeps its value
        JsonNode renamed = manager.put("/api/v1/projects/" + projectId, "{\"description\": \"renamed\"}")
                .expect(200, "update").json();
        assertThat(renamed.get("outletBlind").booleanValue()).isTrue();

        JsonNode off = manager.put("/api/v1/projects/" + projectId, "{\"outletBlind\": false}")
                .expect(200, "update").json();

        assertThat(off.get("outletBlind").booleanValue()).isFalse();
        assertThat(corpus.projectDetails(projectId).outletBlind()).isFalse();
        assertThat(annotator.get("/api/v1/documents/" + documentId).json().get("title").asString())
                .isEqualTo("Fox: talks");
        // an annotator may not change it
        assertThat(annotator.put("/api/v1/projects/" + projectId, "{\"outletBlind\": true}").status())
                .isEqualTo(403);
        assertThat(corpus.projectDetails(projectId).outletBlind()).isFalse();
        // a new project has it off unless asked
        JsonNode plain = manager.post("/api/v1/projects", "{\"name\": \"Not blind " + UUID.randomUUID() + "\"}")
                .expect(201, "project").json();
        assertThat(plain.get("outletBlind").booleanValue()).isFalse();
    }

    @Test
    void anAnnotatorReadsTheDocumentBlindedAndItsManagerReadsItAsStored() {
        JsonNode blinded = annotator.get("/api/v1/documents/" + documentId).expect(200, "document").json();

        assertThat(blinded.get("title").asString()).isEqualTo("Article 1");
        assertThat(blinded.get("position").asInt()).isEqualTo(1);
        assertThat(blinded.get("outlet").isNull()).isTrue();
        assertThat(blinded.get("outletId").isNull()).isTrue();
        assertThat(blinded.get("url").isNull()).isTrue();
        assertThat(blinded.get("externalId").isNull()).isTrue();
        assertThat(blinded.get("meta").isEmpty()).isTrue();
        assertThat(blinded.get("story").asString()).isEqualTo("Summit");
        assertThat(blinded.get("text").asString()).isEqualTo(MASKED);
        assertThat(blinded.get("codePoints").asInt()).isEqualTo(TEXT.codePointCount(0, TEXT.length()))
                .isEqualTo(MASKED.codePointCount(0, MASKED.length()));
        assertThat(blinded.get("textSha256").asString()).isEqualTo(DocumentText.sha256(MASKED));
        assertThat(blinded.toString()).doesNotContainIgnoringCase("fox").doesNotContain("Jane");

        JsonNode stored = manager.get("/api/v1/documents/" + documentId).expect(200, "document").json();
        assertThat(stored.get("title").asString()).isEqualTo("Fox: talks");
        assertThat(stored.get("outlet").asString()).isEqualTo("Fox News");
        assertThat(stored.get("url").asString()).isEqualTo("https://www.foxnews.com/politics/talks");
        assertThat(stored.get("meta").get("byline").asString()).isEqualTo("Jane Doe");
        assertThat(stored.get("text").asString()).isEqualTo(TEXT);
        assertThat(stored.get("textSha256").asString()).isEqualTo(DocumentText.sha256(TEXT));
    }

    @Test
    void theDocumentListAndTheQueueShowTheAnnotatorNoTitleAndNoOutlet() {
        JsonNode list = annotator.get("/api/v1/projects/" + projectId + "/documents").expect(200, "list").json();
        assertThat(list.get("items").get(0).get("title").asString()).isEqualTo("Article 1");
        assertThat(list.get("items").get(0).get("outlet").isNull()).isTrue();
        assertThat(annotator.get("/api/v1/projects/" + projectId + "/documents?story=" + storyId)
                .expect(200, "by story").json().get("totalItems").asInt()).isEqualTo(1);
        // filters that would tell whose articles they are
        for (String filter : List.of("outlet=" + outletId, "q=fox")) {
            Response refused = annotator.get("/api/v1/projects/" + projectId + "/documents?" + filter);
            assertThat(refused.status()).as(filter).isEqualTo(403);
            assertThat(refused.json().get("detail").asString()).contains("hides outlets");
        }

        JsonNode queue = annotator.get("/api/v1/projects/" + projectId + "/queue").expect(200, "queue").json();
        assertThat(queue.get("items").get(0).get("title").asString()).isEqualTo("Article 1");
        assertThat(queue.get("items").get(0).get("outlet").isNull()).isTrue();
        // before the annotator takes it up: one annotator per document
        assertThat(manager.get("/api/v1/projects/" + projectId + "/queue").json().get("items").get(0).get("outlet")
                .asString()).isEqualTo("Fox News");
        JsonNode next = annotator.get("/api/v1/projects/" + projectId + "/queue/next").expect(200, "next").json();
        assertThat(next.get("title").asString()).isEqualTo("Article 1");
        JsonNode opened = annotator.post("/api/v1/documents/" + documentId + "/open", "").expect(200, "open").json();
        assertThat(opened.get("title").asString()).isEqualTo("Article 1");
        assertThat(opened.get("outlet").isNull()).isTrue();

        JsonNode managers = manager.get("/api/v1/projects/" + projectId + "/documents?q=fox").expect(200, "q")
                .json();
        assertThat(managers.get("items").get(0).get("title").asString()).isEqualTo("Fox: talks");
        assertThat(managers.get("items").get(0).get("outlet").asString()).isEqualTo("Fox News");
    }

    @Test
    void aSpanMadeOnTheMaskedTextIsStoredAtItsOffsetsAndReadsAsTheStoredTextToTheManager() {
        JsonNode span = annotator.post("/api/v1/documents/" + documentId + "/annotations", "{\"layer\": \""
                + frame.id() + "\", \"label\": \"" + frame.labels().getFirst().id() + "\", \"start\": 6, "
                + "\"end\": 16}").expect(201, "span").json();

        assertThat(span.get("start").asInt()).isEqualTo(6);
        assertThat(span.get("end").asInt()).isEqualTo(16);
        assertThat(span.get("text").asString()).isEqualTo("XXX XXXX’s");
        assertThat(annotator.get("/api/v1/documents/" + documentId + "/annotations").json().get("spans").get(0)
                .get("text").asString()).isEqualTo("XXX XXXX’s");
        String annotatorName = span.get("annotator").asString();
        JsonNode asStored = manager.get("/api/v1/documents/" + documentId + "/annotations?annotator=" + annotatorName)
                .expect(200, "annotations").json().get("spans").get(0);
        assertThat(asStored.get("start").asInt()).isEqualTo(6);
        assertThat(asStored.get("text").asString()).isEqualTo("Fox News’s");
    }

    private String account(String username) {
        users.save(new User(username, username, "{noop}" + PASSWORD, SystemRole.USER));
        return username;
    }
}
