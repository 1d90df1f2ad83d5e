package org.slant.annotation.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Part;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaService;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every format of annotated data shares (docs/import.md#annotated-data): layers and labels the project lacks are
 * refused, listed, or created when asked; a mapping file renames them; spans go in as a source's suggestions instead
 * of anyone's work; archives are taken apart; the options are checked. Texts with emoji, NBSP and CRLF, offsets
 * checked against the stored rows.
 */
@SlantSpringTest
class AnnotatedImportOptionsApiTest {

    static final String TEXT = "Hi 👋🏽 NATO\u00a0talks\r\nhardliners 🇺🇦 blamed Kyiv.";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    SchemaEditor schemaEditor;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    UUID projectId;
    String annotator;

    @BeforeEach
    void anEmptyProject() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = corpus.createProject("Options " + suffix, "").getId();
        annotator = "carol-" + suffix;
        users.save(new User(annotator, "Carol", "{noop}secret", SystemRole.USER));
    }

    @Test
    void layersAndLabelsTheProjectLacksAreRefusedListedOrCreatedWhenAsked() {
        byte[] file = line(span("Framing", "Conflict", "NATO\u00a0talks", Map.of("certainty", "high", "quoted", true)),
                span("Framing", "Blame", "blamed Kyiv", Map.of()));

        Response refused = post("", file);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(where(refused)).contains("schema", "study.jsonl, line 1, field 'annotations[0].spans[0].layer'");
        assertThat(refused.body()).contains("layer 'Framing'", "createMissing=true");
        assertThat(count("layer")).isZero();

        Response created = post("?createMissing=true", file);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("spans").asInt()).isEqualTo(2);
        assertThat(created.json().get("schemaCreated").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(
                "layer 'Framing'", "label 'Conflict' of layer 'Framing'", "attribute 'certainty' of layer 'Framing'",
                "attribute 'quoted' of layer 'Framing'", "label 'Blame' of layer 'Framing'");
        LayerSchema framing = schema.layers(projectId).getFirst();
        assertThat(framing.kind()).isEqualTo(LayerKind.SPAN);
        assertThat(framing.overlapAllowed()).isTrue();
        assertThat(framing.labels()).extracting(LayerSchema.LabelSchema::colour).doesNotHaveDuplicates();
        assertThat(storedSpans()).containsExactlyInAnyOrder("Conflict|NATO\u00a0talks", "Blame|blamed Kyiv");
        assertThat(jdbc.queryForObject("select status || '|' || (finished_at > now() - interval '10 minutes') || '|' "
                + "|| (started_at is not null) from assignment where project_id = ?", String.class, projectId))
                .isEqualTo("DONE|true|true");
        assertThat(jdbc.queryForList("select a.attributes->>d.id::text from span_annotation a join "
                + "attribute_definition d on d.layer_id = a.layer_id and d.name = 'certainty' join document doc on "
                + "doc.id = a.document_id where doc.project_id = ?", String.class, projectId)).contains("high");
    }

    @Test
    void aMappingRenamesTheFilesLayersAndLabelsToTheProjects() {
        LayerSchema frame = schemaEditor.addLayer(projectId, new LayerDraft("Frame", LayerKind.SPAN, false, false,
                null));
        schemaEditor.addLabel(frame.id(), new LabelDraft("Conflict and cooperation", "#1f77b4", null, null));
        schemaEditor.addLabel(frame.id(), new LabelDraft("Morality", "#ff7f0e", null, null));
        byte[] file = line(span("Framing", "Conflict", "NATO\u00a0talks", Map.of()),
                span("Framing", "Moral", "blamed Kyiv", Map.of()));
        byte[] mapping = ("{\"layers\": {\"Framing\": \"Frame\"}, \"labels\": {\"Conflict\": \"Conflict and "
                + "cooperation\", \"Framing/Moral\": \"Morality\"}}").getBytes(UTF_8);

        Response response = admin().postParts("/api/v1/projects/" + projectId + "/annotations/import",
                List.of(new Part("file", new FilePart("study.jsonl", file)),
                        new Part("mapping", new FilePart("mapping.json", mapping))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("schemaCreated").size()).isZero();
        assertThat(storedSpans()).containsExactlyInAnyOrder("Conflict and cooperation|NATO\u00a0talks",
                "Morality|blamed Kyiv");

        Response badMapping = admin().postParts("/api/v1/projects/" + projectId + "/annotations/import",
                List.of(new Part("file", new FilePart("study.jsonl", file)),
                        new Part("mapping", new FilePart("mapping.json", "{\"labels\": {\"A\": 3}, \"x\": {}}"
                                .getBytes(UTF_8)))));
        assertThat(badMapping.status()).isEqualTo(400);
        assertThat(where(badMapping)).containsExactly("mapping.json, field 'x'", "mapping.json, field 'labels.A'");
    }

    @Test
    void spansGoInAsASourcesSuggestionsInsteadOfAnyonesWork() {
        byte[] file = line(span("Framing", "Conflict", "NATO\u00a0talks", Map.of()),
                span("Framing", "Blame", "👋🏽 NATO", Map.of()));

        Response response = post("?createMissing=true&source=roberta-v2", file);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("suggestions").asInt()).isEqualTo(2);
        assertThat(response.json().get("spans").asInt()).isZero();
        assertThat(response.json().get("documents").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForList("select lb.name || '|' || p.start_offset || '-' || p.end_offset || '|' "
                + "|| p.source || '|' || p.imported_from from pre_annotation p join label lb on lb.id = p.label_id "
                + "where p.project_id = ?", String.class, projectId)).containsExactlyInAnyOrder(
                        "Conflict|" + cp("NATO\u00a0talks") + "|roberta-v2|imported from study.jsonl",
                        "Blame|" + cp("👋🏽 NATO") + "|roberta-v2|imported from study.jsonl");
        assertThat(count("span_annotation")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from annotation_event where project_id = ?", Long.class,
                projectId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from membership where project_id = ? and role = 'ANNOTATOR'",
                Long.class, projectId)).isZero();

        Response again = post("?source=roberta-v2", file);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("suggestions").asInt()).as("the same suggestions are not stored twice").isZero();
        assertThat(again.json().get("existingDocuments").asInt()).isEqualTo(1);
    }

    @Test
    void archivesAreTakenApartAndTheirEntriesNamed() throws IOException {
        byte[] file = line(span("Framing", "Conflict", "NATO\u00a0talks", Map.of()));

        Response fromTar = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import"
                + "?createMissing=true", "file", List.of(new FilePart("study.tar.gz", tarGz("export/study.jsonl",
                        file))));

        assertThat(fromTar.status()).as(fromTar.body()).isEqualTo(201);
        assertThat(storedSpans()).containsExactly("Conflict|NATO\u00a0talks");
        assertThat(jdbc.queryForList("select distinct reason from annotation_event where project_id = ?",
                String.class, projectId)).containsExactly("imported from study.tar.gz");

        Response climbing = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import", "file",
                List.of(new FilePart("evil.zip", zip("../study.jsonl", file))));
        assertThat(climbing.status()).isEqualTo(400);
        assertThat(where(climbing)).containsExactly("evil.zip, entry '../study.jsonl'");
    }

    @Test
    void theOptionsAreChecked() {
        byte[] file = line(span("Framing", "Conflict", "NATO\u00a0talks", Map.of()));

        assertThat(where(post("?format=brat", file))).containsExactly("format");
        assertThat(post("?format=brat", file).body()).contains("it reads slant");
        assertThat(where(post("?source=quotes", file))).containsExactly("source");
        assertThat(where(post("?source=model&annotator=" + annotator, file))).containsExactly("annotator");
        assertThat(where(post("?source=" + "m".repeat(101), file))).containsExactly("source");
        assertThat(count("document")).isZero();
    }

    @Test
    void aFileWithoutLayersOrAnnotatorsIsRefusedOnceForEachWithWhatToChoose() {
        String line = "{\"text\": " + JSON.writeValueAsString(TEXT) + ", \"label\": [[3, 7, \"Greeting\"], [8, 12, "
                + "\"Actor\"]]}\n";
        byte[] doccano = line.getBytes(UTF_8);

        Response refused = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=doccano"
                + "&createMissing=true", "file", List.of(new FilePart("admin.jsonl", doccano)));

        assertThat(where(refused)).containsExactly("admin.jsonl, line 1, field 'label[0]'",
                "admin.jsonl, line 1");
        assertThat(refused.json().get("problems").get(0).get("message").asString()).isEqualTo("the file gives no "
                + "layer for this span or answer (nor for 1 more): choose the project's layer that takes them "
                + "(layer=<name> through the API)");
        assertThat(refused.json().get("problems").get(1).get("message").asString()).startsWith("the file names no "
                + "annotator for this work: give annotator=<username>");

        Response imported = admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import?format=doccano"
                + "&createMissing=true&layer=Entities&annotator=" + annotator, "file",
                List.of(new FilePart("admin.jsonl", doccano)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(storedSpans()).containsExactlyInAnyOrder("Greeting|👋🏽", "Actor|NATO");
    }

    @Test
    void whatTheProjectLacksIsNamedOnceAtItsFirstPlaceAndASpanGivenTwiceIsStoredOnce() {
        byte[] file = line(span("Framing", "Conflict", "NATO\u00a0talks", Map.of()),
                span("Framing", "Conflict", "blamed Kyiv", Map.of()), span("Framing", "Conflict", "blamed Kyiv",
                        Map.of()));

        Response refused = post("", file);

        assertThat(where(refused)).containsExactly("schema",
                "study.jsonl, line 1, field 'annotations[0].spans[0].layer'");
        assertThat(refused.json().get("problems").get(1).get("message").asString())
                .isEqualTo("the project has no layer 'Framing' (nor at 2 more places)");

        Response imported = post("?createMissing=true", file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("spans").asInt()).isEqualTo(2);
        assertThat(imported.json().get("leftOut").get(0).asString()).isEqualTo("1 span given again by the same "
                + "annotator with the same label, offsets and attributes: stored once");
        assertThat(storedSpans()).containsExactlyInAnyOrder("Conflict|NATO\u00a0talks", "Conflict|blamed Kyiv");
    }

    private Response post(String query, byte[] file) {
        return admin().postFiles("/api/v1/projects/" + projectId + "/annotations/import" + query, "file",
                List.of(new FilePart("study.jsonl", file)));
    }

    private byte[] line(String... spans) {
        return ("{\"text\": " + JSON.writeValueAsString(TEXT) + ", \"annotations\": [{\"annotator\": \"" + annotator
                + "\", \"status\": \"DONE\", \"spans\": [" + String.join(", ", spans) + "]}]}\n").getBytes(UTF_8);
    }

    private static String span(String layer, String label, String covered, Map<String, Object> attributes) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(covered));
        int end = start + covered.codePointCount(0, covered.length());
        return "{\"layer\": \"" + layer + "\", \"label\": \"" + label + "\", \"start\": " + start + ", \"end\": " + end
                + ", \"text\": " + JSON.writeValueAsString(covered) + ", \"attributes\": "
                + JSON.writeValueAsString(attributes) + "}";
    }

    private static String cp(String covered) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(covered));
        return start + "-" + (start + covered.codePointCount(0, covered.length()));
    }

    /** Each stored span as label|covered text, the text cut from the stored document by code points. */
    private List<String> storedSpans() {
        return jdbc.query("select lb.name, a.start_offset, a.end_offset, d.text from span_annotation a join label lb "
                + "on lb.id = a.label_id join document d on d.id = a.document_id where d.project_id = ?",
                (row, i) -> {
                    String text = row.getString(4);
                    int from = text.offsetByCodePoints(0, row.getInt(2));
                    int to = text.offsetByCodePoints(0, row.getInt(3));
                    return row.getString(1) + "|" + text.substring(from, to);
                }, projectId);
    }

    private long count(String table) {
        String sql = switch (table) {
            case "layer" -> "select count(*) from layer where project_id = ?";
            case "document" -> "select count(*) from document where project_id = ?";
            default -> "select count(*) from span_annotation a join document d on d.id = a.document_id "
                    + "where d.project_id = ?";
        };
        return jdbc.queryForObject(sql, Long.class, projectId);
    }

    private static List<String> where(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("problems").valueStream().map(problem -> problem.get("where").asString())
                .toList();
    }

    private static byte[] tarGz(String path, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            TarArchiveEntry entry = new TarArchiveEntry(path);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return out.toByteArray();
    }

    private static byte[] zip(String path, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private ApiClient admin() {
        return ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
    }
}
