package org.slant.annotation.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Round trips of Label Studio's and doccano's exports (docs/import.md): a file written here the way the tool writes
 * it, with UTF-16 offsets after an emoji beyond the BMP, a no-break space and CRLF, imported through the API; the
 * spans read back through the API are at the code point offsets of the same words.
 */
@SlantSpringTest
class LabelStudioDoccanoImportApiTest {

    static final String TEXT = "Hi 👋🏽 NATO\u00a0talks.\r\nRussia said 😀 no.";
    /** The words annotated, each found by Java's indexOf, which counts UTF-16 units as JavaScript does. */
    static final List<String> WORDS = List.of("NATO\u00a0talks", "Russia", "😀");

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    UserRepository users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    UUID projectId;
    String annotator;

    @BeforeEach
    void anEmptyProjectAndAnAnnotator() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject("Formats " + suffix, "").getId();
        annotator = "rt-" + suffix;
        users.save(new User(annotator, "Round trip", "{noop}secret", SystemRole.USER));
    }

    @Test
    void aLabelStudioExportImportsWithItsSpansAtTheSameWords() {
        List<String> results = new ArrayList<>();
        for (String word : WORDS) {
            int at = TEXT.indexOf(word);
            results.add("""
                    {"id": "r%d", "from_name": "Framing", "to_name": "text", "type": "labels",
                     "value": {"start": %d, "end": %d, "text": %s, "labels": ["%s"]}}""".formatted(at, at,
                    at + word.length(), quoted(word), word.equals("😀") ? "Emoji" : "Actor"));
        }
        results.add("""
                {"id": "c1", "from_name": "Bias", "to_name": "text", "type": "choices",
                 "value": {"choices": ["loaded"]}}""");
        String export = """
                [{"id": 41, "data": {"text": %s},
                  "annotations": [{"id": 1, "completed_by": {"id": 3, "email": "%s@example.org"},
                                   "result": [%s]}],
                  "predictions": []}]""".formatted(quoted(TEXT), annotator, String.join(",\n", results));

        Response response = admin().postFiles("/api/v1/projects/" + projectId
                + "/annotations/import?format=labelstudio&createMissing=true", "file",
                List.of(new FilePart("project-1-at-2026.json", export.getBytes(UTF_8))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("documents").asInt()).isEqualTo(1);
        assertThat(response.json().get("spans").asInt()).isEqualTo(3);
        assertThat(response.json().get("answers").asInt()).isEqualTo(1);
        assertThat(spansBack()).containsExactly("Actor 6-16 NATO\u00a0talks", "Actor 19-25 Russia",
                "Emoji 31-32 😀");
        assertThat(readBack().get("answers").get(0).get("label").asString()).isEqualTo(labelId("Bias", "loaded"));
    }

    @Test
    void aDoccanoExportImportsWithItsSpansAtTheSameWords() {
        StringBuilder labels = new StringBuilder();
        for (String word : WORDS) {
            int at = TEXT.indexOf(word);
            labels.append(labels.isEmpty() ? "" : ", ").append("[%d, %d, \"%s\"]".formatted(at, at + word.length(),
                    word.equals("😀") ? "Emoji" : "Actor"));
        }
        String export = "{\"id\": 7, \"text\": " + quoted(TEXT) + ", \"label\": [" + labels + "], \"Comments\": []}\n";

        Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=doccano"
                + "&annotator=" + annotator + "&layer=Framing&createMissing=true", "file",
                List.of(new FilePart("admin.jsonl", export.getBytes(UTF_8))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("spans").asInt()).isEqualTo(3);
        assertThat(spansBack()).containsExactly("Actor 6-16 NATO\u00a0talks", "Actor 19-25 Russia",
                "Emoji 31-32 😀");
    }

    @Test
    void aDoccanoOffsetInsideAnEmojiIsRefusedNamingFileLineAndField() {
        String export = "{\"text\": " + quoted(TEXT) + ", \"label\": [[4, 8, \"Actor\"]]}\n";

        Response response = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=doccano"
                + "&annotator=" + annotator + "&layer=Framing&createMissing=true", "file",
                List.of(new FilePart("admin.jsonl", export.getBytes(UTF_8))));

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json().get("problems").get(0);
        assertThat(problem.get("where").asString()).isEqualTo("admin.jsonl, line 1, field 'label[0][0]'");
        assertThat(problem.get("message").asString()).startsWith("offset 4 falls inside the character U+1F44B");
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class,
                projectId)).isZero();
    }

    private JsonNode readBack() {
        JsonNode documents = admin().get("/api/v1/projects/" + projectId + "/documents").json().get("items");
        assertThat(documents).hasSize(1);
        return admin().get("/api/v1/documents/" + documents.get(0).get("id").asString() + "/annotations?annotator="
                + annotator).json();
    }

    /** The spans read back as "label start-end text", in text order. */
    private List<String> spansBack() {
        Map<String, String> labelNames = new HashMap<>();
        for (LayerSchema layer : schema.layers(projectId)) {
            layer.labels().forEach(label -> labelNames.put(label.id().toString(), label.name()));
        }
        List<String> spans = new ArrayList<>();
        for (JsonNode span : readBack().get("spans")) {
            spans.add(labelNames.get(span.get("label").asString()) + " " + span.get("start").asInt() + "-"
                    + span.get("end").asInt() + " " + span.get("text").asString());
        }
        return spans;
    }

    private String labelId(String layerName, String labelName) {
        return schema.layers(projectId).stream().filter(layer -> layer.name().equals(layerName)).findFirst()
                .orElseThrow().labels().stream().filter(label -> label.name().equals(labelName)).findFirst()
                .orElseThrow().id().toString();
    }

    private static String quoted(String text) {
        return AnnotationImportApiTest.JSON.writeValueAsString(text);
    }

    private ApiClient admin() {
        return ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
    }
}
