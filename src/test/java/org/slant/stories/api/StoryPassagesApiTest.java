package org.slant.stories.api;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The shared passages of a story over real HTTP, from articles stored in PostgreSQL. */
@SlantSpringTest
class StoryPassagesApiTest {

    /** Code points: the flag is 2, so "NATO" starts at 9 (after "🇺🇦 Kyiv: "); in B at 11 (CRLF counts 2). */
    private static final String A = "🇺🇦 Kyiv: NATO\u00A0will not compromise on the sovereignty of Ukraine, he said 😀.";
    private static final String B = "Brussels.\r\nNATO will not compromise on the sovereignty of any nation, she "
            + "said.";
    private static final String C = "A different report about the weather in Vilnius and nothing else.";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;

    ApiClient api;
    UUID projectId;
    List<Document> documents;

    @BeforeEach
    void aStoryOfThreeOutlets() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        projectId = corpus.createProject("Passages " + UUID.randomUUID(), "").getId();
        documents = corpus.addDocuments(projectId, List.of(document("Kyiv", A, "Kyiv Post", "Talks"),
                document("Brussels", B, "Politico", "Talks"), document("Weather", C, "LRT", "Talks"),
                document("Alone", A.replace("Kyiv", "Lviv"), "Reuters", "Alone")));
    }

    @Test
    void listsEachPassageWithItsExactSpanInEveryArticleAndWhatEachArticleOmits() {
        Response response = api.get("/api/v1/stories/" + story("Talks") + "/passages");

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("storyId").asString()).isEqualTo(story("Talks").toString());
        assertThat(report.get("documents").valueStream().map(node -> node.get("outlet").asString()).toList())
                .containsExactly("Kyiv Post", "Politico", "LRT");
        JsonNode passages = report.get("passages");
        assertThat(passages.size()).isEqualTo(1);
        JsonNode passage = passages.get(0);
        assertThat(passage.get("id").asInt()).isEqualTo(1);
        assertThat(passage.get("words").asInt()).isEqualTo(8);
        JsonNode kyiv = passage.get("occurrences").get(0);
        assertThat(kyiv.get("documentId").asString()).isEqualTo(documents.get(0).getId().toString());
        assertThat(kyiv.get("outlet").asString()).isEqualTo("Kyiv Post");
        assertThat(kyiv.get("start").asInt()).isEqualTo(9);
        assertThat(kyiv.get("end").asInt()).isEqualTo(55);
        assertThat(kyiv.get("text").asString()).isEqualTo("NATO\u00A0will not compromise on the sovereignty of");
        JsonNode politico = passage.get("occurrences").get(1);
        assertThat(politico.get("start").asInt()).as("after the CRLF").isEqualTo(11);
        assertThat(politico.get("end").asInt()).isEqualTo(57);
        assertThat(politico.get("text").asString()).isEqualTo("NATO will not compromise on the sovereignty of");
        assertThat(politico.get("placement").get("paragraph").asInt()).isEqualTo(2);
        assertThat(report.get("omissions").valueStream().map(node -> node.get("passageIds").size()).toList())
                .as("the weather report lacks passage 1").containsExactly(0, 0, 1);
    }

    @Test
    void aStoryOfOneArticleSharesNothing() {
        JsonNode report = api.get("/api/v1/stories/" + story("Alone") + "/passages").json();

        assertThat(report.get("documents").size()).isEqualTo(1);
        assertThat(report.get("passages").size()).isZero();
    }

    @Test
    void anUnknownStoryIs404AndAMinimumOutOfRangeIs400NamingIt() {
        assertThat(api.get("/api/v1/stories/" + UUID.randomUUID() + "/passages").status()).isEqualTo(404);

        Response tooShort = api.get("/api/v1/stories/" + story("Talks") + "/passages?minWords=1");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("problems").get(0).get("where").asString()).isEqualTo("minWords");

        assertThat(api.get("/api/v1/stories/" + story("Talks") + "/passages?minWords=eight").status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/stories/" + story("Talks") + "/passages?minWords=9").json().get("passages")
                .size()).as("the shared passage has 8 words").isZero();
    }

    private UUID story(String title) {
        return corpus.stories(projectId).stream().filter(story -> story.getTitle().equals(title)).findFirst()
                .orElseThrow().getId();
    }

    private static NewDocument document(String title, String text, String outlet, String story) {
        return new NewDocument(title, text, outlet, story, null, null, null, Map.of());
    }
}
