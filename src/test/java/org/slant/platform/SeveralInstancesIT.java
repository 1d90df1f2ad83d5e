package org.slant.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.Chromium;
import tools.jackson.databind.JsonNode;

/**
 * Two Slant instances, each in a JVM of its own, on one PostgreSQL server started here as the "external" database,
 * both started at once on the empty database as a Compose file starts them; first called directly, then through
 * HAProxy configured by deploy/haproxy.cfg (the file the Compose profile "scale" uses). What one instance keeps in
 * memory must not make another one wrong (decision 0028).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {

    private static final String ADMIN_PASSWORD = "several-instances-admin";
    private static final String PASSWORD = "annotator password 1";
    private static final String TEXT = "Markets fell as NATO met Russia.";
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    static Path work;

    private static EmbeddedPostgres database;
    private static SlantProcess a;
    private static SlantProcess b;

    private ApiClient adminOnA;
    private ApiClient adminOnB;
    private String suffix;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        database = EmbeddedPostgres.builder().start();
        try (Connection admin = database.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("create user slant_app with password 'app-secret'");
            sql.execute("create database slant_shared owner slant_app");
        }
        String url = "jdbc:postgresql://localhost:" + database.getPort() + "/slant_shared";
        a = SlantProcess.start("slant1", url, "slant_app", "app-secret", ADMIN_PASSWORD, work);
        b = SlantProcess.start("slant2", url, "slant_app", "app-secret", ADMIN_PASSWORD, work);
        a.awaitHealthy(START);
        b.awaitHealthy(START);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {a, b, database}) {
            if (running != null) {
                running.close();
            }
        }
    }

    @BeforeEach
    void setUp() {
        adminOnA = ApiClient.basic(a.port, "admin", ADMIN_PASSWORD);
        adminOnB = ApiClient.basic(b.port, "admin", ADMIN_PASSWORD);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void bothStartedAtOnceOnTheEmptyDatabaseWithOneAdminAndOneDemoProject() {
        List<String> names = new ArrayList<>();
        adminOnB.get("/api/v1/projects").json().forEach(project -> names.add(project.get("name").asString()));
        assertThat(names).filteredOn(name -> name.startsWith("NATO–Russia Council")).hasSize(1);
        List<String> admins = new ArrayList<>();
        adminOnA.get("/api/v1/users").json().valueStream()
                .filter(account -> account.get("systemRole").asString().equals("ADMIN"))
                .forEach(account -> admins.add(account.get("username").asString()));
        assertThat(admins).containsExactly("admin");
    }

    @Test
    void aSchemaEditOnOneInstanceIsSeenByTheNextSaveOnAnother() {
        Study study = study();
        ApiClient aliceOnB = ApiClient.basic(b.port, study.alice, PASSWORD);
        // B now keeps the project's layers
        span(aliceOnB, study, "Economic", 0, 7).expect(201, "a span on B");

        UUID security = UUID.fromString(adminOnA.post("/api/v1/layers/" + study.layer + "/labels",
                "{\"name\": \"Security\", \"colour\": \"#d62728\"}").expect(201, "a label added on A").json()
                .get("labels").valueStream().filter(label -> label.get("name").asString().equals("Security"))
                .findFirst().orElseThrow().get("id").asString());

        Response saved = aliceOnB.post("/api/v1/documents/" + study.document + "/annotations", spanJson(study.layer,
                security, 16, 20));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("text").asString()).isEqualTo("NATO");

        adminOnA.delete("/api/v1/layers/" + study.layer + "/labels/" + security + "?confirm=true")
                .expect(200, "the label deleted on A");
        Response refused = aliceOnB.post("/api/v1/documents/" + study.document + "/annotations", spanJson(
                study.layer, security, 8, 12));
        assertThat(refused.status()).as("a label deleted on A is gone on B: " + refused.body()).isBetween(400, 422);
    }

    @Test
    void aStaleChangeOnOneInstanceOfASpanChangedOnAnotherIsRefusedAndNothingIsLost() {
        Study study = study();
        ApiClient aliceOnA = ApiClient.basic(a.port, study.alice, PASSWORD);
        ApiClient aliceOnB = ApiClient.basic(b.port, study.alice, PASSWORD);
        JsonNode created = span(aliceOnA, study, "Economic", 0, 7).expect(201, "a span on A").json();
        String id = created.get("id").asString();
        long read = created.get("version").asLong();

        UUID economic = UUID.fromString(study.labels.get("Economic"));
        Response changedOnA = aliceOnA.put("/api/v1/annotations/" + id, changeJson(study.layer, economic, 0, 12,
                read));
        assertThat(changedOnA.status()).as(changedOnA.body()).isEqualTo(200);

        Response staleOnB = aliceOnB.put("/api/v1/annotations/" + id, changeJson(study.layer, economic, 16, 20,
                read));
        assertThat(staleOnB.status()).as(staleOnB.body()).isEqualTo(409);
        assertThat(aliceOnB.delete("/api/v1/annotations/" + id + "?version=" + read).status()).isEqualTo(409);

        JsonNode kept = aliceOnB.get("/api/v1/documents/" + study.document + "/annotations").json().get("spans");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("text").asString()).as("A's change, not B's").isEqualTo("Markets fell");
        assertThat(kept.get(0).get("version").asLong()).isEqualTo(changedOnA.json().get("version").asLong());
    }

    @Test
    void ofChangesMadeAtOnceOnBothInstancesAgainstOneVersionExactlyOneWins() throws Exception {
        Study study = study();
        String token = ApiClient.basic(a.port, study.alice, PASSWORD).post("/api/v1/users/me/tokens",
                "{\"name\": \"race\"}").expect(201, "a token").json().get("token").asString();
        List<ApiClient> clients = List.of(ApiClient.bearer(a.port, token), ApiClient.bearer(b.port, token));
        JsonNode created = span(clients.getFirst(), study, "Economic", 0, 7).expect(201, "a span").json();
        String id = created.get("id").asString();
        long read = created.get("version").asLong();
        UUID economic = UUID.fromString(study.labels.get("Economic"));

        int changes = 10;
        List<Response> answers;
        try (ExecutorService threads = Executors.newFixedThreadPool(changes)) {
            CountDownLatch ready = new CountDownLatch(changes);
            List<Future<Response>> sent = new ArrayList<>();
            for (int end = 8; end < 8 + changes; end++) {
                ApiClient client = clients.get(end % 2);
                String change = changeJson(study.layer, economic, 0, end, read);
                sent.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return client.put("/api/v1/annotations/" + id, change);
                }));
            }
            answers = new ArrayList<>();
            for (Future<Response> answer : sent) {
                answers.add(answer.get(2, TimeUnit.MINUTES));
            }
        }

        List<Response> won = answers.stream().filter(answer -> answer.status() == 200).toList();
        assertThat(won).as("one change wins").hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).hasSize(changes - 1);
        JsonNode stored = clients.getLast().get("/api/v1/documents/" + study.document + "/annotations").json()
                .get("spans").get(0);
        assertThat(stored.get("end").asInt()).as("the winner's change is what is stored")
                .isEqualTo(won.getFirst().json().get("end").asInt());
        assertThat(stored.get("version").asLong()).isEqualTo(read + 1);
    }

    @Test
    void failedLogInsCountOnAllInstancesTogether() {
        String carol = user("carol");
        for (int i = 0; i < 3; i++) {
            assertThat(ApiClient.basic(a.port, carol, "wrong").get("/api/v1/users/me").status()).isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(ApiClient.basic(b.port, carol, "wrong").get("/api/v1/users/me").status()).isEqualTo(401);
        }
        assertThat(ApiClient.basic(a.port, carol, PASSWORD).get("/api/v1/users/me").status())
                .as("5 failures over two instances lock the name on A").isEqualTo(429);
        assertThat(ApiClient.basic(b.port, carol, PASSWORD).get("/api/v1/users/me").status())
                .as("and on B").isEqualTo(429);
    }

    @Test
    void agreementAndExportsOnOneInstanceIncludeWhatWasJustSavedOnAnother() {
        Study study = study();
        ApiClient aliceOnA = ApiClient.basic(a.port, study.alice, PASSWORD);
        ApiClient bobOnB = ApiClient.basic(b.port, study.bob, PASSWORD);
        span(aliceOnA, study, "Economic", 0, 7).expect(201, "alice's span on A");
        span(bobOnB, study, "Economic", 0, 7).expect(201, "bob's span on B");
        String agreement = "/api/v1/projects/" + study.project + "/agreement?work=started&measure=f1_exact"
                + "&scope=project&layer=Frames";

        JsonNode before = projectFigure(adminOnB.get(agreement));
        assertThat(before.get("value").asDouble()).isEqualTo(1.0);
        assertThat(before.get("units").asLong()).isEqualTo(2);

        study.labels.put("Security", adminOnA.post("/api/v1/layers/" + study.layer + "/labels",
                "{\"name\": \"Security\", \"colour\": \"#d62728\"}").expect(201, "a label").json().get("labels")
                .valueStream().filter(label -> label.get("name").asString().equals("Security")).findFirst()
                .orElseThrow().get("id").asString());
        span(aliceOnA, study, "Security", 16, 20).expect(201, "alice's second span on A");

        JsonNode after = projectFigure(adminOnB.get(agreement));
        assertThat(after.get("units").asLong()).as("B's kept report is not used: A saved since").isEqualTo(3);
        assertThat(after.get("value").asDouble()).isCloseTo(2.0 / 3, Offset.offset(1e-9));

        Response export = adminOnB.get("/api/v1/projects/" + study.project
                + "/export?format=spans-csv&raw=true&done=false&usernames=true");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body().lines().filter(line -> line.contains(study.alice))).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("Security", "NATO"));
        assertThat(export.body().lines().filter(line -> line.contains(study.bob))).hasSize(1);
    }

    @Test
    void throughTheProxyABrowserStaysOnOneInstanceWhileApiCallsGoToBoth() throws Exception {
        try (Proxy proxy = Proxy.start(a, b); Chromium chromium = new Chromium()) {
            String token = ApiClient.basic(proxy.port, "admin", ADMIN_PASSWORD).post("/api/v1/users/me/tokens",
                    "{\"name\": \"proxy " + suffix + "\"}").expect(201, "a token").json().get("token").asString();
            ApiClient api = ApiClient.bearer(proxy.port, token);
            Set<String> apiServedBy = new TreeSet<>();
            for (int i = 0; i < 6; i++) {
                Response me = api.get("/api/v1/users/me");
                assertThat(me.status()).isEqualTo(200);
                apiServedBy.add(me.header("X-Slant-Instance"));
            }
            assertThat(apiServedBy).as("calls without the cookie are spread").containsExactly("slant1", "slant2");

            List<String> pageServedBy = new CopyOnWriteArrayList<>();
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                page.onResponse(response -> {
                    String instance = response.headers().get("x-slant-instance");
                    if (instance != null) {
                        pageServedBy.add(instance);
                    }
                });
                page.navigate(proxy.url("/"));
                assertThat(page).hasTitle("Log in · Slant");
                Chromium.logIn(page, "admin", ADMIN_PASSWORD);
                assertThat(page).hasTitle("Projects · Slant");
                page.getByText("NATO–Russia Council, 12 Jan 2022").click();
                assertThat(page).hasTitle("NATO–Russia Council, 12 Jan 2022 · Slant");
                page.reload();
                assertThat(page).hasTitle("NATO–Russia Council, 12 Jan 2022 · Slant");
                String cookie = context.cookies().stream().filter(c -> c.name.equals("SLANT_INSTANCE"))
                        .findFirst().orElseThrow().value;
                assertThat(pageServedBy).hasSizeGreaterThan(5);
                assertThat(new TreeSet<>(pageServedBy)).as("every request of the browser session")
                        .containsExactly(cookie);
            }
        }
    }

    /** Last: it stops instance B. */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenAnInstanceStopsTheProxySendsEveryCallToTheOtherWithoutAnError() throws Exception {
        try (Proxy proxy = Proxy.start(a, b)) {
            String token = ApiClient.basic(proxy.port, "admin", ADMIN_PASSWORD).post("/api/v1/users/me/tokens",
                    "{\"name\": \"failover " + suffix + "\"}").expect(201, "a token").json().get("token").asString();
            ApiClient api = ApiClient.bearer(proxy.port, token);
            b.close();
            Set<String> servedBy = new TreeSet<>();
            for (int i = 0; i < 10; i++) {
                Response me = api.get("/api/v1/users/me");
                assertThat(me.status()).as("call " + i + " after B stopped").isEqualTo(200);
                servedBy.add(me.header("X-Slant-Instance"));
            }
            assertThat(servedBy).containsExactly("slant1");
        }
    }

    @Test
    void theProxyConfigurationIsValid() throws Exception {
        // bound as the Compose profile "scale" binds it; haproxy -c resolves the servers, so names that resolve here
        ProcessBuilder builder = new ProcessBuilder(Proxy.executable(), "-c", "-f", Proxy.CONFIG.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("SLANT_PROXY_BIND", ":8080", "SLANT_INSTANCE_1", "localhost:8080",
                "SLANT_INSTANCE_2", "localhost:8081"));
        Process check = builder.start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(output).isZero();
    }

    private JsonNode projectFigure(Response report) {
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        List<JsonNode> figures = report.json().get("figures").valueStream()
                .filter(figure -> figure.get("label").isNull()).toList();
        assertThat(figures).hasSize(1);
        return figures.getFirst();
    }

    /** A project with layer Frames (label Economic), one document, and alice and bob assigned to it. */
    private Study study() {
        UUID project = UUID.fromString(adminOnA.post("/api/v1/projects", "{\"name\": \"Several instances "
                + suffix + "\", \"annotatorsPerDocument\": 2, \"blind\": false}").expect(201, "a project").json()
                .get("id").asString());
        UUID layer = UUID.fromString(adminOnA.post("/api/v1/projects/" + project + "/layers", "{\"name\": \"Frames\","
                + " \"kind\": \"SPAN\", \"overlapAllowed\": true}").expect(201, "a layer").json().get("id")
                .asString());
        String economic = adminOnA.post("/api/v1/layers/" + layer + "/labels", "{\"name\": \"Economic\", "
                + "\"colour\": \"#1f77b4\"}").expect(201, "a label").json().get("labels").get(0).get("id")
                .asString();
        adminOnA.post("/api/v1/projects/" + project + "/documents", "application/x-ndjson",
                HttpRequest.BodyPublishers.ofString("{\"title\": \"D1\", \"text\": \"" + TEXT + "\"}\n"))
                .expect(201, "a document");
        JsonNode documents = adminOnA.get("/api/v1/projects/" + project + "/documents").json();
        UUID document = UUID.fromString(documents.get("items").get(0)
                .get("id").asString());
        String alice = user("alice");
        String bob = user("bob");
        for (String annotator : List.of(alice, bob)) {
            adminOnA.post("/api/v1/projects/" + project + "/members", "{\"username\": \"" + annotator
                    + "\", \"role\": \"ANNOTATOR\"}").expect(200, "a member");
        }
        adminOnA.post("/api/v1/projects/" + project + "/assignments", "{\"k\": 2, \"annotators\": [\"" + alice
                + "\", \"" + bob + "\"]}").expect(200, "assignments");
        return new Study(project, layer, new HashMap<>(Map.of("Economic", economic)), document, alice, bob);
    }

    private String user(String name) {
        String username = name + "-" + suffix;
        adminOnA.post("/api/v1/users", "{\"username\": \"" + username + "\", \"displayName\": \"" + name
                + "\", \"password\": \"" + PASSWORD + "\", \"systemRole\": \"USER\"}").expect(201, "a user");
        return username;
    }

    private static Response span(ApiClient client, Study study, String label, int start, int end) {
        return client.post("/api/v1/documents/" + study.document + "/annotations", spanJson(study.layer,
                UUID.fromString(study.labels.get(label)), start, end));
    }

    private static String spanJson(UUID layer, UUID label, int start, int end) {
        return "{\"layer\": \"" + layer + "\", \"label\": \"" + label + "\", \"start\": " + start + ", \"end\": "
                + end + "}";
    }

    private static String changeJson(UUID layer, UUID label, int start, int end, long version) {
        return spanJson(layer, label, start, end).replace("}", ", \"version\": " + version + "}");
    }

    private record Study(UUID project, UUID layer, Map<String, String> labels, UUID document, String alice,
            String bob) {
    }

    /** HAProxy from Debian with deploy/haproxy.cfg, in the foreground, in front of the two instances. */
    private static final class Proxy implements AutoCloseable {

        static final Path CONFIG = Path.of("deploy", "haproxy.cfg");

        final int port;
        private final Process process;

        private Proxy(int port, Process process) {
            this.port = port;
            this.process = process;
        }

        /**
         * The haproxy to run: SLANT_HAPROXY, else Debian's. Required, not skipped: CI installs it (.ci/run), and
         * a missing proxy must fail the build rather than leave this untested.
         */
        static String executable() {
            String executable = System.getenv().getOrDefault("SLANT_HAPROXY", "/usr/sbin/haproxy");
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException("No HAProxy at " + executable
                        + ": install Debian's (apt-get install haproxy) or set SLANT_HAPROXY");
            }
            return executable;
        }

        static Proxy start(SlantProcess first, SlantProcess second) throws IOException, InterruptedException {
            int port = SlantProcess.freePort();
            Path log = Path.of("target", "several-instances", "haproxy.log");
            ProcessBuilder builder = new ProcessBuilder(executable(), "-db", "-f", CONFIG.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of("SLANT_PROXY_BIND", "127.0.0.1:" + port,
                    "SLANT_INSTANCE_1", "127.0.0.1:" + first.port, "SLANT_INSTANCE_2", "127.0.0.1:" + second.port));
            Proxy proxy = new Proxy(port, builder.start());
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < until) {
                try {
                    if (ApiClient.anonymous(port).get("/actuator/health").status() == 200) {
                        return proxy;
                    }
                } catch (IllegalStateException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            proxy.close();
            throw new IllegalStateException("HAProxy did not answer:\n" + Files.readString(log));
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
