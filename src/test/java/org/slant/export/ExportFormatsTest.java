package org.slant.export;

import org.slant.ActingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaEditor;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hf, conll, perspectivist and spans-parquet exports of {@link AgreementFixture}'s study (D1 and D2 in story Summit, D3 without
 * a story), read back with parsers of the test's own.
 */
@SlantSpringTest
class ExportFormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ExportService exports;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    AgreementFixture study;
    java.util.UUID unicode;

    /** The fixture plus a document with emoji, NBSP and CRLF, where code points and UTF-16 units differ. */
    @BeforeEach
    void study() {
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
        unicode = corpus.addDocuments(study.projectId, List.of(new org.slant.corpus.NewDocument("Unicode",
                ExportServiceTest.EMOJI_TEXT, "Wire", null, null, null, null, Map.of()))).getFirst().getId();
        for (String annotator : List.of("alice", "bob")) {
            // "NATO talks" (code points 6 to 16, across the NBSP) and the flag at the end
            ActingAs.user(study.usernames.get(annotator), () -> annotations.createSpan(unicode, null,
                    new SpanDraft(study.frames.id(), labelId("Security"), 6, 16, Map.of())));
        }
        ActingAs.user(study.usernames.get("alice"), () -> annotations.createSpan(unicode, null,
                new SpanDraft(study.frames.id(), labelId("Economic"), 56, 58, Map.of())));
        jdbc.update("update assignment set status = 'DONE' where document_id = ?", unicode);
    }

    private java.util.UUID labelId(String name) {
        return jdbc.queryForObject("select id from label where layer_id = ? and name = ?", java.util.UUID.class,
                study.frames.id(), name);
    }

    /** text[start:end] in code points, as Python slices it. */
    private static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    @Test
    void hfSplitsByStoryWithADatasetCard() throws IOException {
        Map<String, String> files = bundle(withUsernames(ExportFormat.HF, new ExportOptions.Splits(0.5, 0.25, 0.25,
                7)));

        assertThat(files.keySet()).containsExactlyInAnyOrder("train.jsonl", "validation.jsonl", "test.jsonl",
                "README.md", "manifest.json");
        Map<String, String> splitOf = new HashMap<>();
        for (String split : List.of("train", "validation", "test")) {
            for (String line : lines(files.get(split + ".jsonl"))) {
                splitOf.put(JSON.readTree(line).get("title").asString(), split);
            }
        }
        assertThat(splitOf).containsOnlyKeys("Summit opens", "Summit ends", "Only Alice", "Unicode");
        for (String split : List.of("train", "validation", "test")) {
            for (String line : lines(files.get(split + ".jsonl"))) {
                JsonNode document = JSON.readTree(line);
                String text = document.get("text").asString();
                for (JsonNode work : document.get("annotations")) {
                    for (JsonNode span : work.get("spans")) {
                        assertThat(span.get("text").asString()).isEqualTo(slice(text, span.get("start").asInt(),
                                span.get("end").asInt()));
                    }
                }
            }
        }
        assertThat(splitOf.get("Summit opens")).as("one story, one split").isEqualTo(splitOf.get("Summit ends"));
        assertThat(files.get("README.md")).startsWith("---\n").contains("task_categories:")
                .contains("- split: validation").contains("seed 7");
        assertThat(bundle(withUsernames(ExportFormat.HF, new ExportOptions.Splits(0.5, 0.25, 0.25, 7)))
                .get("train.jsonl")).as("the seed repeats the split").isEqualTo(files.get("train.jsonl"));
    }

    @Test
    void anHfSplitNoStoryWentToIsNamedInTheCardAndTheViewsCheck() throws IOException {
        // three groups (the Summit story, "Only Alice", "Unicode") cannot fill four shares' worth of three splits
        // when one of them takes nearly everything
        ExportOptions.Splits shares = new ExportOptions.Splits(0.98, 0.01, 0.01, 7);
        Map<String, String> files = bundle(withUsernames(ExportFormat.HF, shares));
        List<String> empty = new java.util.ArrayList<>();
        for (String split : List.of("validation", "test")) {
            if (lines(files.get(split + ".jsonl")).isEmpty()) {
                empty.add(split);
            }
        }
        assertThat(empty).isNotEmpty();
        assertThat(files.get("README.md")).contains("**Empty: " + String.join(" and ", empty) + ".**")
                .contains("the project has 3 (an article without a story counting as one)");
        assertThat(exports.emptySplits(study.projectId, shares).splits()).extracting(StorySplits.Split::id)
                .containsExactlyElementsOf(empty);
        assertThat(bundle(withUsernames(ExportFormat.HF, new ExportOptions.Splits(0.5, 0.25, 0.25, 7)))
                .get("README.md")).doesNotContain("**Empty");
    }

    @Test
    void conllTagsEveryTokenAndItsSpansComeBack() throws IOException {
        String conll = bundle(withUsernames(ExportFormat.CONLL, ExportOptions.Splits.DEFAULT))
                .get("annotations.conll");

        List<String> lines = lines(conll);
        String[] header = lines.getFirst().split("\t");
        assertThat(header[0]).isEqualTo("# columns: token");
        assertThat(header).hasSize(4).contains("Frames/" + study.usernames.get("alice"));
        assertThat(lines.stream().filter(line -> line.startsWith("-DOCSTART-"))).hasSize(4);
        // rebuilt from BIO, document 1: carol's Security [22,30) starts inside "as", so it tags all of "as", as
        // alice's [20,30) does: tokens are the unit of CoNLL
        int carol = List.of(header).indexOf("Frames/" + study.usernames.get("carol"));
        List<List<String>> documents = documents(lines);
        assertThat(spans(documents.get(0), carol)).containsExactly("Economic: Markets fell",
                "Security: as NATO and");
        int alice = List.of(header).indexOf("Frames/" + study.usernames.get("alice"));
        assertThat(spans(documents.get(0), alice)).containsExactly("Economic: Markets fell",
                "Security: as NATO and");
        assertThat(documents.get(0).getFirst().split("\t")[0]).isEqualTo("Markets");
        // the Unicode document: NBSP is no token, the span across it is two tokens, the flag one
        assertThat(spans(documents.get(3), alice)).containsExactly("Security: NATO talks", "Economic: 🇺🇦");
    }

    @Test
    void perspectivistKeepsEachAnnotatorsLabelsWithSoftLabelsAndProfiles() throws IOException {
        Map<String, String> files = bundle(withUsernames(ExportFormat.PERSPECTIVIST, ExportOptions.Splits.DEFAULT));

        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (String line : lines(files.get("items.jsonl"))) {
            JsonNode item = JSON.readTree(line);
            items.put(item.get("id").asString(), item);
        }
        String d1 = study.documents.get(0).toString();
        JsonNode security = items.get(d1 + ":Frames:20-30");
        assertThat(security.get("annotations").get(study.usernames.get("alice")).asString()).isEqualTo("Security");
        assertThat(security.get("annotations").get(study.usernames.get("carol")).asString()).isEqualTo("O");
        assertThat(security.get("soft_label").get("Security").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(security.get("soft_label").get("O").asDouble()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(security.get("text").asString()).isEqualTo(AgreementFixture.D1_TEXT.substring(20, 30));
        JsonNode acrossNbsp = items.get(unicode + ":Frames:6-16");
        assertThat(acrossNbsp.get("text").asString()).isEqualTo(slice(ExportServiceTest.EMOJI_TEXT, 6, 16))
                .isEqualTo("NATO\u00a0talks");
        assertThat(items.get(unicode + ":Frames:56-58").get("text").asString()).isEqualTo("🇺🇦");
        JsonNode tone = items.get(d1 + ":Tone");
        assertThat(tone.get("soft_label").get("negative").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
        for (JsonNode item : items.values()) {
            double sum = 0;
            for (JsonNode share : item.get("soft_label")) {
                sum += share.asDouble();
            }
            assertThat(sum).as(item.get("id").asString()).isCloseTo(1.0, within(1e-9));
        }
        List<String> profiles = lines(files.get("annotators.jsonl"));
        assertThat(profiles).hasSize(3);
        assertThat(JSON.readTree(profiles.getFirst()).get("annotator").asString())
                .isEqualTo(study.usernames.get("alice"));
    }

    @Test
    void spansParquetIsReadBackByDuckDb() throws Exception {
        byte[] parquet = bundleBytes(withUsernames(ExportFormat.SPANS_PARQUET, ExportOptions.Splits.DEFAULT))
                .get("spans.parquet");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("spans-", ".parquet");
        java.nio.file.Files.write(file, parquet);
        Map<String, String> texts = Map.of(study.documents.get(0).toString(), AgreementFixture.D1_TEXT,
                study.documents.get(1).toString(), AgreementFixture.D2_TEXT, unicode.toString(),
                ExportServiceTest.EMOJI_TEXT, study.documents.get(2).toString(), "Alice alone read this one.");
        int rows = 0;
        try (java.sql.Connection duck = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement sql = duck.createStatement();
                java.sql.ResultSet row = sql.executeQuery("select document_id, story, outlet, annotator, layer, "
                        + "label, \"start\", \"end\", text, attributes from read_parquet('" + file + "')")) {
            while (row.next()) {
                rows++;
                String text = texts.get(row.getString("document_id"));
                assertThat(row.getString("text")).isEqualTo(slice(text, row.getInt("start"), row.getInt("end")));
                assertThat(row.getString("layer")).isEqualTo("Frames");
                assertThat(row.getString("attributes")).isEqualTo("{}");
                assertThat(study.usernames.values()).contains(row.getString("annotator"));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        // done work: D1 6 spans, D2 2 (carol's in progress), D3 1, the Unicode document 3
        assertThat(rows).isEqualTo(12);
    }

    private ExportOptions withUsernames(ExportFormat format, ExportOptions.Splits splits) {
        return new ExportOptions(format, Set.of(), Set.of(), Set.of(), true, ExportOptions.LabelSource.ANNOTATORS,
                ExportOptions.Hygiene.KEEP, ExportOptions.DEFAULT_HYGIENE_LAYER, splits, true);
    }

    private Map<String, String> bundle(ExportOptions options) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        bundleBytes(options).forEach((name, bytes) -> files.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    private Map<String, byte[]> bundleBytes(ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(study.projectId, options, out);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    /** The token lines of each document, after its -DOCSTART- line. */
    private static List<List<String>> documents(List<String> lines) {
        List<List<String>> documents = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("-DOCSTART-")) {
                documents.add(new ArrayList<>());
            } else {
                documents.getLast().add(line);
            }
        }
        return documents;
    }

    /** "Label: token token" for each B-/I- run of one column. */
    private static List<String> spans(List<String> tokenLines, int column) {
        List<String> spans = new ArrayList<>();
        StringBuilder current = null;
        for (String line : tokenLines) {
            String[] cells = line.split("\t");
            String tag = cells[column];
            if (tag.startsWith("B-")) {
                if (current != null) {
                    spans.add(current.toString());
                }
                current = new StringBuilder(tag.substring(2).replace('_', ' ') + ": " + cells[0]);
            } else if (tag.startsWith("I-") && current != null) {
                current.append(' ').append(cells[0]);
            } else if (current != null) {
                spans.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            spans.add(current.toString());
        }
        return spans;
    }
}
