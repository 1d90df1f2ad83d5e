package org.slant.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.curation.CurationFixture;
import org.slant.curation.GoldService;
import org.slant.export.ExportOptions.GoldDocuments;
import org.slant.export.ExportOptions.Hygiene;
import org.slant.export.ExportOptions.LabelSource;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gold in every export format, on the annotation fixture's text (a flag, a combining mark, NBSP, CRLF, an emoji):
 * the files are read back with parsers other than ours (Jackson, Commons CSV, DuckDB, the JDK's zip), and every span
 * must cut exactly its text out of the document's. Document 1 is curated; document 2's gold is in progress, with a
 * span merged by a rule.
 */
@SlantSpringTest
class GoldExportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Code points: 0-1 a flag, 2 space, 3-4 e and U+0301, 5 NBSP, 6 x, 7-8 CRLF, 9 y, 20-28 "minister", 29 😀. */
    private static final String TEXT = AnnotationFixture.TEXT;
    private static final String SECOND_TEXT = "Zweiter 🇩🇪 Text\u00A0über\r\nMärkte 😀.";

    @Autowired
    ExportService exports;
    @Autowired
    GoldService gold;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue queue;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    CurationFixture fixture;
    AnnotationFixture project;
    String amira;
    String jonas;
    UUID second;
    Map<UUID, String> texts;

    /**
     * Document 1: amira Oppose [0,6) and Person [20,28), jonas Oppose [6,10) across CRLF and Person [20,28), amira's
     * answer Left; gold accepts amira's [0,6), jonas's [6,10) and amira's answer, the curator adds Person [29,30) (the
     * emoji), and marks it curated. Document 2: amira's Support [8,10) (the flag) accepted into gold, and Person
     * [11,15) merged by MAJORITY; in progress.
     */
    @BeforeEach
    void aProjectWithACuratedDocumentAndOneInProgress() {
        fixture = new CurationFixture(corpus, editor, annotations, queue, users, memberships);
        project = fixture.project;
        amira = fixture.member(ProjectRole.ANNOTATOR);
        jonas = fixture.member(ProjectRole.ANNOTATOR);
        second = corpus.addDocuments(project.projectId, List.of(new NewDocument("Zweiter", SECOND_TEXT, null, null,
                null, null, null, Map.of()))).getFirst().getId();
        texts = Map.of(project.documentId, TEXT, second, SECOND_TEXT);
        Span amirasOppose = fixture.span(amira, project.stance.id(), "Oppose", 0, 6);
        fixture.span(amira, project.entities.id(), "Person", 20, 28);
        Span jonassOppose = fixture.span(jonas, project.stance.id(), "Oppose", 6, 10);
        fixture.span(jonas, project.entities.id(), "Person", 20, 28);
        UUID left = fixture.answer(amira, "Left", "high");
        fixture.done(amira);
        fixture.done(jonas);
        Span flag = ActingAs.user(amira, () -> annotations.createSpan(second, null, new SpanDraft(
                project.stance.id(), project.label(project.stance, "Support"), 8, 10, Map.of())).annotation());
        ActingAs.user(amira, () -> queue.markDone(second, true));
        asCurator(() -> {
            gold.accept(project.documentId, amirasOppose.id(), null, false);
            gold.accept(project.documentId, jonassOppose.id(), null, false);
            gold.accept(project.documentId, left, null, false);
            gold.createSpan(project.documentId, null, new SpanDraft(project.entities.id(),
                    project.label(project.entities, "Person"), 29, 30, Map.of()));
            gold.markCurated(project.documentId);
            gold.accept(second, flag.id(), null, false);
        });
        // the merge by rule is issue 14's own item; here its row is written as the merge would write it
        jdbc.update("insert into gold_span (id, document_id, layer_id, label_id, start_offset, end_offset, origin, "
                + "origin_detail, person_made) values (?, ?, ?, ?, 11, 15, 'MERGED', 'MAJORITY', false)",
                UUID.randomUUID(), second, project.entities.id(), project.label(project.entities, "Person"));
    }

    @Test
    void jsonlOfGoldHoldsTheCuratedDocumentsWithGoldAsTheirOneAnnotator() throws IOException {
        Map<String, byte[]> files = bundle(gold(ExportFormat.JSONL));
        // the examples of docs/formats.md
        Files.createDirectories(Path.of("target/export-examples"));
        Files.write(Path.of("target/export-examples/gold-documents.jsonl"), files.get("documents.jsonl"));
        Files.write(Path.of("target/export-examples/gold-manifest.json"), files.get("manifest.json"));

        List<JsonNode> lines = lines(files.get("documents.jsonl"));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.get("id").asString()).isEqualTo(project.documentId.toString());
            assertThat(line.has("gold")).as("gold is the annotations here, not beside them").isFalse();
            JsonNode work = line.get("annotations").get(0);
            assertThat(line.get("annotations")).hasSize(1);
            assertThat(work.get("annotator").asString()).isEqualTo("gold");
            assertThat(work.get("status").asString()).isEqualTo("CURATED");
            assertThat(work.get("spans").valueStream().map(span -> span.get("label").asString() + " "
                    + span.get("start").asInt() + ".." + span.get("end").asInt() + " " + span.get("text").asString()))
                    .containsExactly("Oppose 0..6 🇺🇦 e\u0301\u00A0", "Oppose 6..10 x\r\ny", "Person 29..30 😀");
            assertThat(work.get("answers").get(0).get("label").asString()).isEqualTo("Left");
            assertThat(work.get("answers").get(0).get("attributes").get("confidence").asString()).isEqualTo("high");
        });
        assertEverySpanCutsItsText(lines);
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.get("options").get("source").asString()).isEqualTo("GOLD");
        assertThat(manifest.get("options").get("gold").asString()).isEqualTo("CURATED");
        assertThat(manifest.get("counts").get("documents").asInt()).isEqualTo(1);
        assertThat(manifest.get("counts").get("spans").asInt()).isEqualTo(3);
        assertThat(manifest.get("counts").get("annotators").asInt()).isZero();
    }

    @Test
    void theManifestSaysHowTheGoldWasMadeAndWhoCuratedIt() throws IOException {
        ExportManifest curated = manifest(gold(ExportFormat.JSONL));

        ExportManifest.Gold made = curated.gold();
        assertThat(made.statuses()).containsExactly("CURATED");
        assertThat(made.rules()).isEmpty();
        assertThat(made.origins()).isEqualTo(new ExportManifest.Origins(0, 0, 3, 1));
        String curatorId = users.findByUsername(fixture.curator).orElseThrow().getId().toString();
        assertThat(made.curators()).containsExactly(ExportService.pseudonym(project.projectId,
                UUID.fromString(curatorId)));
        assertThat(made.curation()).isEqualTo(new ExportManifest.Curation(1, 1, 0));
        assertThat(made.exported()).isEqualTo(new ExportManifest.Exported(1, 3, 1));

        ExportManifest any = manifest(gold(ExportFormat.JSONL, GoldDocuments.ANY, true));
        assertThat(any.gold().statuses()).containsExactly("CURATED", "IN_PROGRESS");
        assertThat(any.gold().rules()).containsExactly("MAJORITY");
        assertThat(any.gold().origins()).isEqualTo(new ExportManifest.Origins(1, 0, 4, 1));
        assertThat(any.gold().curators()).containsExactly(fixture.curator);
        assertThat(any.gold().exported()).isEqualTo(new ExportManifest.Exported(2, 5, 1));
        assertThat(any.options().gold()).isEqualTo("ANY");

        ExportManifest withoutGold = manifest(ExportOptions.of(ExportFormat.SPANS_CSV));
        assertThat(withoutGold.gold()).isNull();
        ExportManifest beside = manifest(ExportOptions.of(ExportFormat.JSONL));
        assertThat(beside.gold().exported()).as("the curated document's gold beside its annotators' work")
                .isEqualTo(new ExportManifest.Exported(1, 3, 1));
    }

    @Test
    void goldOfDocumentsInProgressComesOnlyWhenAskedFor() throws IOException {
        List<JsonNode> any = lines(bundle(gold(ExportFormat.JSONL, GoldDocuments.ANY, false))
                .get("documents.jsonl"));

        assertThat(any).extracting(line -> line.get("id").asString())
                .containsExactly(project.documentId.toString(), second.toString());
        JsonNode inProgress = any.get(1).get("annotations").get(0);
        assertThat(inProgress.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(inProgress.get("spans").valueStream().map(span -> span.get("text").asString()))
                .containsExactly("🇩🇪", "Text");
        assertEverySpanCutsItsText(any);
    }

    @Test
    void spansCsvAndParquetOfGoldNameGoldAsTheAnnotatorAndKeepEveryOffset() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        asCurator(() -> exportRaw(gold(ExportFormat.SPANS_CSV, GoldDocuments.ANY, false), csv));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString(UTF_8))).getRecords();
        assertThat(rows).hasSize(5);
        for (CSVRecord row : rows) {
            assertThat(row.get("annotator")).isEqualTo("gold");
            assertThat(row.get("text")).isEqualTo(AnnotationFixture.python(texts.get(UUID.fromString(
                    row.get("document_id"))), Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))));
        }
        assertThat(rows).extracting(row -> row.get("text")).contains("x\r\ny", "🇩🇪");

        Path parquet = temp.resolve("gold.parquet");
        Files.write(parquet, bundle(gold(ExportFormat.SPANS_PARQUET)).get("spans.parquet"));
        int read = 0;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement();
                ResultSet row = sql.executeQuery("select document_id, annotator, label, \"start\", \"end\", text "
                        + "from read_parquet('" + parquet + "') order by \"start\"")) {
            while (row.next()) {
                read++;
                assertThat(row.getString("annotator")).isEqualTo("gold");
                assertThat(row.getString("document_id")).isEqualTo(project.documentId.toString());
                assertThat(row.getString("text")).isEqualTo(AnnotationFixture.python(TEXT, row.getInt("start"),
                        row.getInt("end")));
            }
        }
        assertThat(read).as("the curated document's three gold spans").isEqualTo(3);
    }

    @Test
    void conllTagsTheGoldColumnOfEachSpanLayer() throws IOException {
        String conll = new String(bundle(gold(ExportFormat.CONLL)).get("annotations.conll"), UTF_8);

        List<String> lines = conll.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines.getFirst()).isEqualTo("# columns: token\tStance/gold\tEntities/gold");
        assertThat(lines).filteredOn(line -> line.startsWith("-DOCSTART-")).hasSize(1);
        assertThat(lines).contains("x\tB-Oppose\tO", "y\tI-Oppose\tO", "😀\tO\tB-Person", "minister\tO\tO");
    }

    @Test
    void hfSaysInItsCardThatTheLabelsAreGoldAndHowItWasMade() throws IOException {
        Map<String, byte[]> files = bundle(gold(ExportFormat.HF, GoldDocuments.ANY, false));

        List<JsonNode> lines = new ArrayList<>();
        for (String split : List.of("train", "validation", "test")) {
            lines.addAll(lines(files.get(split + ".jsonl")));
        }
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> assertThat(line.get("annotations").get(0).get("annotator").asString())
                .isEqualTo("gold"));
        assertEverySpanCutsItsText(lines);
        assertThat(new String(files.get("README.md"), UTF_8)).contains("(here: the gold standard, named `gold`)")
                .contains("## Gold standard").contains("1 merged by rule (MAJORITY)").contains("1 curator worked")
                .contains("1 are curated, 1 in progress").contains("The labels are the gold standard's");
    }

    @Test
    void perspectivistPutsGoldBesideTheAnnotatorsLabels() throws IOException {
        ExportOptions annotators = new ExportOptions(ExportFormat.PERSPECTIVIST, Set.of(), Set.of(), Set.of(), true,
                LabelSource.ANNOTATORS, Hygiene.KEEP, ExportOptions.DEFAULT_HYGIENE_LAYER,
                ExportOptions.Splits.DEFAULT, true);

        Map<String, byte[]> files = bundle(annotators);
        Files.createDirectories(Path.of("target/export-examples"));
        Files.write(Path.of("target/export-examples/gold-items.jsonl"), files.get("items.jsonl"));
        Map<String, JsonNode> items = items(files);

        String doc = project.documentId.toString();
        JsonNode acrossCrlf = items.get(doc + ":Stance:6-10");
        assertThat(acrossCrlf.get("text").asString()).isEqualTo("x\r\ny");
        assertThat(acrossCrlf.get("annotations").get(amira).asString()).isEqualTo("O");
        assertThat(acrossCrlf.get("annotations").get(jonas).asString()).isEqualTo("Oppose");
        assertThat(acrossCrlf.get("gold").asString()).isEqualTo("Oppose");
        assertThat(acrossCrlf.get("soft_label").get("Oppose").asDouble()).as("gold takes no part").isEqualTo(0.5);
        JsonNode minister = items.get(doc + ":Entities:20-28");
        assertThat(minister.get("gold").asString()).isEqualTo("O");
        JsonNode onlyGold = items.get(doc + ":Entities:29-30");
        assertThat(onlyGold.get("text").asString()).isEqualTo("😀");
        assertThat(onlyGold.get("annotations").get(amira).asString()).isEqualTo("O");
        assertThat(onlyGold.get("gold").asString()).isEqualTo("Person");
        assertThat(items.get(doc + ":Overall").get("gold").asString()).isEqualTo("Left");
        // the second document's gold is in progress: not beside its labels unless asked for
        assertThat(items.get(second + ":Stance:8-10").has("gold")).isFalse();
        assertThat(items(bundle(annotators.from(LabelSource.ANNOTATORS, GoldDocuments.ANY)))
                .get(second + ":Stance:8-10").get("gold").asString()).isEqualTo("Support");

        for (JsonNode item : items.values()) {
            if (item.get("kind").asString().equals("span")) {
                assertThat(item.get("text").asString()).isEqualTo(AnnotationFixture.python(texts.get(UUID.fromString(
                        item.get("document_id").asString())), item.get("start").asInt(), item.get("end").asInt()));
            }
        }

        Map<String, JsonNode> goldItems = items(bundle(annotators.from(LabelSource.GOLD, GoldDocuments.CURATED)));
        assertThat(goldItems.keySet()).allMatch(id -> id.startsWith(doc)).contains(doc + ":Entities:29-30");
        assertThat(goldItems.values()).allMatch(item -> item.has("gold"));
        assertThat(goldItems.get(doc + ":Stance:6-10").get("annotations").get(jonas).asString()).isEqualTo("Oppose");
    }

    @Test
    void jsonlOfTheAnnotatorsCarriesGoldWhereCurated() throws IOException {
        List<JsonNode> lines = lines(bundle(ExportOptions.of(ExportFormat.JSONL)).get("documents.jsonl"));

        assertThat(lines).hasSize(2);
        JsonNode curated = lines.get(0).get("gold");
        assertThat(curated.get("status").asString()).isEqualTo("CURATED");
        assertThat(curated.get("spans")).hasSize(3);
        assertThat(curated.has("annotator")).isFalse();
        assertThat(lines.get(0).get("annotations")).hasSize(2);
        assertThat(lines.get(1).has("gold")).as("in progress").isFalse();
        assertEverySpanCutsItsText(lines);
        for (JsonNode span : curated.get("spans")) {
            assertThat(span.get("text").asString()).isEqualTo(AnnotationFixture.python(TEXT,
                    span.get("start").asInt(), span.get("end").asInt()));
        }
        // an annotator exports their own work, without gold
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActingAs.user(amira, () -> export(new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(),
                Set.of(users.findByUsername(amira).orElseThrow().getId()), true, LabelSource.ANNOTATORS, Hygiene.KEEP,
                ExportOptions.DEFAULT_HYGIENE_LAYER, ExportOptions.Splits.DEFAULT, false), out));
        assertThat(lines(ExportServiceTest.unzip(out.toByteArray()).get("documents.jsonl")))
                .noneMatch(line -> line.has("gold"));
    }

    @Test
    void goldsPageFurnitureIsTakenOutOfTheText() throws IOException {
        UUID furniture = editor.addLayer(project.projectId, new LayerDraft("Non-editorial", LayerKind.SPAN, false,
                false, "")).id();
        UUID promo = editor.addLabel(furniture, new LabelDraft("Promo", "#7f7f7f", null, "")).labels().getFirst()
                .id();
        asCurator(() -> {
            gold.reopen(project.documentId);
            // the flag and the space after it are furniture: every gold span after it moves 3 code points back
            gold.createSpan(project.documentId, null, new SpanDraft(furniture, promo, 0, 3, Map.of()));
            gold.markCurated(project.documentId);
        });

        List<JsonNode> lines = lines(bundle(new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), true,
                LabelSource.GOLD, Hygiene.DROP, "Non-editorial", ExportOptions.Splits.DEFAULT, false))
                .get("documents.jsonl"));

        JsonNode line = lines.getFirst();
        assertThat(line.get("text").asString()).isEqualTo(AnnotationFixture.python(TEXT, 3, 37));
        assertThat(line.get("annotations").get(0).get("spans").valueStream().map(span -> span.get("start").asInt()
                + ".." + span.get("end").asInt() + " " + span.get("text").asString()))
                .containsExactly("0..3 e\u0301\u00A0", "3..7 x\r\ny", "26..27 😀");
        assertEverySpanCutsItsText(lines);
    }

    @Test
    void optionsThatMakeNoSenseWithGoldAreRefusedNamingThem() {
        ExportOptions csv = gold(ExportFormat.SPANS_CSV);
        UUID amiraId = users.findByUsername(amira).orElseThrow().getId();

        assertThatThrownBy(() -> manifest(new ExportOptions(ExportFormat.SPANS_CSV, Set.of(), Set.of(),
                Set.of(amiraId), true, LabelSource.GOLD, Hygiene.KEEP, ExportOptions.DEFAULT_HYGIENE_LAYER,
                ExportOptions.Splits.DEFAULT, false))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.where())
                        .containsExactly("annotator"));
        assertThatThrownBy(() -> manifest(new ExportOptions(ExportFormat.CONLL, Set.of(), Set.of(), Set.of(), false,
                LabelSource.GOLD, Hygiene.KEEP, ExportOptions.DEFAULT_HYGIENE_LAYER, ExportOptions.Splits.DEFAULT,
                false))).isInstanceOf(InvalidInputException.class).hasMessageContaining("done:");
        assertThatThrownBy(() -> manifest(csv.from(LabelSource.ANNOTATORS, GoldDocuments.ANY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("gold: gold=any");
        assertThatThrownBy(() -> ActingAs.user(amira, () -> export(csv, new ByteArrayOutputStream())))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("curators and managers");

        // no document curated yet, one in progress: the refusal says how to export it
        asCurator(() -> gold.reopen(project.documentId));
        assertThat(manifest(ExportOptions.of(ExportFormat.JSONL)).gold()).as("no curated gold to put beside")
                .isNull();
        assertThatThrownBy(() -> manifest(csv)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("gold: no document of the project is marked curated yet; 2 have gold in "
                        + "progress");
        CurationFixture empty = new CurationFixture(corpus, editor, annotations, queue, users, memberships);
        assertThatThrownBy(() -> ActingAs.user(empty.curator, () -> exports.fileName(empty.project.projectId, csv,
                false))).isInstanceOf(InvalidInputException.class).hasMessageContaining("source: the project has "
                        + "no gold yet");
    }

    private ExportOptions gold(ExportFormat format) {
        return gold(format, GoldDocuments.CURATED, false);
    }

    private static ExportOptions gold(ExportFormat format, GoldDocuments documents, boolean usernames) {
        return new ExportOptions(format, Set.of(), Set.of(), Set.of(), true, LabelSource.GOLD, Hygiene.KEEP,
                ExportOptions.DEFAULT_HYGIENE_LAYER, ExportOptions.Splits.DEFAULT, usernames, documents);
    }

    private ExportManifest manifest(ExportOptions options) {
        return asCurator(() -> export(options, new ByteArrayOutputStream()));
    }

    private Map<String, byte[]> bundle(ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asCurator(() -> export(options, out));
        return ExportServiceTest.unzip(out.toByteArray());
    }

    private ExportManifest export(ExportOptions options, ByteArrayOutputStream out) {
        try {
            return exports.export(project.projectId, options, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ExportManifest.Counts exportRaw(ExportOptions options, ByteArrayOutputStream out) {
        try {
            return exports.exportRaw(project.projectId, options, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <T> T asCurator(Supplier<T> action) {
        return ActingAs.user(fixture.curator, action);
    }

    private void asCurator(Runnable action) {
        ActingAs.user(fixture.curator, action);
    }

    /** Every span of every entry (and of gold beside them) cuts its text out of the line's text, by code point. */
    private static void assertEverySpanCutsItsText(List<JsonNode> lines) {
        for (JsonNode line : lines) {
            String text = line.get("text").asString();
            List<JsonNode> entries = new ArrayList<>(line.get("annotations").valueStream().toList());
            if (line.has("gold")) {
                entries.add(line.get("gold"));
            }
            for (JsonNode entry : entries) {
                for (JsonNode span : entry.get("spans")) {
                    assertThat(span.get("text").asString()).isEqualTo(AnnotationFixture.python(text,
                            span.get("start").asInt(), span.get("end").asInt()));
                }
            }
        }
    }

    private static Map<String, JsonNode> items(Map<String, byte[]> files) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        lines(files.get("items.jsonl")).forEach(item -> items.put(item.get("id").asString(), item));
        return items;
    }

    private static List<JsonNode> lines(byte[] jsonl) {
        return new String(jsonl, UTF_8).lines().filter(line -> !line.isBlank()).map(JSON::readTree).toList();
    }
}
