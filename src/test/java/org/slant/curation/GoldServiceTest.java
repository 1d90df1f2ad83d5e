package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.annotation.AnnotationFixture;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.SlantSpringTest;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gold against the real database: stored apart from the annotators' work, which it never changes; checked by the
 * annotators' rules; versioned, idempotent and audited with its origin; read-only once curated; curators only.
 */
@SlantSpringTest
class GoldServiceTest {

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

    CurationFixture fixture;
    AnnotationFixture project;
    String amira;
    String jonas;

    @BeforeEach
    void aProjectWithTwoAnnotatorsAndACurator() {
        fixture = new CurationFixture(corpus, editor, annotations, queue, users, memberships);
        project = fixture.project;
        amira = fixture.member(ProjectRole.ANNOTATOR);
        jonas = fixture.member(ProjectRole.ANNOTATOR);
    }

    @Test
    void acceptingASpanCopiesItIntoGoldAndLeavesTheAnnotatorsWorkAsItWas() {
        Span theirs = fixture.span(amira, project.stance.id(), "Oppose", 0, 6);
        String before = annotatorRows();

        GoldService.Accepted accepted = asCurator(() -> gold.accept(project.documentId, theirs.id(), null, false));

        assertThat(accepted.created()).isTrue();
        GoldSpan span = accepted.span();
        assertThat(span.start()).isEqualTo(0);
        assertThat(span.end()).isEqualTo(6);
        assertThat(span.text()).isEqualTo(AnnotationFixture.python(AnnotationFixture.TEXT, 0, 6))
                .isEqualTo("🇺🇦 e\u0301\u00A0");
        assertThat(span.origin()).isEqualTo(GoldOrigin.ACCEPTED);
        assertThat(span.originDetail()).isEqualTo(amira);
        assertThat(span.sourceId()).isEqualTo(theirs.id());
        assertThat(span.personMade()).isTrue();
        assertThat(annotatorRows()).isEqualTo(before);

        // a second accept of the same span stores nothing new
        GoldService.Accepted again = asCurator(() -> gold.accept(project.documentId, theirs.id(), null, false));
        assertThat(again.created()).isFalse();
        assertThat(again.span().id()).isEqualTo(span.id());
        DocumentGold stored = asCurator(() -> gold.goldOf(project.documentId));
        assertThat(stored.status()).isEqualTo(CurationStatus.IN_PROGRESS);
        assertThat(stored.spans()).extracting(GoldSpan::id).containsExactly(span.id());
        List<Map<String, Object>> events = asCurator(() -> gold.historyOf(project.documentId));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst()).containsEntry("action", "CREATE").containsEntry("origin", "ACCEPTED")
                .containsEntry("actor", fixture.curator);
    }

    @Test
    void anOverlapInALayerThatForbidsItIsRefusedUnlessTheCuratorReplacesTheGoldInTheWay() {
        Span amiras = fixture.span(amira, project.stance.id(), "Oppose", 9, 13);
        Span jonass = fixture.span(jonas, project.stance.id(), "Oppose", 9, 18);
        GoldSpan first = asCurator(() -> gold.accept(project.documentId, amiras.id(), null, false)).span();

        assertThatThrownBy(() -> asCurator(() -> gold.accept(project.documentId, jonass.id(), null, false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The gold span cannot be saved");
        GoldService.Accepted replaced = asCurator(() -> gold.accept(project.documentId, jonass.id(), null, true));

        assertThat(replaced.replaced()).containsExactly(first.id());
        assertThat(asCurator(() -> gold.goldOf(project.documentId)).spans())
                .extracting(GoldSpan::start, GoldSpan::end, GoldSpan::originDetail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9, 18, jonas));
        assertThat(asCurator(() -> gold.historyOf(project.documentId))).extracting(event -> event.get("action"))
                .containsExactly("CREATE", "DELETE", "CREATE");
    }

    @Test
    void aCuratorsOwnSpanIsCheckedVersionedAndIdempotent() {
        UUID id = UUID.randomUUID();
        SpanDraft draft = new SpanDraft(project.entities.id(), project.label(project.entities, "Person"), 20, 28,
                Map.of());
        GoldSpan made = asCurator(() -> gold.createSpan(project.documentId, id, draft)).annotation();
        assertThat(made.text()).isEqualTo("minister");
        assertThat(made.origin()).isEqualTo(GoldOrigin.CURATOR);
        assertThat(asCurator(() -> gold.createSpan(project.documentId, id, draft)).created()).isFalse();
        assertThatThrownBy(() -> asCurator(() -> gold.createSpan(project.documentId, id, new SpanDraft(
                project.entities.id(), project.label(project.entities, "Person"), 20, 29, Map.of()))))
                .isInstanceOf(GoldConflictException.class);
        assertThatThrownBy(() -> asCurator(() -> gold.createSpan(project.documentId, null, new SpanDraft(
                project.entities.id(), project.label(project.entities, "Person"), 20, 999, Map.of()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("The gold span cannot be saved");

        GoldSpan moved = asCurator(() -> gold.updateSpan(made.id(), made.version(), new SpanDraft(null, null, 16,
                28, null)));
        assertThat(moved.text()).isEqualTo("the minister");
        assertThatThrownBy(() -> asCurator(() -> gold.updateSpan(made.id(), made.version(), new SpanDraft(null, null,
                17, 28, null)))).isInstanceOf(GoldConflictException.class).hasMessageContaining("version");

        asCurator(() -> gold.delete(made.id(), moved.version()));
        asCurator(() -> gold.delete(made.id(), moved.version()));
        assertThat(asCurator(() -> gold.goldOf(project.documentId)).spans()).isEmpty();
        assertThat(asCurator(() -> gold.historyOf(project.documentId))).extracting(event -> event.get("action"))
                .containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void answersAreAcceptedAndReplacedPerLayer() {
        UUID left = fixture.answer(amira, "Left", "high");
        UUID right = fixture.answer(jonas, "Right", "low");

        GoldAnswer accepted = asCurator(() -> gold.accept(project.documentId, left, null, false)).answer();
        assertThat(accepted.label()).isEqualTo(project.label(project.overall, "Left"));
        assertThat(accepted.attributes()).containsEntry(project.key(project.overall, "confidence"), "high");
        GoldService.Accepted instead = asCurator(() -> gold.accept(project.documentId, right, null, true));

        assertThat(instead.replaced()).containsExactly(accepted.id());
        assertThat(asCurator(() -> gold.goldOf(project.documentId)).answers()).extracting(GoldAnswer::label)
                .containsExactly(project.label(project.overall, "Right"));
    }

    @Test
    void acceptingEverythingOfOneAnnotatorListsWhatClashes() {
        fixture.span(amira, project.stance.id(), "Support", 9, 13);
        fixture.span(amira, project.entities.id(), "Person", 21, 29);
        fixture.answer(amira, "Left", "low");
        Span jonass = fixture.span(jonas, project.stance.id(), "Oppose", 10, 18);
        asCurator(() -> gold.accept(project.documentId, jonass.id(), null, false));

        GoldService.AcceptedAll all = asCurator(() -> gold.acceptAll(project.documentId, amira, null));

        assertThat(all.accepted()).isEqualTo(2);
        assertThat(all.left()).hasSize(1);
        assertThat(all.left().getFirst()).startsWith("9..13 'y sa'").contains("overlaps the gold span at 10..18");
    }

    @Test
    void aCuratedDocumentsGoldIsReadOnlyUntilReopened() {
        Span theirs = fixture.span(amira, project.entities.id(), "Person", 21, 29);
        asCurator(() -> gold.markCurated(project.documentId));

        assertThatThrownBy(() -> asCurator(() -> gold.accept(project.documentId, theirs.id(), null, false)))
                .isInstanceOf(DocumentCuratedException.class).hasMessageContaining("reopen");
        assertThat(asCurator(() -> gold.reopen(project.documentId))).isEqualTo(CurationStatus.IN_PROGRESS);
        assertThat(asCurator(() -> gold.accept(project.documentId, theirs.id(), null, false)).created()).isTrue();
        assertThat(asCurator(() -> gold.historyOf(project.documentId))).extracting(event -> event.get("action"))
                .containsExactly("CURATED", "REOPENED", "CREATE");
    }

    @Test
    void annotatorsAreRefusedAndOutsidersDoNotSeeTheProject() {
        Span theirs = fixture.span(amira, project.entities.id(), "Person", 21, 29);
        assertThatThrownBy(() -> ActingAs.user(amira, () -> gold.goldOf(project.documentId)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ActingAs.user(amira, () -> gold.accept(project.documentId, theirs.id(), null,
                false))).isInstanceOf(ForbiddenException.class);
        String outsider = new CurationFixture(corpus, editor, annotations, queue, users, memberships).curator;
        assertThatThrownBy(() -> ActingAs.user(outsider, () -> gold.goldOf(project.documentId)))
                .isInstanceOf(NotFoundException.class);
    }

    private <T> T asCurator(java.util.function.Supplier<T> action) {
        return ActingAs.user(fixture.curator, action);
    }

    private void asCurator(Runnable action) {
        ActingAs.user(fixture.curator, action);
    }

    private String annotatorRows() {
        return jdbc.queryForList("select id, label_id, start_offset, end_offset, attributes::text, version from "
                + "span_annotation where document_id = ? order by id", project.documentId).toString()
                + jdbc.queryForList("select id, label_id, attributes::text, version from document_answer where "
                        + "document_id = ? order by id", project.documentId);
    }
}
