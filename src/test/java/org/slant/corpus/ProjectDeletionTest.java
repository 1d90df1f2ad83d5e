package org.slant.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.ApiClient;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkAssignment;
import org.slant.curation.GoldService;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.ForbiddenException;
import org.slant.platform.NotFoundException;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deleting a project: told first, refused to all but its managers, and then everything of it goes, nothing else. */
@SlantSpringTest
class ProjectDeletionTest {

    /** Emoji, NBSP and CRLF: the texts whose offsets Slant is known to keep exactly. */
    private static final String TEXT = "NATO 🇺🇦 talks\u00a0ended.\r\nRussia left.";

    @LocalServerPort
    int port;
    @Autowired
    ProjectDeletion deletion;
    @Autowired
    CorpusService corpus;
    @Autowired
    StoryService stories;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    GoldService gold;
    @Autowired
    WorkAssignment work;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    UUID doomed;
    UUID kept;
    String annotator;
    String name;

    @BeforeEach
    void twoProjectsWithWork() {
        annotator = "ana-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(annotator, "Ana", "{noop}unused", SystemRole.USER));
        name = "Doomed " + UUID.randomUUID();
        doomed = projectWithWork(name);
        kept = projectWithWork("Kept " + UUID.randomUUID());
    }

    private UUID projectWithWork(String projectName) {
        UUID project = corpus.createProject(projectName, "").getId();
        List<LayerSchema> layers = schema.addPreset(project, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow())
                .layers();
        LayerSchema spans = layers.stream().filter(layer -> layer.kind() == LayerKind.SPAN).findFirst().orElseThrow();
        LayerSchema answers = layers.stream().filter(layer -> layer.kind() == LayerKind.DOCUMENT).findFirst()
                .orElseThrow();
        List<Document> documents = corpus.addDocuments(project, List.of(
                new NewDocument("Talks", TEXT, "Fox News", "Summit", null, null, null, Map.of()),
                new NewDocument("Talks again", TEXT + " Talks resume.", "UPI", "Summit", null, null, null, Map.of())));
        UUID document = documents.getFirst().getId();
        memberships.add(project, annotator, ProjectRole.ANNOTATOR);
        work.distribute(project, 1, List.of(annotator), 7L);
        ActingAs.user(annotator, () -> {
            annotations.createSpan(document, null, new SpanDraft(spans.id(), spans.labels().getFirst().id(), 5, 7,
                    Map.of()));
            annotations.createAnswer(document, null, new AnswerDraft(answers.id(), answers.labels().getFirst().id(),
                    Map.of()));
        });
        gold.createSpan(document, null, new SpanDraft(spans.id(), spans.labels().getFirst().id(), 0, 4, Map.of()));
        gold.markCurated(document);
        return project;
    }

    @Test
    void tellsWhatGoesAndDeletesNothingUnconfirmed() {
        Map<String, Long> before = rows(doomed);
        List<LayerSchema> layers = schema.layers(doomed);
        int labels = layers.stream().mapToInt(layer -> layer.labels().size()).sum();

        assertThatThrownBy(() -> deletion.delete(doomed, false))
                .isInstanceOf(ConfirmationRequiredException.class)
                .hasMessageContaining("Deleting project '" + name + "' deletes, for everyone: "
                        + "2 documents in 1 story from 2 outlets; the schema: " + layers.size() + " layers with "
                        + labels + " labels; 1 span and 1 answer by 1 annotator, with 2 assignments; "
                        + "the history of their 2 changes; gold: 1 span and 0 answers, 1 document curated, and its "
                        + "history; the access of 2 members.")
                .hasMessageContaining("cannot be undone");
        assertThat(rows(doomed)).isEqualTo(before);
    }

    @Test
    void theApiAnswers409WithWhatGoesUntilConfirmed() {
        ApiClient admin = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);

        ApiClient.Response unconfirmed = admin.delete("/api/v1/projects/" + doomed);
        assertThat(unconfirmed.status()).isEqualTo(409);
        assertThat(unconfirmed.body()).contains("2 documents in 1 story from 2 outlets")
                .contains("Repeat the call with confirm=true.");
        assertThat(corpus.project(doomed).name()).isEqualTo(name);

        ApiClient.Response confirmed = admin.delete("/api/v1/projects/" + doomed + "?confirm=true");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"projectName\":\"" + name + "\"")
                .contains("1 span and 1 answer by 1 annotator");
        assertThat(admin.delete("/api/v1/projects/" + doomed + "?confirm=true").status()).isEqualTo(404);
    }

    @Test
    void onlyItsManagersAndAdminsMayDeleteIt() {
        Map<String, Long> before = rows(doomed);
        assertThatThrownBy(() -> ActingAs.user(annotator, () -> deletion.delete(doomed, true)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ActingAs.user(annotator, () -> deletion.whatGoes(doomed)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(rows(doomed)).isEqualTo(before);
    }

    @Test
    void deletesEveryRowOfTheProjectHistoriesIncludedAndNoOtherProjects() {
        Map<String, Long> keptBefore = rows(kept);
        assertThat(rows(doomed).values()).allMatch(count -> count > 0);

        ProjectDeletion.WhatGoes went = deletion.delete(doomed, true);

        assertThat(rows(doomed).values()).containsOnly(0L);
        assertThat(rows(kept)).isEqualTo(keptBefore);
        assertThat(went.projectName()).isEqualTo(name);
        assertThatThrownBy(() -> corpus.project(doomed)).isInstanceOf(NotFoundException.class);
        assertThat(users.findByUsername(annotator)).isPresent();
        Map<String, Object> record = jdbc.queryForMap("""
                select d.name, u.username, d.what_went from project_deletion d join app_user u on u.id = d.deleted_by
                where d.project_id = ?""", doomed);
        assertThat(record).containsEntry("name", name).containsEntry("username", "admin");
        assertThat((String) record.get("what_went")).startsWith("2 documents in 1 story from 2 outlets; ")
                .contains("1 span and 1 answer by 1 annotator");
    }

    /** The project's rows in every table that holds them, histories included. */
    private Map<String, Long> rows(UUID project) {
        Map<String, Long> rows = new LinkedHashMap<>();
        String documents = "(select id from document where project_id = ?)";
        for (String table : List.of("project", "story", "outlet", "document", "layer", "membership", "assignment",
                "annotation_event", "gold_event", "curation")) {
            String column = table.equals("project") ? "id" : "project_id";
            rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?",
                    Long.class, project));
        }
        rows.put("label", jdbc.queryForObject("select count(*) from label where layer_id in "
                + "(select id from layer where project_id = ?)", Long.class, project));
        for (String table : List.of("span_annotation", "document_answer", "gold_span")) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where document_id in "
                    + documents, Long.class, project));
        }
        return rows;
    }
}
