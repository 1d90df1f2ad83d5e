package org.slant.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaEditor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Bulk saves over real HTTP: many creates, changes and deletes of one document (or several), all or nothing. */
@SlantSpringTest
class BulkAnnotationsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    AnnotationFixture fixture;
    String bulkPath;

    @BeforeEach
    void setUp() {
        api = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        fixture = new AnnotationFixture(corpus, editor);
        bulkPath = "/api/v1/documents/" + fixture.documentId + "/annotations/bulk";
    }

    @Test
    void oneBadSpanStoresNothingAndIsNamedWithEveryOtherProblem() {
        Response refused = api.post(bulkPath, "{\"create\": [" + span(null, "Support", 0, 2) + ", "
                + span(null, "Support", 3, 400) + ", " + span(null, "Oppose", 10, 14) + ", "
                + "{\"layer\": \"" + fixture.stance.id() + "\", \"label\": \"" + UUID.randomUUID()
                + "\", \"start\": 20, \"end\": 24}], \"delete\": [{\"id\": \"" + UUID.randomUUID() + "\"}]}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("problems").findValuesAsString("where")).containsExactly("create[1].end",
                "create[3].label", "delete[0].version");
        assertThat(spansStored()).isZero();
        assertThat(events()).isZero();
    }

    @Test
    void createsChangesAndDeletesTogetherEachInTheHistoryAndARetryStoresNothingTwice() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Response setUp = api.post(bulkPath, "{\"create\": [" + span(first, "Support", 0, 2) + ", "
                + span(second, "Oppose", 11, 15) + "]}");
        assertThat(setUp.status()).as(setUp.body()).isEqualTo(200);
        assertThat(setUp.json().get("created").findValuesAsString("text")).containsExactly("🇺🇦", "said");

        String third = UUID.randomUUID().toString();
        String answer = UUID.randomUUID().toString();
        String mixed = "{\"create\": [" + span(third, "Support", 5, 9) + ", {\"id\": \"" + answer + "\", \"layer\": \""
                + fixture.overall.id() + "\", \"label\": \"" + fixture.label(fixture.overall, "Left") + "\"}], "
                + "\"update\": [{\"id\": \"" + first + "\", \"version\": 0, \"start\": 3, \"end\": 5}], "
                + "\"delete\": [{\"id\": \"" + second + "\", \"version\": 0}]}";
        Response saved = api.post(bulkPath, mixed);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode body = saved.json();
        assertThat(body.get("created").findValuesAsString("id")).containsExactly(third, answer);
        assertThat(body.get("created").get(0).get("text").asString()).isEqualTo("\u00A0x\r\n");
        assertThat(body.get("created").get(1).has("start")).isFalse();
        assertThat(body.get("updated").get(0).get("text").asString()).isEqualTo("e\u0301");
        assertThat(body.get("updated").get(0).get("version").asLong()).isEqualTo(1);
        assertThat(body.get("deleted").get(0).asString()).isEqualTo(second);
        assertThat(actions(first)).containsExactly("CREATE", "UPDATE");
        assertThat(actions(second)).containsExactly("CREATE", "DELETE");
        assertThat(actions(third)).containsExactly("CREATE");
        assertThat(actions(answer)).containsExactly("CREATE");

        long eventsBefore = events();
        Response retried = api.post(bulkPath, mixed);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json()).isEqualTo(body);
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(spansStored()).isEqualTo(2);
    }

    @Test
    void aVersionConflictInTheMiddleRollsBackEverythingAndNamesTheItem() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        api.post(bulkPath, "{\"create\": [" + span(first, "Support", 0, 2) + ", " + span(second, "Oppose", 10, 14)
                + "]}");
        long eventsBefore = events();
        Response conflict = api.post(bulkPath, "{\"create\": [" + span(null, "Support", 20, 24) + "], "
                + "\"update\": [{\"id\": \"" + first + "\", \"version\": 0, \"start\": 3, \"end\": 5}, "
                + "{\"id\": \"" + second + "\", \"version\": 7, \"end\": 15}], "
                + "\"delete\": [{\"id\": \"" + first + "\", \"version\": 1}]}");
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asString()).startsWith("update[1]: ").contains("changed elsewhere");
        assertThat(conflict.json().get("annotationId").asString()).isEqualTo(second);
        assertThat(conflict.json().get("currentVersion").asLong()).isZero();
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(spansStored()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select start_offset from span_annotation where id = ?::uuid", Integer.class,
                first)).isZero();
    }

    @Test
    void offsetsAreCodePointsAcrossEmojiNbspAndCrlf() {
        int length = AnnotationFixture.TEXT.codePointCount(0, AnnotationFixture.TEXT.length());
        List<String> spans = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int start = 0; start < length; start++) {
            int end = Math.min(length, start + 1 + start % 4);
            spans.add("{\"layer\": \"" + fixture.entities.id() + "\", \"label\": \""
                    + fixture.label(fixture.entities, "Person") + "\", \"start\": " + start + ", \"end\": " + end + "}");
            expected.add(AnnotationFixture.python(AnnotationFixture.TEXT, start, end));
        }
        Response saved = api.post(bulkPath, "{\"create\": [" + String.join(", ", spans) + "]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("created").findValuesAsString("text")).containsExactlyElementsOf(expected);
        JsonNode listed = api.get("/api/v1/documents/" + fixture.documentId + "/annotations").json().get("spans");
        for (JsonNode span : listed) {
            assertThat(span.get("text").asString()).isEqualTo(AnnotationFixture.python(AnnotationFixture.TEXT,
                    span.get("start").asInt(), span.get("end").asInt()));
        }
    }

    @Test
    void severalDocumentsInOneCallNameTheDocumentOfEachProblem() {
        AnnotationFixture other = new AnnotationFixture(corpus, editor);
        String documents = "{\"documents\": [{\"documentId\": \"" + fixture.documentId + "\", \"create\": ["
                + span(null, "Support", 0, 2) + "]}, {\"documentId\": \"" + other.documentId + "\", \"create\": [{"
                + "\"layer\": \"" + fixture.stance.id() + "\", \"label\": \"" + fixture.label(fixture.stance,
                        "Support") + "\", \"start\": 0, \"end\": 2}]}]}";
        Response refused = api.post("/api/v1/annotations/bulk", documents);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("problems").findValuesAsString("where"))
                .containsExactly("documents[1].create[0].layer");
        assertThat(spansStored()).isZero();

        Response saved = api.post("/api/v1/annotations/bulk", "{\"documents\": [{\"documentId\": \""
                + fixture.documentId + "\", \"create\": [" + span(null, "Support", 0, 2) + "]}, {\"documentId\": \""
                + other.documentId + "\", \"create\": [{\"layer\": \"" + other.stance.id() + "\", \"label\": \""
                + other.label(other.stance, "Oppose") + "\", \"start\": 11, \"end\": 15}]}]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("documents").get(1).get("created").get(0).get("text").asString())
                .isEqualTo("said");
    }

    @Test
    void tooManyOperationsAreRefusedNamingTheLimit() {
        List<String> deletes = new ArrayList<>();
        for (int i = 0; i <= 5_000; i++) {
            deletes.add("{\"id\": \"" + UUID.randomUUID() + "\", \"version\": 0}");
        }
        Response refused = api.post(bulkPath, "{\"delete\": [" + String.join(",", deletes) + "]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("at most 5000");
    }

    private String span(String id, String label, int start, int end) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"layer\": \"" + fixture.stance.id()
                + "\", \"label\": \"" + fixture.label(fixture.stance, label) + "\", \"start\": " + start
                + ", \"end\": " + end + "}";
    }

    private long spansStored() {
        return jdbc.queryForObject("select count(*) from span_annotation where document_id = ?", Long.class,
                fixture.documentId);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from annotation_event where document_id = ?", Long.class,
                fixture.documentId);
    }

    private List<String> actions(String id) {
        return jdbc.queryForList("select action from annotation_event where annotation_id = ?::uuid order by id",
                String.class, id);
    }
}
