package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.SpanDraft;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectDeletion;
import org.slant.curation.CurationStatus;
import org.slant.curation.DocumentGold;
import org.slant.curation.GoldService;
import org.slant.schema.SchemaEditor;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Gold travels with the project: a study with gold of every origin (merged by a rule, accepted from an annotator,
 * the curator's own), a curated document, one in progress and the gold history, archived, removed from the database
 * (as if this were a fresh installation) and imported again, has the same gold, statuses and history. An archive of
 * format version 2, made before gold, still imports, without gold.
 */
@SlantSpringTest
class ProjectArchiveGoldRoundTripTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    GoldService gold;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectDeletion deletion;
    @Autowired
    ProjectArchiveExport archives;
    @Autowired
    ProjectArchiveImport importer;

    AgreementFixture study;
    UUID summitOpens;
    UUID summitEnds;
    String curator;

    /**
     * D1: Economic [0,10) merged by MAJORITY, bob's Security [20,30) accepted and then narrowed by the curator, the
     * curator's own answer "neutral"; marked curated. D2: a span of the curator's, made and deleted; in progress.
     */
    @BeforeEach
    void aStudyWithGold() {
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
        summitOpens = study.documents.get(0);
        summitEnds = study.documents.get(1);
        curator = "gold-curator-" + UUID.randomUUID().toString().substring(0, 8);
        User curatorAccount = users.save(new User(curator, "Cleo Curator", "{noop}x", SystemRole.USER));
        jdbc.update("insert into membership (id, project_id, user_id, role) values (?, ?, ?, 'CURATOR')",
                UUID.randomUUID(), study.projectId, curatorAccount.getId());
        UUID merged = UUID.randomUUID();
        jdbc.update("insert into gold_span (id, document_id, layer_id, label_id, start_offset, end_offset, origin, "
                + "origin_detail, person_made, created_at, updated_at) values (?, ?, ?, ?, 0, 10, 'MERGED', "
                + "'MAJORITY', false, '2022-01-15 08:00:00.000001+00', '2022-01-15 08:00:00.000001+00')", merged,
                summitOpens, study.frames.id(), label(study.frames.id(), "Economic"));
        jdbc.update("insert into gold_event (gold_id, target, project_id, document_id, action, origin, at, after) "
                + "values (?, 'SPAN', ?, ?, 'CREATE', 'MERGED', '2022-01-15 08:00:00.000001+00', "
                + "jsonb_build_object('id', ?::text, 'personMade', false))", merged, study.projectId, summitOpens,
                merged.toString());
        jdbc.update("insert into curation (document_id, project_id, status, changed_at) values (?, ?, "
                + "'IN_PROGRESS', '2022-01-15 08:00:00.000001+00')", summitOpens, study.projectId);
        UUID bobsSecurity = jdbc.queryForObject("select id from span_annotation where document_id = ? and "
                + "annotator_id = ? and start_offset = 20", UUID.class, summitOpens, study.ids.get("bob"));
        ActingAs.user(curator, () -> {
            var accepted = gold.accept(summitOpens, bobsSecurity, null, false).span();
            gold.updateSpan(accepted.id(), accepted.version(), new SpanDraft(null, null, 22, null, null));
            gold.createAnswer(summitOpens, null, new AnswerDraft(study.tone.id(), label(study.tone.id(), "neutral"),
                    Map.of()));
            gold.markCurated(summitOpens);
            var own = gold.createSpan(summitEnds, null, new SpanDraft(study.frames.id(),
                    label(study.frames.id(), "Security"), 0, 5, Map.of())).annotation();
            gold.delete(own.id(), own.version());
        });
    }

    @Test
    void goldStatusesAndTheGoldHistoryComeBackAsTheyWere() {
        Map<String, List<String>> rows = ProjectRows.of(jdbc, study.projectId);
        assertThat(rows.get("gold_span")).hasSize(2).anyMatch(row -> row.contains("\"person_made\":false"))
                .anyMatch(row -> row.contains("\"origin\":\"ACCEPTED\""));
        assertThat(rows.get("gold_answer")).singleElement().asString().contains("\"origin\":\"CURATOR\"");
        assertThat(rows.get("curation")).hasSize(2);
        assertThat(rows.get("gold_event")).hasSize(7);
        DocumentGold curated = asCurator(() -> gold.goldOf(summitOpens));
        DocumentGold inProgress = asCurator(() -> gold.goldOf(summitEnds));
        List<Map<String, Object>> history = asCurator(() -> gold.historyOf(summitOpens));
        List<Map<String, Object>> deleted = asCurator(() -> gold.historyOf(summitEnds));
        assertThat(curated.status()).isEqualTo(CurationStatus.CURATED);
        assertThat(inProgress.status()).isEqualTo(CurationStatus.IN_PROGRESS);
        assertThat(inProgress.spans()).isEmpty();
        byte[] archive = archive();
        JsonNode counts = ArchiveZip.read(archive).json("manifest.json").get("counts");
        assertThat(List.of(counts.get("goldSpans").asLong(), counts.get("goldAnswers").asLong(),
                counts.get("curationStatuses").asLong(), counts.get("goldEvents").asLong()))
                .containsExactly(2L, 1L, 2L, 7L);
        assertThat(ArchiveZip.read(archive).text("annotators.json")).contains(curator);

        deletion.delete(study.projectId, true);
        assertThat(ProjectRows.of(jdbc, study.projectId).values()).allMatch(List::isEmpty);
        ImportedProject imported = importer.importArchive(new ByteArrayInputStream(archive));

        assertThat(imported.counts().goldEvents()).isEqualTo(7);
        assertThat(ProjectRows.of(jdbc, study.projectId)).isEqualTo(rows);
        assertThat(asCurator(() -> gold.goldOf(summitOpens))).isEqualTo(curated);
        assertThat(asCurator(() -> gold.goldOf(summitEnds))).isEqualTo(inProgress);
        assertThat(asCurator(() -> gold.historyOf(summitOpens))).isEqualTo(history);
        assertThat(asCurator(() -> gold.historyOf(summitEnds))).isEqualTo(deleted);
    }

    @Test
    void anArchiveOfFormatVersion2ImportsWithoutGold() {
        Map<String, List<String>> rows = ProjectRows.of(jdbc, study.projectId);
        ArchiveZip v2 = ArchiveZip.read(archive()).asFormatVersion2();
        assertThat(v2.names()).doesNotContain("gold_spans.jsonl", "gold_answers.jsonl", "curation.jsonl",
                "gold_events.jsonl").contains("members.jsonl");
        deletion.delete(study.projectId, true);

        ImportedProject imported = importer.importArchive(new ByteArrayInputStream(v2.bytes()));

        assertThat(imported.counts().goldSpans()).isZero();
        assertThat(imported.counts().members()).isEqualTo(rows.get("membership").size());
        Map<String, List<String>> after = ProjectRows.of(jdbc, study.projectId);
        for (String table : List.of("gold_span", "gold_answer", "curation", "gold_event")) {
            assertThat(after.get(table)).as(table).isEmpty();
        }
        for (String table : List.of("document", "span_annotation", "document_answer", "annotation_event",
                "membership", "assignment")) {
            assertThat(after.get(table)).as(table).isEqualTo(rows.get(table));
        }
        assertThat(asCurator(() -> gold.statusOf(summitOpens))).isEqualTo(CurationStatus.NOT_STARTED);
    }

    private <T> T asCurator(Supplier<T> read) {
        return ActingAs.user(curator, read);
    }

    private UUID label(UUID layerId, String name) {
        return jdbc.queryForObject("select id from label where layer_id = ? and name = ?", UUID.class, layerId,
                name);
    }

    private byte[] archive() {
        return ArchiveZip.exported(archives, study.projectId);
    }
}
