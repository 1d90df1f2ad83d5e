package org.slant.annotation.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementOptions;
import org.slant.agreement.AgreementService;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.DocumentHistory;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.export.ExportFormat;
import org.slant.export.ExportOptions;
import org.slant.export.ExportOptions.Hygiene;
import org.slant.export.ExportOptions.LabelSource;
import org.slant.export.ExportService;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slant's own jsonl export imported back (docs/import.md#annotated-data): a small study exported with the real
 * exporter, imported into a new project, exported again and compared; its agreement report the same; and the
 * refusals, all or nothing.
 */
@SlantSpringTest
class AnnotationImportApiTest {

    static final String EMOJI_TEXT = "Hi 👋🏽 NATO\u00a0talks\r\nPROMO HEADLINE\r\nStoltenberg said “no” 🇺🇦.";
    static final String CRLF_TEXT = "Officials said\r\nthe talks went well,\r\naccording to Reuters.";
    static final String PLAIN_TEXT = "The minister said nothing about the plan.";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ExportService exports;
    @Autowired
    AgreementService agreement;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    DocumentHistory history;
    @Autowired
    JdbcTemplate jdbc;

    UUID projectId;
    final Map<String, User> annotators = new LinkedHashMap<>();
    String suffix;

    @BeforeEach
    void aStudy() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        projectId = newProject("Original " + suffix);
        List<LayerSchema> layers = schema.layers(projectId);
        LayerSchema attribution = layer(layers, "Attribution");
        LayerSchema disclosure = layer(layers, "Sourcing disclosure");
        LayerSchema hygiene = layer(layers, "Non-editorial");
        List<UUID> documents = corpus.addDocuments(projectId, List.of(
                new NewDocument("Emoji", EMOJI_TEXT, "Wire", "NATO talks", "https://example.org/e", null, "e-1",
                        Map.of("source", "test")),
                new NewDocument("Crlf", CRLF_TEXT, "Daily", "NATO talks", null, java.time.LocalDate.of(2026, 3, 1),
                        null, Map.of()),
                new NewDocument("Plain", PLAIN_TEXT, "Daily", null, null, null, null, Map.of())))
                .stream().map(document -> document.getId()).toList();
        for (String name : List.of("alice", "bob")) {
            User user = users.save(new User(name + "-" + suffix, name, "{noop}secret", SystemRole.USER));
            annotators.put(name, user);
            jdbc.update("insert into membership (id, project_id, user_id, role) values (?, ?, ?, 'ANNOTATOR')",
                    UUID.randomUUID(), projectId, user.getId());
        }
        Map<String, Object> named = Map.of(attribute(attribution, "identification"), "named",
                attribute(attribution, "mediated"), true);
        UUID emoji = documents.get(0);
        span("alice", emoji, attribution, "Source", EMOJI_TEXT, "NATO", named);
        span("bob", emoji, attribution, "Source", EMOJI_TEXT, "NATO", named);
        span("alice", emoji, attribution, "Content", EMOJI_TEXT, "“no” 🇺🇦", Map.of());
        span("bob", emoji, attribution, "Cue", EMOJI_TEXT, "said", Map.of());
        span("alice", emoji, hygiene, "Promo headline", EMOJI_TEXT, "PROMO HEADLINE", Map.of());
        span("alice", documents.get(1), attribution, "Source", CRLF_TEXT, "Reuters", Map.of());
        span("bob", documents.get(1), attribution, "Source", CRLF_TEXT, "Reuters", Map.of());
        span("bob", documents.get(1), attribution, "Content", CRLF_TEXT, "the talks went well", Map.of());
        span("bob", documents.get(2), attribution, "Cue", PLAIN_TEXT, "said", Map.of());
        answer("alice", emoji, disclosure, "wire (full)");
        answer("bob", emoji, disclosure, "wire (full)");
        work("alice", emoji, "DONE");
        work("bob", emoji, "DONE");
        work("alice", documents.get(1), "DONE");
        work("bob", documents.get(1), "DONE");
        work("bob", documents.get(2), "IN_PROGRESS");
    }

    @Test
    void theExportImportsBackAsItWasWithTheSameAgreement() throws IOException {
        byte[] exported = export(projectId, true);
        UUID copy = newProject("Copy " + suffix);

        Response response = admin().post("/api/v1/projects/" + copy + "/annotations/import", "application/x-ndjson",
                BodyPublishers.ofByteArray(exported));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode counts = response.json();
        assertThat(counts.get("documents").asInt()).isEqualTo(3);
        assertThat(counts.get("spans").asInt()).isEqualTo(9);
        assertThat(counts.get("answers").asInt()).isEqualTo(2);
        assertThat(counts.get("annotators").asInt()).isEqualTo(2);
        assertThat(counts.get("accountsCreated").size()).isZero();
        assertThat(normalized(export(copy, true))).isEqualTo(normalized(exported));
        assertThat(figures(copy)).isNotEmpty().isEqualTo(figures(projectId));
        // the annotators are the copy's annotators now, and what is done stays done
        assertThat(jdbc.queryForList("select role from membership where project_id = ? and user_id = ?",
                String.class, copy, annotators.get("alice").getId())).containsExactly("ANNOTATOR");
        assertThat(jdbc.queryForList("select status from assignment where project_id = ? order by status",
                String.class, copy)).containsExactly("DONE", "DONE", "DONE", "DONE", "IN_PROGRESS");
        // audited: every span and answer's history says where it came from
        assertThat(jdbc.queryForList("select distinct reason from annotation_event where project_id = ?",
                String.class, copy)).containsExactly("imported from request body");
        assertThat(jdbc.queryForObject("select count(*) from annotation_event where project_id = ?", Long.class,
                copy)).isEqualTo(11L);
        UUID emoji = jdbc.queryForObject("select id from document where project_id = ? and title = 'Emoji'",
                UUID.class, copy);
        assertThat(history.of(emoji)).hasSize(7).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("CREATE");
            assertThat(entry.reason()).isEqualTo("imported from request body");
            assertThat(entry.who()).isEqualTo("admin");
        });
    }

    @Test
    void aDocumentTheProjectHasReceivesTheWorkInsteadOfACopy() throws IOException {
        byte[] exported = export(projectId, true);
        UUID copy = newProject("Copy " + suffix);
        corpus.addDocuments(copy, List.of(new NewDocument("Already", PLAIN_TEXT, null, null, null, null, null,
                Map.of())));

        Response response = admin().postFiles("/api/v1/projects/" + copy + "/annotations/import", "file",
                List.of(new FilePart("study.jsonl", exported)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("documents").asInt()).isEqualTo(2);
        assertThat(response.json().get("existingDocuments").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class, copy))
                .isEqualTo(3L);
        assertThat(jdbc.queryForList("select distinct reason from annotation_event where project_id = ?",
                String.class, copy)).containsExactly("imported from study.jsonl");
        // importing it again would add the same work twice: refused, naming the lines
        Response again = admin().postFiles("/api/v1/projects/" + copy + "/annotations/import", "file",
                List.of(new FilePart("study.jsonl", exported)));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("study.jsonl, line 1, field 'annotations[0]'", "already has work");
    }

    @Test
    void pseudonymsAreRefusedListedUnlessAccountsAreToBeCreated() throws IOException {
        byte[] exported = export(projectId, false);
        UUID copy = newProject("Copy " + suffix);
        String alice = ExportService.pseudonym(projectId, annotators.get("alice").getId());
        String bob = ExportService.pseudonym(projectId, annotators.get("bob").getId());

        Response refused = admin().post("/api/v1/projects/" + copy + "/annotations/import", "application/x-ndjson",
                BodyPublishers.ofByteArray(exported));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains(alice, bob, "createAnnotators=true");
        assertNothingStored(copy);

        Response created = admin().post("/api/v1/projects/" + copy + "/annotations/import?createAnnotators=true",
                "application/x-ndjson", BodyPublishers.ofByteArray(exported));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("accountsCreated").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(alice, bob);
        for (String pseudonym : List.of(alice, bob)) {
            User user = users.findByUsername(pseudonym).orElseThrow();
            assertThat(user.isActive()).isFalse();
            assertThat(user.getPasswordHash()).doesNotStartWith("{noop}");
        }
        assertThat(created.json().get("spans").asInt()).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from membership where project_id = ? and role = "
                + "'ANNOTATOR'", Long.class, copy)).isEqualTo(2L);
    }

    @Test
    void everyProblemIsNamedWithLineAndFieldAndNothingIsStored() throws IOException {
        List<ObjectNode> lines = lines(export(projectId, true));
        ObjectNode emoji = lines.get(0);
        ObjectNode firstSpan = (ObjectNode) emoji.get("annotations").get(0).get("spans").get(0);
        firstSpan.put("end", 9999);
        ObjectNode crlfSpan = (ObjectNode) lines.get(1).get("annotations").get(0).get("spans").get(0);
        crlfSpan.put("text", "Reuter");
        ObjectNode plainSpan = (ObjectNode) lines.get(2).get("annotations").get(0).get("spans").get(0);
        plainSpan.put("label", "Whisper");
        ((ObjectNode) emoji.get("annotations").get(1).get("spans").get(0)).put("layer", "Tone");
        ((ArrayNode) lines.get(2).get("annotations")).add(JSON.readTree("{\"annotator\":\"majority\","
                + "\"status\":null,\"spans\":[],\"answers\":[]}"));
        StringBuilder body = new StringBuilder();
        lines.forEach(line -> body.append(JSON.writeValueAsString(line)).append('\n'));
        UUID copy = newProject("Copy " + suffix);

        Response refused = admin().post("/api/v1/projects/" + copy + "/annotations/import", "application/x-ndjson",
                BodyPublishers.ofString(body.toString()));

        assertThat(refused.status()).isEqualTo(400);
        List<String> where = refused.json().get("problems").valueStream().map(p -> p.get("where").asString())
                .toList();
        assertThat(where).contains("request body, line 1, field 'annotations[0].spans[0].end'",
                "request body, line 2, field 'annotations[0].spans[0].text'",
                "request body, line 3, field 'annotations[0].spans[0].label'",
                "request body, line 1, field 'annotations[1].spans[0].layer'",
                "request body, line 3, field 'annotations[1].annotator'", "schema");
        assertThat(refused.body()).contains("label 'Whisper' of layer 'Attribution'", "layer 'Tone'");
        assertNothingStored(copy);
    }

    @Test
    void overlappingSpansWhereTheLayerForbidsThemAreRefused() throws IOException {
        List<ObjectNode> lines = lines(export(projectId, true));
        ArrayNode spans = null;
        ObjectNode promo = null;
        int annotator = -1;
        for (int i = 0; i < lines.get(0).get("annotations").size(); i++) {
            for (JsonNode span : lines.get(0).get("annotations").get(i).get("spans")) {
                if (span.get("layer").asString().equals("Non-editorial")) {
                    spans = (ArrayNode) lines.get(0).get("annotations").get(i).get("spans");
                    promo = (ObjectNode) span;
                    annotator = i;
                }
            }
        }
        ObjectNode second = promo.deepCopy();
        second.put("start", promo.get("start").asInt() + 1);
        second.put("text", promo.get("text").asString().substring(1));
        spans.add(second);
        UUID copy = newProject("Copy " + suffix);

        Response refused = admin().post("/api/v1/projects/" + copy + "/annotations/import", "application/x-ndjson",
                BodyPublishers.ofString(JSON.writeValueAsString(lines.get(0)) + "\n"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("request body, line 1, field 'annotations[" + annotator + "].spans[" + (spans.size() - 1)
                + "].start'", "does not allow overlapping spans");
        assertNothingStored(copy);
    }

    private void assertNothingStored(UUID project) {
        assertThat(jdbc.queryForObject("select count(*) from document where project_id = ?", Long.class, project))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from annotation_event where project_id = ?", Long.class,
                project)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from membership where project_id = ? and role = "
                + "'ANNOTATOR'", Long.class, project)).isZero();
    }

    private UUID newProject(String name) {
        UUID id = corpus.createProject(name, "").getId();
        schema.addPreset(id, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        schema.addPreset(id, SchemaPresets.byId(SchemaPresets.TEXT_HYGIENE).orElseThrow());
        return id;
    }

    private byte[] export(UUID project, boolean usernames) throws IOException {
        ExportOptions defaults = ExportOptions.of(ExportFormat.JSONL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportRaw(project, new ExportOptions(ExportFormat.JSONL, Set.of(), Set.of(), Set.of(), false,
                LabelSource.ANNOTATORS, Hygiene.KEEP, ExportOptions.DEFAULT_HYGIENE_LAYER, defaults.splits(),
                usernames), out);
        return out.toByteArray();
    }

    /** The export's lines without the ids, which a copy does not keep; spans and answers in a fixed order. */
    private static List<String> normalized(byte[] jsonl) {
        List<String> normalized = new ArrayList<>();
        for (ObjectNode line : lines(jsonl)) {
            line.remove("id");
            for (JsonNode work : line.get("annotations")) {
                for (String kind : List.of("spans", "answers")) {
                    List<String> items = new ArrayList<>();
                    for (JsonNode item : work.get(kind)) {
                        ((ObjectNode) item).remove("id");
                        // attributes by name in a fixed order: the export writes them in the stored (id) order
                        ((ObjectNode) item).set("attributes", JSON.valueToTree(new java.util.TreeMap<>(
                                JSON.convertValue(item.get("attributes"), Map.class))));
                        items.add(JSON.writeValueAsString(item));
                    }
                    items.sort(Comparator.naturalOrder());
                    ((ObjectNode) work).put(kind, String.join("\n", items));
                }
            }
            normalized.add(JSON.writeValueAsString(line));
        }
        return normalized;
    }

    private static List<ObjectNode> lines(byte[] jsonl) {
        List<ObjectNode> lines = new ArrayList<>();
        for (String line : new String(jsonl, UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add((ObjectNode) JSON.readTree(line));
            }
        }
        return lines;
    }

    /** The report's figures without the ids of what they are about, which differ between projects. */
    private List<String> figures(UUID project) {
        return agreement.report(project, AgreementOptions.DEFAULT).figures().stream()
                .map(f -> String.join("|", f.layer(), String.valueOf(f.label()), f.measure().name(),
                        f.scope().name(), String.valueOf(f.scopeName()), f.pair().toString(),
                        String.valueOf(f.value()), String.valueOf(f.units()), String.valueOf(f.annotators()),
                        String.valueOf(f.documents())))
                .sorted().toList();
    }

    private ApiClient admin() {
        return ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
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
