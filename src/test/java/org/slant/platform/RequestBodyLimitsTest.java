package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request body is bounded (issue 13, item 2), over real HTTP: a JSON body larger than slant.request.max-body
 * (1 MB by default) is refused with 413 problem JSON whether it announces its length or arrives in chunks, and stores
 * nothing; the web UI's own requests are bounded too, before anyone signs in; imports keep their own larger limits.
 */
@SlantSpringTest
class RequestBodyLimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MORE_THAN_A_MEGABYTE = 1024 * 1024 + 100;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aJsonBodyAnnouncedLargerThanTheLimitIsRefusedWith413AndStoresNothing() throws Exception {
        String name = "Too large " + UUID.randomUUID();
        HttpResponse<String> refused = send("/api/v1/projects", "application/json",
                BodyPublishers.ofString(project(name, MORE_THAN_A_MEGABYTE)), true);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).contains("limit of 1 MB").contains("slant.request.max-body");
        assertThat(projectsNamed(name)).isZero();
    }

    @Test
    void aJsonBodySentInChunksIsCutOffAtTheLimitWith413() throws Exception {
        String name = "Chunked " + UUID.randomUUID();
        byte[] body = project(name, MORE_THAN_A_MEGABYTE).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = send("/api/v1/projects", "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), true);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("limit of 1 MB");
        assertThat(projectsNamed(name)).isZero();
    }

    @Test
    void aBodyWithinTheLimitIsTakenAsBefore() throws Exception {
        String name = "Fits " + UUID.randomUUID();
        HttpResponse<String> created = send("/api/v1/projects", "application/json",
                BodyPublishers.ofString(project(name, 500_000)), true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(projectsNamed(name)).isOne();
    }

    @Test
    void theWebUisOwnRequestsAreBoundedBeforeAnyoneSignsIn() throws Exception {
        HttpResponse<String> refused = send("/?v-r=uidl&v-uiId=0", "application/json",
                BodyPublishers.ofByteArray(new byte[MORE_THAN_A_MEGABYTE]), false);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("slant.request.max-body");
    }

    @Test
    void aDocumentImportKeepsItsOwnLargerLimit() {
        String padding = "x".repeat(1200 * 1024);
        Response project = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD).post("/api/v1/projects",
                "{\"name\":\"Large import " + UUID.randomUUID() + "\"}");
        String projectId = project.json().get("id").asString();
        Response imported = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD).post("/api/v1/projects/"
                + projectId + "/documents", "application/x-ndjson", BodyPublishers.ofString(
                        "{\"text\":\"A long article " + padding + "\"}\n"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }

    @Test
    void anAnnotatedImportKeepsTheImportLimitToo() {
        String padding = "x".repeat(1200 * 1024);
        Response project = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD).post("/api/v1/projects",
                "{\"name\":\"Large annotated import " + UUID.randomUUID() + "\"}");
        String projectId = project.json().get("id").asString();
        Response imported = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD).post("/api/v1/projects/"
                + projectId + "/annotations/import", "application/x-ndjson", BodyPublishers.ofString(
                        "{\"text\":\"A long article " + padding + "\", \"annotations\": []}\n"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("documents").asInt()).isEqualTo(1);
    }

    private HttpResponse<String> send(String path, String contentType, HttpRequest.BodyPublisher body,
            boolean signedIn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(body);
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:"
                    + SlantSpringTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A project whose description makes the body about {@code bytes} long. */
    private static String project(String name, int bytes) {
        return "{\"name\":\"" + name + "\",\"description\":\"" + "d".repeat(bytes) + "\"}";
    }

    private long projectsNamed(String name) {
        return jdbc.queryForObject("select count(*) from project where name = ?", Long.class, name);
    }
}
