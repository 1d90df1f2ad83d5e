package org.slant.corpus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The read endpoints of the REST API over real HTTP: authentication, values, paging and problem JSON. */
@SlantSpringTest
class ReadApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;

    ApiClient admin;
    UUID projectId;

    @BeforeEach
    void setUp() {
        admin = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        projectId = corpus.projects().getFirst().id();
    }

    @Test
    void refusesCallsWithoutCredentialsWithProblemJson() {
        for (String path : new String[] {"/api/v1/projects", "/api/v1/projects/" + projectId,
                "/api/v1/projects/" + projectId + "/layers", "/api/v1/projects/" + projectId + "/documents",
                "/api/v1/documents/" + UUID.randomUUID()}) {
            Response response = ApiClient.anonymous(port).get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertProblem(response, 401);
            assertThat(response.json().get("detail").asString()).contains("Authentication required");
        }
    }

    @Test
    void refusesAWrongPassword() {
        Response response = ApiClient.basic(port, "admin", "not-the-password").get("/api/v1/projects");
        assertThat(response.status()).isEqualTo(401);
        assertProblem(response, 401);
    }

    @Test
    void listsProjectsWithTheSizeOfTheirCorpus() {
        Response response = admin.get("/api/v1/projects");
        assertThat(response.status()).isEqualTo(200);
        JsonNode project = response.json().get(0);
        assertThat(project.get("id").asString()).isEqualTo(projectId.toString());
        assertThat(project.get("name").asString()).isEqualTo("NATO–Russia Council, 12 Jan 2022");
        assertThat(project.get("documents").asInt()).isEqualTo(5);
        assertThat(project.get("outlets").asInt()).isEqualTo(5);
        assertThat(project.get("stories").asInt()).isEqualTo(1);
    }

    @Test
    void showsOneProjectWithItsSettings() {
        JsonNode project = admin.get("/api/v1/projects/" + projectId).json();
        assertThat(project.get("name").asString()).isEqualTo("NATO–Russia Council, 12 Jan 2022");
        assertThat(project.get("guidelines").asString()).startsWith("# Guidelines for the demo project");
        assertThat(project.get("annotatorsPerDocument").asInt()).isEqualTo(4);
        assertThat(project.get("blind").asBoolean()).isTrue();
    }

    @Test
    void listsTheSchemaWithLabelsAndAttributes() {
        JsonNode layers = admin.get("/api/v1/projects/" + projectId + "/layers").json();
        assertThat(layers.size()).isEqualTo(8);
        JsonNode attribution = layers.get(3);
        assertThat(attribution.get("name").asString()).isEqualTo("Attribution");
        assertThat(attribution.get("kind").asString()).isEqualTo("SPAN");
        assertThat(attribution.get("labels").get(0).get("name").asString()).isEqualTo("Source");
        assertThat(attribution.get("labels").get(0).get("key").asString()).isEqualTo("s");
        assertThat(attribution.get("labels").get(0).get("colour").asString()).matches("#[0-9a-f]{6}");
        JsonNode identification = attribution.get("attributes").get(0);
        assertThat(identification.get("name").asString()).isEqualTo("identification");
        assertThat(identification.get("type").asString()).isEqualTo("CHOICE");
        assertThat(identification.get("options").get(2).asString()).isEqualTo("anonymous");
    }

    @Test
    void pagesDocumentsInImportOrder() {
        JsonNode first = admin.get("/api/v1/projects/" + projectId + "/documents?page=0&size=2").json();
        assertThat(first.get("totalItems").asInt()).isEqualTo(5);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("items").get(0).get("position").asInt()).isEqualTo(1);
        assertThat(first.get("items").get(0).get("outlet").asString()).isEqualTo("Fox News");
        assertThat(first.get("items").get(0).get("words").asInt()).isGreaterThan(300);
        assertThat(first.get("items").get(0).has("text")).as("lists carry no text").isFalse();

        JsonNode last = admin.get("/api/v1/projects/" + projectId + "/documents?page=2&size=2").json();
        assertThat(last.get("items").size()).isEqualTo(1);
        assertThat(last.get("items").get(0).get("position").asInt()).isEqualTo(5);
    }

    @Test
    void refusesPagingOutOfRangeNamingTheParameter() {
        Response tooBig = admin.get("/api/v1/projects/" + projectId + "/documents?size=100000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertProblem(tooBig, 400);
        assertThat(tooBig.json().get("detail").asString()).contains("'size'");
        Response negative = admin.get("/api/v1/projects/" + projectId + "/documents?page=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("detail").asString()).contains("'page'");
    }

    @Test
    void returnsADocumentsTextExactlyWithItsMetadata() {
        String documentId = admin.get("/api/v1/projects/" + projectId + "/documents?size=1").json()
                .get("items").get(0).get("id").asString();
        JsonNode document = admin.get("/api/v1/documents/" + documentId).json();
        String text = document.get("text").asString();
        assertThat(DocumentText.sha256(text)).isEqualTo(document.get("textSha256").asString());
        assertThat(text).contains("CLICK HERE TO GET THE FOX NEWS APP");
        assertThat(document.get("codePoints").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(document.get("outlet").asString()).isEqualTo("Fox News");
        assertThat(document.get("projectId").asString()).isEqualTo(projectId.toString());
    }

    @Test
    void answersUnknownIdsWith404ProblemJson() {
        UUID unknown = UUID.randomUUID();
        for (String path : new String[] {"/api/v1/projects/" + unknown, "/api/v1/projects/" + unknown + "/layers",
                "/api/v1/projects/" + unknown + "/documents", "/api/v1/documents/" + unknown}) {
            Response response = admin.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertProblem(response, 404);
            assertThat(response.json().get("detail").asString()).contains(unknown.toString());
        }
    }

    @Test
    void answersAMalformedIdWith400NamingTheParameter() {
        Response response = admin.get("/api/v1/documents/not-a-uuid");
        assertThat(response.status()).isEqualTo(400);
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("documentId").contains("UUID");
    }

    @Test
    void answersAnUnknownEndpointWith404ProblemJson() {
        Response response = admin.get("/api/v1/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertProblem(response, 404);
    }

    @Test
    void publishesTheOpenApiDescription() {
        Response response = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.has("/api/v1/projects")).isTrue();
        assertThat(paths.has("/api/v1/projects/{projectId}/documents")).isTrue();
        assertThat(paths.has("/api/v1/projects/{projectId}/layers")).isTrue();
        assertThat(paths.has("/api/v1/documents/{documentId}")).isTrue();
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
