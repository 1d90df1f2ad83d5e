package org.slant.annotation.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Part;
import org.slant.ApiClient.Response;
import org.slant.HostileInput;
import org.slant.SlantSpringTest;
import org.slant.annotation.importing.AnnotatedSamples;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.AccessTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property: whatever a document import or an annotated import is sent (damaged files of every format, random
 * options, bodies that are not UTF-8), it answers 201/200 or a problem JSON refusal, never a 500; and a refusal
 * stores nothing: the project's documents, outlets, stories, schema, work, history and the accounts are what they
 * were. An accepted import adds exactly what it reports.
 */
@SlantSpringTest
class HostileImportsApiTest {

    private static final long SEED = 1704L;
    private static final int DOCUMENT_TRIES = 150;
    private static final int ANNOTATED_TRIES = 150;
    private static final List<String> FORMATS = List.of("slant", "labelstudio", "doccano", "ptc", "basil", "tsv",
            "xmi");
    private static final String JSONL = """
            {"text":"NATO and Russia 👋🏽 talked.","title":"Talks","outlet":"Wire","story":"Council","published":"2022-01-12","externalId":"w-1","meta":{"tags":["a"]}}
            {"text":"Second text.\\r\\nLine two.","externalId":7}
            """;
    private static final String CSV = """
            externalId,title,text,outlet,published,section
            csv-1,Ministers meet,"Foreign ministers met in Vienna.
            A second paragraph, with a comma.",Example Times,2022-01-13,world
            """;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    UUID projectId;

    @BeforeEach
    void aProjectWithASchema() {
        api = ApiClient.bearer(port, tokens.create("imports " + UUID.randomUUID(), null).token());
        projectId = corpus.createProject("Hostile imports " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
    }

    @Test
    void aDocumentImportIsWholeOrNothingWhateverItIsSent() {
        String path = "/api/v1/projects/" + projectId + "/documents";
        Map<Integer, Integer> statuses = new TreeMap<>();
        HostileInput.tries(SEED, DOCUMENT_TRIES, (input, number) -> {
            Map<String, Long> before = counts();
            Response response;
            if (input.chance(0.1)) {
                // a multipart body cut short, or with another boundary than its header names
                String body = "--hostile\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n\r\n"
                        + input.mutatedJson(JSONL) + (input.chance(0.5) ? "" : "\r\n--other--\r\n");
                response = api.post(path, "multipart/form-data; boundary=hostile", BodyPublishers.ofString(body));
            } else if (input.chance(0.3)) {
                byte[] body = input.chance(0.3) ? input.notUtf8(JSONL) : input.mutatedJson(JSONL).getBytes(UTF_8);
                response = api.post(path, "application/x-ndjson", BodyPublishers.ofByteArray(body));
            } else {
                List<FilePart> files = new ArrayList<>();
                for (int i = input.between(1, 3); i > 0; i--) {
                    files.add(documentFile(input, i));
                }
                response = api.postFiles(path, "file", files);
            }
            statuses.merge(response.status(), 1, Integer::sum);
            assertWholeOrNothing(response, before, "created");
        });
        assertThat(statuses).containsKeys(201, 400);
    }

    @Test
    void anAnnotatedImportIsWholeOrNothingWhateverItIsSent() {
        Map<Integer, Integer> statuses = new TreeMap<>();
        HostileInput.tries(SEED, ANNOTATED_TRIES, (input, number) -> {
            String format = FORMATS.get(number % FORMATS.size());
            String query = "?format=" + format + (input.chance(0.7) ? "&createMissing=true" : "")
                    + (input.chance(0.6) ? "&annotator=admin" : "") + (input.chance(0.15) ? "&source=model" : "")
                    + (input.chance(0.5) ? "&layer=Framing" : "") + (input.chance(0.2) ? "&createAnnotators=true" : "");
            Map<String, Long> before = counts();
            List<Part> parts = new ArrayList<>(annotatedFiles(input, format).stream().map(file -> new Part("file",
                    file)).toList());
            if (input.chance(0.2)) {
                // a mapping file of random shape: it renames layers and labels, so it is read before anything else
                parts.add(new Part("mapping", new FilePart("mapping.json", input.mutatedJson(
                        "{\"layers\":{\"Framing\":\"Frame\"},\"labels\":{\"Actor\":\"Conflict\"}}")
                        .getBytes(UTF_8))));
            }
            Response response = api.postParts("/api/v1/projects/" + projectId + "/annotations/import" + query, parts);
            statuses.merge(response.status(), 1, Integer::sum);
            assertWholeOrNothing(response, before, "documents");
        });
        assertThat(statuses).containsKeys(201, 400);
    }

    private void assertWholeOrNothing(Response response, Map<String, Long> before, String createdField) {
        assertThat(response.status()).as(response.body()).isIn(200, 201, 400, 413, 415);
        Map<String, Long> after = counts();
        if (response.status() >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString("")).isNotBlank();
            assertThat(after).as("nothing stored after " + response.body()).isEqualTo(before);
        } else {
            assertThat(after.get("documents") - before.get("documents")).as(response.body())
                    .isEqualTo(response.json().path(createdField).asLong());
        }
    }

    /** What an import may add: the project's rows of every kind, and the installation's accounts. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("document", "outlet", "story", "layer", "assignment", "annotation_event",
                "pre_annotation")) {
            counts.put(table.equals("document") ? "documents" : table, jdbc.queryForObject(
                    "select count(*) from " + table + " where project_id = ?", Long.class, projectId));
        }
        counts.put("spans", jdbc.queryForObject("select count(*) from span_annotation s join document d on "
                + "d.id = s.document_id where d.project_id = ?", Long.class, projectId));
        counts.put("answers", jdbc.queryForObject("select count(*) from document_answer a join document d on "
                + "d.id = a.document_id where d.project_id = ?", Long.class, projectId));
        counts.put("labels", jdbc.queryForObject("select count(*) from label l join layer y on y.id = l.layer_id "
                + "where y.project_id = ?", Long.class, projectId));
        counts.put("accounts", jdbc.queryForObject("select count(*) from app_user", Long.class));
        return counts;
    }

    private static FilePart documentFile(HostileInput input, int number) {
        return switch (input.random().nextInt(5)) {
            case 0 -> new FilePart("news" + number + ".jsonl", input.mutatedJson(JSONL).getBytes(UTF_8));
            case 1 -> new FilePart("table" + number + ".csv", input.mutatedLines(CSV).getBytes(UTF_8));
            case 2 -> new FilePart("note" + number + ".txt", input.chance(0.3) ? input.notUtf8(input.string())
                    : (input.string() + number).getBytes(UTF_8));
            case 3 -> new FilePart("corpus" + number + ".zip", input.chance(0.5) ? zip(Map.of("a/" + number + ".txt",
                    input.string().getBytes(UTF_8))) : input.damaged(zip(Map.of("b.txt", "Zipped.".getBytes(UTF_8)))));
            default -> new FilePart("other" + number + input.oneOf(List.of(".pdf", ".jsonl", ".csv")),
                    input.string().getBytes(UTF_8));
        };
    }

    private static List<FilePart> annotatedFiles(HostileInput input, String format) {
        List<FilePart> files = switch (format) {
            case "slant" -> List.of(new FilePart("documents.jsonl", input.mutatedJson(AnnotatedSamples.SLANT_JSONL)
                    .getBytes(UTF_8)));
            case "labelstudio" -> List.of(new FilePart("export.json", input.mutatedJson(AnnotatedSamples.LABEL_STUDIO)
                    .getBytes(UTF_8)));
            case "doccano" -> List.of(new FilePart("admin.jsonl", input.mutatedJson(AnnotatedSamples.DOCCANO)
                    .getBytes(UTF_8)));
            case "ptc" -> List.of(new FilePart("ptc.zip", zip(Map.of("train-articles/article1.txt",
                    AnnotatedSamples.PTC_ARTICLE.getBytes(UTF_8), "train-labels/article1.task2-TC.labels",
                    input.mutatedLines(AnnotatedSamples.PTC_LABELS).getBytes(UTF_8)))));
            case "basil" -> List.of(new FilePart("basil.zip", zip(Map.of(
                    "articles/2019/" + AnnotatedSamples.BASIL_EVENT + "_1.json",
                    AnnotatedSamples.BASIL_ARTICLE.getBytes(UTF_8),
                    "annotations/2019/" + AnnotatedSamples.BASIL_EVENT + "_1_ann.json",
                    input.mutatedJson(AnnotatedSamples.BASIL_ANNOTATIONS).getBytes(UTF_8)))));
            case "tsv" -> List.of(new FilePart("alice.tsv", input.mutatedLines(AnnotatedSamples.TSV)
                    .getBytes(UTF_8)));
            default -> {
                byte[][] xmi = AnnotatedSamples.xmi();
                yield List.of(new FilePart("a1.xmi", input.chance(0.5) ? xmi[0] : input.damaged(xmi[0])),
                        new FilePart("TypeSystem.xml", xmi[1]));
            }
        };
        return input.chance(0.1) ? List.of(new FilePart(files.getFirst().name(), input.damaged(
                files.getFirst().content()))) : files;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, UTF_8)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
