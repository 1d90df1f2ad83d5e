package org.slant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.slant.ApiClient;
import org.slant.Chromium;
import org.slant.ApiClient.Response;
import org.slant.bench.LongArticle.SpanLayer;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, item 2: {@value #CLIENTS} token clients save spans as fast as they can; after {@code BURST} the
 * production jar is killed with SIGKILL (its embedded PostgreSQL is left running, an orphan) and started again on the
 * same data. Each client keeps its own log: the saves answered 2xx, and the one it sent and heard nothing back
 * about. Afterwards every acknowledged save must be stored as acknowledged, and each unanswered one, sent again with
 * the same id, stored exactly once (docs/reliability.md). Beside them the admin marks words in the annotate view in
 * Chromium: one before the kill, two while the server is down; after the restart (on the same port) the view says
 * what happened, the admin signs in again, and the two waiting changes must be stored, once.
 */
final class CrashBenchmark implements Benchmark {

    private static final int CLIENTS = 8;
    private static final Duration BURST = Duration.ofSeconds(3);
    private static final String PASSWORD = "bench-annotator-password";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Override
    public String name() {
        return "crash";
    }

    @Override
    public String description() {
        return "SIGKILL the production jar during a burst of span saves by 8 token clients and start it again: "
                + "every acknowledged save is stored, each unanswered one stored once when sent again";
    }

    /** One save as the client sent it: whose, and what. */
    private record Sent(int client, String label, int start, int end) {
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        Path work = Files.createDirectories(settings.directory().resolve(name()));
        LongArticle article = LongArticle.write(settings.seed());
        Path data = Files.createTempDirectory("slant-bench-crash-");
        Chromium chromium = new Chromium();
        Browser browser;
        int port;
        try {
            Map<UUID, Sent> acknowledged = new ConcurrentHashMap<>();
            Map<UUID, Sent> unanswered = new ConcurrentHashMap<>();
            AtomicInteger otherAnswers = new AtomicInteger();
            List<String> tokens = new ArrayList<>();
            String documentId;
            SpanLayer layer;
            long killedAfterMillis;
            try (SlantServer first = SlantServer.ready(jar, data, work.resolve("server-before-the-kill.log"))) {
                ApiClient admin = ApiClient.basic(first.port(), "admin", SlantServer.ADMIN_PASSWORD);
                LongArticle.Imported imported = article.importInto(admin, "Crash benchmark", List.of("framing"),
                        "crash");
                documentId = imported.documentId();
                layer = imported.layer();
                for (int c = 0; c < CLIENTS; c++) {
                    tokens.add(annotator(first.port(), admin, imported.projectId(), "crash-annotator-" + c));
                }
                List<int[]> words = article.wordsInCodePoints();
                String path = "/api/v1/documents/" + documentId + "/annotations";
                port = first.port();
                browser = new Browser(chromium, port, documentId, layer);
                browser.markWord();
                browser.awaitState("saved");
                try (ExecutorService threads = Executors.newFixedThreadPool(CLIENTS)) {
                    List<Future<?>> clients = new ArrayList<>();
                    for (int c = 0; c < CLIENTS; c++) {
                        int client = c;
                        ApiClient api = ApiClient.bearer(first.port(), tokens.get(c));
                        clients.add(threads.submit(() -> saveUntilNoAnswer(api, client, path, layer, words,
                                acknowledged, unanswered, otherAnswers)));
                    }
                    long burst = System.nanoTime();
                    Thread.sleep(BURST.toMillis());
                    first.kill();
                    killedAfterMillis = (System.nanoTime() - burst) / 1_000_000;
                    for (Future<?> client : clients) {
                        client.get();
                    }
                }
            }
            System.out.printf("   SIGKILL after %,d ms: %,d saves acknowledged, %,d without an answer%n",
                    killedAfterMillis, acknowledged.size(), unanswered.size());
            // the annotator goes on working while the server is down
            browser.markWord();
            browser.markWord();
            String toldWhileDown = browser.awaitState("offline|failed|signed-out");
            System.out.println("   the annotate view, server down: " + toldWhileDown);

            long restarted = System.nanoTime();
            try (SlantServer second = SlantServer.ready(jar, data, work.resolve("server-after-the-kill.log"),
                    Map.of("SERVER_PORT", Integer.toString(port)))) {
                double restartSeconds = (System.nanoTime() - restarted) / 1e9;
                // the server forgot the session: the view says so, or the page goes to the log-in form
                String toldAfterRestart = browser.signInAgain();
                System.out.println("   the annotate view, server back: " + toldAfterRestart);
                browser.awaitState("saved");
                browser.page.screenshot(new Page.ScreenshotOptions().setPath(work.resolve("annotate-after.png")));
                List<String> browserSpans = browserSpans(ApiClient.basic(second.port(), "admin",
                        SlantServer.ADMIN_PASSWORD), documentId);
                long browserStoredTwice = browserSpans.size() - browserSpans.stream().distinct().count();
                long browserMissing = browser.marked.stream().filter(mark -> !browserSpans.contains(mark)).count();
                System.out.printf("   the browser marked %s; stored: %s%n", browser.marked, browserSpans);
                String path = "/api/v1/documents/" + documentId + "/annotations";
                int storedTwiceOrRefused = 0;
                int storedBeforeTheKill = 0;
                for (Map.Entry<UUID, Sent> resend : unanswered.entrySet()) {
                    Sent sent = resend.getValue();
                    Response answer = ApiClient.bearer(second.port(), tokens.get(sent.client()))
                            .post(path, span(layer, resend.getKey(), sent));
                    if (answer.status() == 200) {
                        storedBeforeTheKill++;
                    } else if (answer.status() != 201) {
                        storedTwiceOrRefused++;
                        System.out.println("   sending again answered " + answer.status() + ": " + answer.body());
                    }
                }
                Map<UUID, Sent> stored = new HashMap<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Response spans = ApiClient.bearer(second.port(), tokens.get(c)).get(path);
                    spans.expect(200, "reading annotator " + c + "'s spans");
                    for (JsonNode span : spans.json().get("spans")) {
                        stored.put(UUID.fromString(span.get("id").asString()), new Sent(c,
                                span.get("label").asString(), span.get("start").asInt(), span.get("end").asInt()));
                    }
                }
                long lost = acknowledged.entrySet().stream()
                        .filter(saved -> !saved.getValue().equals(stored.get(saved.getKey()))).count();
                long unansweredMissing = unanswered.entrySet().stream()
                        .filter(sent -> !sent.getValue().equals(stored.get(sent.getKey()))).count();
                Set<UUID> sentIds = ConcurrentHashMap.newKeySet();
                sentIds.addAll(acknowledged.keySet());
                sentIds.addAll(unanswered.keySet());
                long neverSent = stored.keySet().stream().filter(id -> !sentIds.contains(id)).count();
                System.out.printf("   after the restart (%.1f s to ready): %,d spans stored%n", restartSeconds,
                        stored.size());

                List<Figure> figures = new ArrayList<>(List.of(
                        Figure.of("saves acknowledged (2xx) before the SIGKILL", acknowledged.size(), "saves"),
                        Figure.of("saves sent and unanswered at the SIGKILL", unanswered.size(), "saves"),
                        Figure.of("of these, stored before the SIGKILL (200 when sent again)", storedBeforeTheKill,
                                "saves"),
                        Figure.exactly("answers other than 201 before the SIGKILL", otherAnswers.get(), "answers", 0),
                        Figure.exactly("acknowledged saves missing or changed after the restart", lost, "saves", 0),
                        Figure.exactly("unanswered saves not stored after sending them again", unansweredMissing,
                                "saves", 0),
                        Figure.exactly("unanswered saves refused when sent again", storedTwiceOrRefused, "saves",
                                0),
                        Figure.exactly("stored spans no client sent", neverSent, "spans", 0),
                        Figure.exactly("stored spans, against acknowledged plus unanswered", stored.size(),
                                "spans", acknowledged.size() + unanswered.size()),
                        Figure.of("restart after the SIGKILL until ready", restartSeconds, "s"),
                        Figure.of("browser changes: before the SIGKILL, while the server was down",
                                browser.marked.size(), "spans"),
                        Figure.exactly("browser changes missing after the restart", browserMissing, "spans", 0),
                        Figure.exactly("browser changes stored twice", browserStoredTwice, "spans", 0),
                        new Figure("annotate view said the changes wait while the server was down",
                                toldWhileDown.contains("2 changes wait here") ? 1 : 0, "", "said",
                                toldWhileDown.contains("2 changes wait here"))));
                figures.addAll(second.stopAndCheck());
                return figures;
            }
        } finally {
            chromium.close();
            PostgresProcesses.stopLeftovers(data);
            BenchFiles.deleteRecursively(data);
        }
    }

    /** The admin's spans on the document, as "label@start-end". */
    private static List<String> browserSpans(ApiClient admin, String documentId) {
        Response spans = admin.get("/api/v1/documents/" + documentId + "/annotations");
        spans.expect(200, "reading the admin's spans");
        List<String> found = new ArrayList<>();
        for (JsonNode span : spans.json().get("spans")) {
            found.add(span.get("label").asString() + "@" + span.get("start").asInt() + "-" + span.get("end").asInt());
        }
        return found;
    }

    /** The admin in the annotate view of the document, marking one word after another with the keyboard. */
    private static final class Browser {

        final Page page;
        final List<String> marked = new ArrayList<>();
        private final SpanLayer layer;
        private final String annotate;

        Browser(Chromium chromium, int port, String documentId, SpanLayer layer) {
            this.layer = layer;
            BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser
                    .NewContextOptions().setViewportSize(1400, 900));
            page = context.newPage();
            page.setDefaultTimeout(WAIT.toMillis());
            page.navigate("http://localhost:" + port + "/login");
            Chromium.logIn(page, "admin", SlantServer.ADMIN_PASSWORD);
            page.waitForURL(url -> !url.contains("/login"));
            annotate = "http://localhost:" + port + "/annotate/" + documentId;
            page.navigate(annotate);
            awaitDrawn();
            page.locator("slant-annotator .sa-text").click(new com.microsoft.playwright.Locator.ClickOptions()
                    .setPosition(60, 30));
        }

        /** Picks the next word with the keyboard and presses a label's key: a span, sent at once. */
        void markWord() {
            page.keyboard().press("ArrowRight");
            String pending = (String) page.evaluate(
                    "() => document.querySelector('slant-annotator').dataset.pending ?? null");
            int label = marked.size() % layer.keys().size();
            page.keyboard().press(layer.keys().get(label));
            marked.add(layer.labels().get(label) + "@" + pending);
        }

        /** Waits until the save state matches; answers the status line. */
        String awaitState(String states) {
            page.waitForFunction("states => new RegExp('^(' + states + ')$').test(document.querySelector("
                    + "'slant-annotator')?.dataset.saveState ?? '')", states,
                    new Page.WaitForFunctionOptions().setTimeout(WAIT.toMillis()));
            return page.locator("slant-annotator .sa-status-text").textContent().strip();
        }

        /**
         * After the restart: the view finds it is signed out (or Vaadin reloads the page to the log-in form); signs
         * in again and comes back to the document. Answers what the view said, if it got to say it.
         */
        String signInAgain() {
            page.waitForFunction("() => document.querySelector('slant-annotator')?.dataset.saveState === "
                    + "'signed-out' || !!document.querySelector(\"input[name='username']\")", null,
                    new Page.WaitForFunctionOptions().setTimeout(WAIT.toMillis()));
            String told = "the log-in form";
            if (page.locator("input[name='username']").count() == 0) {
                told = page.locator("slant-annotator .sa-status-text").textContent().strip();
                page.locator("slant-annotator .sa-status button").click();
                page.locator("input[name='username']").waitFor();
            }
            Chromium.logIn(page, "admin", SlantServer.ADMIN_PASSWORD);
            page.waitForURL(url -> url.contains("/annotate/"));
            awaitDrawn();
            return told;
        }

        private void awaitDrawn() {
            page.waitForFunction("() => document.querySelector('slant-annotator')?.dataset.drawn === 'true'", null,
                    new Page.WaitForFunctionOptions().setTimeout(WAIT.toMillis()));
            page.evaluate("() => { document.querySelector('slant-annotator').saveTimeoutMillis = 3000; }");
        }
    }

    /** One client: saves word after word, each with an id of its own, until a save gets no answer (the kill). */
    private static Void saveUntilNoAnswer(ApiClient api, int client, String path, SpanLayer layer,
            List<int[]> words, Map<UUID, Sent> acknowledged, Map<UUID, Sent> unanswered, AtomicInteger other) {
        for (int i = 0; i < words.size(); i++) {
            int[] word = words.get(i);
            Sent sent = new Sent(client, layer.labels().get((i + client) % layer.labels().size()), word[0], word[1]);
            UUID id = UUID.randomUUID();
            Response answer;
            try {
                answer = api.post(path, span(layer, id, sent));
            } catch (IllegalStateException noAnswer) {
                unanswered.put(id, sent);
                return null;
            }
            if (answer.status() == 201) {
                acknowledged.put(id, sent);
            } else {
                other.incrementAndGet();
            }
        }
        throw new IllegalStateException("client " + client + " saved every word before the kill; lengthen the "
                + "article or shorten the burst");
    }

    private static String span(SpanLayer layer, UUID id, Sent sent) {
        return "{\"id\":\"" + id + "\"," + layer.span(sent.label(), sent.start(), sent.end()).substring(1);
    }

    /** A member of the project with an access token of their own; answers the token. */
    private static String annotator(int port, ApiClient admin, String projectId, String username) {
        admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .expect(201, "creating " + username);
        admin.post("/api/v1/projects/" + projectId + "/members", "{\"username\":\"" + username
                + "\",\"role\":\"ANNOTATOR\"}").expect(200, "adding " + username + " to the project");
        Response token = ApiClient.basic(port, username, PASSWORD).post("/api/v1/users/me/tokens",
                "{\"name\":\"crash benchmark\"}");
        token.expect(201, "making " + username + "'s access token");
        return token.json().get("token").asString();
    }
}
