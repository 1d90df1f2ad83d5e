package org.slant.bench;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * A finished study of {@value #ANNOTATORS} annotators on a production-jar server, as the agreement and export
 * benchmarks need it. Through the REST API: a project with k = {@value #ANNOTATORS}, one span layer
 * ({@value #LAYER}) of {@value #LABEL_COUNT} labels, overlap allowed (and, if asked, two attributes for every label),
 * the synthetic corpus imported as JSON Lines, {@value #ANNOTATORS} annotator accounts and their memberships, and a
 * personal access token for the admin. Slant has no API for finished work, so the assignments (all DONE) and the
 * spans are written straight into the server's embedded PostgreSQL with COPY, then ANALYZEd as autovacuum would.
 * The spans disagree as annotators do ({@link #writeSpans}): each annotator keeps each of a document's "true" spans
 * exactly (p = 0.6), moves one of its boundaries by a few characters (0.2), gives it another label (0.1) or leaves
 * it out and marks some other stretch instead (0.1). Ids come from seeded generators, so a run repeats its data.
 */
final class BenchStudy {

    static final int ANNOTATORS = 3;
    static final String LAYER = "Frame";
    /** The labels and how often the "true" spans carry each: a few common frames, a tail of rare ones. */
    static final List<String> LABELS = List.of("Economic", "Political", "Legality", "Security", "Morality",
            "Fairness", "Health", "Public opinion");
    private static final double[] LABEL_WEIGHTS = {0.25, 0.2, 0.15, 0.12, 0.1, 0.08, 0.05, 0.05};
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f"};
    static final int LABEL_COUNT = 8;
    /** The choice attribute's options, when the study has attributes. */
    static final List<String> CERTAINTY = List.of("low", "medium", "high");
    private static final String ANNOTATOR_PASSWORD = "bench-annotator-password";
    private static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL started in \\d+ ms on port "
            + "(\\d+)");

    private BenchStudy() {
    }

    /**
     * How the spans are made.
     *
     * @param truthSpans the document's "true" spans, each of which every annotator marks in their own way
     * @param lastForFirstOnly only the first annotator marks the last true span (3 x 34 - 2 = 100 spans a document)
     * @param attributeShare the share of spans with attribute values (one or two); 0: the layer has no attributes
     */
    record Shape(int truthSpans, boolean lastForFirstOnly, double attributeShare) {

        int spansPerDocument() {
            return truthSpans * ANNOTATORS - (lastForFirstOnly ? ANNOTATORS - 1 : 0);
        }

        boolean attributes() {
            return attributeShare > 0;
        }
    }

    /**
     * The span layer, its labels' ids in the order of {@link #LABELS}, and its attributes' ids (null without
     * attributes): Certainty (a choice of {@link #CERTAINTY}) and Quoted (true or false).
     */
    record Schema(UUID layerId, List<UUID> labelIds, UUID certaintyId, UUID quotedId) {
    }

    /** What was written: rows, how the annotators' spans came about, and how many carry attribute values. */
    record Written(long assignments, long spans, long kept, long moved, long relabelled, long replaced,
            long withAttributes) {
    }

    /**
     * The study as built.
     *
     * @param api the admin's client with the personal access token
     * @param token that token, for clients of the benchmark's own
     * @param jdbc the embedded PostgreSQL's URL (user {@code postgres}, no password)
     */
    record Study(UUID projectId, Schema schema, List<UUID> annotators, ApiClient api, String token, String jdbc,
            Written written) {
    }

    /**
     * Builds the study on a started server whose log is {@code log}: the project named {@code projectName}, the
     * corpus of {@code size} documents, the annotators, the token, then the assignments and spans of {@code shape}.
     * Fails when the database does not then hold {@code size} x {@link Shape#spansPerDocument()} spans.
     */
    static Study build(SlantServer server, Path log, Path corpus, int size, String projectName, Shape shape,
            long seed) throws Exception {
        ApiClient admin = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
        Response project = admin.post("/api/v1/projects", "{\"name\":\"" + projectName + "\","
                + "\"annotatorsPerDocument\":" + ANNOTATORS + "}");
        project.expect(201, "creating the project");
        UUID projectId = UUID.fromString(project.json().get("id").asString());
        Schema schema = createLayer(admin, projectId, shape.attributes());
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
        Response token = admin.post("/api/v1/users/me/tokens", "{\"name\":\"benchmark\"}");
        token.expect(201, "making an access token");
        String secret = token.json().get("token").asString();

        String jdbc = "jdbc:postgresql://localhost:" + postgresPort(log) + "/postgres";
        Written written;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            start = System.nanoTime();
            written = writeStudy(db, projectId, schema, annotators, shape, seed);
            System.out.printf("   %,d assignments (DONE) and %,d spans written over JDBC (COPY) and analysed in "
                    + "%.1f s; %,d spans kept exactly, %,d moved, %,d relabelled, %,d replaced; %,d with attribute "
                    + "values%n", written.assignments(), written.spans(), (System.nanoTime() - start) / 1e9,
                    written.kept(), written.moved(), written.relabelled(), written.replaced(),
                    written.withAttributes());
        }
        long expected = (long) size * shape.spansPerDocument();
        if (written.spans() != expected) {
            throw new IllegalStateException("the database holds " + written.spans() + " spans, not " + expected);
        }
        return new Study(projectId, schema, List.copyOf(annotators), ApiClient.bearer(server.port(), secret), secret,
                jdbc, written);
    }

    /** One span layer, overlapping allowed, with {@value #LABEL_COUNT} labels (and attributes), made through the API. */
    private static Schema createLayer(ApiClient api, UUID projectId, boolean attributes) {
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
        if (!attributes) {
            return new Schema(layerId, ids, null, null);
        }
        UUID certainty = addAttribute(api, layerId, "Certainty", "CHOICE", "[\"" + String.join("\",\"", CERTAINTY)
                + "\"]");
        UUID quoted = addAttribute(api, layerId, "Quoted", "BOOLEAN", "[]");
        return new Schema(layerId, ids, certainty, quoted);
    }

    private static UUID addAttribute(ApiClient api, UUID layerId, String name, String type, String options) {
        Response answer = api.post("/api/v1/layers/" + layerId + "/attributes", "{\"labelId\":null,\"name\":\""
                + name + "\",\"type\":\"" + type + "\",\"options\":" + options + ",\"required\":false,"
                + "\"conditionAttributeId\":null,\"conditionValue\":null,\"description\":\"\"}");
        answer.expect(201, "adding the attribute " + name);
        for (JsonNode attribute : answer.json().get("attributes")) {
            if (attribute.get("name").asString().equals(name)) {
                return UUID.fromString(attribute.get("id").asString());
            }
        }
        throw new IllegalStateException("the layer has no attribute " + name + " after adding it: " + answer.body());
    }

    /** The assignments (DONE) and the spans, written with COPY in one transaction, then ANALYZEd. */
    private static Written writeStudy(Connection db, UUID projectId, Schema schema, List<UUID> annotators,
            Shape shape, long seed) throws Exception {
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
        long withAttributes = 0;
        // a generator of its own, so that studies without attributes get the same spans and ids as before
        Random values = new Random(seed ^ 0xA77);
        CopyIn spans = copy.copyIn("copy span_annotation (id, document_id, annotator_id, layer_id, label_id, "
                + "start_offset, end_offset, attributes) from stdin");
        try {
            Random random = new Random(seed);
            StringBuilder rows = new StringBuilder();
            for (int d = 0; d < documents.size(); d++) {
                for (Span span : writeSpans(random, lengths.get(d), kinds, shape)) {
                    rows.append(uuid(ids)).append('\t').append(documents.get(d)).append('\t')
                            .append(annotators.get(span.annotator())).append('\t').append(schema.layerId())
                            .append('\t').append(schema.labelIds().get(span.label())).append('\t')
                            .append(span.start()).append('\t').append(span.end()).append('\t');
                    if (shape.attributes() && values.nextDouble() < shape.attributeShare()) {
                        withAttributes++;
                        appendAttributes(rows, schema, values);
                    } else {
                        rows.append("{}");
                    }
                    rows.append('\n');
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
        return new Written(count(db, "select count(*) from assignment where project_id = ? and status = 'DONE'",
                projectId), count(db, "select count(*) from span_annotation s join document d on d.id = "
                        + "s.document_id where d.project_id = ?", projectId), kinds[0], kinds[1], kinds[2],
                kinds[3], withAttributes);
    }

    /** One or two values, keyed by attribute id as Slant stores them: a certainty, and half the time Quoted too. */
    private static void appendAttributes(StringBuilder row, Schema schema, Random values) {
        row.append("{\"").append(schema.certaintyId()).append("\": \"")
                .append(CERTAINTY.get(values.nextInt(CERTAINTY.size()))).append('"');
        if (values.nextBoolean()) {
            row.append(", \"").append(schema.quotedId()).append("\": ").append(values.nextBoolean());
        }
        row.append('}');
    }

    /** One annotator's span: [start, end) in code points, the label's index in {@link #LABELS}. */
    record Span(int annotator, int label, int start, int end) {
    }

    /**
     * The spans of one document of {@code length} code points: {@link Shape#truthSpans()} "true" spans (5 to 120
     * code points, most short; labels weighted from 25% down to 5%), and each of the {@value #ANNOTATORS}
     * annotators' version of each (only the first annotator's of the last one, if the shape says so): the same span
     * (p = 0.6), one boundary moved by 1 to 8 code points (0.2), another label (0.1), or some other stretch with any
     * label instead (0.1). {@code kinds} counts the four outcomes.
     */
    static List<Span> writeSpans(Random random, int length, long[] kinds, Shape shape) {
        int truthSpans = shape.truthSpans();
        List<Span> spans = new ArrayList<>(shape.spansPerDocument());
        for (int s = 0; s < truthSpans; s++) {
            int[] truth = randomSpan(random, length);
            int label = weightedLabel(random);
            int annotators = shape.lastForFirstOnly() && s == truthSpans - 1 ? 1 : ANNOTATORS;
            for (int a = 0; a < annotators; a++) {
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

    static long count(Connection db, String sql, UUID projectId) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, projectId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The embedded PostgreSQL's port, as the server logged it. */
    static int postgresPort(Path log) throws Exception {
        Matcher line = POSTGRES_PORT.matcher(Files.readString(log));
        if (!line.find()) {
            throw new IllegalStateException("the server log " + log + " does not say on which port its embedded "
                    + "PostgreSQL runs; an external database cannot be reached from here");
        }
        return Integer.parseInt(line.group(1));
    }

    /** The server: the harness's only child JVM (the benchmarks run one server at a time). */
    static ProcessHandle serverProcess() {
        List<ProcessHandle> javas = ProcessHandle.current().children()
                .filter(child -> child.info().command().map(command -> command.endsWith("java")).orElse(false))
                .toList();
        if (javas.size() != 1) {
            throw new IllegalStateException("expected one server JVM among the harness's children, found "
                    + javas.size());
        }
        return javas.getFirst();
    }

    /** {@code jcmd PID command...}, its output printed. */
    static void jcmd(ProcessHandle process, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Long.toString(process.pid())));
        line.addAll(List.of(command));
        System.out.println("   " + run(line.toArray(String[]::new)).strip());
    }

    /** {@code jfr view hot-methods} of a recording. */
    static String hotMethods(Path recording) throws Exception {
        return run(Path.of(System.getProperty("java.home"), "bin", "jfr").toString(), "view", "--width", "200",
                "hot-methods", recording.toString());
    }

    /** Runs a command to its end (2 minutes at most) and answers its output; fails when it fails. */
    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
