package org.slant.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.Chromium;
import org.slant.bench.LongArticle.SpanLayer;
import tools.jackson.databind.JsonNode;

/**
 * Many annotators at once (issue 17, item 1): {@code slant.bench.annotators} (50) API clients, each an annotator with
 * a personal access token of their own, create, relabel and delete their own spans on a synthetic corpus of
 * {@value #DOCUMENTS} articles for a warm-up and then {@code slant.bench.seconds} (120), with a pause drawn from an
 * exponential distribution of mean {@code slant.bench.think} ms (100) after each change; meanwhile
 * {@code slant.bench.browsers} (3) annotators mark words with the keyboard in the annotate view of Debian's Chromium
 * on a 10,000-word article. Afterwards what the server holds must be exactly what each client was told it saved
 * (every span, its label, offsets and version), the history must hold one event per acknowledged change, and no
 * change may have failed. Reports changes a second, p50/p95/p99 of one change, the browser's key press to saved,
 * and the RSS of the server and of its PostgreSQL.
 */
final class LoadBenchmark implements Benchmark {

    private static final int DOCUMENTS = 100;
    /** Articles each API annotator works on, so that several annotators share each article. */
    private static final int DOCUMENTS_EACH = 4;
    private static final double WAIT_MILLIS = 30_000;

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String description() {
        return "50 annotators saving, relabelling and deleting spans through the API for 2 minutes, 3 more in "
                + "Chromium; afterwards the server must hold exactly every acknowledged change";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path work = Files.createDirectories(settings.directory().resolve(name()));
        Path corpus = SyntheticCorpus.fileIn(settings.directory(), DOCUMENTS, settings.seed());
        if (!Files.isRegularFile(corpus)) {
            new SyntheticCorpus(settings.seed()).writeJsonl(corpus, DOCUMENTS);
        }
        LongArticle article = LongArticle.write(settings.seed());
        Load load = new Load(settings.number("slant.bench.annotators", 50), settings.number("slant.bench.browsers", 3),
                settings.number("slant.bench.warmup", 20), settings.number("slant.bench.seconds", 120),
                settings.number("slant.bench.think", 100), settings.seed());
        return SlantServer.measureOnOwn(settings.requireJar(), work,
                server -> measure(server, load, corpus, article, work));
    }

    private record Load(int annotators, int browsers, int warmUpSeconds, int seconds, int thinkMillis, long seed) {
    }

    /** An article of the project, with its words in code points. */
    private record Article(String id, List<int[]> words) {
    }

    private static List<Figure> measure(SlantServer server, Load load, Path corpus, LongArticle article, Path work)
            throws Exception {
        ApiClient admin = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
        LongArticle.Imported imported = article.importInto(admin, "Load benchmark", List.of("framing"), "load");
        String projectId = imported.projectId();
        SpanLayer layer = imported.layer();
        Response stored = admin.post("/api/v1/projects/" + projectId + "/documents", "application/x-ndjson",
                BodyPublishers.ofFile(corpus));
        stored.expect(201, "importing the corpus");
        List<Article> articles = new ArrayList<>();
        for (JsonNode document : stored.json().get("documents")) {
            String id = document.get("id").asString();
            Response read = admin.get("/api/v1/documents/" + id);
            read.expect(200, "reading an article");
            articles.add(new Article(id, LongArticle.wordsInCodePoints(read.json().get("text").asString())));
        }
        List<ApiAnnotator> annotators = new ArrayList<>();
        for (int a = 0; a < load.annotators(); a++) {
            String username = "load-annotator-" + a;
            List<Article> theirs = new ArrayList<>();
            for (int d = 0; d < DOCUMENTS_EACH; d++) {
                theirs.add(articles.get((a + d * articles.size() / DOCUMENTS_EACH) % articles.size()));
            }
            annotators.add(new ApiAnnotator(username, SavesBenchmark.annotator(server.port(), admin, projectId,
                    username), layer, theirs, new Random(load.seed() + a), load.thinkMillis()));
        }
        List<String> browserUsers = new ArrayList<>();
        for (int b = 0; b < load.browsers(); b++) {
            browserUsers.add("load-browser-" + b);
            SavesBenchmark.annotator(server.port(), admin, projectId, browserUsers.getLast());
        }
        System.out.printf("   %d articles and the long one; %d API annotators (%d articles each), %d in Chromium, "
                + "pause after each change %d ms on average; load average %s%n", articles.size(), annotators.size(),
                DOCUMENTS_EACH, browserUsers.size(), load.thinkMillis(), SavesBenchmark.CpuTimes.loadAverage());

        double measuredSeconds;
        SavesBenchmark.CpuTimes cpuBefore;
        SavesBenchmark.CpuTimes cpu;
        // Playwright's objects belong to the thread that made them: the browsers live on one thread of their own
        ExecutorService chromiumThread = Executors.newSingleThreadExecutor();
        Browsers browsers;
        try {
            InChromium inChromium = chromiumThread.submit(() -> InChromium.open(server.port(), imported.documentId(),
                    browserUsers, load.seed())).get();
            cpuBefore = SavesBenchmark.CpuTimes.of(BenchStudy.serverProcess());
            long start = System.nanoTime();
            long measureFrom = start + load.warmUpSeconds() * 1_000_000_000L;
            long until = measureFrom + load.seconds() * 1_000_000_000L;
            try (ExecutorService threads = Executors.newFixedThreadPool(annotators.size())) {
                Future<Browsers> marking = chromiumThread.submit(() -> inChromium.mark(layer, measureFrom, until,
                        work));
                List<Future<?>> clients = new ArrayList<>();
                for (ApiAnnotator annotator : annotators) {
                    clients.add(threads.submit(() -> annotator.work(measureFrom, until)));
                }
                for (Future<?> client : clients) {
                    client.get();
                }
                browsers = marking.get();
            } finally {
                chromiumThread.submit(inChromium::close).get();
            }
            measuredSeconds = (Math.max(System.nanoTime(), until) - measureFrom) / 1e9;
            cpu = SavesBenchmark.CpuTimes.of(BenchStudy.serverProcess()).minus(cpuBefore);
        } finally {
            chromiumThread.shutdown();
        }

        // what the server holds, against what each client was told
        Check check = new Check();
        for (ApiAnnotator annotator : annotators) {
            for (Article theirs : annotator.articles) {
                check.compare(annotator.username, expected(annotator, theirs.id()),
                        heldBy(admin, theirs.id(), annotator.username));
            }
        }
        for (int b = 0; b < browserUsers.size(); b++) {
            check.compareMarked(browserUsers.get(b), browsers.marked().get(b),
                    heldBy(admin, imported.documentId(), browserUsers.get(b)));
        }
        Map<String, long[]> events = historyEvents(server);
        for (ApiAnnotator annotator : annotators) {
            check.compareHistory(annotator.username, new long[] {annotator.created, annotator.relabelled,
                annotator.deleted}, events.getOrDefault(annotator.username, new long[3]));
        }
        for (int b = 0; b < browserUsers.size(); b++) {
            check.compareHistory(browserUsers.get(b), new long[] {browsers.marked().get(b).size(), 0, 0},
                    events.getOrDefault(browserUsers.get(b), new long[3]));
        }

        List<Double> latencies = new ArrayList<>();
        long created = 0;
        long relabelled = 0;
        long deleted = 0;
        List<String> errors = new ArrayList<>();
        for (ApiAnnotator annotator : annotators) {
            latencies.addAll(annotator.latencies);
            created += annotator.created;
            relabelled += annotator.relabelled;
            deleted += annotator.deleted;
            errors.addAll(annotator.errors);
        }
        Collections.sort(latencies);
        List<Double> saved = browsers.savedMillis().stream().sorted().toList();
        double serverMegabytes = server.residentMegabytes().orElse(Double.NaN);
        double postgresMegabytes = PostgresProcesses.proportionalKilobytes(server.dataDirectory()).orElse(0) / 1024.0;
        System.out.printf("   API: %,d changes acknowledged in all (%,d created, %,d relabelled, %,d deleted); in the "
                + "measured %.0f s %,d, %.0f a second; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d "
                + "errors%n", created + relabelled + deleted, created, relabelled, deleted, measuredSeconds,
                latencies.size(), latencies.size() / measuredSeconds, Numbers.percentile(latencies, 0.5),
                Numbers.percentile(latencies, 0.95), Numbers.percentile(latencies, 0.99),
                latencies.isEmpty() ? Double.NaN : latencies.getLast(), errors.size());
        errors.stream().limit(5).forEach(error -> System.out.println("     error: " + error));
        System.out.printf("   Chromium: %,d spans marked with the keyboard (%,d in the measured seconds); key press "
                + "to saved p50 %.0f ms, p95 %.0f ms%n", browsers.marked().stream().mapToInt(Map::size).sum(),
                saved.size(), Numbers.percentile(saved, 0.5), Numbers.percentile(saved, 0.95));
        System.out.printf("   afterwards: %,d spans compared, %d differences; history: %d differences; server RSS "
                + "%.0f MB, PostgreSQL %.0f MB (Pss); load average %s%n", check.compared, check.differences.size(),
                check.historyDifferences, serverMegabytes, postgresMegabytes, SavesBenchmark.CpuTimes.loadAverage());
        check.differences.stream().limit(5).forEach(difference -> System.out.println("     " + difference));

        long changes = created + relabelled + deleted + browsers.marked().stream().mapToInt(Map::size).sum();
        System.out.printf("   CPU per change, warm-up included: server JVM %.2f ms, PostgreSQL %.2f ms%n",
                cpu.server() / changes, cpu.postgres() / changes);
        String clients = load.annotators() + " API annotators, ";
        return List.of(
                Figure.of(clients + "changes a second", latencies.size() / measuredSeconds, "changes/s"),
                Figure.of(clients + "changes in the measured " + load.seconds() + " s", latencies.size(), "changes"),
                Figure.of(clients + "change latency p50", Numbers.percentile(latencies, 0.5), "ms"),
                Figure.below(clients + "change latency p95", Numbers.percentile(latencies, 0.95), "ms", 100),
                Figure.of(clients + "change latency p99", Numbers.percentile(latencies, 0.99), "ms"),
                Figure.exactly(clients + "changes refused or failed", errors.size(), "changes", 0),
                Figure.of(load.browsers() + " annotators in Chromium: spans marked in the measured seconds",
                        saved.size(), "spans"),
                Figure.of(load.browsers() + " annotators in Chromium: key press to saved p50",
                        Numbers.percentile(saved, 0.5), "ms"),
                Figure.below(load.browsers() + " annotators in Chromium: key press to saved p95",
                        Numbers.percentile(saved, 0.95), "ms", 100),
                Figure.exactly("acknowledged changes missing or different on the server", check.differences.size(),
                        "spans", 0),
                Figure.exactly("annotators whose history differs from their acknowledged changes",
                        check.historyDifferences, "annotators", 0),
                Figure.of("CPU per change (warm-up included): server JVM", cpu.server() / changes, "ms"),
                Figure.of("CPU per change (warm-up included): PostgreSQL", cpu.postgres() / changes, "ms"),
                Figure.of("server JVM RSS after the load", serverMegabytes, "MB"),
                Figure.of("PostgreSQL memory (Pss) after the load", postgresMegabytes, "MB"));
    }

    /** A span as its client was told it is stored: label, offsets (code points) and version. */
    private record Kept(String article, String label, int start, int end, long version) {
    }

    /**
     * One annotator's client: changes their own spans one request at a time, keeping what each answer said, and
     * the latency of each change sent in the measured seconds.
     */
    private static final class ApiAnnotator {

        final String username;
        final List<Article> articles;
        final Map<String, Kept> kept = new LinkedHashMap<>();
        final List<Double> latencies = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        long created;
        long relabelled;
        long deleted;
        private final ApiClient api;
        private final SpanLayer layer;
        private final Random random;
        private final int thinkMillis;
        private final List<String> ids = new ArrayList<>();
        private final Map<String, BitSet> usedWords = new HashMap<>();

        ApiAnnotator(String username, ApiClient api, SpanLayer layer, List<Article> articles, Random random,
                int thinkMillis) {
            this.username = username;
            this.api = api;
            this.layer = layer;
            this.articles = articles;
            this.random = random;
            this.thinkMillis = thinkMillis;
        }

        Void work(long measureFrom, long until) throws InterruptedException {
            while (System.nanoTime() < until) {
                double choice = random.nextDouble();
                long sent = System.nanoTime();
                boolean done;
                try {
                    done = ids.isEmpty() || choice < 0.6 ? create() : choice < 0.85 ? relabel() : delete();
                } catch (RuntimeException failed) {
                    errors.add(username + ": " + failed);
                    done = false;
                }
                if (done && sent >= measureFrom) {
                    latencies.add((System.nanoTime() - sent) / 1e6);
                }
                if (thinkMillis > 0) {
                    Thread.sleep(Math.min(10L * thinkMillis, Math.round(-thinkMillis * Math.log(1 - random.nextDouble()))));
                }
            }
            return null;
        }

        private boolean create() {
            Article article = articles.get(random.nextInt(articles.size()));
            BitSet used = usedWords.computeIfAbsent(article.id(), id -> new BitSet());
            int word = random.nextInt(article.words().size());
            for (int tries = 0; used.get(word) && tries < 50; tries++) {
                word = random.nextInt(article.words().size());
            }
            if (used.get(word)) {
                return false;
            }
            used.set(word);
            int[] range = article.words().get(word);
            String label = layer.labels().get(random.nextInt(layer.labels().size()));
            String id = UUID.randomUUID().toString();
            Response answer = api.post("/api/v1/documents/" + article.id() + "/annotations", "{\"id\":\"" + id
                    + "\"," + layer.span(label, range[0], range[1]).substring(1));
            if (answer.status() != 201) {
                errors.add(username + " creating: " + answer.status() + " " + answer.body());
                return false;
            }
            kept.put(id, new Kept(article.id(), label, range[0], range[1], answer.json().get("version").asLong()));
            ids.add(id);
            created++;
            return true;
        }

        private boolean relabel() {
            String id = ids.get(random.nextInt(ids.size()));
            Kept span = kept.get(id);
            String label = span.label();
            while (label.equals(span.label())) {
                label = layer.labels().get(random.nextInt(layer.labels().size()));
            }
            Response answer = api.put("/api/v1/annotations/" + id, "{\"label\":\"" + label + "\",\"version\":"
                    + span.version() + "}");
            if (answer.status() != 200) {
                errors.add(username + " relabelling: " + answer.status() + " " + answer.body());
                return false;
            }
            kept.put(id, new Kept(span.article(), label, span.start(), span.end(),
                    answer.json().get("version").asLong()));
            relabelled++;
            return true;
        }

        private boolean delete() {
            int index = random.nextInt(ids.size());
            String id = ids.get(index);
            Response answer = api.delete("/api/v1/annotations/" + id + "?version=" + kept.get(id).version());
            if (answer.status() != 204) {
                errors.add(username + " deleting: " + answer.status() + " " + answer.body());
                return false;
            }
            kept.remove(id);
            ids.set(index, ids.getLast());
            ids.removeLast();
            deleted++;
            return true;
        }
    }

    private static Map<String, Kept> expected(ApiAnnotator annotator, String article) {
        Map<String, Kept> on = new HashMap<>();
        annotator.kept.forEach((id, span) -> {
            if (span.article().equals(article)) {
                on.put(id, span);
            }
        });
        return on;
    }

    /** The annotator's spans on the article as the server holds them, by id. */
    private static Map<String, Kept> heldBy(ApiClient admin, String article, String username) {
        Response held = admin.get("/api/v1/documents/" + article + "/annotations?annotator=" + username);
        held.expect(200, "reading " + username + "'s spans");
        Map<String, Kept> spans = new HashMap<>();
        for (JsonNode span : held.json().get("spans")) {
            spans.put(span.get("id").asString(), new Kept(article, span.get("label").asString(),
                    span.get("start").asInt(), span.get("end").asInt(), span.get("version").asLong()));
        }
        return spans;
    }

    /** Each annotator's history events by action: CREATE, UPDATE, DELETE, read from the server's database. */
    private static Map<String, long[]> historyEvents(SlantServer server) throws Exception {
        Map<String, long[]> events = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + BenchStudy.postgresPort(server.log()) + "/postgres", "postgres", "");
                PreparedStatement query = db.prepareStatement("select u.username, e.action, count(*) from "
                        + "annotation_event e join app_user u on u.id = e.actor_id group by u.username, e.action");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int action = List.of("CREATE", "UPDATE", "DELETE").indexOf(rows.getString(2));
                if (action >= 0) {
                    events.computeIfAbsent(rows.getString(1), username -> new long[3])[action] = rows.getLong(3);
                }
            }
        }
        return events;
    }

    /** Differences between what clients were told and what the server holds. */
    private static final class Check {

        final List<String> differences = new ArrayList<>();
        int compared;
        int historyDifferences;

        void compare(String username, Map<String, Kept> told, Map<String, Kept> held) {
            told.forEach((id, span) -> {
                compared++;
                if (!span.equals(held.get(id))) {
                    differences.add(username + "'s span " + id + ": acknowledged " + span + ", held "
                            + held.get(id));
                }
            });
            held.keySet().stream().filter(id -> !told.containsKey(id)).forEach(id -> differences.add(username
                    + "'s span " + id + " is held but was deleted or never acknowledged: " + held.get(id)));
        }

        /** The browser's spans, by label@start-end, each held once. */
        void compareMarked(String username, Map<String, String> marked, Map<String, Kept> held) {
            Map<String, Integer> heldSpans = new HashMap<>();
            held.values().forEach(span -> heldSpans.merge(span.label() + "@" + span.start() + "-" + span.end(), 1,
                    Integer::sum));
            marked.keySet().forEach(span -> {
                compared++;
                if (!Objects.equals(heldSpans.get(span), 1)) {
                    differences.add(username + " marked " + span + " in Chromium; the server holds it "
                            + heldSpans.getOrDefault(span, 0) + " times");
                }
            });
            if (held.size() != marked.size()) {
                differences.add(username + " marked " + marked.size() + " spans in Chromium; the server holds "
                        + held.size());
            }
        }

        void compareHistory(String username, long[] acknowledged, long[] events) {
            if (!Arrays.equals(acknowledged, events)) {
                historyDifferences++;
                differences.add(username + ": acknowledged creates/updates/deletes "
                        + Arrays.toString(acknowledged) + ", history " + Arrays.toString(events));
            }
        }
    }

    /**
     * What annotators in Chromium marked.
     *
     * @param marked per annotator, the spans made as label@start-end (code points) with the text highlighted
     * @param savedMillis key press to the server's confirmation, of the spans made in the measured seconds
     */
    private record Browsers(List<Map<String, String>> marked, List<Double> savedMillis) {
    }

    /**
     * Annotators in Chromium, one page each, signed in and in the annotate view before the clock starts; in turn,
     * each marks the next word or two with ArrowRight and a label's key and waits until the server has confirmed
     * it, as an annotator at work would. Used from one thread only.
     */
    private static final class InChromium implements AutoCloseable {

        private final Chromium chromium;
        private final List<String> usernames;
        private final List<Page> pages = new ArrayList<>();
        private final Dice dice;

        private InChromium(Chromium chromium, List<String> usernames, long seed) {
            this.chromium = chromium;
            this.usernames = usernames;
            this.dice = new Dice(seed + 3);
        }

        static InChromium open(int port, String documentId, List<String> usernames, long seed) {
            InChromium opened = new InChromium(usernames.isEmpty() ? null : new Chromium(), usernames, seed);
            for (String username : usernames) {
                BrowserContext context = opened.chromium.browser().newContext(PageTimes.VIEWPORT);
                Page page = context.newPage();
                page.setDefaultTimeout(WAIT_MILLIS);
                page.navigate("http://localhost:" + port + "/login");
                Chromium.logIn(page, username, SavesBenchmark.PASSWORD);
                page.waitForURL(url -> !url.contains("/login"));
                page.navigate("http://localhost:" + port + "/annotate/" + documentId);
                page.waitForSelector("slant-annotator[data-drawn]");
                page.locator("slant-annotator .sa-text").click(new Locator.ClickOptions().setPosition(60, 30));
                opened.pages.add(page);
            }
            return opened;
        }

        Browsers mark(SpanLayer layer, long measureFrom, long until, Path work) {
            List<Map<String, String>> marked = new ArrayList<>();
            pages.forEach(page -> marked.add(new LinkedHashMap<>()));
            List<Double> savedMillis = new ArrayList<>();
            while (!pages.isEmpty() && System.nanoTime() < until) {
                for (int p = 0; p < pages.size(); p++) {
                    Page page = pages.get(p);
                    for (int i = dice.between(1, 2); i > 0; i--) {
                        page.keyboard().press("ArrowRight");
                    }
                    PageTimes.PendingWord selection = PageTimes.pendingWord(page);
                    String pending = selection.offsets();
                    if (pending == null || !pending.matches("\\d+-\\d+")) {
                        throw new IllegalStateException(usernames.get(p) + ": after ArrowRight the annotator has "
                                + "data-pending=" + pending);
                    }
                    int label = dice.between(0, layer.keys().size() - 1);
                    boolean measured = System.nanoTime() >= measureFrom;
                    page.keyboard().press(layer.keys().get(label));
                    marked.get(p).put(layer.labels().get(label) + "@" + pending, selection.text());
                    int n = marked.get(p).size();
                    page.waitForFunction("n => { const t = document.querySelector('slant-annotator').editTimings;"
                            + " return t.length >= n && !Number.isNaN(t[n - 1].saved); }", n,
                            new Page.WaitForFunctionOptions().setTimeout(WAIT_MILLIS));
                    if (measured) {
                        savedMillis.add(PageTimes.number(page.evaluate("n => document.querySelector("
                                + "'slant-annotator').editTimings[n - 1].saved", n)));
                    }
                }
            }
            for (Page page : pages) {
                page.waitForFunction("() => document.querySelector('slant-annotator').dataset.saveState === 'saved'",
                        null, new Page.WaitForFunctionOptions().setTimeout(WAIT_MILLIS));
            }
            if (!pages.isEmpty()) {
                pages.getFirst().screenshot(new Page.ScreenshotOptions().setPath(work.resolve("annotator.png")));
            }
            return new Browsers(marked, savedMillis);
        }

        @Override
        public void close() {
            if (chromium != null) {
                chromium.close();
            }
        }
    }
}
