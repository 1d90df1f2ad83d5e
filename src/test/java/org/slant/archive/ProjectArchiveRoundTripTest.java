package org.slant.archive;

import org.slant.ActingAs;
import org.slant.KeepsSecurityContextStrategy;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ApiClient;
import org.slant.Application;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.curation.GoldService;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive round trip: a project with everything a project can hold is exported from one installation and
 * imported, over HTTP, into a second one with its own empty database; then every row of every table is compared.
 */
@SlantSpringTest
@ExtendWith(KeepsSecurityContextStrategy.class)
class ProjectArchiveRoundTripTest {

    private static final String OTHER_ADMIN_PASSWORD = "other-installation-password";
    /** Flag (two regional indicators), NBSP, CRLF: a text whose code points, UTF-16 units and bytes all differ. */
    private static final String FLAG_TEXT = "Kyiv 🇺🇦 says:\u00A0\"talks continue\".\r\nSecond line.\r\n";
    /** Combining marks (é as e + U+0301), a ZWJ emoji sequence, LF only. */
    private static final String COMBINING_TEXT = "Cafe\u0301 owners 👩🏽‍⚕️ and nai\u0308ve ones.\nLast line";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Memberships memberships;
    @Autowired
    GoldService gold;

    @Test
    void anExportedProjectImportedIntoAnotherInstallationHasEveryRowAsItWas(@TempDir Path otherDataDir) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User admin = users.findByUsername("admin").orElseThrow();
        User newHere = users.save(new User("archive-new-" + suffix, "Nadia Neu", "{noop}x", SystemRole.USER));
        User idTaken = users.save(new User("archive-moved-" + suffix, "Moritz Moved", "{noop}x",
                SystemRole.USER));
        // manages the study and annotated nothing: known to the archive only by the membership and the assignments
        User onlyManages = users.save(new User("archive-manager-" + suffix, "Mia Manager", "{noop}x",
                SystemRole.USER));
        UUID projectId = aStudyWithEverything("Archive round trip " + suffix + " – Київ", admin, newHere,
                idTaken, onlyManages);

        HttpResponse<byte[]> download = ArchiveHttp.as(port, "admin", SlantSpringTest.ADMIN_PASSWORD)
                .download(projectId);
        assertThat(download.statusCode()).as(new String(download.body())).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(download.body().length);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("archive-round-trip-" + suffix).endsWith(".slant.zip");
        ArchiveZip archive = ArchiveZip.read(download.body());
        assertThat(archive.names()).containsExactly("project.json", "schema.json", "annotators.json",
                "stories.jsonl", "outlets.jsonl", "documents.jsonl", "spans.jsonl", "answers.jsonl", "events.jsonl",
                "members.jsonl", "assignments.jsonl", "gold_spans.jsonl", "gold_answers.jsonl", "curation.jsonl",
                "gold_events.jsonl", "pre_annotations.jsonl", "manifest.json");
        JsonNode manifest = archive.json("manifest.json");
        assertThat(manifest.get("format").stringValue()).isEqualTo("slant-project-archive");
        assertThat(manifest.get("formatVersion").intValue()).isEqualTo(6);
        assertThat(archive.json("project.json").get("outlet_blind").booleanValue()).isTrue();
        assertThat(manifest.get("counts").get("goldSpans").intValue()).isEqualTo(1);
        assertThat(manifest.get("counts").get("curationStatuses").intValue()).isEqualTo(1);
        assertThat(manifest.get("counts").get("members").intValue()).isEqualTo(4);
        assertThat(manifest.get("counts").get("assignments").intValue()).isEqualTo(4);
        assertThat(manifest.get("counts").get("preAnnotations").intValue()).isEqualTo(2);
        assertThat(manifest.get("project").get("id").stringValue()).isEqualTo(projectId.toString());
        assertThat(archive.text("annotators.json")).contains(newHere.getUsername())
                .contains(onlyManages.getUsername()).doesNotContain("{noop}").doesNotContain("password");

        Map<String, List<String>> exported = ProjectRows.of(jdbc, projectId);
        assertThat(exported.get("document")).hasSize(3);
        assertThat(exported.get("span_annotation")).hasSize(5);
        assertThat(exported.get("membership")).hasSize(4);
        assertThat(exported.get("assignment")).hasSize(4).anyMatch(row -> row.contains("\"SKIPPED\""))
                .anyMatch(row -> row.contains(onlyManages.getId().toString()));
        assertThat(exported.get("document_answer")).hasSize(1);
        assertThat(exported.get("annotation_event")).anyMatch(row -> row.contains("\"DELETE\""))
                .anyMatch(row -> row.contains("\"UPDATE\"")).anyMatch(row -> row.contains("\"CREATE\""));
        assertThat(exported.get("curation")).singleElement().asString().contains(idTaken.getId().toString());
        assertThat(exported.get("gold_event")).hasSize(2).allMatch(row -> row.contains(idTaken.getId().toString()));
        assertThat(exported.get("pre_annotation")).hasSize(2).anyMatch(row -> row.contains(idTaken.getId()
                .toString())).anyMatch(row -> row.contains("\"imported_by\":null"));

        try (ConfigurableApplicationContext other = startAnotherInstallation(otherDataDir)) {
            JdbcTemplate otherJdbc = other.getBean(JdbcTemplate.class);
            // an account there already has the id one annotator has here
            otherJdbc.update("insert into app_user (id, username, display_name, password_hash, system_role) "
                    + "values (?, ?, 'Someone Else', '{noop}x', 'USER')", idTaken.getId(), "someone-" + suffix);
            UUID otherAdmin = otherJdbc.queryForObject("select id from app_user where username = 'admin'",
                    UUID.class);

            HttpResponse<String> imported = ArchiveHttp.as(port(other), "admin", OTHER_ADMIN_PASSWORD)
                    .uploadForm(download.body(), "study.slant.zip");

            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            assertThat(imported.headers().firstValue("Location")).hasValue("/api/v1/projects/" + projectId);
            JsonNode answer = JsonMapper.builder().build().readTree(imported.body());
            assertThat(answer.get("projectId").stringValue()).isEqualTo(projectId.toString());
            assertThat(answer.get("counts").get("documents").intValue()).isEqualTo(3);
            assertThat(answer.get("counts").get("spans").intValue()).isEqualTo(5);
            assertThat(answer.get("counts").get("events").intValue())
                    .isEqualTo(exported.get("annotation_event").size());
            assertThat(answer.get("annotatorsMatched").valueStream().map(JsonNode::stringValue))
                    .containsExactly("admin");
            assertThat(answer.get("annotatorsCreated").valueStream().map(JsonNode::stringValue))
                    .containsExactlyInAnyOrder(newHere.getUsername(), idTaken.getUsername(),
                            onlyManages.getUsername());

            UUID movedId = otherJdbc.queryForObject("select id from app_user where username = ?", UUID.class,
                    idTaken.getUsername());
            assertThat(movedId).isNotEqualTo(idTaken.getId());
            Map<UUID, UUID> userIds = Map.of(admin.getId(), otherAdmin, idTaken.getId(), movedId);
            Map<String, List<String>> there = ProjectRows.of(otherJdbc, projectId);
            Map<String, List<String>> expected = ProjectRows.withUserIds(exported, userIds);
            for (String table : expected.keySet()) {
                assertThat(there.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
            }

            assertTextsAreTheSameBytes(projectId, otherJdbc);
            assertCreatedAccountCannotLogIn(otherJdbc, newHere, port(other));
            assertThat(otherJdbc.queryForObject("select count(*) from span_annotation where annotator_id = ?",
                    Long.class, movedId)).isEqualTo(1);
            assertThat(otherJdbc.queryForObject("select count(*) from gold_event where actor_id = ?", Long.class,
                    movedId)).isEqualTo(2);
            assertThat(otherJdbc.queryForList("select source || ' ' || start_offset || '..' || end_offset from "
                    + "pre_annotation where imported_by = ?", String.class, movedId)).containsExactly(
                            "roberta-ptc-v2 15..29");
        }
    }

    /**
     * Settings, two presets, stories, outlets with metadata, three texts, spans of three annotators, an answer, a
     * team in every role, assignments in every state, and a document its curator made gold of and marked curated.
     */
    private UUID aStudyWithEverything(String name, User admin, User newHere, User idTaken, User onlyManages) {
        UUID projectId = corpus.createProject(new ProjectSettings(name, "Exported and imported again",
                "# Guidelines\n\nMark *every* source.\r\n", 3, false, false, true)).getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        corpus.createStory(projectId, "Talks in Geneva", LocalDate.of(2022, 1, 10), "Diplomats met.",
                List.of("NATO", "Russia", "Jens Stoltenberg"));
        List<UUID> documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("Flag", FLAG_TEXT, "Kyiv Independent", "Talks in Geneva", "https://example.org/1",
                        LocalDate.of(2022, 1, 12), "ext-1", Map.of("section", "world", "score", 1.5,
                                "tags", List.of("diplomacy", "ukraine"))),
                new NewDocument("Combining", COMBINING_TEXT, "Le Monde", "Cafés", null, null, null, Map.of()),
                new NewDocument("Bare", "No outlet, no story.", null, null, null, null, null, Map.of())))
                .stream().map(document -> document.getId()).toList();
        jdbc.update("update outlet set leaning = 'centre', meta = '{\"country\": \"UA\", \"ratio\": 1.50, "
                + "\"big\": 123456789012345678901234567890.000}'::jsonb where project_id = ? and name = ?",
                projectId, "Kyiv Independent");

        for (User annotator : List.of(newHere, idTaken)) {
            memberships.add(projectId, annotator.getUsername(), ProjectRole.ANNOTATOR);
        }
        LayerSchema attribution = layer(projectId, "Attribution");
        LayerSchema frame = layer(projectId, "Frame");
        AttributeSchema identification = attribute(attribution, "identification");
        AttributeSchema kind = attribute(attribution, "kind");
        span(documents.get(0), admin, attribution, "Source", 0, 4,
                Map.of(identification.id().toString(), "named", kind.id().toString(), "organisation"));
        span(documents.get(0), newHere, attribution, "Cue", 5, 7, Map.of());
        span(documents.get(0), newHere, attribution, "Content", 15, 29, Map.of());
        span(documents.get(1), idTaken, attribution, "Source", 0, 5,
                Map.of(identification.id().toString(), "anonymous"));
        span(documents.get(1), admin, frame, "Economic", 6, 12, Map.of());
        span(documents.get(1), newHere, frame, "Morality", 13, 19, Map.of());
        span(documents.get(2), admin, attribution, "Cue", 0, 2, Map.of());

        LayerSchema disclosure = layer(projectId, "Sourcing disclosure");
        jdbc.update("insert into document_answer (id, document_id, annotator_id, layer_id, label_id, attributes, "
                + "created_at, updated_at, version) values (?, ?, ?, ?, ?, '{\"note\": \"wire\\u00a0copy\"}', "
                + "'2022-01-13 07:08:09.123456+02', '2022-01-14 10:11:12.654321+00', 3)", UUID.randomUUID(),
                documents.get(0), newHere.getId(), disclosure.id(), label(disclosure, "wire (partial)").id());

        // edits that change annotations: an UPDATE event per span holding the attribute, a DELETE per Cue span
        editor.deleteAttribute(attribution.id(), identification.id(), true);
        editor.deleteLabel(attribution.id(), label(attribution, "Cue").id(), true);
        editor.moveLabel(frame.id(), label(frame, "Morality").id(), 0);
        editor.deleteLayer(layer(projectId, "Headline frame").id(), false);
        aTeamAtWork(projectId, documents, admin, newHere, idTaken, onlyManages);
        // a model's pre-annotations, imported by the curator, and a dataset's, whose importer's account is gone
        String preAnnotation = "insert into pre_annotation (id, project_id, document_id, source, layer_id, label_id, "
                + "start_offset, end_offset, attributes, imported_from, imported_by, imported_at) values (?, ?, ?, ?, "
                + "?, ?, ?, ?, ?::jsonb, ?, ?, ?::timestamptz)";
        jdbc.update(preAnnotation, UUID.randomUUID(), projectId, documents.get(0), "roberta-ptc-v2",
                attribution.id(), label(attribution, "Content").id(), 15, 29, "{\"" + kind.id() + "\": \"person\"}",
                "predictions 🇺🇦.jsonl", idTaken.getId(), "2022-01-15 12:00:00.000001Z");
        jdbc.update(preAnnotation, UUID.randomUUID(), projectId, documents.get(1), "Café corpus\u00A02020",
                frame.id(), label(frame, "Economic").id(), 0, 5, "{}", "cafe.tar.gz", null,
                "2022-01-16 12:00:00Z");
        ActingAs.user(idTaken.getUsername(), () -> {
            gold.createSpan(documents.get(1), null, new SpanDraft(frame.id(), label(frame, "Economic").id(), 6, 12,
                    Map.of()));
            gold.markCurated(documents.get(1));
        });
        return projectId;
    }

    /** Memberships and assignments as the database has them, times to the microsecond. */
    private void aTeamAtWork(UUID projectId, List<UUID> documents, User admin, User newHere, User idTaken,
            User onlyManages) {
        // as they are below, not as annotating them made them (annotators write only as members, and work begins
        // with a document's first span)
        jdbc.update("delete from membership where project_id = ? and user_id in (?, ?)", projectId, newHere.getId(),
                idTaken.getId());
        jdbc.update("delete from assignment where project_id = ?", projectId);
        String member = "insert into membership (id, project_id, user_id, role, created_at) values (?, ?, ?, ?, "
                + "?::timestamptz)";
        jdbc.update(member, UUID.randomUUID(), projectId, newHere.getId(), "ANNOTATOR", "2022-01-11 08:00:00.000001Z");
        jdbc.update(member, UUID.randomUUID(), projectId, idTaken.getId(), "CURATOR", "2022-01-11 08:00:00.000002Z");
        jdbc.update(member, UUID.randomUUID(), projectId, onlyManages.getId(), "MANAGER",
                "2022-01-11 08:00:00.000003Z");
        String assignment = "insert into assignment (id, project_id, document_id, annotator_id, status, "
                + "active_seconds, assigned_at, started_at, finished_at, version, assigned_by) values (?, ?, ?, ?, ?, "
                + "?, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?, ?)";
        jdbc.update(assignment, UUID.randomUUID(), projectId, documents.get(0), newHere.getId(), "DONE", 754,
                "2022-01-12 09:00:00.123456Z", "2022-01-12 09:05:00.5Z", "2022-01-12 09:30:00.999999Z", 7,
                onlyManages.getId());
        jdbc.update(assignment, UUID.randomUUID(), projectId, documents.get(1), newHere.getId(), "SKIPPED", 12,
                "2022-01-12 09:00:00.123456Z", "2022-01-12 10:00:00Z", "2022-01-12 10:00:12Z", 2,
                onlyManages.getId());
        jdbc.update(assignment, UUID.randomUUID(), projectId, documents.get(1), idTaken.getId(), "IN_PROGRESS", 61,
                "2022-01-12 09:00:00.123456Z", "2022-01-13 11:11:11.111111Z", null, 3, admin.getId());
        jdbc.update(assignment, UUID.randomUUID(), projectId, documents.get(2), admin.getId(), "ASSIGNED", 0,
                "2022-01-14 00:00:00Z", null, null, 0, null);
    }

    private void span(UUID documentId, User annotator, LayerSchema layer, String label, int start, int end,
            Map<String, Object> attributes) {
        ActingAs.user(annotator.getUsername(), () -> annotations.createSpan(documentId, null,
                new SpanDraft(layer.id(), label(layer, label).id(), start, end, attributes)));
    }

    private void assertTextsAreTheSameBytes(UUID projectId, JdbcTemplate otherJdbc) {
        String sql = "select convert_to(text, 'UTF8') from document where project_id = ? order by position";
        List<byte[]> here = jdbc.queryForList(sql, byte[].class, projectId);
        List<byte[]> there = otherJdbc.queryForList(sql, byte[].class, projectId);
        assertThat(there).hasSize(3);
        for (int i = 0; i < here.size(); i++) {
            assertThat(there.get(i)).isEqualTo(here.get(i));
        }
        assertThat(there.get(0)).isEqualTo(FLAG_TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(there.get(1)).isEqualTo(COMBINING_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertCreatedAccountCannotLogIn(JdbcTemplate otherJdbc, User created, int otherPort) {
        Map<String, Object> account = otherJdbc.queryForMap("select id, display_name, system_role, active, "
                + "password_hash from app_user where username = ?", created.getUsername());
        assertThat(account.get("id")).isEqualTo(created.getId());
        assertThat(account.get("display_name")).isEqualTo("Nadia Neu");
        assertThat(account.get("system_role")).isEqualTo("USER");
        assertThat(account.get("active")).isEqualTo(false);
        assertThat((String) account.get("password_hash")).startsWith("{bcrypt}$2");
        assertThat(ApiClient.basic(otherPort, created.getUsername(), "x").get("/api/v1/projects").status())
                .isEqualTo(401);
    }

    private LayerSchema layer(UUID projectId, String name) {
        return schema.layers(projectId).stream().filter(layer -> layer.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static LabelSchema label(LayerSchema layer, String name) {
        return layer.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow();
    }

    private static AttributeSchema attribute(LayerSchema layer, String name) {
        return layer.attributes().stream().filter(attribute -> attribute.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static ConfigurableApplicationContext startAnotherInstallation(Path dataDir) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--slant.data-dir=" + dataDir,
                "--slant.admin-password=" + OTHER_ADMIN_PASSWORD);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
