package org.slant.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.bench.LongArticle.SpanLayer;

/**
 * Span saves through the REST API on the annotator benchmark's article of {@value LongArticle#WORDS} words, against a
 * production-jar server of its own: {@value #CLIENTS} clients, each an annotator with a personal access token of
 * their own, save one word after another as single spans ({@code POST /documents/{id}/annotations}) as fast as they
 * are answered for {@code slant.bench.seconds} seconds (default 20) after a warm-up of 3 s; then {@code
 * slant.bench.runs} (default 3) bulk calls ({@code POST /documents/{id}/annotations/bulk}) of {@value #BULK} spans
 * each on the same document, by one more annotator, each on words of its own.
 */
final class SavesBenchmark implements Benchmark {

    private static final int CLIENTS = 8;
    private static final int BULK = 1_000;
    private static final int WARM_UP_SECONDS = 3;
    private static final String PASSWORD = "bench-annotator-password";

    @Override
    public String name() {
        return "saves";
    }

    @Override
    public String description() {
        return "single span saves through the API with 8 token clients (saves a second, p50/p95) and bulk calls of "
                + "1,000 spans on one document, against the production jar";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        return LongArticle.measureOnOwnServer(settings, name(), (server, article, work) -> {
            ApiClient admin = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
            LongArticle.Imported imported = article.importInto(admin, "Saves benchmark", List.of("framing"), "saves");
            List<int[]> words = article.wordsInCodePoints();
            List<ApiClient> annotators = new ArrayList<>();
            for (int a = 0; a <= CLIENTS; a++) {
                annotators.add(annotator(server.port(), admin, imported.projectId(), "saves-annotator-" + a));
            }
            int seconds = settings.number("slant.bench.seconds", 20);
            int runs = settings.number("slant.bench.runs", 3);
            String path = "/api/v1/documents/" + imported.documentId() + "/annotations";
            SpanLayer layer = imported.layer();

            // each client is an annotator of its own: the warm-up saves its first 1,000 words, the measuring the rest
            singleSaves(annotators.subList(0, CLIENTS), path, layer, words.subList(0, 1_000), WARM_UP_SECONDS);
            Singles singles = singleSaves(annotators.subList(0, CLIENTS), path, layer,
                    words.subList(1_000, words.size()), seconds);
            List<Double> latencies = singles.latencies().stream().sorted().toList();
            double perSecond = latencies.size() / singles.seconds();
            System.out.printf("   single saves: %,d in %.1f s with %d clients: %.0f a second; p50 %.1f ms, p95 %.1f "
                    + "ms, max %.1f ms%n", latencies.size(), singles.seconds(), CLIENTS, perSecond,
                    Numbers.percentile(latencies, 0.5), Numbers.percentile(latencies, 0.95),
                    latencies.getLast());

            ApiClient bulkAnnotator = annotators.get(CLIENTS);
            List<Double> bulkSeconds = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                List<String> spans = new ArrayList<>();
                for (int i = 0; i < BULK; i++) {
                    int[] word = words.get(run * BULK + i);
                    spans.add(layer.span(layer.labels().get(i % layer.labels().size()), word[0], word[1]));
                }
                String body = "{\"create\":[" + String.join(",", spans) + "]}";
                long start = System.nanoTime();
                Response saved = bulkAnnotator.post(path + "/bulk", body);
                double took = (System.nanoTime() - start) / 1e9;
                saved.expect(200, "bulk call " + run);
                int created = saved.json().get("created").size();
                if (created != BULK) {
                    throw new IllegalStateException("bulk call " + run + " answered " + created + " spans");
                }
                bulkSeconds.add(took);
                System.out.printf("   bulk call %d: %,d spans in %.3f s%n", run + 1, BULK, took);
            }
            List<Figure> figures = new ArrayList<>(List.of(
                    new Figure("single span saves, " + CLIENTS + " token clients, " + seconds + " s", perSecond,
                            "saves/s", ">= 1,000 saves/s", perSecond >= 1_000),
                    Figure.below("single save latency p50", Numbers.percentile(latencies, 0.5), "ms", 100),
                    Figure.below("single save latency p95", Numbers.percentile(latencies, 0.95), "ms", 100)));
            if (!bulkSeconds.isEmpty()) { // none with -Dslant.bench.runs=0, e.g. against a jar without bulk saves
                figures.add(Figure.below("bulk call of 1,000 spans, median of " + runs, Numbers.median(bulkSeconds),
                        "s", 1));
                figures.add(Figure.of("bulk call of 1,000 spans, fastest", Numbers.min(bulkSeconds), "s"));
            }
            return figures;
        });
    }

    private record Singles(List<Double> latencies, double seconds) {
    }

    /** Each client saves its words one after another for {@code seconds}; the latencies of all, in ms. */
    private static Singles singleSaves(List<ApiClient> clients, String path, SpanLayer layer, List<int[]> words,
            int seconds) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long until = start + seconds * 1_000_000_000L;
        try (ExecutorService threads = Executors.newFixedThreadPool(clients.size())) {
            List<Future<?>> work = new ArrayList<>();
            for (ApiClient client : clients) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < words.size() && System.nanoTime() < until; i++) {
                        int[] word = words.get(i);
                        String label = layer.labels().get(i % layer.labels().size());
                        long sent = System.nanoTime();
                        client.post(path, layer.span(label, word[0], word[1])).expect(201, "saving a span");
                        latencies.add((System.nanoTime() - sent) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> client : work) {
                client.get();
            }
        }
        return new Singles(latencies, (System.nanoTime() - start) / 1e9);
    }

    private static ApiClient annotator(int port, ApiClient admin, String projectId, String username) {
        admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .expect(201, "creating " + username);
        admin.post("/api/v1/projects/" + projectId + "/members", "{\"username\":\"" + username
                + "\",\"role\":\"ANNOTATOR\"}").expect(200, "adding " + username + " to the project");
        // a token of their own: basic authentication would add bcrypt's 50-100 ms to every save
        Response token = ApiClient.basic(port, username, PASSWORD).post("/api/v1/users/me/tokens",
                "{\"name\":\"saves benchmark\"}");
        token.expect(201, "making " + username + "'s access token");
        return ApiClient.bearer(port, token.json().get("token").asString());
    }
}
