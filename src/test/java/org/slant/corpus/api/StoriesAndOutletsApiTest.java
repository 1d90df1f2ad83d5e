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
import org.slant.corpus.NewDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Stories, outlets, assigning documents to them and filtering the document list, over real HTTP. */
@SlantSpringTest
class StoriesAndOutletsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;

    ApiClient api;
    UUID projectId;
    List<Document> documents;

    @BeforeEach
    void aProjectWithThreeDocuments() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        projectId = corpus.createProject("Stories " + UUID.randomUUID(), "").getId();
        documents = corpus.addDocuments(projectId, List.of(
                document("Summit opens", "Leaders met in Vilnius. 50% of them agreed.", "Reuters", "Summit"),
                document("Summit closes", "The communiqué named Ukraine.", "AP", "Summit"),
                document("Budget vote", "Parliament passed the budget_2024 bill.", "Reuters", null)));
    }

    @Test
    void createsEditsAndDeletesStoriesWithTheirMainEntities() {
        Response created = api.post("/api/v1/projects/" + projectId + "/stories", """
                {"title": "Budget debate", "eventDate": "2024-03-01", "description": "The vote",
                 "mainEntities": ["Parliament", " Prime Minister ", "", "Parliament"]}""");
        assertThat(created.status()).isEqualTo(201);
        JsonNode story = created.json();
        assertThat(story.get("mainEntities").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Parliament", "Prime Minister");
        String storyId = story.get("id").asString();

        Response duplicate = api.post("/api/v1/projects/" + projectId + "/stories", "{\"title\": \"Summit\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("problems").get(0).get("message").asString())
                .contains("already has a story titled 'Summit'");

        Response assigned = api.post("/api/v1/projects/" + projectId + "/documents/story",
                "{\"documentIds\": [\"" + documents.get(2).getId() + "\"], \"storyId\": \"" + storyId + "\"}");
        assertThat(assigned.json().get("documents").asInt()).isEqualTo(1);
        assertThat(corpus.document(documents.get(2).getId()).story()).isEqualTo("Budget debate");

        Response edited = api.put("/api/v1/stories/" + storyId, """
                {"title": "Budget vote", "eventDate": "2024-03-02", "mainEntities": ["Parliament"]}""");
        assertThat(edited.json().get("title").asString()).isEqualTo("Budget vote");
        assertThat(edited.json().get("documents").asInt()).isEqualTo(1);

        assertThat(api.delete("/api/v1/stories/" + storyId).status()).isEqualTo(204);
        assertThat(corpus.document(documents.get(2).getId()).story()).as("the document stays, without a story")
                .isNull();
        assertThat(api.get("/api/v1/projects/" + projectId + "/stories").json().valueStream()
                .map(node -> node.get("title").asString()).toList()).containsExactly("Summit");
    }

    @Test
    void createsRenamesAndDeletesOutlets() {
        Response created = api.post("/api/v1/projects/" + projectId + "/outlets",
                "{\"name\": \"Bloomberg\", \"leaning\": \"centre\"}");
        assertThat(created.status()).isEqualTo(201);
        String outletId = created.json().get("id").asString();
        assertThat(api.post("/api/v1/projects/" + projectId + "/outlets", "{\"name\": \"AP\"}").status())
                .isEqualTo(400);
        api.post("/api/v1/projects/" + projectId + "/documents/outlet",
                "{\"documentIds\": [\"" + documents.get(0).getId() + "\"], \"outletId\": \"" + outletId + "\"}");
        Response renamed = api.put("/api/v1/outlets/" + outletId, "{\"name\": \"Bloomberg News\"}");
        assertThat(renamed.json().get("documents").asInt()).isEqualTo(1);
        assertThat(renamed.json().get("leaning").isNull()).isTrue();
        assertThat(corpus.document(documents.get(0).getId()).outlet()).isEqualTo("Bloomberg News");
        assertThat(api.delete("/api/v1/outlets/" + outletId).status()).isEqualTo(204);
        assertThat(corpus.document(documents.get(0).getId()).outlet()).isNull();
    }

    @Test
    void refusesToAssignAStoryOfAnotherProject() {
        UUID other = corpus.createProject("Other " + UUID.randomUUID(), "").getId();
        String foreignStory = api.post("/api/v1/projects/" + other + "/stories", "{\"title\": \"Elsewhere\"}").json()
                .get("id").asString();
        Response refused = api.post("/api/v1/projects/" + projectId + "/documents/story",
                "{\"documentIds\": [\"" + documents.get(0).getId() + "\"], \"storyId\": \"" + foreignStory + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(corpus.document(documents.get(0).getId()).story()).isEqualTo("Summit");
    }

    @Test
    void filtersDocumentsByStoryOutletAndText() {
        String summit = storyId("Summit");
        String reuters = corpus.outlets(projectId).stream().filter(outlet -> outlet.getName().equals("Reuters"))
                .findFirst().orElseThrow().getId().toString();
        String base = "/api/v1/projects/" + projectId + "/documents";

        assertThat(titles(api.get(base + "?story=" + summit))).containsExactly("Summit opens", "Summit closes");
        assertThat(titles(api.get(base + "?outlet=" + reuters))).containsExactly("Summit opens", "Budget vote");
        assertThat(titles(api.get(base + "?story=" + summit + "&outlet=" + reuters))).containsExactly("Summit opens");
        assertThat(titles(api.get(base + "?q=UKRAINE"))).containsExactly("Summit closes");
        assertThat(titles(api.get(base + "?q=budget"))).containsExactly("Budget vote");
        assertThat(titles(api.get(base + "?q=50%25"))).as("%% is a character, not a wildcard")
                .containsExactly("Summit opens");
        assertThat(titles(api.get(base + "?q=t_i"))).as("_ is a character too, not any character (\"met in\")").isEmpty();
        assertThat(titles(api.get(base + "?q=communiqu%C3%A9"))).containsExactly("Summit closes");
        assertThat(api.get(base + "?q=summit").json().get("totalItems").asInt()).isEqualTo(2);
    }

    private String storyId(String title) {
        return api.get("/api/v1/projects/" + projectId + "/stories").json().valueStream()
                .filter(story -> story.get("title").asString().equals(title)).findFirst().orElseThrow()
                .get("id").asString();
    }

    private static List<String> titles(Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().map(item -> item.get("title").asString()).toList();
    }

    private static NewDocument document(String title, String text, String outlet, String story) {
        return new NewDocument(title, text, outlet, story, null, null, null, Map.of());
    }
}
