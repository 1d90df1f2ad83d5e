package org.slant.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * The agreement report of a large study (PERFORMANCE.md: one layer, 10,000 docs x 3 annotators x 30 spans in under
 * 10 s), through the REST API of the production jar, on a server of its own per corpus size (a fresh data
 * directory). Through the API: a project with k = {@value #ANNOTATORS}, one span layer of {@value #LABEL_COUNT}
 * labels (overlap allowed), the synthetic corpus imported as JSON Lines, {@value #ANNOTATORS} annotator accounts
 * and their memberships, and a personal access token for the admin. Slant has no API for finished work, so the
 * assignments (all DONE) and the spans ({@value #SPANS} per annotator and document) are written straight into the
 * server's embedded PostgreSQL with COPY, then ANALYZEd as autovacuum would. The spans disagree as annotators do
 * ({@link #writeSpans}): each annotator keeps each of a document's {@value #SPANS} "true" spans exactly (p = 0.6),
 * moves one of its boundaries by a few characters (0.2), gives it another label (0.1) or leaves it out and marks
 * some other stretch instead (0.1). Then {@code GET /api/v1/projects/{id}/agreement} is timed
 * {@code slant.bench.runs} times, read to the end, while the server's RSS is sampled; the report must be sound
 * (its document count, a project αU in [0, 1], exact F1 below overlap F1 for every pair) or the benchmark fails.
 * Beside it, PostgreSQL alone streams the same spans ({@code COPY (select ...) TO STDOUT}) as the physical floor.
 * With {@code slant.bench.jfr=true} the report runs are recorded with Java Flight Recorder (settings "profile") into
 * {@code target/bench/agreement/report-SIZE.jfr}, and the hot methods are printed.
 */
final class AgreementBenchmark implements Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    private static final String READY_LINE = "Slant is ready at";
    private static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL started in \\d+ ms on port "
            + "(\\d+)");
    private static final int ANNOTATORS = 3;
    private static final int SPANS = 30;
    private static final int LARGEST = 10_000;
    private static final String LAYER = "Frame";
    /** The labels and how often the "true" spans carry each: a few common frames, a tail of rare ones. */
    private static final List<String> LABELS = List.of("Economic", "Political", "Legality", "Security", "Morality",
            "Fairness", "Health", "Public opinion");
    private static final double[] LABEL_WEIGHTS = {0.25, 0.2, 0.15, 0.12, 0.1, 0.08, 0.05, 0.05};
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f"};
    private static final int LABEL_COUNT = 8;
    private static final String ANNOTATOR_PASSWORD = "bench-annotator-password";
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
            ProcessHandle serverProcess = serverProcess();
            ApiClient admin = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
            Response project = admin.post("/api/v1/projects", "{\"name\":\"Agreement benchmark " + size + "\","
                    + "\"annotatorsPerDocument\":" + ANNOTATORS + "}");
            project.expect(201, "creating the project");
            UUID projectId = UUID.fromString(project.json().get("id").asString());
            Schema schema = createLayer(admin, projectId);
            long start = System.nanoTime();
            admin.post("/api/v1/projects/" + projectId + "/documents", "application/x-ndjson",
                    BodyPublishers.ofFile(corpus)).expect(201, "importing the corpus");
            System.out.printf("   %,d documents imported in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
            List<UUID> annotators = new ArrayList<>();
            for (int a = 0; a < ANNOTATORS; a++) {
                String username = "annotator-" + (char) ('a' + a);
                Response account = admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"displayName\":"
                        + "\"Annotator " + (char) ('A' + a) + "\",\"password\":\"" + ANNOTATOR_PASSWORD + "\","
                        + "\"systemRole\":\"USER\"}");
                account.expect(201, "creating " + username);
                annotators.add(UUID.fromString(account.json().get("id").asString()));
                admin.post("/api/v1/projects/" + projectId + "/members", "{\"username\":\"" + username + "\","
                        + "\"role\":\"ANNOTATOR\"}").expect(200, "adding " + username + " to the project");
            }
            // a token, as a script should use: basic authentication would add bcrypt's 50-100 ms to every call
            Response token = admin.post("/api/v1/users/me/tokens", "{\"name\":\"agreement benchmark\"}");
            token.expect(201, "making an access token");
            ApiClient api = ApiClient.bearer(server.port(), token.json().get("token").asString());

            String jdbc = "jdbc:postgresql://localhost:" + postgresPort(log) + "/postgres";
            Study study;
            try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
                start = System.nanoTime();
                study = writeStudy(db, projectId, schema, annotators, seed);
                System.out.printf("   %,d assignments (DONE) and %,d spans written over JDBC (COPY) and analysed in "
                        + "%.1f s; %,d spans kept exactly, %,d moved, %,d relabelled, %,d replaced%n",
                        study.assignments(), study.spans(), (System.nanoTime() - start) / 1e9, study.kept(),
                        study.moved(), study.relabelled(), study.replaced());
            }
            if (study.spans() != (long) size * ANNOTATORS * SPANS) {
                throw new IllegalStateException("the database holds " + study.spans() + " spans, not "
                        + (long) size * ANNOTATORS * SPANS);
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
                jcmd(serverProcess, "JFR.start", "name=agreement", "settings=profile");
            }
            List<Double> times = new ArrayList<>();
            Response report = null;
            try (RssSampler sampler = new RssSampler(serverProcess.pid())) {
                for (int run = 1; run <= runs; run++) {
                    start = System.nanoTime();
                    report = api.get("/api/v1/projects/" + projectId + "/agreement");
                    double seconds = (System.nanoTime() - start) / 1e9;
                    report.expect(200, "the agreement report");
                    times.add(seconds);
                    System.out.printf("   report %d: %.2f s, %,d bytes%n", run, seconds,
                            report.body().getBytes(StandardCharsets.UTF_8).length);
                }
                figures.add(Figure.of(prefix + "server JVM RSS, highest sampled during the reports",
                        sampler.peakKilobytes() / 1024.0, "MB"));
            }
            if (jfr) {
                jcmd(serverProcess, "JFR.stop", "name=agreement", "filename=" + recording);
                System.out.println("   flight recording of the reports: " + recording);
                System.out.println(run(Path.of(System.getProperty("java.home"), "bin", "jfr").toString(), "view",
                        "--width", "200", "hot-methods", recording.toString()));
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

    /** The span layer and its labels' ids, in the order of {@link #LABELS}. */
    private record Schema(UUID layerId, List<UUID> labelIds) {
    }

    /** One span layer, overlapping allowed, with {@value #LABEL_COUNT} labels, made through the schema API. */
    private static Schema createLayer(ApiClient api, UUID projectId) {
        Response layer = api.post("/api/v1/projects/" + projectId + "/layers", "{\"name\":\"" + LAYER + "\","
                + "\"kind\":\"SPAN\",\"overlapAllowed\":true,\"ordered\":false,\"description\":\"\"}");
        layer.expect(201, "adding the span layer");
        UUID layerId = UUID.fromString(layer.json().get("id").asString());
        JsonNode labels = null;
        for (int l = 0; l < LABEL_COUNT; l++) {
            Response label = api.post("/api/v1/layers/" + layerId + "/labels", "{\"name\":\"" + LABELS.get(l)
                    + "\",\"colour\":\"" + COLOURS[l] + "\",\"key\":\"" + (l + 1) + "\",\"description\":\"\"}");
            label.expect(201, "adding the label " + LABELS.get(l));
            labels = label.json().get("labels");
        }
        List<UUID> ids = new ArrayList<>();
        for (String name : LABELS) {
            for (JsonNode label : labels) {
                if (label.get("name").asString().equals(name)) {
                    ids.add(UUID.fromString(label.get("id").asString()));
                }
            }
        }
        if (ids.size() != LABEL_COUNT) {
            throw new IllegalStateException("the layer has labels " + labels + ", not " + LABELS);
        }
        return new Schema(layerId, ids);
    }

    /** What was written: rows, and how the annotators' spans came about. */
    private record Study(long assignments, long spans, long kept, long moved, long relabelled, long replaced) {
    }

    /** The assignments (DONE) and the spans, written with COPY in one transaction, then ANALYZEd. */
    private static Study writeStudy(Connection db, UUID projectId, Schema schema, List<UUID> annotators, long seed)
            throws Exception {
        List<UUID> documents = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id, code_points from document "
                + "where project_id = ? order by position")) {
            select.setObject(1, projectId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    documents.add(rows.getObject(1, UUID.class));
                    lengths.add(rows.getInt(2));
                }
            }
        }
        db.setAutoCommit(false);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        Random ids = new Random(seed ^ 0x5EED);
        Instant finished = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        CopyIn assignments = copy.copyIn("copy assignment (id, project_id, document_id, annotator_id, status, "
                + "active_seconds, assigned_at, started_at, finished_at) from stdin");
        try {
            StringBuilder rows = new StringBuilder();
            for (int d = 0; d < documents.size(); d++) {
                for (UUID annotator : annotators) {
                    int active = 240 + ids.nextInt(480);
                    Instant done = finished.minusSeconds(ids.nextInt(20 * 86_400));
                    rows.append(uuid(ids)).append('\t').append(projectId).append('\t').append(documents.get(d))
                            .append('\t').append(annotator).append("\tDONE\t").append(active).append('\t')
                            .append(finished.minus(22, ChronoUnit.DAYS)).append('\t')
                            .append(done.minusSeconds(active)).append('\t').append(done).append('\n');
                }
                if (rows.length() > 1 << 16) {
                    write(assignments, rows);
                }
            }
            write(assignments, rows);
            assignments.endCopy();
        } finally {
            if (assignments.isActive()) {
                assignments.cancelCopy();
            }
        }
        long[] kinds = new long[4];
        CopyIn spans = copy.copyIn("copy span_annotation (id, document_id, annotator_id, layer_id, label_id, "
                + "start_offset, end_offset) from stdin");
        try {
            Random random = new Random(seed);
            StringBuilder rows = new StringBuilder();
            for (int d = 0; d < documents.size(); d++) {
                for (Span span : writeSpans(random, lengths.get(d), kinds)) {
                    rows.append(uuid(ids)).append('\t').append(documents.get(d)).append('\t')
                            .append(annotators.get(span.annotator())).append('\t').append(schema.layerId())
                            .append('\t').append(schema.labelIds().get(span.label())).append('\t')
                            .append(span.start()).append('\t').append(span.end()).append('\n');
                }
                if (rows.length() > 1 << 16) {
                    write(spans, rows);
                }
            }
            write(spans, rows);
            spans.endCopy();
        } finally {
            if (spans.isActive()) {
                spans.cancelCopy();
            }
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze");
        }
        return new Study(count(db, "select count(*) from assignment where project_id = ? and status = 'DONE'",
                projectId), count(db, "select count(*) from span_annotation s join document d on d.id = "
                        + "s.document_id where d.project_id = ?", projectId), kinds[0], kinds[1], kinds[2],
                kinds[3]);
    }

    /** One annotator's span: [start, end) in code points, the label's index in {@link #LABELS}. */
    record Span(int annotator, int label, int start, int end) {
    }

    /**
     * The spans of one document of {@code length} code points: {@value #SPANS} "true" spans (5 to 120 code points,
     * most short; labels as {@link #LABEL_WEIGHTS}), and each of the {@value #ANNOTATORS} annotators' version of
     * each: the same span (p = 0.6), one boundary moved by 1 to 8 code points (0.2), another label (0.1), or some
     * other stretch with any label instead (0.1). {@code kinds} counts the four outcomes.
     */
    static List<Span> writeSpans(Random random, int length, long[] kinds) {
        List<Span> spans = new ArrayList<>(SPANS * ANNOTATORS);
        for (int s = 0; s < SPANS; s++) {
            int[] truth = randomSpan(random, length);
            int label = weightedLabel(random);
            for (int a = 0; a < ANNOTATORS; a++) {
                double fate = random.nextDouble();
                if (fate < 0.6) {
                    kinds[0]++;
                    spans.add(new Span(a, label, truth[0], truth[1]));
                } else if (fate < 0.8) {
                    kinds[1]++;
                    int shift = (1 + random.nextInt(8)) * (random.nextBoolean() ? 1 : -1);
                    int start = truth[0];
                    int end = truth[1];
                    if (random.nextBoolean()) {
                        start = Math.clamp(start + shift, 0, end - 1);
                    } else {
                        end = Math.clamp(end + shift, start + 1, length);
                    }
                    spans.add(new Span(a, label, start, end));
                } else if (fate < 0.9) {
                    kinds[2]++;
                    int other = (label + 1 + random.nextInt(LABEL_COUNT - 1)) % LABEL_COUNT;
                    spans.add(new Span(a, other, truth[0], truth[1]));
                } else {
                    kinds[3]++;
                    int[] instead = randomSpan(random, length);
                    spans.add(new Span(a, weightedLabel(random), instead[0], instead[1]));
                }
            }
        }
        return spans;
    }

    /** [start, end) of 5 to 120 code points (fewer in a shorter text), short ones likelier, as words and phrases. */
    private static int[] randomSpan(Random random, int length) {
        double u = random.nextDouble();
        int size = Math.min(5 + (int) (115 * u * u), Math.max(1, length - 1));
        int start = random.nextInt(Math.max(1, length - size + 1));
        return new int[] {start, start + size};
    }

    private static int weightedLabel(Random random) {
        double u = random.nextDouble();
        for (int l = 0; l < LABEL_COUNT; l++) {
            u -= LABEL_WEIGHTS[l];
            if (u < 0) {
                return l;
            }
        }
        return LABEL_COUNT - 1;
    }

    /** A version 4 UUID from the seeded generator, so that a run repeats its ids. */
    private static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static void write(CopyIn copy, StringBuilder rows) throws Exception {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
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

    /** The server: the harness's only child JVM (the benchmark runs one server at a time). */
    private static ProcessHandle serverProcess() {
        List<ProcessHandle> javas = ProcessHandle.current().children()
                .filter(child -> child.info().command().map(command -> command.endsWith("java")).orElse(false))
                .toList();
        if (javas.size() != 1) {
            throw new IllegalStateException("expected one server JVM among the harness's children, found "
                    + javas.size());
        }
        return javas.getFirst();
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

    private static void jcmd(ProcessHandle process, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Long.toString(process.pid())));
        line.addAll(List.of(command));
        System.out.println("   " + run(line.toArray(String[]::new)).strip());
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static long count(Connection db, String sql, UUID projectId) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, projectId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String seconds(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.2f", v)).toList());
    }

    /** The embedded PostgreSQL's port, as the server logged it. */
    private static int postgresPort(Path log) throws Exception {
        Matcher line = POSTGRES_PORT.matcher(Files.readString(log));
        if (!line.find()) {
            throw new IllegalStateException("the server log " + log + " does not say on which port its embedded "
                    + "PostgreSQL runs; an external database cannot be reached from here");
        }
        return Integer.parseInt(line.group(1));
    }
}
