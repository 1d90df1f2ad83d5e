package org.slant.archive;

import org.slant.ActingAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Archives that must not be imported, each refused with the problem named where it is, and nothing stored: no
 * project, no row, no account. Each starts from a good archive made in this installation and imported as another
 * project ({@link ArchiveZip#asAnotherProject()}), which on its own imports fine.
 */
@SlantSpringTest
class ProjectArchiveRefusalsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
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

    ArchiveZip original;
    ArchiveZip copy;

    @BeforeEach
    void aSmallAnnotatedProjectExported() {
        UUID projectId = corpus.createProject("Archive refusals " + UUID.randomUUID(), "").getId();
        LayerSchema attribution = schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING)
                .orElseThrow()).layers().getFirst();
        List<UUID> documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("One", "The minister said talks would continue.", "Outlet", "Story", null, null,
                        null, Map.of()),
                new NewDocument("Two", "According to CNN, nothing changed.", "Outlet", "Story", null, null, null,
                        Map.of()))).stream().map(document -> document.getId()).toList();
        UUID source = attribution.labels().getFirst().id();
        annotations.createSpan(documents.get(0), null, new SpanDraft(attribution.id(), source, 0, 12, Map.of()));
        annotations.createSpan(documents.get(1), null, new SpanDraft(attribution.id(), source, 13, 16, Map.of()));
        HttpResponse<byte[]> download = api().download(projectId);
        assertThat(download.statusCode()).isEqualTo(200);
        original = ArchiveZip.read(download.body());
        copy = original.asAnotherProject();
    }

    @Test
    void aCopyAsAnotherProjectImports() {
        HttpResponse<String> response = api().uploadBody(copy.bytes());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from span_annotation s join document d "
                + "on d.id = s.document_id where d.project_id = ?", Long.class, copy.projectId())).isEqualTo(2);
        assertThat(JSON.readTree(response.body()).get("annotatorsCreated")).hasSize(1);
    }

    @Test
    void refusesAFileChangedAfterTheExportNamingIt() {
        ArchiveZip tampered = copy.with("documents.jsonl",
                copy.text("documents.jsonl").replace("talks would continue", "talks would collapse"));

        JsonNode problem = refused(tampered, 400);

        assertThat(problem.get("problems")).singleElement().satisfies(found -> {
            assertThat(found.get("where").stringValue()).isEqualTo("documents.jsonl");
            assertThat(found.get("message").stringValue()).contains("SHA-256").contains("changed");
        });
    }

    @Test
    void refusesABrokenLineNamingFileAndLine() {
        ArchiveZip broken = copy.withLine("spans.jsonl", 2, "{\"id\": \"not closed").withChecksums();

        JsonNode problem = refused(broken, 400);

        assertThat(problem.get("problems")).singleElement().satisfies(found -> {
            assertThat(found.get("where").stringValue()).isEqualTo("spans.jsonl, line 2");
            assertThat(found.get("message").stringValue()).startsWith("not valid JSON");
        });
    }

    @Test
    void refusesASpanWhoseLabelIsNotInTheArchive() {
        String firstSpan = copy.lines("spans.jsonl").getFirst();
        String labelId = JSON.readTree(firstSpan).get("label_id").stringValue();
        ArchiveZip dangling = copy.withLine("spans.jsonl", 1,
                firstSpan.replace(labelId, UUID.randomUUID().toString())).withChecksums();

        JsonNode problem = refused(dangling, 400);

        assertThat(problem.get("problems")).singleElement().satisfies(found -> {
            assertThat(found.get("where").stringValue()).isEqualTo("spans.jsonl, line 1, field 'label_id'");
            assertThat(found.get("message").stringValue()).isEqualTo("no label in schema.json has this id");
        });
    }

    @Test
    void refusesASpanBeyondTheEndOfItsText() {
        String firstSpan = copy.lines("spans.jsonl").getFirst();
        ArchiveZip beyond = copy.withLine("spans.jsonl", 1,
                firstSpan.replace("\"end_offset\":12", "\"end_offset\":40")).withChecksums();

        JsonNode problem = refused(beyond, 400);

        assertThat(problem.get("problems")).singleElement().satisfies(found -> {
            assertThat(found.get("where").stringValue()).isEqualTo("spans.jsonl, line 1");
            assertThat(found.get("message").stringValue()).contains("<= 39").contains("not 0..40");
        });
    }

    @Test
    void refusesARowTheDatabaseRefusesAndKeepsNoAccountItMadeForTheArchive() {
        // a colour only the database's check knows is wrong: found after the annotator's account was made
        ArchiveZip badColour = copy.with("schema.json", copy.text("schema.json").replace("#1f77b4", "#blue00"))
                .withChecksums();

        JsonNode problem = refused(badColour, 400);

        assertThat(problem.get("problems")).singleElement().satisfies(found -> {
            assertThat(found.get("where").stringValue()).isEqualTo("schema.json");
            assertThat(found.get("message").stringValue()).startsWith("cannot be stored here: ")
                    .contains("label_colour_check");
        });
    }

    @Test
    void refusesTheProjectWhereItIsAlreadyHere() {
        UUID projectId = original.projectId();
        Map<String, List<String>> before = ProjectRows.of(jdbc, projectId);

        HttpResponse<String> response = api().uploadBody(original.bytes());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").stringValue()).startsWith("This project is already here")
                .contains(projectId.toString());
        assertThat(problem.get("projectId").stringValue()).isEqualTo(projectId.toString());
        assertThat(ProjectRows.of(jdbc, projectId)).isEqualTo(before);
    }

    @Test
    void refusesAMemberOrAnAssignmentOfSomeoneTheArchiveDoesNotName() {
        String stranger = UUID.randomUUID().toString();
        String member = copy.lines("members.jsonl").getFirst();
        String userId = JSON.readTree(member).get("user_id").stringValue();
        String documentId = JSON.readTree(copy.lines("documents.jsonl").getFirst()).get("id").stringValue();
        String assignment = "{\"id\":\"" + UUID.randomUUID() + "\",\"project_id\":\"" + copy.projectId()
                + "\",\"document_id\":\"" + documentId + "\",\"annotator_id\":\"" + userId
                + "\",\"status\":\"FINISHED\",\"active_seconds\":-1,\"assigned_at\":\"2026-01-01T00:00:00+00:00\","
                + "\"started_at\":null,\"finished_at\":null,\"version\":0,\"assigned_by\":\"" + stranger + "\"}\n";
        ArchiveZip strangers = copy.withLine("members.jsonl", 1, member.replace(userId, stranger))
                .with("assignments.jsonl", assignment).withChecksums();

        JsonNode problem = refused(strangers, 400);

        assertThat(problem.get("problems").valueStream().map(found -> found.get("where").stringValue() + ": "
                + found.get("message").stringValue())).containsExactly(
                "members.jsonl, line 1, field 'user_id': no account in annotators.json has this id",
                "assignments.jsonl, line 1, field 'status': must be one of [ASSIGNED, DONE, IN_PROGRESS, SKIPPED]",
                "assignments.jsonl, line 1, field 'active_seconds': must not be negative",
                "assignments.jsonl, line 1, field 'assigned_by': no account in annotators.json has this id");
    }

    @Test
    void refusesAPreAnnotationOutsideItsTextWithoutASourceOrImportedBySomeoneTheArchiveDoesNotName() {
        JsonNode span = JSON.readTree(copy.lines("spans.jsonl").getFirst());
        String preAnnotation = "{\"id\":\"" + UUID.randomUUID() + "\",\"project_id\":\"" + copy.projectId()
                + "\",\"document_id\":" + span.get("document_id") + ",\"source\":\"\",\"layer_id\":"
                + span.get("layer_id") + ",\"label_id\":" + span.get("label_id") + ",\"start_offset\":0,"
                + "\"end_offset\":99,\"attributes\":{},\"imported_from\":\"model.jsonl\",\"imported_by\":\""
                + UUID.randomUUID() + "\",\"imported_at\":\"2026-01-01T00:00:00+00:00\"}\n";
        ArchiveZip wrong = copy.with("pre_annotations.jsonl", preAnnotation).withChecksums();

        JsonNode problem = refused(wrong, 400);

        assertThat(problem.get("problems").valueStream().map(found -> found.get("where").stringValue() + ": "
                + found.get("message").stringValue())).containsExactly(
                "pre_annotations.jsonl, line 1: start_offset and end_offset must satisfy 0 <= start < end <= 39 (the "
                        + "document's length in code points), not 0..99",
                "pre_annotations.jsonl, line 1, field 'source': must be 1 to 100 characters long",
                "pre_annotations.jsonl, line 1, field 'imported_by': no account in annotators.json has this id");
    }

    @Test
    void refusesGoldAStatusOrAGoldEventThatDoesNotHold() {
        JsonNode span = JSON.readTree(copy.lines("spans.jsonl").getFirst());
        String time = "\"2026-01-01T00:00:00+00:00\"";
        String goldSpan = "{\"id\":\"" + UUID.randomUUID() + "\",\"document_id\":" + span.get("document_id")
                + ",\"layer_id\":" + span.get("layer_id") + ",\"label_id\":" + span.get("label_id")
                + ",\"start_offset\":0,\"end_offset\":99,\"attributes\":{},\"origin\":\"GUESSED\","
                + "\"origin_detail\":null,\"source_id\":null,\"person_made\":true,\"created_at\":" + time
                + ",\"updated_at\":" + time + ",\"version\":0}\n";
        String status = "{\"document_id\":\"" + UUID.randomUUID() + "\",\"project_id\":\"" + copy.projectId()
                + "\",\"status\":\"DONE\",\"changed_by\":null,\"changed_at\":" + time + "}\n";
        String event = "{\"id\":1,\"gold_id\":null,\"target\":\"DOCUMENT\",\"project_id\":\"" + copy.projectId()
                + "\",\"document_id\":" + span.get("document_id") + ",\"actor_id\":null,\"action\":\"APPROVED\","
                + "\"origin\":null,\"at\":" + time + ",\"before\":null,\"after\":null,\"reason\":null}\n";
        ArchiveZip wrongGold = copy.with("gold_spans.jsonl", goldSpan).with("curation.jsonl", status)
                .with("gold_events.jsonl", event).withChecksums();

        JsonNode problem = refused(wrongGold, 400);

        assertThat(problem.get("problems").valueStream().map(found -> found.get("where").stringValue() + ": "
                + found.get("message").stringValue())).containsExactly(
                "gold_spans.jsonl, line 1: start_offset and end_offset must satisfy 0 <= start < end <= 39 (the "
                        + "document's length in code points), not 0..99",
                "gold_spans.jsonl, line 1, field 'origin': must be one of [ACCEPTED, CURATOR, MERGED]",
                "curation.jsonl, line 1, field 'status': must be one of [CURATED, IN_PROGRESS]",
                "curation.jsonl, line 1, field 'document_id': no document in documents.jsonl has this id",
                "gold_events.jsonl, line 1, field 'action': must be one of [CREATE, CURATED, DELETE, REOPENED, "
                        + "UPDATE]");
    }

    @Test
    void refusesAZipThatIsNotASlantArchive() {
        JsonNode notOurs = refused(ArchiveZip.of(Map.of("notes.txt", "hello")), 400);
        assertThat(notOurs.get("detail").stringValue()).contains("not a Slant project archive")
                .contains("no manifest.json");

        JsonNode otherFormat = refused(ArchiveZip.of(Map.of("manifest.json", "{\"format\": \"something-else\"}")),
                400);
        assertThat(otherFormat.get("detail").stringValue()).contains("not a Slant project archive");

        HttpResponse<String> notAZip = api().uploadBody("just some text".getBytes());
        assertThat(notAZip.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notAZip.body()).get("detail").stringValue()).contains("not a zip file");
    }

    @Test
    void refusesAnArchiveOfANewerFormat() {
        JsonNode manifest = copy.json("manifest.json");
        ArchiveZip newer = copy.with("manifest.json", manifest.toString().replace("\"formatVersion\":6",
                "\"formatVersion\":7"));

        JsonNode problem = refused(newer, 400);

        assertThat(problem.get("detail").stringValue()).contains("format version 7")
                .contains("reads versions 1 to 6").contains("newer Slant");
    }

    @Test
    void answers404ForTheArchiveOfAMissingProject() {
        UUID missing = UUID.randomUUID();

        ApiClient.Response response = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD)
                .get("/api/v1/projects/" + missing + "/archive");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").stringValue()).isEqualTo("Project " + missing + " does not exist");
    }

    /** Uploads the archive, expects it refused with {@code status}, and checks that nothing was stored. */
    private JsonNode refused(ArchiveZip archive, int status) {
        long accounts = count("app_user");
        long spans = count("span_annotation");
        long events = count("annotation_event");

        HttpResponse<String> response = api().uploadForm(archive.bytes(), "archive.slant.zip");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from project where id = ?", Long.class, copy.projectId()))
                .isZero();
        assertThat(count("app_user")).isEqualTo(accounts);
        assertThat(count("span_annotation")).isEqualTo(spans);
        assertThat(count("annotation_event")).isEqualTo(events);
        return JSON.readTree(response.body());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private ArchiveHttp api() {
        return ArchiveHttp.as(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
    }
}
