package org.slant.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agreement report of a large study (PERFORMANCE.md: one layer, 10,000 docs x 3 annotators x 30 spans in under
 * 10 s), through the REST API of the production jar, on a server of its own per corpus size (a fresh data
 * directory). Through the API: a project with k = {@value #ANNOTATORS}, one span layer of {@value #LABEL_COUNT}
 * labels (overlap allowed), the synthetic corpus imported as JSON Lines, {@value #ANNOTATORS} annotator accounts
 * and their memberships, and a personal access token for the admin. Slant has no API for finished work, so the
 * assignments (all DONE) and the spans ({@value #SPANS} per annotator and document) are written straight into the
 * server's embedded PostgreSQL with COPY, then ANALYZEd as autovacuum would ({@link BenchStudy} builds all this).
 * The spans disagree as annotators do ({@link BenchStudy#writeSpans}): each annotator keeps each of a document's
 * {@value #SPANS} "true" spans exactly (p = 0.6), moves one of its boundaries by a few characters (0.2), gives it
 * another label (0.1) or leaves it out and marks some other stretch instead (0.1). Then
 * {@code GET /api/v1/projects/{id}/agreement} is timed {@code slant.bench.runs} times, read to the end, while the
 * server's RSS is sampled; before each run one more history event makes the work change, so that the report is
 * computed afresh (the spans, written with COPY, got an event each, as the server writes them), and right after it
 * the same report is asked for again and timed: the report kept while the work is unchanged. The report must be
 * sound (its document count, a project αU in [0, 1], exact F1 below overlap F1 for every pair, the same figures when
 * asked again) or the benchmark fails; whether the report asked again was the kept one shows in its
 * {@code generatedAt}.
 * Beside it, PostgreSQL alone streams the same spans ({@code COPY (select ...) TO STDOUT}) as the physical floor.
 * With {@code slant.bench.jfr=true} the report runs are recorded with Java Flight Recorder (settings "profile") into
 * {@code target/bench/agreement/report-SIZE.jfr}, and the hot methods are printed.
 */
final class AgreementBenchmark implements Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    private static final String READY_LINE = "Slant is ready at";
    private static final int ANNOTATORS = BenchStudy.ANNOTATORS;
    private static final int SPANS = 30;
    /** {@value #SPANS} true spans a document, each marked by every annotator, no attributes. */
    private static final BenchStudy.Shape SHAPE = new BenchStudy.Shape(SPANS, false, 0);
    private static final int LARGEST = 10_000;
    private static final int LABEL_COUNT = BenchStudy.LABEL_COUNT;
    private static final long SAMPLE_MILLIS = 50;

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String description() {
        return "the agreement report of one span layer, 10,000 docs x 3 annotators x 30 spans (900,000 spans "
                + "written over JDBC), through the REST API of the production jar, against PostgreSQL reading them";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        int runs = settings.number("slant.bench.runs", 3);
        boolean jfr = Boolean.parseBoolean(BenchSettings.text("slant.bench.jfr", "false"));
        Path work = Files.createDirectories(settings.directory().resolve("agreement"));
        List<Figure> figures = new ArrayList<>();
        for (int size : settings.numbers("slant.bench.sizes", "1000,10000").stream().sorted().distinct().toList()) {
            if (size > LARGEST) {
                // 9 million spans and a 570 MB upload: beyond what this benchmark is for
                System.out.printf("   size %,d left out: the agreement benchmark goes up to %,d documents%n", size,
                        LARGEST);
                continue;
            }
            figures.addAll(measure(jar, work, settings.directory(), size, runs, settings.seed(), jfr));
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("slant.bench.sizes names no size up to " + LARGEST);
        }
        return figures;
    }

    private static List<Figure> measure(Path jar, Path work, Path benchDirectory, int size, int runs, long seed,
            boolean jfr) throws Exception {
        Path corpus = SyntheticCorpus.fileIn(benchDirectory, size, seed);
        if (!Files.isRegularFile(corpus)) {
            System.out.println("   writing " + corpus);
            new SyntheticCorpus(seed).writeJsonl(corpus, size);
        }
        Path log = work.resolve("server-" + size + ".log");
        String prefix = Numbers.format(size) + " docs x " + ANNOTATORS + " x " + SPANS + ": ";
        List<Figure> figures = new ArrayList<>();
        Path data = Files.createTempDirectory("slant-bench-agreement-");
        try (SlantServer server = SlantServer.launch(jar, data, log, Map.of("SLANT_IMPORT_MAX_UPLOAD", "100MB"))) {
            server.awaitLoginPage(START_TIMEOUT);
            server.awaitLogLine(READY_LINE, START_TIMEOUT);
            ProcessHandle serverProcess = BenchStudy.serverProcess();
            BenchStudy.Study built = BenchStudy.build(server, log, corpus, size, "Agreement benchmark " + size,
                    SHAPE, seed);
            UUID projectId = built.projectId();
            BenchStudy.Schema schema = built.schema();
            BenchStudy.Written study = built.written();
            ApiClient api = built.api();
            String jdbc = built.jdbc();
            long start;

            // the history a server has once annotators made these spans: an event each (the report's cache counts
            // them to tell whether the work changed), vacuumed as autovacuum would
            try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                    Statement statement = db.createStatement()) {
                start = System.nanoTime();
                int events = statement.executeUpdate("insert into annotation_event (annotation_id, target, "
                        + "project_id, document_id, actor_id, action) select s.id, 'SPAN', d.project_id, "
                        + "s.document_id, s.annotator_id, 'CREATE' from span_annotation s join document d "
                        + "on d.id = s.document_id where d.project_id = '" + projectId + "'");
                statement.execute("vacuum analyze annotation_event");
                System.out.printf("   %,d history events written and vacuumed in %.1f s%n", events,
                        (System.nanoTime() - start) / 1e9);
            }

            // the physical floor: PostgreSQL alone streaming the spans the report compares; and, since the report
            // needs the texts too (word tokens), the documents with their texts and spans as the service asks for them
            String spansSql = "copy (select s.document_id, s.annotator_id, s.label_id, s.start_offset, s.end_offset "
                    + "from span_annotation s join assignment a on a.document_id = s.document_id "
                    + "and a.annotator_id = s.annotator_id where a.project_id = '" + projectId + "' "
                    + "and a.status = 'DONE' and s.layer_id = '" + schema.layerId() + "') to stdout";
            String documentsSql = "copy (select d.id, d.title, d.text, d.code_points, sp.annotators, sp.labels, "
                    + "sp.starts, sp.ends from document d left join lateral (select array_agg(a.annotator_id) as "
                    + "annotators, array_agg(a.label_id) as labels, array_agg(a.start_offset) as starts, "
                    + "array_agg(a.end_offset) as ends from span_annotation a where a.document_id = d.id) sp on true "
                    + "where d.project_id = '" + projectId + "' order by d.position) to stdout";
            List<Double> floor = new ArrayList<>();
            List<Double> floorWithTexts = new ArrayList<>();
            long[] bytes = new long[2];
            try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
                CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
                for (int run = 1; run <= runs; run++) {
                    CountingStream out = new CountingStream();
                    start = System.nanoTime();
                    long rows = copy.copyOut(spansSql, out);
                    floor.add((System.nanoTime() - start) / 1e9);
                    bytes[0] = out.count();
                    if (rows != study.spans()) {
                        throw new IllegalStateException("COPY gave " + rows + " spans, not " + study.spans());
                    }
                    out = new CountingStream();
                    start = System.nanoTime();
                    rows = copy.copyOut(documentsSql, out);
                    floorWithTexts.add((System.nanoTime() - start) / 1e9);
                    bytes[1] = out.count();
                    if (rows != size) {
                        throw new IllegalStateException("COPY gave " + rows + " documents, not " + size);
                    }
                }
            }
            System.out.printf("   PostgreSQL streams the %,d spans (%.1f MB as COPY text) in %s s; the documents with "
                    + "their texts and spans (%.1f MB) in %s s%n", study.spans(), bytes[0] / 1e6, seconds(floor),
                    bytes[1] / 1e6, seconds(floorWithTexts));

            // the report, as a script reads it
            Path recording = work.resolve("report-" + size + ".jfr");
            if (jfr) {
                BenchStudy.jcmd(serverProcess, "JFR.start", "name=agreement", "settings=profile");
            }
            List<Double> times = new ArrayList<>();
            List<Double> keptTimes = new ArrayList<>();
            int keptReports = 0;
            Response report = null;
            try (RssSampler sampler = new RssSampler(serverProcess.pid())) {
                for (int run = 1; run <= runs; run++) {
                    // a change to the work, so that this run computes the report instead of finding it kept
                    touchTheWork(jdbc, projectId);
                    start = System.nanoTime();
                    report = api.get("/api/v1/projects/" + projectId + "/agreement");
                    double seconds = (System.nanoTime() - start) / 1e9;
                    report.expect(200, "the agreement report");
                    times.add(seconds);
                    // asked again with the work unchanged: the kept report
                    start = System.nanoTime();
                    Response kept = api.get("/api/v1/projects/" + projectId + "/agreement");
                    double keptSeconds = (System.nanoTime() - start) / 1e9;
                    kept.expect(200, "the agreement report asked again");
                    if (!withoutTime(kept.json()).equals(withoutTime(report.json()))) {
                        throw new IllegalStateException("the report asked again with the work unchanged differs "
                                + "from the one computed just before");
                    }
                    // the kept report carries the time it was computed; one computed again, a later one
                    if (kept.json().get("generatedAt").equals(report.json().get("generatedAt"))) {
                        keptReports++;
                    }
                    keptTimes.add(keptSeconds);
                    System.out.printf("   report %d: computed %.2f s, %,d bytes; asked again %.3f s%n", run, seconds,
                            report.body().getBytes(StandardCharsets.UTF_8).length, keptSeconds);
                }
                figures.add(Figure.of(prefix + "server JVM RSS, highest sampled during the reports",
                        sampler.peakKilobytes() / 1024.0, "MB"));
            }
            if (jfr) {
                BenchStudy.jcmd(serverProcess, "JFR.stop", "name=agreement", "filename=" + recording);
                System.out.println("   flight recording of the reports: " + recording);
                System.out.println(BenchStudy.hotMethods(recording));
            }

            Soundness sound = check(report.json(), size);
            double median = Numbers.median(times);
            double floorMedian = Numbers.median(floor);
            String ofRuns = ", median of " + runs;
            if (size == LARGEST) {
                figures.add(Figure.below(prefix + "agreement report through the API" + ofRuns, median, "s", 10));
            } else {
                figures.add(Figure.of(prefix + "agreement report through the API" + ofRuns, median, "s"));
            }
            for (int run = 0; run < times.size(); run++) {
                figures.add(Figure.of(prefix + "report, run " + (run + 1), times.get(run), "s"));
            }
            figures.add(Figure.of(prefix + "the same report asked again, work unchanged (kept)" + ofRuns,
                    Numbers.median(keptTimes), "s"));
            figures.add(Figure.exactly(prefix + "reports asked again that were the kept one (same generatedAt)",
                    keptReports, "reports", runs));
            figures.add(Figure.of(prefix + "PostgreSQL alone streaming the spans (COPY to stdout)" + ofRuns,
                    floorMedian, "s"));
            figures.add(Figure.of(prefix + "report / PostgreSQL floor", median / floorMedian, "x"));
            double textsMedian = Numbers.median(floorWithTexts);
            figures.add(Figure.of(prefix + "PostgreSQL alone streaming the documents' texts with their spans (the "
                    + "service's query, COPY to stdout)" + ofRuns, textsMedian, "s"));
            figures.add(Figure.of(prefix + "report / that floor", median / textsMedian, "x"));
            figures.add(Figure.of(prefix + "report size", report.body().getBytes(StandardCharsets.UTF_8).length
                    / 1e6, "MB"));
            figures.add(Figure.of(prefix + "figures in the report", sound.figures(), "figures"));
            figures.add(Figure.exactly(prefix + "documents compared", sound.documents(), "docs", size));
            figures.add(Figure.of(prefix + "project αU", sound.alphaU(), ""));
            figures.add(Figure.of(prefix + "span F1 exact, mean over pairs", sound.f1Exact(), ""));
            figures.add(Figure.of(prefix + "span F1 overlap, mean over pairs", sound.f1Overlap(), ""));
            readHighWaterMark(serverProcess).ifPresent(kb -> figures.add(Figure.of(prefix + "server JVM peak RSS "
                    + "since its start (VmHWM, the import included)", kb / 1024.0, "MB")));
            PostgresProcesses.proportionalKilobytes(data).ifPresent(kb -> figures.add(Figure.of(prefix
                    + "embedded PostgreSQL PSS afterwards", kb / 1024.0, "MB")));
            SlantServer.Stop stop = server.stop(STOP_PATIENCE);
            figures.add(Figure.exactly(prefix + "stops that needed SIGKILL", stop.clean() ? 0 : 1, "stops", 0));
            long errors = Files.readAllLines(log).stream().filter(line -> line.contains(" ERROR ")).count();
            figures.add(Figure.exactly(prefix + "server log lines with ERROR", errors, "lines", 0));
        } finally {
            PostgresProcesses.stopLeftovers(data);
            BenchFiles.deleteRecursively(data);
        }
        return figures;
    }

    /**
     * One more history event for the project, as an edit writes: the work has changed, so the next report is
     * computed afresh. Nothing the report reads changes, so every run computes the same report.
     */
    private static void touchTheWork(String jdbc, UUID projectId) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                Statement statement = db.createStatement()) {
            statement.executeUpdate("insert into annotation_event (annotation_id, target, project_id, document_id, "
                    + "action, reason) select gen_random_uuid(), 'SPAN', project_id, id, 'UPDATE', 'benchmark: a "
                    + "change, so that the report is computed afresh' from document where project_id = '"
                    + projectId + "' order by position limit 1");
        }
    }

    /** The report without the time it was computed: what two computations of the same work have in common. */
    private static JsonNode withoutTime(JsonNode report) {
        JsonNode copy = report.deepCopy();
        ((ObjectNode) copy).remove("generatedAt");
        return copy;
    }

    /** The report's figures that tell whether it is sound, and its size. */
    private record Soundness(int documents, int figures, double alphaU, double f1Exact, double f1Overlap) {
    }

    /**
     * Checks the report against the data it was made from: every document compared, a defined project αU between
     * 0 and 1, and for every pair exact F1 below overlap F1 (moved boundaries match only by overlap). A report that
     * fails this is wrong, and its speed means nothing.
     */
    private static Soundness check(JsonNode report, int size) {
        int documents = report.get("documents").asInt();
        JsonNode figures = report.get("figures");
        Double alphaU = null;
        List<Double> exact = new ArrayList<>();
        List<Double> overlap = new ArrayList<>();
        for (JsonNode figure : figures) {
            boolean allLabels = figure.get("label") == null || figure.get("label").isNull();
            String measure = figure.get("measure").asString();
            String scope = figure.get("scope").asString();
            JsonNode value = figure.get("value");
            if (!allLabels) {
                continue;
            }
            if ("ALPHA_U".equals(measure) && "PROJECT".equals(scope)) {
                alphaU = value == null || value.isNull() ? Double.NaN : value.asDouble();
            } else if ("PAIR".equals(scope) && value != null && !value.isNull()) {
                if ("F1_EXACT".equals(measure)) {
                    exact.add(value.asDouble());
                } else if ("F1_OVERLAP".equals(measure)) {
                    overlap.add(value.asDouble());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        if (documents != size) {
            problems.add("it compares " + documents + " documents, not " + size);
        }
        if (alphaU == null || !(alphaU >= 0 && alphaU <= 1)) {
            problems.add("the project's αU is " + alphaU + ", not between 0 and 1");
        }
        int pairs = ANNOTATORS * (ANNOTATORS - 1) / 2;
        if (exact.size() != pairs || overlap.size() != pairs) {
            problems.add("it has " + exact.size() + " exact and " + overlap.size() + " overlap F1 figures over all "
                    + "labels for pairs, not " + pairs + " each");
        } else {
            for (int p = 0; p < pairs; p++) {
                if (!(exact.get(p) < overlap.get(p))) {
                    problems.add("a pair's exact F1 " + exact.get(p) + " is not below its overlap F1 "
                            + overlap.get(p));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the agreement report is not sound: " + String.join("; ", problems));
        }
        double meanExact = exact.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double meanOverlap = overlap.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf("   report: %,d documents, %,d figures, project αU %.3f, span F1 exact %.3f, overlap "
                + "%.3f (mean over %d pairs), %s disagreements%n", documents, figures.size(), alphaU, meanExact,
                meanOverlap, pairs, report.has("disagreementCount") ? String.format("%,d", report.get("disagreementCount").asLong()) : "?");
        return new Soundness(documents, figures.size(), alphaU, meanExact, meanOverlap);
    }

    /** VmHWM: the process's peak resident memory since it started. */
    private static OptionalLong readHighWaterMark(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.substring(6).trim().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no /proc: no figure
        }
        return OptionalLong.empty();
    }

    /** Samples a process's VmRSS every {@value #SAMPLE_MILLIS} ms in the background and keeps the highest. */
    private static final class RssSampler implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        RssSampler(long pid) {
            thread = Thread.ofPlatform().daemon().name("rss-sampler").start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    ProcessMemory.residentKilobytes(pid).ifPresent(kb -> peak.accumulateAndGet(kb, Math::max));
                    try {
                        Thread.sleep(SAMPLE_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long peakKilobytes() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }

    /** Counts what PostgreSQL sends, keeping none of it. */
    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        long count() {
            return count;
        }
    }

    private static String seconds(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.2f", v)).toList());
    }
}
