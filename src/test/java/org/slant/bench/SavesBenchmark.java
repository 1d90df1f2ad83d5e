package org.slant.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.bench.LongArticle.SpanLayer;

/**
 * Span saves through the REST API on the annotator benchmark's article of {@value LongArticle#WORDS} words, against a
 * production-jar server of its own: {@value #CLIENTS} clients, each an annotator with a personal access token of
 * their own, save one word after another as single spans ({@code POST /documents/{id}/annotations}) as fast as they
 * are answered for {@code slant.bench.seconds} seconds (default 20) after a warm-up of 3 s; then {@code
 * slant.bench.runs} (default 3) bulk calls ({@code POST /documents/{id}/annotations/bulk}) of {@value #BULK} spans
 * each on the same document, by one more annotator, each on words of its own. Beside saves a second it reports the
 * CPU time per save of the server JVM, its PostgreSQL and the clients, which other work on a shared machine does not
 * inflate as much; with {@code slant.bench.jfr=true} the measured seconds are recorded with Java Flight Recorder into
 * {@code target/bench/saves/singles.jfr} and the hot methods printed.
 */
final class SavesBenchmark implements Benchmark {

    private static final int CLIENTS = 8;
    private static final int BULK = 1_000;
    private static final int WARM_UP_SECONDS = 3;
    static final String PASSWORD = "bench-annotator-password";

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
            boolean jfr = Boolean.parseBoolean(BenchSettings.text("slant.bench.jfr", "false"));
            ProcessHandle serverProcess = BenchStudy.serverProcess();
            if (jfr) {
                BenchStudy.jcmd(serverProcess, "JFR.start", "name=saves", "settings=profile");
            }
            CpuTimes before = CpuTimes.of(serverProcess);
            Singles singles = singleSaves(annotators.subList(0, CLIENTS), path, layer,
                    words.subList(1_000, words.size()), seconds);
            CpuTimes used = CpuTimes.of(serverProcess).minus(before);
            if (jfr) {
                Path recording = work.resolve("singles.jfr");
                BenchStudy.jcmd(serverProcess, "JFR.stop", "name=saves", "filename=" + recording);
                System.out.println(BenchStudy.hotMethods(recording));
            }
            List<Double> latencies = singles.latencies().stream().sorted().toList();
            double perSecond = latencies.size() / singles.seconds();
            System.out.printf("   single saves: %,d in %.1f s with %d clients: %.0f a second; p50 %.1f ms, p95 %.1f "
                    + "ms, max %.1f ms%n", latencies.size(), singles.seconds(), CLIENTS, perSecond,
                    Numbers.percentile(latencies, 0.5), Numbers.percentile(latencies, 0.95),
                    latencies.getLast());
            int saves = latencies.size();
            double cpuPerSave = used.total() / saves;
            System.out.printf("   CPU per save: server JVM %.2f ms, PostgreSQL %.2f ms, the clients (this JVM) %.2f "
                    + "ms: %.2f ms, so 2 cores alone would do about %.0f saves a second; load average %s%n",
                    used.server() / saves, used.postgres() / saves, used.clients() / saves, cpuPerSave,
                    2_000 / cpuPerSave, CpuTimes.loadAverage());

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
                    Figure.below("single save latency p95", Numbers.percentile(latencies, 0.95), "ms", 100),
                    Figure.of("CPU per single save: server JVM", used.server() / saves, "ms"),
                    Figure.of("CPU per single save: PostgreSQL", used.postgres() / saves, "ms"),
                    Figure.of("CPU per single save: the 8 clients", used.clients() / saves, "ms"),
                    Figure.of("single saves 2 idle cores would allow (2 s / CPU per save)", 2_000 / cpuPerSave,
                            "saves/s")));
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

    /**
     * CPU time (user and system, ms) used so far by the server JVM, its PostgreSQL (the postmaster and its backends,
     * found by the server's {@code SLANT_DATA_DIR}) and this JVM (the clients), from /proc. On a machine shared with
     * other work, time per save says more than saves a second: it does not count the time others' processes ran.
     */
    record CpuTimes(double server, double postgres, double clients) {

        static CpuTimes of(ProcessHandle server) throws IOException {
            Path data = Path.of(environment(server.pid()).getOrDefault("SLANT_DATA_DIR", "?"));
            double postgres = PostgresProcesses.servers(data).stream()
                    .flatMap(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()))
                    .mapToDouble(process -> millis(process.pid())).sum();
            return new CpuTimes(millis(server.pid()), postgres, millis(ProcessHandle.current().pid()));
        }

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(server - earlier.server, postgres - earlier.postgres, clients - earlier.clients);
        }

        double total() {
            return server + postgres + clients;
        }

        /** utime + stime of /proc/PID/stat, in ms (clock ticks of 10 ms); 0 when the process has gone. */
        private static double millis(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // fields after the command name, which is in parentheses and may hold spaces
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }

        private static Map<String, String> environment(long pid) throws IOException {
            Map<String, String> variables = new HashMap<>();
            for (String variable : new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")),
                    StandardCharsets.UTF_8).split("\0")) {
                int equals = variable.indexOf('=');
                if (equals > 0) {
                    variables.put(variable.substring(0, equals), variable.substring(equals + 1));
                }
            }
            return variables;
        }

        static String loadAverage() {
            try {
                return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
            } catch (IOException | RuntimeException notLinux) {
                return "?";
            }
        }
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

    /** A new annotator of the project with a personal access token of their own; a client with that token. */
    static ApiClient annotator(int port, ApiClient admin, String projectId, String username) {
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
