package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaEditor;
import org.slant.team.AccessTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL stops while annotators save (issue 17, item 3), or is killed (item 2): the REST API answers
 * 503 problem JSON with Retry-After at once instead of 500 or a hang, and once the database is back the same Slant
 * saves again, with every acknowledged save stored (docs/reliability.md). The outage lasts 30 s (the killed server is
 * back within seconds, as Slant restarts it).
 */
@SlantSpringTest
class DatabaseOutageTest {

    /** The pool's connection time-out is 3 s: an answer must come well before Hikari's default 30 s. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(60);
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgresServer postgres;

    AnnotationFixture fixture;
    ApiClient basic;
    ApiClient bearer;
    String annotationsPath;
    /** The spans the server acknowledged with a 2xx, by id, with the end offset it acknowledged. */
    final Map<UUID, Integer> acknowledged = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AnnotationFixture(corpus, editor);
        basic = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        bearer = ApiClient.bearer(port, tokens.create("outage " + UUID.randomUUID(), 1).token());
        annotationsPath = "/api/v1/documents/" + fixture.documentId + "/annotations";
    }

    @Test
    void whileTheDatabaseIsStoppedTheApiAnswers503WithRetryAfterAndAfterwardsSavesAgainWithoutARestart()
            throws Exception {
        UUID changed = save(basic, 1);
        save(bearer, 2);
        UUID unsent = UUID.randomUUID();

        postgres.stop();
        long stopped = System.nanoTime();
        try {
            unavailable(() -> basic.post(annotationsPath, span(unsent, 3)));
            unavailable(() -> bearer.post(annotationsPath, span(unsent, 3)));
            unavailable(() -> bearer.get(annotationsPath));
            unavailable(() -> basic.put("/api/v1/annotations/" + changed, "{\"version\": 0, \"end\": 9}"));
            unavailable(() -> bearer.delete("/api/v1/annotations/" + changed + "?version=0"));
            // the outage lasts the 30 s, long enough for the pool to have lost every connection
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000));
            unavailable(() -> bearer.post(annotationsPath, span(unsent, 3)));
        } finally {
            postgres.startAgain();
        }

        // the client sends again what was refused, as its Retry-After says, until the database answers
        Response created = untilAnswered(() -> bearer.post(annotationsPath, span(unsent, 3)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        acknowledged.put(unsent, 3);
        Response updated = basic.put("/api/v1/annotations/" + changed, "{\"version\": 0, \"end\": 9}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        acknowledged.put(changed, 9);
        save(basic, 4);

        assertThat(stored()).isEqualTo(acknowledged);
    }

    @Test
    void aKilledEmbeddedPostgresIsStartedAgainBySlantAndKeepsEveryCommit() throws Exception {
        save(basic, 1);
        save(bearer, 2);
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        Long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        ProcessHandle postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow();
        assertThat(postmaster.info().command().orElse("")).endsWith("postgres");

        assertThat(postmaster.destroyForcibly()).isTrue();
        postmaster.onExit().get();

        // meanwhile every answer is a 201 or a 503, never a 500; the first 201 comes once Slant restarted it
        UUID id = UUID.randomUUID();
        Response created = untilAnswered(() -> basic.post(annotationsPath, span(id, 3)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        acknowledged.put(id, 3);
        assertThat(stored()).isEqualTo(acknowledged);
        Long newBackend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        assertThat(ProcessHandle.of(newBackend).flatMap(ProcessHandle::parent).orElseThrow().pid())
                .isNotEqualTo(postmaster.pid());
    }

    private UUID save(ApiClient client, int end) {
        UUID id = UUID.randomUUID();
        Response created = client.post(annotationsPath, span(id, end));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        acknowledged.put(id, end);
        return id;
    }

    /** The call answers 503 problem JSON with Retry-After, and soon. */
    private static void unavailable(Supplier<Response> call) {
        long started = System.nanoTime();
        Response answer = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(503);
        assertThat(answer.json().get("detail").asString()).contains("cannot reach its database");
        assertThat(answer.body()).doesNotContain("Exception");
        assertThat(took).isLessThan(ANSWER_WITHIN);
    }

    /** Sends the call again while it answers 503 (and only 503), as a client following Retry-After does. */
    private static Response untilAnswered(Supplier<Response> call) throws InterruptedException {
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        while (true) {
            Response answer = call.get();
            if (answer.status() != 503 || System.nanoTime() > deadline) {
                return answer;
            }
            assertThat(answer.header("Retry-After")).isEqualTo("5");
            Thread.sleep(500);
        }
    }

    private Map<UUID, Integer> stored() {
        Map<UUID, Integer> rows = new LinkedHashMap<>();
        List<Map<String, Object>> found = jdbc.queryForList(
                "select id, end_offset from span_annotation where document_id = ? order by created_at",
                fixture.documentId);
        found.forEach(row -> rows.put((UUID) row.get("id"), (Integer) row.get("end_offset")));
        return rows;
    }

    private String span(UUID id, int end) {
        return "{\"id\": \"" + id + "\", \"layer\": \"" + fixture.entities.id() + "\", \"label\": \""
                + fixture.label(fixture.entities, "Person") + "\", \"start\": 0, \"end\": " + end
                + ", \"attributes\": {}}";
    }
}
