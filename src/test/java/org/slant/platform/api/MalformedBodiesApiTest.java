package org.slant.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.HostileInput;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.AccessTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bodies the fuzzing found answered with 500, each kept as an example: a refusal is problem JSON naming what is
 * wrong, and nothing is stored.
 */
@SlantSpringTest
class MalformedBodiesApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SchemaService schema;

    ApiClient api;
    UUID projectId;

    @BeforeEach
    void aProject() {
        api = ApiClient.bearer(port, tokens.create("malformed " + UUID.randomUUID(), null).token());
        projectId = corpus.createProject("Malformed " + UUID.randomUUID(), "Before").getId();
    }

    @Test
    void aFormBodyWithNamesNoFormSendsIsRefusedAs400() {
        // Spring Security's firewall refuses a parameter name with a character Unicode does not define
        Response response = api.post("/api/v1/projects/" + projectId + "/outlets", FORM,
                BodyPublishers.ofString("{\"\u0378\":1}"));

        assertProblem(response, 400, "The request cannot be read");
    }

    @Test
    void aFormBodyTomcatCannotDecodeIsRefusedAs400() {
        Response response = api.post("/api/v1/projects/" + projectId + "/outlets", FORM,
                BodyPublishers.ofString("{\"name%zz\":1}"));

        assertProblem(response, 400, "The request cannot be read");
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsProblemJsonNotABare403() {
        Response response = api.post("/api/v1/projects", "multipart/form-data",
                BodyPublishers.ofString("{\"name\":\"Form\"}"));

        assertProblem(response, 400, "The multipart/form-data body cannot be read");
    }

    @Test
    void anImportCutShortIsRefusedAs400AndStoresNothing() {
        String cut = "--hostile\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n\r\n"
                + "{\"text\":\"A text.\"}\n";

        Response response = api.post("/api/v1/projects/" + projectId + "/documents",
                "multipart/form-data; boundary=hostile", BodyPublishers.ofString(cut));

        assertProblem(response, 400, "The multipart/form-data body cannot be read");
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Integer.class,
                projectId)).isZero();
    }

    @Test
    void aNulInATextFieldIsRefusedNamingTheField() {
        Response outlet = api.post("/api/v1/projects/" + projectId + "/outlets", "{\"name\":\"Wire\\u0000\"}");
        Response project = api.put("/api/v1/projects/" + projectId, "{\"description\":\"After\\u0000\"}");

        assertProblem(outlet, 400, "field 'name': holds a NUL character (U+0000) at character 4");
        assertProblem(project, 400, "field 'description': holds a NUL character (U+0000) at character 5");
        assertThat(jdbc.queryForObject("select count(*) from outlet where project_id = ?", Integer.class, projectId))
                .isZero();
        assertThat(jdbc.queryForObject("select description from project where id = ?", String.class, projectId))
                .isEqualTo("Before");
    }

    @Test
    void aNulInsideAnImportsMetaIsRefusedAs400() {
        Response response = api.post("/api/v1/projects/" + projectId + "/documents", "application/x-ndjson",
                BodyPublishers.ofString("{\"text\":\"A text.\",\"meta\":{\"desk\\u0000\":1}}\n"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Integer.class,
                projectId)).isZero();
    }

    @Test
    void aNulInsideFreeFormAttributesIsRefusedNamingTheAttribute() {
        LayerSchema frame = schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow())
                .layers().getFirst();
        UUID documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", "NATO and Russia talked.",
                null, null, null, null, null, Map.of()))).getFirst().getId();
        String note = api.post("/api/v1/layers/" + frame.id() + "/attributes", "{\"name\":\"Note\",\"type\":\"TEXT\"}")
                .expect(201, "a text attribute").json().path("id").asString();

        // attributes are free-form JSON, stored as jsonb, where PostgreSQL refuses U+0000 too
        Response response = api.post("/api/v1/documents/" + documentId + "/annotations", "{\"layer\":\""
                + frame.id() + "\",\"label\":\"" + frame.labels().getFirst().id() + "\",\"start\":0,\"end\":4,"
                + "\"attributes\":{\"" + note + "\":\"a\\u0000b\"}}");

        assertProblem(response, 400, "field 'attributes." + note + "': holds a NUL character (U+0000) at "
                + "character 1");
        assertThat(jdbc.queryForObject("select count(*) from span_annotation where document_id = ?", Integer.class,
                documentId)).isZero();
    }

    @Test
    void aMetaValueOfNullIsImportedAsIt() {
        Response response = api.post("/api/v1/projects/" + projectId + "/documents", "application/x-ndjson",
                BodyPublishers.ofString("{\"text\":\"A text.\",\"meta\":{\"desk\":null}}\n"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select meta::text from document where project_id = ?", String.class,
                projectId)).isEqualTo("{\"desk\": null}");
    }

    @Test
    void jsonNestedPastJacksonsDepthLimitIsRefusedSayingSo() {
        // attributes take any JSON value, so the reader goes down the arrays until the limit stops it
        LayerSchema frame = schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow())
                .layers().getFirst();
        UUID documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", "NATO and Russia talked.",
                null, null, null, null, null, Map.of()))).getFirst().getId();

        Response response = api.post("/api/v1/documents/" + documentId + "/annotations", "{\"layer\":\""
                + frame.id() + "\",\"label\":\"" + frame.labels().getFirst().id() + "\",\"start\":0,\"end\":4,"
                + "\"attributes\":{\"note\":" + HostileInput.deeplyNested(2000) + "}}");

        assertProblem(response, 400, "exceeds the maximum allowed (500");
        assertThat(jdbc.queryForObject("select count(*) from span_annotation where document_id = ?", Integer.class,
                documentId)).isZero();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAs400() {
        byte[] latin1 = "{\"name\":\"Caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        Response response = api.post("/api/v1/projects/" + projectId + "/outlets", "application/json",
                BodyPublishers.ofByteArray(latin1));

        assertProblem(response, 400, "The request body could not be read");
    }

    @Test
    void anotherContentTypeIsRefusedAs415NamingIt() {
        Response response = api.post("/api/v1/projects/" + projectId + "/outlets", "text/plain",
                BodyPublishers.ofString("{\"name\":\"Wire\"}"));

        assertProblem(response, 415, "'text/plain");
    }

    private static void assertProblem(Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains(detail);
    }
}
