package org.slant.bench;

import static org.slant.bench.Numbers.percentile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * Exports and imports a project archive (docs/archive.md) through the REST API of the production jar. On server A
 * (fresh data directory): a project with the framing preset, the 1,000-document synthetic corpus imported as JSON
 * Lines, and {@code slant.bench.spans} spans per document saved one by one through the span API by
 * {@value #CLIENTS} concurrent clients, as annotators' browsers would (the saving is measured too). The default is
 * 5 spans per document, not the 30 of a full study: at about 25 saves a second on 2 cores, 30,000 take 20 minutes
 * (give {@code -Dbench.jvm.args="-Xmx2g -Dslant.bench.spans=30"} for them). Then the export
 * ({@code GET /api/v1/projects/{id}/archive}, read to the end into a file) is timed, and the import of that archive
 * ({@code POST /api/v1/projects/archive}, the raw zip as the body, until 201) into server B (another fresh data
 * directory), whose answer gives the archive's counts.
 */
final class ArchiveBenchmark implements Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    private static final String READY_LINE = "Slant is ready at";
    private static final int DOCUMENTS = 1_000;
    private static final int CLIENTS = 4;

    @Override
    public String name() {
        return "archive";
    }

    @Override
    public String description() {
        return "saves spans over 1,000 synthetic articles through the span API, then exports the project archive "
                + "from one server and imports it into another, through the REST API of the production jar";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        int spansPerDocument = Integer.parseInt(BenchSettings.text("slant.bench.spans", "5"));
        Path work = Files.createDirectories(settings.directory().resolve("archive"));
        Path corpus = SyntheticCorpus.fileIn(settings.directory(), DOCUMENTS, settings.seed());
        if (!Files.isRegularFile(corpus)) {
            System.out.println("   writing " + corpus);
            new SyntheticCorpus(settings.seed()).writeJsonl(corpus, DOCUMENTS);
        }
        Path archive = work.resolve("project.slant.zip");
        List<Figure> figures = new ArrayList<>();
        int stopsKilled = 0;

        // server A: the project, its documents and spans, the export
        Path dataA = Files.createTempDirectory("slant-bench-archive-a-");
        int spans;
        try (SlantServer server = SlantServer.launch(jar, dataA, work.resolve("server-a.log"))) {
            server.awaitLoginPage(START_TIMEOUT);
            server.awaitLogLine(READY_LINE, START_TIMEOUT);
            ApiClient api = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
            Response project = api.post("/api/v1/projects",
                    "{\"name\":\"Archive benchmark\",\"presets\":[\"framing\"]}");
            project.expect(201, "creating the project");
            String projectId = project.json().get("id").asString();
            Response imported = api.post("/api/v1/projects/" + projectId + "/documents", "application/x-ndjson",
                    BodyPublishers.ofFile(corpus));
            imported.expect(201, "importing the documents");
            List<String> documents = new ArrayList<>();
            for (JsonNode document : imported.json().get("documents")) {
                documents.add(document.get("id").asString());
            }
            SpanLayer frame = frameLayer(api, projectId);
            System.out.printf("   %d documents imported; saving %d spans per document with %d clients%n",
                    documents.size(), spansPerDocument, CLIENTS);

            Saving saving = saveSpans(server.port(), documents, frame, spansPerDocument);
            spans = saving.latencies().size();
            List<Double> sorted = new ArrayList<>(saving.latencies());
            Collections.sort(sorted);
            String prefix = Numbers.format(spans) + " spans on " + Numbers.format(documents.size()) + " docs, "
                    + CLIENTS + " clients: ";
            figures.add(Figure.of(prefix + "span saves per second", spans / saving.seconds(), "saves/s"));
            figures.add(Figure.of(prefix + "save latency p50", percentile(sorted, 0.50) * 1000, "ms"));
            figures.add(Figure.of(prefix + "save latency p95", percentile(sorted, 0.95) * 1000, "ms"));
            figures.add(Figure.of(prefix + "saving all", saving.seconds(), "s"));

            long start = System.nanoTime();
            HttpResponse<Path> export = http().send(request(server.port(), "/api/v1/projects/" + projectId
                    + "/archive").GET().build(),
                    // truncating: ofFile(path) alone leaves the tail of the previous run's larger archive in place
                    HttpResponse.BodyHandlers.ofFile(archive, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING));
            double exportSeconds = (System.nanoTime() - start) / 1e9;
            if (export.statusCode() != 200) {
                throw new IllegalStateException("the export answered " + export.statusCode() + ": "
                        + Files.readString(archive, StandardCharsets.UTF_8));
            }
            double megabytes = Files.size(archive) / 1e6;
            System.out.printf("   exported %.2f MB in %.2f s%n", megabytes, exportSeconds);
            figures.add(Figure.of("export over HTTP (read to the end)", exportSeconds, "s"));
            figures.add(Figure.of("archive size", megabytes, "MB"));
            figures.add(Figure.of("export throughput", megabytes / exportSeconds, "MB/s"));

            SlantServer.Stop stop = server.stop(STOP_PATIENCE);
            stopsKilled += stop.clean() ? 0 : 1;
        } finally {
            PostgresProcesses.stopLeftovers(dataA);
            BenchFiles.deleteRecursively(dataA);
        }

        // server B: the import into an installation that has never seen the project
        Path dataB = Files.createTempDirectory("slant-bench-archive-b-");
        try (SlantServer server = SlantServer.launch(jar, dataB, work.resolve("server-b.log"))) {
            server.awaitLoginPage(START_TIMEOUT);
            server.awaitLogLine(READY_LINE, START_TIMEOUT);
            long start = System.nanoTime();
            HttpResponse<String> answer = http().send(request(server.port(), "/api/v1/projects/archive")
                    .header("Content-Type", "application/zip").POST(BodyPublishers.ofFile(archive)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double importSeconds = (System.nanoTime() - start) / 1e9;
            JsonNode counts = new Response(answer.statusCode(), "", answer.body())
                    .expect(201, "importing the archive").json().get("counts");
            System.out.printf("   imported in %.2f s: %s%n", importSeconds, counts);
            figures.add(Figure.of("import into a fresh server (raw zip body, until 201)", importSeconds, "s"));
            figures.add(Figure.exactly("archive counts: documents", counts.get("documents").asInt(), "docs",
                    DOCUMENTS));
            figures.add(Figure.exactly("archive counts: spans", counts.get("spans").asInt(), "spans", spans));
            figures.add(Figure.of("archive counts: history events", counts.get("events").asInt(), "events"));
            figures.add(Figure.of("archive counts: layers", counts.get("layers").asInt(), "layers"));
            figures.add(Figure.of("archive counts: labels", counts.get("labels").asInt(), "labels"));
            SlantServer.Stop stop = server.stop(STOP_PATIENCE);
            stopsKilled += stop.clean() ? 0 : 1;
        } finally {
            PostgresProcesses.stopLeftovers(dataB);
            BenchFiles.deleteRecursively(dataB);
        }
        figures.add(Figure.exactly("stops that needed SIGKILL", stopsKilled, "", 0));
        return figures;
    }

    /** The framing preset's span layer, Frame, and its labels. */
    private record SpanLayer(String id, List<String> labels) {
    }

    private static SpanLayer frameLayer(ApiClient api, String projectId) {
        Response layers = api.get("/api/v1/projects/" + projectId + "/layers");
        layers.expect(200, "reading the layers");
        for (JsonNode layer : layers.json()) {
            if ("SPAN".equals(layer.get("kind").asString())) {
                List<String> labels = new ArrayList<>();
                for (JsonNode label : layer.get("labels")) {
                    labels.add(label.get("id").asString());
                }
                return new SpanLayer(layer.get("id").asString(), labels);
            }
        }
        throw new IllegalStateException("the framing preset gave no span layer: " + layers.body());
    }

    /** The latency of every save in seconds, and the wall time of saving them all. */
    private record Saving(List<Double> latencies, double seconds) {
    }

    /**
     * Saves {@code perDocument} non-overlapping spans on every document, the documents shared out among
     * {@value #CLIENTS} clients; each client reads its document ({@code codePoints}), then saves its spans in text
     * order.
     */
    private static Saving saveSpans(int port, List<String> documents, SpanLayer layer, int perDocument)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger saved = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                work.add(clients.submit(() -> {
                    ApiClient api = ApiClient.basic(port, "admin", SlantServer.ADMIN_PASSWORD);
                    for (int d = next.getAndIncrement(); d < documents.size(); d = next.getAndIncrement()) {
                        String document = documents.get(d);
                        Response read = api.get("/api/v1/documents/" + document);
                        read.expect(200, "reading document " + document);
                        int length = read.json().get("codePoints").asInt();
                        int count = Math.min(perDocument, length / 2);
                        int slot = count == 0 ? 0 : length / count;
                        for (int i = 0; i < count; i++) {
                            int from = i * slot;
                            int to = from + Math.max(1, Math.min(slot / 2, 120));
                            String label = layer.labels().get((d + i) % layer.labels().size());
                            String body = "{\"layer\":\"" + layer.id() + "\",\"label\":\"" + label + "\",\"start\":"
                                    + from + ",\"end\":" + to + "}";
                            long sent = System.nanoTime();
                            Response span = api.post("/api/v1/documents/" + document + "/annotations", body);
                            latencies.add((System.nanoTime() - sent) / 1e9);
                            span.expect(201, "saving a span on document " + document);
                            int done = saved.incrementAndGet();
                            if (done % 2000 == 0) {
                                double elapsed = (System.nanoTime() - start) / 1e9;
                                System.out.printf("   %d spans saved in %.0f s (%.0f/s)%n", done, elapsed,
                                        done / elapsed);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : work) {
                client.get();
            }
        }
        return new Saving(List.copyOf(latencies), (System.nanoTime() - start) / 1e9);
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static HttpRequest.Builder request(int port, String path) {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + SlantServer.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Basic " + credentials);
    }
}
