package org.slant.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exporting a large study as a dataset (PERFORMANCE.md: 1,000,000 spans as jsonl and spans-csv within 3x of
 * PostgreSQL's own COPY of the same rows in the same run, heap flat under 256 MB), through the REST API of the
 * production jar, on a server of its own per corpus size (a fresh data directory). {@link BenchStudy} builds the
 * study: 3 annotators, one span layer of 8 labels with two attributes (Certainty, a choice; Quoted, true or false),
 * {@value #TRUTH_SPANS} true spans a document of which the annotators mark their versions, the last one by the first
 * annotator only: 100 spans a document, 1,000,000 for 10,000 documents, {@value #ATTRIBUTE_PERCENT}% of them with
 * one or two attribute values. Then, for {@code jsonl} and {@code spans-csv}, {@code slant.bench.runs} times,
 * {@code GET /api/v1/projects/{id}/export?format=F&raw=true} (the data file alone) with a personal access token,
 * the body streamed into a counting sink (timed until its headers, which come once the server has prepared the file,
 * and until its last byte); and once each, the zip bundle with its manifest (without {@code raw}),
 * saved and listed. Beside it, in the same run, PostgreSQL alone: {@code COPY (select ...) TO STDOUT WITH (FORMAT
 * csv, HEADER)} of the same span rows (document id, story, outlet, annotator, layer, label, start, end, the span's
 * text, attributes) through the JDBC {@code CopyManager}, counted and dropped, and the ratio of each export to it.
 * PostgreSQL's {@code substr} walks a UTF-8 text from its start to find a character offset, which makes most of that
 * COPY's time; so beside it, what the export has to read from the database: the same rows without the span's text,
 * then each document's text once (two COPYs), and the ratio to that too.
 *
 * <p>The server's heap: it logs its collections ({@code -Xlog:gc} in {@code JDK_JAVA_OPTIONS}, a file of its own);
 * for each export the log lines written meanwhile give the heap used before each collection (the peak is the
 * highest of those and of the heap used after the export, {@code jcmd PID GC.heap_info}) and after it (what
 * survived). Sampling from outside ({@code jstat}, {@code jcmd} every 100 ms) would start a JVM per sample on the
 * same two cores and miss the peaks between samples; the log sees every collection at no cost. Then the server is
 * restarted on the same data with {@code -Xmx256m} and each format exported once more: it must complete, and its
 * peak is reported too.
 *
 * <p>The exports must be sound or the benchmark fails: as many JSON lines as documents, as many CSV records as
 * spans (after the header), and for a sample of documents and of CSV rows, every span's {@code text} equal to the
 * document's text from {@code start} to {@code end} in code points. With {@code slant.bench.jfr=true} the raw
 * exports of the largest size are recorded with Java Flight Recorder into {@code target/bench/export/} and the hot
 * methods printed.
 *
 * <p>Gold: the first annotator's spans are written as gold merged by a rule (MAJORITY) and every document's curation
 * is left in progress, as a pre-merge of the whole project leaves it; then the gold jsonl
 * ({@code source=gold&gold=any}, a JSON line per document with gold's spans) is exported like the two formats. Gold in progress is not put beside
 * the annotators' labels (only curated gold is, by default), so the jsonl and spans-csv exports read the same as
 * without it.
 */
final class ExportBenchmark implements Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    private static final String READY_LINE = "Slant is ready at";
    private static final int TRUTH_SPANS = 34;
    private static final int ATTRIBUTE_PERCENT = 30;
    private static final BenchStudy.Shape SHAPE = new BenchStudy.Shape(TRUTH_SPANS, true, ATTRIBUTE_PERCENT / 100.0);
    private static final int LARGEST = 10_000;
    private static final int JSONL_SAMPLE_EVERY = 97;
    private static final int CSV_SAMPLE_EVERY = 9_973;
    private static final String CAPPED_HEAP = "-Xmx256m";
    private static final double HEAP_TARGET_MB = 256;
    private static final double RATIO_TARGET = 3;
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String description() {
        return "exporting 10,000 docs x 3 annotators (1,000,000 spans written over JDBC) as jsonl and spans-csv, "
                + "and their gold (330,000 spans) as jsonl, through the REST API of the production jar, against "
                + "PostgreSQL's COPY of the same rows; the server's heap, and the same under -Xmx256m";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        int runs = settings.number("slant.bench.runs", 3);
        boolean jfr = Boolean.parseBoolean(BenchSettings.text("slant.bench.jfr", "false"));
        Path work = Files.createDirectories(settings.directory().resolve("export"));
        List<Figure> figures = new ArrayList<>();
        List<Integer> sizes = settings.numbers("slant.bench.sizes", "1000,10000").stream().sorted().distinct()
                .filter(size -> {
                    if (size > LARGEST) {
                        System.out.printf("   size %,d left out: the export benchmark goes up to %,d documents%n",
                                size, LARGEST);
                    }
                    return size <= LARGEST;
                }).toList();
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("slant.bench.sizes names no size up to " + LARGEST);
        }
        for (int size : sizes) {
            figures.addAll(measure(jar, work, settings.directory(), size, runs, settings.seed(),
                    jfr && size == sizes.getLast()));
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
        long spans = (long) size * SHAPE.spansPerDocument();
        String prefix = Numbers.format(size) + " docs, " + Numbers.format(spans) + " spans: ";
        boolean largest = size == LARGEST;
        List<Figure> figures = new ArrayList<>();
        Path data = Files.createTempDirectory("slant-bench-export-");
        Path log = work.resolve("server-" + size + ".log");
        Path gcLog = work.resolve("gc-" + size + ".log");
        Files.deleteIfExists(gcLog);
        UUID projectId;
        String token;
        Map<String, Double> rawMedians = new LinkedHashMap<>();
        List<Kind> kinds;
        try (SlantServer server = SlantServer.launch(jar, data, log, Map.of("SLANT_IMPORT_MAX_UPLOAD", "100MB",
                "JDK_JAVA_OPTIONS", gcLogging(gcLog)))) {
            server.awaitLoginPage(START_TIMEOUT);
            server.awaitLogLine(READY_LINE, START_TIMEOUT);
            ProcessHandle serverProcess = BenchStudy.serverProcess();
            BenchStudy.Study study = BenchStudy.build(server, log, corpus, size, "Export benchmark " + size, SHAPE,
                    seed);
            projectId = study.projectId();
            token = study.token();
            Exporter exporter = new Exporter(server.port(), token, projectId);
            long goldSpans = writeGold(study.jdbc(), projectId);
            kinds = List.of(new Kind("jsonl", "jsonl", spans, true), new Kind("spans-csv", "spans-csv", spans, true),
                    new Kind("gold jsonl", "jsonl&source=gold&gold=any", goldSpans, false));

            // the floor: PostgreSQL alone writing the same span rows as CSV; and what the export must read from it
            List<Double> floor = new ArrayList<>();
            List<Double> readFloor = new ArrayList<>();
            long floorBytes = 0;
            long readBytes = 0;
            try (Connection db = DriverManager.getConnection(study.jdbc(), "postgres", "")) {
                CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
                for (int run = 1; run <= runs; run++) {
                    BenchSinks.Counting out = new BenchSinks.Counting();
                    long start = System.nanoTime();
                    long rows = copy.copyOut(spanRowsSql(projectId, true), out);
                    floor.add((System.nanoTime() - start) / 1e9);
                    floorBytes = out.bytes();
                    if (rows != spans) {
                        throw new IllegalStateException("COPY gave " + rows + " span rows, not " + spans);
                    }
                    out = new BenchSinks.Counting();
                    start = System.nanoTime();
                    rows = copy.copyOut(spanRowsSql(projectId, false), out);
                    long texts = copy.copyOut(textsSql(projectId), out);
                    readFloor.add((System.nanoTime() - start) / 1e9);
                    readBytes = out.bytes();
                    if (rows != spans || texts != size) {
                        throw new IllegalStateException("COPY gave " + rows + " span rows and " + texts
                                + " texts, not " + spans + " and " + size);
                    }
                }
            }
            System.out.printf("   PostgreSQL's COPY of the %,d span rows as CSV (%.1f MB): %s s; of the span rows "
                    + "without their text and then the %,d documents' texts (%.1f MB): %s s%n", spans,
                    floorBytes / 1e6, seconds(floor), size, readBytes / 1e6, seconds(readFloor));
            double floorMedian = Numbers.median(floor);
            double readMedian = Numbers.median(readFloor);
            figures.add(Figure.of(prefix + "PostgreSQL alone: COPY of the span rows (span text by substr) to stdout "
                    + "as CSV, median of " + runs, floorMedian, "s"));
            figures.add(Figure.of(prefix + "that COPY's size", floorBytes / 1e6, "MB"));
            figures.add(Figure.of(prefix + "PostgreSQL alone: COPY of what the export reads (the span rows without "
                    + "text, then each document's text once), median of " + runs, readMedian, "s"));

            GcLog gc = new GcLog(gcLog);
            for (Kind kind : kinds) {
                String format = kind.name();
                Path recording = work.resolve("export-" + size + "-" + kind.file() + ".jfr");
                if (jfr) {
                    BenchStudy.jcmd(serverProcess, "JFR.start", "name=export-" + kind.file(), "settings=profile");
                }
                List<Double> times = new ArrayList<>();
                List<Double> headerTimes = new ArrayList<>();
                List<Heap> heaps = new ArrayList<>();
                long bytes = 0;
                for (int run = 1; run <= runs; run++) {
                    gc.mark();
                    Export export = exporter.raw(kind, run == 1);
                    Heap heap = gc.since(heapUsedKilobytes(serverProcess));
                    check(export, kind, size, study.jdbc());
                    times.add(export.seconds());
                    headerTimes.add(export.timing().headers());
                    heaps.add(heap);
                    bytes = export.bytes();
                    System.out.printf("   %s %d: %.2f s, %,d bytes, %,d %s; heap: peak %.0f MB, highest after a "
                            + "collection %.0f MB, %d collections%n", format, run, export.seconds(), export.bytes(),
                            export.count(), kind.lines() ? "lines" : "records", heap.peakMb(),
                            heap.afterMb(), heap.collections());
                }
                if (jfr) {
                    BenchStudy.jcmd(serverProcess, "JFR.stop", "name=export-" + kind.file(), "filename=" + recording);
                    System.out.println("   flight recording of the " + format + " exports: " + recording);
                    System.out.println(BenchStudy.hotMethods(recording));
                }
                double median = Numbers.median(times);
                rawMedians.put(format, median);
                String what = prefix + format + ": ";
                figures.add(Figure.of(what + "export through the API (raw=true, read to the end), median of " + runs,
                        median, "s"));
                for (int run = 0; run < times.size(); run++) {
                    figures.add(Figure.of(what + "run " + (run + 1), times.get(run), "s"));
                }
                figures.add(Figure.of(what + "until the response's headers (the file prepared on the server, its "
                        + "snapshot ended), median of " + runs, Numbers.median(headerTimes), "s"));
                figures.add(Figure.of(what + "size", bytes / 1e6, "MB"));
                figures.add(Figure.of(what + "throughput", bytes / 1e6 / median, "MB/s"));
                figures.add(Figure.of(what + "spans per second", kind.spans() / median, "spans/s"));
                if (!kind.comparedWithCopy()) {
                    figures.add(Figure.of(what + "spans in it", kind.spans(), "spans"));
                    figures.add(Figure.of(what + "export / the annotators' jsonl (" + Numbers.format(spans)
                            + " spans)", median / rawMedians.get("jsonl"), "x"));
                } else if (largest) {
                    figures.add(Figure.below(what + "export / PostgreSQL's COPY of the span rows", median / floorMedian,
                            "x", RATIO_TARGET));
                } else {
                    figures.add(Figure.of(what + "export / PostgreSQL's COPY of the span rows", median / floorMedian,
                            "x"));
                }
                if (kind.comparedWithCopy()) {
                    figures.add(Figure.of(what + "export / PostgreSQL's COPY of what the export reads", median
                            / readMedian, "x"));
                }
                double peak = heaps.stream().mapToDouble(Heap::peakMb).max().orElseThrow();
                double after = heaps.stream().mapToDouble(Heap::afterMb).max().orElseThrow();
                figures.add(Figure.of(what + "server heap used, peak during the exports (default heap)", peak,
                        "MB"));
                figures.add(Figure.of(what + "server heap after a collection, highest during the exports", after,
                        "MB"));

                gc.mark();
                Export bundle = exporter.bundle(kind, work.resolve("bundle-" + size + "-" + kind.file() + ".zip"));
                Heap heap = gc.since(heapUsedKilobytes(serverProcess));
                List<String> entries = checkBundle(bundle.file(), format);
                System.out.printf("   %s bundle: %.2f s, %,d bytes, entries %s; heap peak %.0f MB%n", format,
                        bundle.seconds(), bundle.bytes(), entries, heap.peakMb());
                figures.add(Figure.of(what + "zip bundle with manifest, once", bundle.seconds(), "s"));
                figures.add(Figure.of(what + "zip bundle size", bundle.bytes() / 1e6, "MB"));
            }
            PostgresProcesses.proportionalKilobytes(data).ifPresent(kb -> figures.add(Figure.of(prefix
                    + "embedded PostgreSQL PSS afterwards", kb / 1024.0, "MB")));
            SlantServer.Stop stop = server.stop(STOP_PATIENCE);
            figures.add(Figure.exactly(prefix + "stops that needed SIGKILL", stop.clean() ? 0 : 1, "stops", 0));
        }

        // the same data on a server whose heap is capped at 256 MB
        Path cappedLog = work.resolve("server-" + size + "-xmx256m.log");
        Path cappedGcLog = work.resolve("gc-" + size + "-xmx256m.log");
        Files.deleteIfExists(cappedGcLog);
        try (SlantServer server = SlantServer.launch(jar, data, cappedLog, Map.of("JDK_JAVA_OPTIONS",
                CAPPED_HEAP + " " + gcLogging(cappedGcLog)))) {
            server.awaitLoginPage(START_TIMEOUT);
            server.awaitLogLine(READY_LINE, START_TIMEOUT);
            ProcessHandle serverProcess = BenchStudy.serverProcess();
            Exporter exporter = new Exporter(server.port(), token, projectId);
            GcLog gc = new GcLog(cappedGcLog);
            for (Kind kind : kinds) {
                String format = kind.name();
                gc.mark();
                Export export = exporter.raw(kind, false);
                Heap heap = gc.since(heapUsedKilobytes(serverProcess));
                check(export, kind, size, null);
                System.out.printf("   %s with %s: %.2f s, %,d bytes; heap: peak %.0f MB, highest after a collection "
                        + "%.0f MB, %d collections%n", format, CAPPED_HEAP, export.seconds(), export.bytes(),
                        heap.peakMb(), heap.afterMb(), heap.collections());
                String what = prefix + format + " on a server with " + CAPPED_HEAP + ": ";
                figures.add(Figure.of(what + "export, completed (first after a restart)", export.seconds(), "s"));
                figures.add(Figure.of(what + "export / the default heap's median", export.seconds()
                        / rawMedians.get(format), "x"));
                figures.add(Figure.below(what + "server heap used, peak", heap.peakMb(), "MB", HEAP_TARGET_MB));
                figures.add(Figure.of(what + "server heap after a collection, highest", heap.afterMb(), "MB"));
            }
            SlantServer.Stop stop = server.stop(STOP_PATIENCE);
            figures.add(Figure.exactly(prefix + "stops with " + CAPPED_HEAP + " that needed SIGKILL",
                    stop.clean() ? 0 : 1, "stops", 0));
            long errors = 0;
            for (Path file : List.of(log, cappedLog)) {
                errors += Files.readAllLines(file).stream().filter(line -> line.contains(" ERROR ")
                        || line.contains("OutOfMemoryError")).count();
            }
            figures.add(Figure.exactly(prefix + "server log lines with ERROR or OutOfMemoryError", errors, "lines",
                    0));
        } finally {
            PostgresProcesses.stopLeftovers(data);
            BenchFiles.deleteRecursively(data);
        }
        return figures;
    }

    /** The JVM option that logs every collection, with its heap before and after, into {@code file}. */
    private static String gcLogging(Path file) {
        return "-Xlog:gc:file=" + file + ":uptime,level,tags:filecount=0";
    }

    /**
     * The span rows the spans-csv export holds, as PostgreSQL writes them itself: document id, story, outlet,
     * annotator, layer, label, start, end, the span's text (with {@code text}: PostgreSQL's {@code substr} counts
     * characters, i.e. code points) and the attributes, for the project's DONE work. Each document's text is
     * detoasted once (the lateral {@code d.text || ''}), not once per span: that is PostgreSQL at its best here.
     */
    static String spanRowsSql(UUID projectId, boolean text) {
        return "copy (select s.document_id, st.title as story, o.name as outlet, u.username as annotator, "
                + "l.name as layer, lb.name as label, s.start_offset as start, s.end_offset as end, "
                + (text ? "substr(x.t, s.start_offset + 1, s.end_offset - s.start_offset) as text, " : "")
                + "s.attributes from document d "
                + (text ? "cross join lateral (select d.text || '' as t offset 0) x " : "")
                + "join assignment a on a.document_id = d.id and a.status = 'DONE' "
                + "join span_annotation s on s.document_id = a.document_id and s.annotator_id = a.annotator_id "
                + "join app_user u on u.id = s.annotator_id join layer l on l.id = s.layer_id "
                + "join label lb on lb.id = s.label_id left join story st on st.id = d.story_id "
                + "left join outlet o on o.id = d.outlet_id where d.project_id = '" + projectId + "') "
                + "to stdout with (format csv, header)";
    }

    /** The documents' texts, each once, in export order. */
    static String textsSql(UUID projectId) {
        return "copy (select d.id, d.text from document d where d.project_id = '" + projectId + "' "
                + "order by d.position) to stdout with (format csv)";
    }

    /**
     * Gold as a pre-merge of the whole project leaves it: the first annotator's spans merged by MAJORITY, every
     * document's curation in progress. Written straight into the database, as the study's work is.
     *
     * @return how many gold spans
     */
    private static long writeGold(String jdbc, UUID projectId) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                PreparedStatement spans = db.prepareStatement("insert into gold_span (id, document_id, layer_id, "
                        + "label_id, start_offset, end_offset, attributes, origin, origin_detail, person_made) "
                        + "select gen_random_uuid(), s.document_id, s.layer_id, s.label_id, s.start_offset, "
                        + "s.end_offset, s.attributes, 'MERGED', 'MAJORITY', false from span_annotation s "
                        + "join document d on d.id = s.document_id where d.project_id = ? and s.annotator_id = "
                        + "(select min(a.annotator_id::text)::uuid from assignment a where a.project_id = ?)");
                PreparedStatement curation = db.prepareStatement("insert into curation (document_id, project_id, "
                        + "status) select id, project_id, 'IN_PROGRESS' from document where project_id = ?");
                PreparedStatement analyze = db.prepareStatement("analyze gold_span, curation")) {
            spans.setObject(1, projectId);
            spans.setObject(2, projectId);
            long written = spans.executeUpdate();
            curation.setObject(1, projectId);
            curation.executeUpdate();
            analyze.execute();
            System.out.printf("   gold: %,d spans merged by MAJORITY, every document in progress%n", written);
            return written;
        }
    }

    /**
     * What is exported: a name for the figures, the query asking for it, the spans it holds, and whether PostgreSQL's
     * COPY of the annotators' span rows is its floor.
     */
    private record Kind(String name, String query, long spans, boolean comparedWithCopy) {

        boolean lines() {
            return query.startsWith("jsonl");
        }

        String file() {
            return name.replace(' ', '-');
        }
    }

    /** One download: its time until the last byte was read, its size, its lines or records, what the sink kept. */
    private record Export(Timing timing, long bytes, long count, List<String> sample, String header, Path file) {

        double seconds() {
            return timing.seconds();
        }
    }

    /** Seconds until the response's headers arrived (the export prepared on the server), and until its last byte. */
    private record Timing(double headers, double seconds) {
    }

    /** Downloads exports over HTTP with a personal access token, as a user's script would. */
    private static final class Exporter {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;
        private final String authorization;

        Exporter(int port, String token, UUID projectId) {
            this.base = "http://localhost:" + port + "/api/v1/projects/" + projectId + "/export?format=";
            this.authorization = "Bearer " + token;
        }

        /** The data file alone, counted; with {@code sample}, a sample of its lines or records kept. */
        Export raw(Kind kind, boolean sample) throws Exception {
            if (kind.lines()) {
                BenchSinks.Lines sink = new BenchSinks.Lines(sample ? JSONL_SAMPLE_EVERY : 0);
                Timing timing = download(kind.query() + "&raw=true", sink);
                return new Export(timing, sink.bytes(), sink.lines(), sink.sample(), null, null);
            }
            BenchSinks.CsvRecords sink = new BenchSinks.CsvRecords(sample ? CSV_SAMPLE_EVERY : 0);
            Timing timing = download(kind.query() + "&raw=true", sink);
            if (sink.unbalanced()) {
                throw new IllegalStateException("the " + kind.name() + " export ends inside a quoted field");
            }
            return new Export(timing, sink.bytes(), sink.records(), sink.sample(), sink.header(), null);
        }

        /** The zip bundle with its manifest, saved to {@code file}. */
        Export bundle(Kind kind, Path file) throws Exception {
            long[] bytes = new long[1];
            Timing timing;
            try (OutputStream out = Files.newOutputStream(file)) {
                timing = download(kind.query(), new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        bytes[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        bytes[0] += len;
                    }
                });
            }
            return new Export(timing, bytes[0], 0, List.of(), null, file);
        }

        /** Seconds from sending the request until its headers came, and until the body's last byte is in {@code sink}. */
        private Timing download(String query, OutputStream sink) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + query)).header("Authorization",
                    authorization).timeout(Duration.ofMinutes(30)).GET().build();
            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            double headers = (System.nanoTime() - start) / 1e9;
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    String text = new String(body.readNBytes(2_000), StandardCharsets.UTF_8);
                    throw new IllegalStateException("GET " + base + query + " answered " + response.statusCode()
                            + ": " + text);
                }
                byte[] buffer = new byte[1 << 16];
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    sink.write(buffer, 0, read);
                }
            }
            return new Timing(headers, (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Fails unless the export holds what the study has: a JSON line per document, a CSV record per span after the
     * header; and, in what was sampled, every span's text equal to its document's text from start to end.
     */
    private static void check(Export export, Kind kind, int documents, String jdbc) throws Exception {
        long spans = kind.spans();
        if (kind.lines()) {
            if (export.count() != documents) {
                throw new IllegalStateException("the " + kind.name() + " export has " + export.count()
                        + " lines, not " + documents);
            }
            if (!export.sample().isEmpty()) {
                checkJsonLines(export.sample());
            }
            return;
        }
        if (export.count() - 1 != spans) {
            throw new IllegalStateException("the spans-csv export has " + (export.count() - 1) + " records after "
                    + "its header, not " + spans);
        }
        if (!export.sample().isEmpty()) {
            checkCsvRecords(export.header(), export.sample(), jdbc);
        }
    }

    /** Each sampled document's spans (any object with start, end and text, however nested) against its text. */
    private static void checkJsonLines(List<String> lines) {
        long checked = 0;
        for (String line : lines) {
            JsonNode document = JSON.readTree(line);
            JsonNode text = document.get("text");
            if (text == null || !text.isString()) {
                throw new IllegalStateException("a jsonl line has no text: " + abbreviate(line));
            }
            List<JsonNode> found = new ArrayList<>();
            spansIn(document, found);
            for (JsonNode span : found) {
                checkSpan(text.asString(), span.get("start").asInt(), span.get("end").asInt(),
                        span.get("text").asString(), document.get("id"));
                checked++;
            }
        }
        if (checked == 0) {
            throw new IllegalStateException("no spans (objects with start, end and text) in " + lines.size()
                    + " sampled jsonl lines, e.g. " + abbreviate(lines.getFirst()));
        }
        System.out.printf("   jsonl: %,d spans of %,d sampled documents checked: text = text[start:end]%n", checked,
                lines.size());
    }

    private static void spansIn(JsonNode node, List<JsonNode> found) {
        if (node.isObject() && node.has("start") && node.has("end") && node.has("text")
                && node.get("start").isIntegralNumber()) {
            found.add(node);
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                spansIn(child, found);
            }
        }
    }

    /** Sampled CSV records against their documents' texts, read from the database. */
    private static void checkCsvRecords(String header, List<String> records, String jdbc) throws Exception {
        if (header == null) {
            throw new IllegalStateException("the spans-csv export has no header");
        }
        List<String> names;
        try (CSVParser parser = CSVParser.parse(new StringReader(header), CSVFormat.RFC4180)) {
            names = parser.getRecords().getFirst().toList().stream().map(name -> name.strip().toLowerCase()).toList();
        }
        int document = column(names, "document_id", "document", "doc_id", "id");
        int start = column(names, "start");
        int end = column(names, "end");
        int text = column(names, "text");
        Map<String, String> texts = new LinkedHashMap<>();
        List<CSVRecord> parsed = new ArrayList<>();
        for (String record : records) {
            try (CSVParser parser = CSVParser.parse(new StringReader(record), CSVFormat.RFC4180)) {
                CSVRecord row = parser.getRecords().getFirst();
                parsed.add(row);
                texts.put(row.get(document), null);
            }
        }
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                PreparedStatement select = db.prepareStatement("select text from document where id = ?")) {
            for (String id : List.copyOf(texts.keySet())) {
                select.setObject(1, UUID.fromString(id));
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("the spans-csv export names document " + id + ", which the "
                                + "database does not hold");
                    }
                    texts.put(id, rows.getString(1));
                }
            }
        }
        for (CSVRecord row : parsed) {
            checkSpan(texts.get(row.get(document)), Integer.parseInt(row.get(start)), Integer.parseInt(row.get(end)),
                    row.get(text), row.get(document));
        }
        System.out.printf("   spans-csv: %,d sampled rows checked against their documents' texts: text = "
                + "text[start:end]; columns %s%n", parsed.size(), names);
    }

    private static int column(List<String> names, String... candidates) {
        for (String candidate : candidates) {
            int index = names.indexOf(candidate);
            if (index >= 0) {
                return index;
            }
        }
        throw new IllegalStateException("the spans-csv header " + names + " has no column " + String.join(" or ",
                candidates));
    }

    /** {@code span == text[start:end]}, offsets in code points. */
    private static void checkSpan(String text, int start, int end, String span, Object document) {
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end > length || start >= end) {
            throw new IllegalStateException("a span of document " + document + " has offsets [" + start + ", " + end
                    + ") outside its text of " + length + " code points");
        }
        String expected = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        if (!expected.equals(span)) {
            throw new IllegalStateException("a span of document " + document + " at [" + start + ", " + end
                    + ") has text '" + span + "', but text[start:end] is '" + expected + "'");
        }
    }

    /** The bundle's entries; fails unless it has a manifest and a data file. */
    private static List<String> checkBundle(Path file, String format) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName() + " (" + entry.getSize() + " bytes)");
            }
        }
        if (names.stream().noneMatch(name -> name.toLowerCase().contains("manifest")) || names.size() < 2) {
            throw new IllegalStateException("the " + format + " bundle holds " + names + ": no manifest, or no data");
        }
        return names;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** The heap during one export: the peak used, the highest left after a collection, the collections. */
    private record Heap(double peakMb, double afterMb, int collections) {
    }

    /** The server's GC log ({@code -Xlog:gc}), read from a mark on. */
    private static final class GcLog {
        private final Path file;
        private long mark;

        GcLog(Path file) {
            this.file = file;
        }

        void mark() throws IOException {
            mark = Files.isRegularFile(file) ? Files.size(file) : 0;
        }

        /** What the collections since the mark logged, with the heap used now as one more "before". */
        Heap since(long usedNowKilobytes) throws IOException {
            String lines;
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(mark);
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            double peak = usedNowKilobytes / 1024.0;
            double after = 0;
            int collections = 0;
            for (String line : lines.split("\n")) {
                Matcher gc = GC_LINE.matcher(line);
                if (gc.find()) {
                    collections++;
                    peak = Math.max(peak, Double.parseDouble(gc.group(1)));
                    after = Math.max(after, Double.parseDouble(gc.group(2)));
                }
            }
            return new Heap(peak, collections == 0 ? usedNowKilobytes / 1024.0 : after, collections);
        }
    }

    /** The heap the server uses now ({@code jcmd PID GC.heap_info}, its first "used"). */
    private static long heapUsedKilobytes(ProcessHandle server) throws Exception {
        String info = BenchStudy.run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), "GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info says nothing of the heap used: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static String seconds(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.2f", v)).toList());
    }
}
