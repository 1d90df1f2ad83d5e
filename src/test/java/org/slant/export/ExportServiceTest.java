package org.slant.export;

import org.slant.ActingAs;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ApiClient;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.export.ExportOptions.Hygiene;
import org.slant.export.ExportOptions.LabelSource;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of a study built from the seeds plus one text with emoji, NBSP and CRLF, two annotators, read back by
 * DuckDB (a reader other than ours) and by Jackson and Commons CSV.
 */
@SlantSpringTest
class ExportServiceTest {

    static final String EMOJI_TEXT = "Hi 👋🏽 NATO\u00a0talks\r\nPROMO HEADLINE\r\nStoltenberg said “no” 🇺🇦.";
    static final String PASSWORD = "export-password";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ExportService exports;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    UUID projectId;
    List<UUID> documents;
    final Map<String, User> annotators = new LinkedHashMap<>();
    LayerSchema attribution;
    LayerSchema disclosure;
    LayerSchema hygiene;

    @BeforeEach
    void aStudy() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject(new ProjectSettings("Export study " + suffix, "", "", 2, true, true))
                .getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.TEXT_HYGIENE).orElseThrow());
        List<LayerSchema> layers = schema.layers(projectId);
        attribution = layer(layers, "Attribution");
        disclosure = layer(layers, "Sourcing disclosure");
        hygiene = layer(layers, "Non-editorial");
        List<NewDocument> seeds = new ArrayList<>();
        try (Reader manifest = Files.newBufferedReader(Path.of("seeds/manifest.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(manifest)) {
                seeds.add(new NewDocument(row.get("outlet") + " " + row.get("file"),
                        Files.readString(Path.of("seeds", row.get("file"))), row.get("outlet"), "NATO talks", null,
                        LocalDate.parse(row.get("published")), row.get("file"), Map.of("seed", row.get("file"))));
            }
        }
        seeds.add(new NewDocument("Emoji", EMOJI_TEXT, "Wire", null, "https://example.org/e", null, null, Map.of()));
        documents = corpus.addDocuments(projectId, seeds).stream().map(d -> d.getId()).toList();
        for (String name : List.of("alice", "bob")) {
            User user = users.save(new User(name + "-" + suffix, name, "{noop}" + PASSWORD, SystemRole.USER));
            annotators.put(name, user);
            jdbc.update("insert into membership (id, project_id, user_id, role) values (?, ?, ?, 'ANNOTATOR')",
                    UUID.randomUUID(), projectId, user.getId());
        }
        UUID emoji = documents.get(5);
        Map<String, Object> named = Map.of(attribute(attribution, "identification"), "named",
                attribute(attribution, "mediated"), true);
        span("alice", emoji, attribution, "Source", EMOJI_TEXT, "NATO", named);
        span("bob", emoji, attribution, "Source", EMOJI_TEXT, "NATO", named);
        span("alice", emoji, attribution, "Content", EMOJI_TEXT, "“no” 🇺🇦", Map.of());
        span("bob", emoji, attribution, "Cue", EMOJI_TEXT, "said", Map.of());
        span("alice", emoji, hygiene, "Promo headline", EMOJI_TEXT, "PROMO HEADLINE", Map.of());
        String seed0 = Files.readString(Path.of("seeds/000_d9a08953758a916b.txt"));
        span("alice", documents.get(0), attribution, "Source", seed0, "Stoltenberg", Map.of());
        span("bob", documents.get(0), attribution, "Source", seed0, "Stoltenberg", Map.of());
        span("bob", documents.get(1), attribution, "Source", Files.readString(
                Path.of("seeds/001_4fe81ae676792f09.txt")), "NATO", Map.of());
        answer("alice", emoji, disclosure, "wire (full)");
        answer("bob", emoji, disclosure, "wire (full)");
        // marked done once the work is in: done work is read-only
        for (UUID document : documents) {
            work("alice", document, "DONE");
        }
        work("bob", documents.get(0), "DONE");
        work("bob", documents.get(1), "IN_PROGRESS");
        work("bob", emoji, "DONE");
    }

    @Test
    void jsonlBundleKeepsEveryOffsetAndItsManifestChecksEveryFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportManifest manifest = exports.export(projectId, ExportOptions.of(ExportFormat.JSONL), out);
        Map<String, byte[]> zip = unzip(out.toByteArray());
        assertThat(zip.keySet()).containsExactly("documents.jsonl", "manifest.json");
        byte[] jsonl = zip.get("documents.jsonl");
        assertThat(manifest.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("documents.jsonl");
            assertThat(file.bytes()).isEqualTo(jsonl.length);
            assertThat(file.sha256()).isEqualTo(sha256(jsonl));
        });
        JsonNode written = JSON.readTree(zip.get("manifest.json"));
        assertThat(written.get("files").get(0).get("sha256").asString()).isEqualTo(sha256(jsonl));
        assertThat(written.get("project").get("id").asString()).isEqualTo(projectId.toString());
        assertThat(manifest.counts()).isEqualTo(new ExportManifest.Counts(6, 2, 7, 2));
        assertThat(manifest.schema()).extracting(ExportManifest.Layer::name)
                .contains("Attribution", "Sourcing disclosure", "Non-editorial");

        Files.createDirectories(Path.of("target/export-examples"));
        Files.write(Path.of("target/export-examples/documents.jsonl"), jsonl);
        Files.write(Path.of("target/export-examples/manifest.json"), zip.get("manifest.json"));
        List<JsonNode> lines = lines(jsonl);
        assertThat(lines).hasSize(6);
        assertEverySpanMatches(lines);
        String alice = ExportService.pseudonym(projectId, annotators.get("alice").getId());
        String bob = ExportService.pseudonym(projectId, annotators.get("bob").getId());
        assertThat(alice).matches("a-[0-9a-f]{8}").isNotEqualTo(bob);
        JsonNode emoji = lines.get(5);
        assertThat(emoji.has("externalId")).isFalse();
        assertThat(lines.get(0).get("externalId").asString()).isEqualTo("000_d9a08953758a916b.txt");
        assertThat(emoji.get("annotations").valueStream().map(a -> a.get("annotator").asString()))
                .containsExactlyInAnyOrder(alice, bob);
        JsonNode source = emoji.get("annotations").valueStream()
                .filter(a -> a.get("annotator").asString().equals(alice)).findFirst().orElseThrow()
                .get("spans").valueStream().filter(s -> s.get("label").asString().equals("Source")).findFirst()
                .orElseThrow();
        assertThat(source.get("text").asString()).isEqualTo("NATO");
        assertThat(source.get("start").asInt()).isEqualTo(6);
        assertThat(source.get("attributes").get("identification").asString()).isEqualTo("named");
        assertThat(source.get("attributes").get("mediated").asBoolean()).isTrue();
        // bob's work in progress on the second seed is not done: left out
        assertThat(lines.get(1).get("annotations").valueStream().map(a -> a.get("annotator").asString()))
                .containsExactly(alice);
        assertThat(new String(jsonl, UTF_8)).doesNotContain(annotators.get("alice").getUsername());

        // the same export again: the same pseudonyms
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        exports.export(projectId, ExportOptions.of(ExportFormat.JSONL), again);
        assertThat(new String(unzip(again.toByteArray()).get("documents.jsonl"), UTF_8))
                .isEqualTo(new String(jsonl, UTF_8));

        // DuckDB, a reader other than ours: every line, every span's text equals substring(text, start+1, len)
        Path file = temp.resolve("documents.jsonl");
        Files.write(file, jsonl);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            assertThat(one(sql, "select count(*) from read_ndjson_auto('" + file + "')")).isEqualTo(6L);
            String spans = "select d.text as doc, s.* from (select text, unnest(annotations) as a from "
                    + "read_ndjson_auto('" + file + "')) d, (select unnest(d.a.spans, recursive := true)) s";
            assertThat(one(sql, "select count(*) from (" + spans + ")")).isEqualTo(7L);
            assertThat(one(sql, "select count(*) from (" + spans + ") where substring(doc, start + 1, \"end\" - "
                    + "start) <> text")).isEqualTo(0L);
        }
    }

    @Test
    void spansCsvRawAndBundleReadByDuckDbAndCommonsCsv() throws Exception {
        ExportOptions options = ExportOptions.of(ExportFormat.SPANS_CSV);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        exports.exportRaw(projectId, options, raw);
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        exports.export(projectId, options, bundle);
        assertThat(unzip(bundle.toByteArray()).get("spans.csv")).isEqualTo(raw.toByteArray());
        Map<String, String> texts = texts();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(raw.toString(UTF_8))).getRecords();
        assertThat(rows).hasSize(7);
        // the examples of docs/formats.md come from here
        Files.createDirectories(Path.of("target/export-examples"));
        Files.write(Path.of("target/export-examples/spans.csv"), raw.toByteArray());
        for (CSVRecord row : rows) {
            int[] codePoints = texts.get(row.get("document_id")).codePoints().toArray();
            int start = Integer.parseInt(row.get("start"));
            int end = Integer.parseInt(row.get("end"));
            assertThat(row.get("text")).isEqualTo(new String(codePoints, start, end - start));
        }
        assertThat(rows).extracting(row -> row.get("attributes"))
                .anySatisfy(attributes -> assertThat(attributes).contains("\"identification\":\"named\""));
        Path file = temp.resolve("spans.csv");
        Files.write(file, raw.toByteArray());
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            assertThat(one(sql, "select count(*) from read_csv_auto('" + file + "', header = true)")).isEqualTo(7L);
            assertThat(one(sql, "select count(*) from read_csv_auto('" + file + "', header = true) "
                    + "where text = '“no” 🇺🇦' and \"end\" - start = 7")).isEqualTo(1L);
        }
    }

    @Test
    void optionsFilterNameAndClean() throws Exception {
        ExportOptions all = ExportOptions.of(ExportFormat.JSONL);
        List<JsonNode> started = rawLines(new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), false,
                LabelSource.ANNOTATORS, Hygiene.KEEP, "Non-editorial", all.splits(), true));
        assertThat(started.get(1).get("annotations").valueStream().map(a -> a.get("annotator").asString()))
                .contains(annotators.get("bob").getUsername());
        List<JsonNode> filtered = rawLines(new ExportOptions(ExportFormat.JSONL, Set.of("Attribution"),
                Set.of("Source"), Set.of(annotators.get("alice").getId()), true, LabelSource.ANNOTATORS,
                Hygiene.KEEP, "Non-editorial", all.splits(), false));
        assertThat(filtered.stream().flatMap(line -> line.get("annotations").valueStream())
                .flatMap(a -> a.get("spans").valueStream()).map(s -> s.get("label").asString()))
                .containsOnly("Source").hasSize(2);
        List<JsonNode> dropped = rawLines(new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), true,
                LabelSource.ANNOTATORS, Hygiene.DROP, "Non-editorial", all.splits(), false));
        assertThat(dropped.get(5).get("text").asString()).doesNotContain("PROMO").contains("NATO\u00a0talks\r\n\r\n");
        assertThat(dropped.toString()).doesNotContain("Promo headline");
        assertEverySpanMatches(dropped);
        List<JsonNode> majority = rawLines(new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), true,
                LabelSource.MAJORITY, Hygiene.MASK, "Non-editorial", all.splits(), false));
        JsonNode vote = majority.get(5).get("annotations").get(0);
        assertThat(vote.get("annotator").asString()).isEqualTo("majority");
        assertThat(vote.get("spans").valueStream().map(s -> s.get("label").asString())).containsExactly("Source");
        assertThat(vote.get("answers").valueStream().map(s -> s.get("label").asString()))
                .containsExactly("wire (full)");
        assertEverySpanMatches(majority);
    }

    @Test
    void wrongOptionsAreRefusedNamingTheField() {
        ExportOptions all = ExportOptions.of(ExportFormat.JSONL);
        assertThatThrownBy(() -> exports.fileName(projectId, new ExportOptions(ExportFormat.JSONL, Set.of("Nope"),
                Set.of("Nix"), Set.of(UUID.randomUUID()), true, LabelSource.ANNOTATORS, Hygiene.KEEP, "Non-editorial",
                new ExportOptions.Splits(0, 0, 0, 1), false), false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::where)
                        .containsExactly("layer", "label", "annotator", "split"));
        assertThatThrownBy(() -> exports.fileName(projectId, new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(),
                Set.of(), true, LabelSource.GOLD, Hygiene.KEEP, "Non-editorial", all.splits(), false), false))
                .hasMessageContaining("source: the project has no gold yet");
        assertThatThrownBy(() -> exports.fileName(projectId, new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(),
                Set.of(), true, LabelSource.ANNOTATORS, Hygiene.MASK, "Boilerplate", all.splits(), false), false))
                .hasMessageContaining("hygieneLayer");
        assertThatThrownBy(() -> exports.fileName(projectId, ExportOptions.of(ExportFormat.HF), true))
                .isInstanceOf(InvalidInputException.class);
        assertThat(exports.fileName(projectId, all, true)).matches("export-study-[0-9a-f]{8}-jsonl-.*\\.jsonl");
    }

    @Test
    void anAnnotatorOfABlindProjectExportsOnlyTheirOwnWork() throws Exception {
        User alice = annotators.get("alice");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                alice.getUsername(), null, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exports.export(projectId, ExportOptions.of(ExportFormat.JSONL), out))
                .isInstanceOf(ForbiddenException.class);
        assertThat(out.size()).isZero();
        ExportOptions own = new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(alice.getId()), true,
                LabelSource.ANNOTATORS, Hygiene.KEEP, "Non-editorial", ExportOptions.Splits.DEFAULT, false);
        exports.exportRaw(projectId, own, out);
        assertThat(out.toString(UTF_8)).doesNotContain(ExportService.pseudonym(projectId,
                annotators.get("bob").getId()));

        String path = "/api/v1/projects/" + projectId + "/export?format=jsonl";
        ApiClient.Response refused = ApiClient.basic(port, alice.getUsername(), PASSWORD).get(path);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        ApiClient.Response majority = ApiClient.basic(port, alice.getUsername(), PASSWORD)
                .get(path + "&source=majority&annotator=" + alice.getUsername());
        assertThat(majority.status()).isEqualTo(403);
        ApiClient.Response allowed = ApiClient.basic(port, alice.getUsername(), PASSWORD)
                .get(path + "&raw=true&annotator=" + alice.getUsername());
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.contentType()).startsWith("application/x-ndjson");
        assertThat(allowed.header("Content-Disposition")).contains("attachment").contains(".jsonl");
        ApiClient.Response badValue = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD)
                .get(path + "&hygiene=scrub");
        assertThat(badValue.status()).isEqualTo(400);
        assertThat(badValue.body()).contains("hygiene");
        ApiClient.Response zip = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD).get(path);
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).startsWith("application/zip");
    }

    /** The seeds and the Unicode document through the other formats: every span's text still its code points. */
    @Test
    void everyOtherFormatOfTheSeedsKeepsEveryOffset() throws Exception {
        Map<String, String> texts = texts();

        Map<String, byte[]> hf = bundle(ExportFormat.HF);
        List<JsonNode> split = new java.util.ArrayList<>();
        for (String name : List.of("train.jsonl", "validation.jsonl", "test.jsonl")) {
            split.addAll(lines(hf.get(name)));
        }
        assertThat(split).hasSize(6);
        assertEverySpanMatches(split);

        String conll = new String(bundle(ExportFormat.CONLL).get("annotations.conll"), StandardCharsets.UTF_8);
        assertThat(conll.lines().filter(line -> line.startsWith("-DOCSTART-"))).hasSize(6);
        assertThat(conll.lines().filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("-"))
                .map(line -> line.split("\t")[0])).allSatisfy(token -> assertThat(token).isNotBlank()
                        .doesNotContain("\u00a0"));

        for (JsonNode item : lines(bundle(ExportFormat.PERSPECTIVIST).get("items.jsonl"))) {
            if (item.get("kind").asString().equals("span")) {
                int[] codePoints = texts.get(item.get("document_id").asString()).codePoints().toArray();
                int start = item.get("start").asInt();
                assertThat(item.get("text").asString())
                        .isEqualTo(new String(codePoints, start, item.get("end").asInt() - start));
            }
        }

        Path parquet = Files.createTempFile("seeds-", ".parquet");
        Files.write(parquet, bundle(ExportFormat.SPANS_PARQUET).get("spans.parquet"));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement();
                java.sql.ResultSet row = sql.executeQuery("select document_id, \"start\", \"end\", text from "
                        + "read_parquet('" + parquet + "')")) {
            int rows = 0;
            while (row.next()) {
                rows++;
                int[] codePoints = texts.get(row.getString(1)).codePoints().toArray();
                assertThat(row.getString(4)).isEqualTo(new String(codePoints, row.getInt(2),
                        row.getInt(3) - row.getInt(2)));
            }
            assertThat(rows).isEqualTo(7);
        } finally {
            Files.delete(parquet);
        }
    }

    private Map<String, byte[]> bundle(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(projectId, ExportOptions.of(format), out);
        return unzip(out.toByteArray());
    }

    private List<JsonNode> rawLines(ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportRaw(projectId, options, out);
        return lines(out.toByteArray());
    }

    private Map<String, String> texts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        rawLines(ExportOptions.of(ExportFormat.JSONL)).forEach(line -> texts.put(line.get("id").asString(),
                line.get("text").asString()));
        return texts;
    }

    private static void assertEverySpanMatches(List<JsonNode> lines) {
        for (JsonNode line : lines) {
            int[] codePoints = line.get("text").asString().codePoints().toArray();
            line.get("annotations").valueStream().flatMap(a -> a.get("spans").valueStream()).forEach(span -> {
                int start = span.get("start").asInt();
                int end = span.get("end").asInt();
                assertThat(span.get("text").asString()).isEqualTo(new String(codePoints, start, end - start));
            });
        }
    }

    private static List<JsonNode> lines(byte[] jsonl) {
        return new String(jsonl, UTF_8).lines().map(JSON::readTree).toList();
    }

    private static long one(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The bundle's files by name. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private void work(String annotator, UUID document, String status) {
        jdbc.update("insert into assignment (id, project_id, document_id, annotator_id, status) values (?, ?, ?, ?, ?) "
                + "on conflict (document_id, annotator_id) do update set status = excluded.status",
                UUID.randomUUID(), projectId, document, annotators.get(annotator).getId(), status);
    }

    private void span(String annotator, UUID document, LayerSchema layer, String label, String text, String covered,
            Map<String, Object> attributes) {
        int at = text.indexOf(covered);
        int start = text.codePointCount(0, at);
        int end = start + covered.codePointCount(0, covered.length());
        ActingAs.user(annotators.get(annotator).getUsername(), () -> annotations.createSpan(document, null,
                new SpanDraft(layer.id(), labelId(layer, label), start, end, attributes)));
    }

    private void answer(String annotator, UUID document, LayerSchema layer, String label) {
        jdbc.update("insert into document_answer (id, document_id, annotator_id, layer_id, label_id) "
                + "values (?, ?, ?, ?, ?)", UUID.randomUUID(), document, annotators.get(annotator).getId(),
                layer.id(), labelId(layer, label));
    }

    private static UUID labelId(LayerSchema layer, String label) {
        return layer.labels().stream().filter(l -> l.name().equals(label)).findFirst().orElseThrow().id();
    }

    private static String attribute(LayerSchema layer, String name) {
        return layer.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id()
                .toString();
    }

    private static LayerSchema layer(List<LayerSchema> layers, String name) {
        return layers.stream().filter(layer -> layer.name().equals(name)).findFirst().orElseThrow();
    }
}
