package org.slant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * The automatic pre-merge of a large study into gold (PERFORMANCE.md: 10,000 docs x 3 annotators x 30 spans in under
 * 20 s), through the REST API of the production jar, on a server of its own per corpus size. The study is built as
 * for {@code agreement} ({@link BenchStudy}: one span layer of 8 labels, overlap allowed, the synthetic corpus, 3
 * annotators whose assignments are all DONE and whose 30 spans a document disagree as annotators do). Then
 * {@code POST /api/v1/projects/{id}/curation/merge} with MAJORITY is timed {@code slant.bench.runs} times, each on a
 * project without gold (the gold, its history and the curation statuses of the previous run removed over JDBC and
 * vacuumed, untimed), and after each the same merge again, which must change nothing. Then, once each: the gold
 * derived again as UNANIMOUS (what only two marked is removed), and MAJORITY on a project without gold whose layer
 * forbids overlapping spans (set over JDBC). Every merge must be sound or the benchmark fails: the spans merged are
 * the units (label, start, end) that PostgreSQL counts as marked by enough annotators, gold holds exactly those, the
 * history has a creation for each, and every span listed as left carries {@code text == text[start:end]}.
 */
final class MergeBenchmark implements Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    private static final String READY_LINE = "Slant is ready at";
    private static final int SPANS = 30;
    private static final BenchStudy.Shape SHAPE = new BenchStudy.Shape(SPANS, false, 0);
    private static final int LARGEST = 10_000;
    private static final String UNITS = "select count(*) from (select s.label_id from span_annotation s "
            + "join document d on d.id = s.document_id where d.project_id = ? "
            + "group by s.document_id, s.label_id, s.start_offset, s.end_offset "
            + "having count(distinct s.annotator_id) >= ?) units";

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String description() {
        return "the automatic pre-merge into gold (MAJORITY), 10,000 docs x 3 annotators x 30 spans, through the "
                + "REST API of the production jar; a second merge, UNANIMOUS again, and a layer without overlaps";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        int runs = settings.number("slant.bench.runs", 3);
        Path work = Files.createDirectories(settings.directory().resolve("merge"));
        List<Figure> figures = new ArrayList<>();
        for (int size : settings.numbers("slant.bench.sizes", "1000,10000").stream().sorted().distinct().toList()) {
            if (size > LARGEST) {
                System.out.printf("   size %,d left out: the merge benchmark goes up to %,d documents%n", size,
                        LARGEST);
                continue;
            }
            figures.addAll(measure(jar, work, settings.directory(), size, runs, settings.seed()));
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("slant.bench.sizes names no size up to " + LARGEST);
        }
        return figures;
    }

    private static List<Figure> measure(Path jar, Path work, Path benchDirectory, int size, int runs, long seed)
            throws Exception {
        Path corpus = SyntheticCorpus.fileIn(benchDirectory, size, seed);
        if (!Files.isRegularFile(corpus)) {
            System.out.println("   writing " + corpus);
            new SyntheticCorpus(seed).writeJsonl(corpus, size);
        }
        Path log = work.resolve("server-" + size + ".log");
        String prefix = Numbers.format(size) + " docs x " + BenchStudy.ANNOTATORS + " x " + SPANS + ": ";
        List<Figure> figures = new ArrayList<>();
        Path data = Files.createTempDirectory("slant-bench-merge-");
        try (SlantServer server = SlantServer.launch(jar, data, log, Map.of("SLANT_IMPORT_MAX_UPLOAD", "100MB"))) {
            server.awaitLoginPage(START_TIMEOUT);
            server.awaitLogLine(READY_LINE, START_TIMEOUT);
            BenchStudy.Study study = BenchStudy.build(server, log, corpus, size, "Merge benchmark " + size, SHAPE,
                    seed);
            String path = "/api/v1/projects/" + study.projectId() + "/curation/merge";
            long majority = count(study, UNITS, 2);
            long unanimous = count(study, UNITS, 3);
            System.out.printf("   PostgreSQL counts %,d spans (label, start, end) marked by 2 or 3 annotators, %,d "
                    + "by all 3%n", majority, unanimous);

            List<Double> times = new ArrayList<>();
            List<Double> again = new ArrayList<>();
            JsonNode report = null;
            for (int run = 1; run <= runs; run++) {
                removeGold(study);
                Timed first = merge(study.api(), path, "MAJORITY");
                report = first.report();
                check(study, report, size, majority, majority, 0);
                times.add(first.seconds());
                Timed second = merge(study.api(), path, "MAJORITY");
                check(study, second.report(), size, 0, majority, 0);
                if (second.report().get("counts").get("alreadyInGold").asLong() != majority) {
                    throw new IllegalStateException("the second merge found " + second.report().get("counts")
                            + " in gold, not the " + majority + " spans the first merged");
                }
                again.add(second.seconds());
                System.out.printf("   merge %d: %.2f s (%,d spans merged, %,d left); again: %.2f s%n", run,
                        first.seconds(), report.get("counts").get("spansMerged").asLong(),
                        report.get("counts").get("left").asLong(), second.seconds());
            }
            checkTexts(study, report);
            Timed stricter = merge(study.api(), path, "UNANIMOUS");
            check(study, stricter.report(), size, 0, unanimous, majority - unanimous);
            System.out.printf("   derived again as UNANIMOUS: %.2f s, %,d removed%n", stricter.seconds(),
                    stricter.report().get("counts").get("removed").asLong());

            removeGold(study);
            forbidOverlaps(study);
            Timed withoutOverlaps = merge(study.api(), path, "MAJORITY");
            JsonNode counts = withoutOverlaps.report().get("counts");
            System.out.printf("   MAJORITY where the layer forbids overlaps: %.2f s, %,d merged, %,d left%n",
                    withoutOverlaps.seconds(), counts.get("spansMerged").asLong(), counts.get("left").asLong());

            String ofRuns = ", median of " + runs;
            double median = Numbers.median(times);
            figures.add(size == LARGEST
                    ? Figure.below(prefix + "pre-merge (MAJORITY) through the API" + ofRuns, median, "s", 20)
                    : Figure.of(prefix + "pre-merge (MAJORITY) through the API" + ofRuns, median, "s"));
            for (int run = 0; run < times.size(); run++) {
                figures.add(Figure.of(prefix + "pre-merge, run " + (run + 1), times.get(run), "s"));
            }
            figures.add(Figure.of(prefix + "gold spans written per second", majority / median, "spans/s"));
            figures.add(Figure.of(prefix + "the same merge again, nothing to change" + ofRuns,
                    Numbers.median(again), "s"));
            figures.add(Figure.of(prefix + "gold derived again as UNANIMOUS (removing what 2 of 3 marked)",
                    stricter.seconds(), "s"));
            figures.add(Figure.of(prefix + "pre-merge (MAJORITY) with the layer forbidding overlaps",
                    withoutOverlaps.seconds(), "s"));
            figures.add(Figure.of(prefix + "spans merged (MAJORITY)", majority, "spans"));
            figures.add(Figure.of(prefix + "spans left (MAJORITY)", report.get("counts").get("left").asLong(),
                    "spans"));
            figures.add(Figure.of(prefix + "spans merged where overlaps are forbidden",
                    counts.get("spansMerged").asLong(), "spans"));
            figures.add(Figure.of(prefix + "spans left where overlaps are forbidden", counts.get("left").asLong(),
                    "spans"));
            server.residentMegabytes().ifPresent(mb -> figures.add(Figure.of(prefix + "server JVM RSS afterwards",
                    mb, "MB")));
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

    /** A merge's report and how long it took from sending the request until the answer was read. */
    private record Timed(JsonNode report, double seconds) {
    }

    private static Timed merge(ApiClient api, String path, String strategy) {
        long start = System.nanoTime();
        Response response = api.post(path, "{\"strategy\":\"" + strategy + "\"}");
        double seconds = (System.nanoTime() - start) / 1e9;
        response.expect(200, "the merge by " + strategy);
        return new Timed(response.json(), seconds);
    }

    /**
     * The report against the database: every document considered, the spans merged and removed as expected, gold
     * holding exactly {@code inGold} spans with a creation in the history for each.
     */
    private static void check(BenchStudy.Study study, JsonNode report, int size, long merged, long inGold,
            long removed) throws Exception {
        JsonNode counts = report.get("counts");
        List<String> problems = new ArrayList<>();
        if (counts.get("documentsConsidered").asLong() != size) {
            problems.add("it considered " + counts.get("documentsConsidered") + " documents, not " + size);
        }
        if (counts.get("spansMerged").asLong() != merged) {
            problems.add("it merged " + counts.get("spansMerged") + " spans, not " + merged);
        }
        if (counts.get("removed").asLong() != removed) {
            problems.add("it removed " + counts.get("removed") + " spans, not " + removed);
        }
        long gold = count(study, "select count(*) from gold_span g join document d on d.id = g.document_id "
                + "where d.project_id = ?");
        if (gold != inGold) {
            problems.add("gold holds " + gold + " spans, not " + inGold);
        }
        long created = count(study, "select count(distinct e.gold_id) from gold_event e join gold_span g "
                + "on g.id = e.gold_id where e.project_id = ? and e.action = 'CREATE' and e.origin = 'MERGED'");
        if (created != inGold) {
            problems.add("the history has " + created + " creations of the gold spans, not " + inGold);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the merge is not sound: " + String.join("; ", problems));
        }
    }

    /** Every span the report lists as left cuts its text out of its document's text in code points. */
    private static void checkTexts(BenchStudy.Study study, JsonNode report) throws Exception {
        Map<String, String> texts = new HashMap<>();
        int checked = 0;
        try (Connection db = DriverManager.getConnection(study.jdbc(), "postgres", "");
                PreparedStatement select = db.prepareStatement("select text from document where id = ?::uuid")) {
            for (JsonNode left : report.get("left").get("items")) {
                String id = left.get("documentId").asString();
                if (!texts.containsKey(id)) {
                    select.setString(1, id);
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        texts.put(id, rows.getString(1));
                    }
                }
                String text = texts.get(id);
                int from = text.offsetByCodePoints(0, left.get("start").asInt());
                int to = text.offsetByCodePoints(from, left.get("end").asInt() - left.get("start").asInt());
                if (!text.substring(from, to).equals(left.get("text").asString())) {
                    throw new IllegalStateException("a span left at " + left.get("start") + ".." + left.get("end")
                            + " of " + id + " says '" + left.get("text").asString() + "', not '"
                            + text.substring(from, to) + "'");
                }
                checked++;
            }
        }
        System.out.printf("   text == text[start:end] for the %,d spans listed as left%n", checked);
    }

    /** The project's gold, its history and its curation statuses gone, and the tables vacuumed, untimed. */
    private static void removeGold(BenchStudy.Study study) throws Exception {
        try (Connection db = DriverManager.getConnection(study.jdbc(), "postgres", "");
                Statement statement = db.createStatement()) {
            String project = "'" + study.projectId() + "'";
            statement.executeUpdate("delete from gold_event where project_id = " + project);
            statement.executeUpdate("delete from gold_span where document_id in (select id from document "
                    + "where project_id = " + project + ")");
            statement.executeUpdate("delete from curation where project_id = " + project);
            statement.execute("vacuum analyze gold_event, gold_span, curation");
        }
    }

    private static void forbidOverlaps(BenchStudy.Study study) throws Exception {
        try (Connection db = DriverManager.getConnection(study.jdbc(), "postgres", "");
                PreparedStatement update = db.prepareStatement("update layer set overlap_allowed = false "
                        + "where id = ?")) {
            update.setObject(1, study.schema().layerId());
            update.executeUpdate();
        }
    }

    private static long count(BenchStudy.Study study, String sql, Object... more) throws Exception {
        try (Connection db = DriverManager.getConnection(study.jdbc(), "postgres", "");
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, study.projectId());
            for (int i = 0; i < more.length; i++) {
                statement.setObject(i + 2, more[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
