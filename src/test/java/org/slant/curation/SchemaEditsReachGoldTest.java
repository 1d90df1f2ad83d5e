package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AnswerDraft;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.InvalidInputException;
import org.slant.schema.AttributeType;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Schema edits reach gold as they reach the annotators' work: the confirmation counts gold too, and a confirmed
 * deletion of a label, layer, attribute or option removes it from gold (curated documents included), each change in
 * the gold history with its reason; the annotators' rows and history follow as they always did.
 */
@SlantSpringTest
class SchemaEditsReachGoldTest {

    @Autowired
    GoldService gold;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue queue;
    @Autowired
    CorpusService corpus;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;
    @Autowired
    JdbcTemplate jdbc;

    CurationFixture fixture;
    AnnotationFixture project;
    String amira;

    @BeforeEach
    void aProjectWithAnAnnotatorAndACurator() {
        fixture = new CurationFixture(corpus, editor, annotations, queue, users, memberships);
        project = fixture.project;
        amira = fixture.member(ProjectRole.ANNOTATOR);
    }

    @Test
    void deletingALabelCountsGoldAndTakesItFromGoldEvenWhenCuratedWithTheReason() {
        Span amirasOppose = fixture.span(amira, project.stance.id(), "Oppose", 0, 6);
        UUID accepted = asCurator(() -> gold.accept(project.documentId, amirasOppose.id(), null, false)).span().id();
        UUID own = goldSpan(project.stance, "Oppose", 9, 14, Map.of());
        UUID support = goldSpan(project.stance, "Support", 16, 19, Map.of());
        asCurator(() -> gold.markCurated(project.documentId));
        UUID oppose = project.label(project.stance, "Oppose");

        assertThatThrownBy(() -> editor.deleteLabel(project.stance.id(), oppose, false))
                .isInstanceOf(ConfirmationRequiredException.class)
                .hasMessageContaining("Label 'Oppose' is used by 1 annotation and 2 gold annotations, which would")
                .satisfies(e -> assertThat(((ConfirmationRequiredException) e).affectedAnnotations()).isEqualTo(3));
        assertThat(goldIds()).containsExactlyInAnyOrder(accepted, own, support);

        editor.deleteLabel(project.stance.id(), oppose, true);

        assertThat(goldIds()).containsExactly(support);
        assertThat(asCurator(() -> gold.statusOf(project.documentId))).isEqualTo(CurationStatus.CURATED);
        UUID admin = users.findByUsername("admin").orElseThrow().getId();
        for (UUID deleted : List.of(accepted, own)) {
            Map<String, Object> deletion = goldEvents(deleted).getLast();
            assertThat(deletion.get("action")).isEqualTo("DELETE");
            assertThat(deletion.get("target")).isEqualTo("SPAN");
            assertThat(deletion.get("origin")).isNull();
            assertThat(deletion.get("actor_id")).isEqualTo(admin);
            assertThat((String) deletion.get("before")).contains("\"label\": \"Oppose\"").contains(oppose.toString());
            assertThat(deletion.get("after")).isNull();
            assertThat(deletion.get("reason")).isEqualTo("label 'Oppose' of layer 'Stance' deleted from the schema");
        }
        // the annotators' side as before: their span deleted, with its own event and the same reason
        assertThat(jdbc.queryForObject("select count(*) from span_annotation where id = ?", Long.class,
                amirasOppose.id())).isZero();
        assertThat(jdbc.queryForList("select action || coalesce(': ' || reason, '') from annotation_event "
                + "where annotation_id = ? order by id", String.class, amirasOppose.id())).containsExactly("CREATE",
                "DELETE: label 'Oppose' of layer 'Stance' deleted from the schema");
    }

    @Test
    void deletingALayerThatOnlyGoldUsesAsksAndRemovesItsGoldSpansAndAnswers() {
        UUID person = goldSpan(project.entities, "Person", 20, 28, Map.of());
        UUID left = asCurator(() -> gold.createAnswer(project.documentId, null, new AnswerDraft(project.overall.id(),
                project.label(project.overall, "Left"), Map.of(project.key(project.overall, "confidence"), "low"))))
                .annotation().id();

        assertThatThrownBy(() -> editor.deleteLayer(project.entities.id(), false))
                .isInstanceOf(ConfirmationRequiredException.class)
                .hasMessageContaining("Layer 'Entities' is used by 1 gold annotation, which would");
        editor.deleteLayer(project.entities.id(), true);
        editor.deleteLayer(project.overall.id(), true);

        assertThat(goldIds()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from gold_answer where id = ?", Long.class, left)).isZero();
        assertThat(goldEvents(person).getLast().get("reason")).isEqualTo("layer 'Entities' deleted from the schema");
        Map<String, Object> answerDeleted = goldEvents(left).getLast();
        assertThat(answerDeleted.get("target")).isEqualTo("ANSWER");
        assertThat(answerDeleted.get("action")).isEqualTo("DELETE");
        assertThat(answerDeleted.get("reason")).isEqualTo("layer 'Overall' deleted from the schema");
    }

    @Test
    void deletingAnAttributeRemovesItsValuesFromGoldWithAnUpdateInTheGoldHistory() {
        String strength = project.key(project.stance, "strength");
        String note = project.key(project.stance, "note");
        UUID span = goldSpan(project.stance, "Support", 0, 6, Map.of(strength, "strong", note, "kept"));

        assertThatThrownBy(() -> editor.deleteAttribute(project.stance.id(), UUID.fromString(strength), false))
                .isInstanceOf(ConfirmationRequiredException.class).hasMessageContaining("used by 1 gold annotation,");
        editor.deleteAttribute(project.stance.id(), UUID.fromString(strength), true);

        assertThat(jdbc.queryForMap("select attributes::text as attributes, version from gold_span where id = ?",
                span)).containsEntry("attributes", "{\"" + note + "\": \"kept\"}").containsEntry("version", 1L);
        Map<String, Object> update = goldEvents(span).getLast();
        assertThat(update.get("action")).isEqualTo("UPDATE");
        assertThat((String) update.get("before")).contains("\"strong\"").contains("\"version\": 0");
        assertThat((String) update.get("after")).doesNotContain("\"strong\"").contains("\"kept\"")
                .contains("\"version\": 1");
        assertThat(update.get("reason")).isEqualTo("attribute 'strength' deleted from the schema");
    }

    @Test
    void removingAnOptionCountsGoldBesideTheAnnotatorsAndRemovesOnlyThatValue() {
        String targets = project.key(project.stance, "targets");
        UUID held = goldSpan(project.stance, "Support", 0, 6, Map.of(targets, List.of("a", "b")));
        UUID other = goldSpan(project.stance, "Support", 9, 14, Map.of(targets, List.of("c")));
        ActingAs.user(amira, () -> annotations.createSpan(project.documentId, null, new SpanDraft(
                project.stance.id(), project.label(project.stance, "Support"), 16, 19, Map.of(targets, List.of("b")))));
        AttributeDraft withoutB = new AttributeDraft(null, "targets", AttributeType.MULTI_CHOICE, List.of("a", "c"),
                false, null, null, "");

        assertThatThrownBy(() -> editor.updateAttribute(project.stance.id(), UUID.fromString(targets), withoutB,
                false)).isInstanceOf(ConfirmationRequiredException.class)
                .hasMessageContaining("Removing option(s) [b] of 'targets' is used by 1 annotation and 1 gold "
                        + "annotation,")
                .satisfies(e -> assertThat(((ConfirmationRequiredException) e).affectedAnnotations()).isEqualTo(2));
        editor.updateAttribute(project.stance.id(), UUID.fromString(targets), withoutB, true);

        assertThat(goldAttribute(held, targets)).isEqualTo("[\"a\"]");
        assertThat(goldAttribute(other, targets)).isEqualTo("[\"c\"]");
        assertThat(goldEvents(other)).hasSize(1);
        assertThat(goldEvents(held).getLast().get("reason")).isEqualTo("option 'b' of 'targets' deleted from the "
                + "schema");
        assertThat(jdbc.queryForObject("select attributes -> ? ::text from span_annotation a join document d on "
                + "d.id = a.document_id where d.id = ?", String.class, targets, project.documentId)).isEqualTo("[]");
    }

    @Test
    void anAttributeWhoseValuesOnlyGoldHoldsKeepsItsType() {
        String note = project.key(project.stance, "note");
        goldSpan(project.stance, "Support", 0, 6, Map.of(note, "a note"));

        assertThatThrownBy(() -> editor.updateAttribute(project.stance.id(), UUID.fromString(note),
                new AttributeDraft(null, "note", AttributeType.CHOICE, List.of("x"), false, null, null, ""), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holds values in annotations or gold");
    }

    private UUID goldSpan(LayerSchema layer, String label, int start, int end, Map<String, Object> attributes) {
        return asCurator(() -> gold.createSpan(project.documentId, null, new SpanDraft(layer.id(),
                project.label(layer, label), start, end, attributes))).annotation().id();
    }

    private List<UUID> goldIds() {
        return jdbc.queryForList("select id from gold_span where document_id = ?", UUID.class, project.documentId);
    }

    private String goldAttribute(UUID goldId, String key) {
        return jdbc.queryForObject("select attributes -> ? ::text from gold_span where id = ?", String.class, key,
                goldId);
    }

    private List<Map<String, Object>> goldEvents(UUID goldId) {
        return jdbc.queryForList("select target, action, origin, actor_id, before::text as before, after::text as "
                + "after, reason from gold_event where gold_id = ? order by id", goldId);
    }

    private <T> T asCurator(Supplier<T> action) {
        return ActingAs.user(fixture.curator, action);
    }
}
