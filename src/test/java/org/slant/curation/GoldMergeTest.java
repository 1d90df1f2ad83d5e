package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
import org.slant.corpus.NewDocument;
import org.slant.curation.MergeReport.AttributeLeft;
import org.slant.curation.MergeReport.LeftItem;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.platform.Progress;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic pre-merge against the real database, on constructed cases in the fixture's text (a flag, a
 * combining mark, NBSP, CRLF, an emoji): each rule, boundaries that differ, overlaps in a layer that forbids them,
 * attribute values that differ, ties between answers, gold a person made or took out, a second merge that changes
 * nothing, curated documents and work not marked done. The annotators' own rows never change.
 */
@SlantSpringTest
class GoldMergeTest {

    @Autowired
    GoldMerge merge;
    @Autowired
    GoldService gold;
    @Autowired
    CurationStates states;
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
    @Autowired
    TransactionTemplate transactions;

    CurationFixture fixture;
    AnnotationFixture project;
    UUID document;
    String amira;
    String jonas;
    String lena;

    @BeforeEach
    void aProjectWithThreeAnnotatorsAndACurator() {
        fixture = new CurationFixture(corpus, editor, annotations, queue, users, memberships);
        project = fixture.project;
        document = project.documentId;
        amira = fixture.member(ProjectRole.ANNOTATOR);
        jonas = fixture.member(ProjectRole.ANNOTATOR);
        lena = fixture.member(ProjectRole.ANNOTATOR);
    }

    @Test
    void majorityTakesWhatMoreThanHalfMarkedAndLeavesTheRestWithoutTouchingTheAnnotatorsWork() {
        for (String annotator : List.of(amira, jonas, lena)) {
            span(annotator, document, project.entities, "Person", 20, 28, Map.of());
        }
        span(amira, document, project.entities, "Person", 16, 28, Map.of());
        span(jonas, document, project.entities, "Person", 16, 28, Map.of());
        span(lena, document, project.entities, "Person", 29, 30, Map.of());
        done(document, amira, jonas, lena);
        String annotatorsWork = annotatorRows();

        MergeReport report = merge(MergeStrategy.MAJORITY, null);

        assertThat(report.rule()).isEqualTo("MAJORITY");
        assertThat(report.counts()).isEqualTo(new MergeReport.Counts(1, 1, 0, 0, 2, 0, 0, 0, 1, 0));
        DocumentGold stored = asCurator(() -> gold.goldOf(document));
        assertThat(stored.status()).isEqualTo(CurationStatus.IN_PROGRESS);
        assertThat(stored.spans()).extracting(GoldSpan::start, GoldSpan::end, GoldSpan::text, GoldSpan::origin,
                GoldSpan::originDetail, GoldSpan::personMade).containsExactly(
                        tuple(16, 28, "the minister", GoldOrigin.MERGED, "MAJORITY", false),
                        tuple(20, 28, "minister", GoldOrigin.MERGED, "MAJORITY", false));
        LeftItem left = report.left().items().getFirst();
        assertThat(left.text()).isEqualTo("😀").isEqualTo(AnnotationFixture.python(AnnotationFixture.TEXT, 29, 30));
        assertThat(left).extracting(LeftItem::layer, LeftItem::label, LeftItem::start, LeftItem::end,
                LeftItem::support, LeftItem::annotators, LeftItem::reason)
                .containsExactly("Entities", "Person", 29, 30, 1, 3, "marked by 1 of 3 annotators; MAJORITY needs 2");
        assertThat(asCurator(() -> gold.historyOf(document))).extracting(event -> event.get("action"),
                event -> event.get("origin"), event -> event.get("actor")).containsOnly(
                        tuple("CREATE", "MERGED", fixture.curator)).hasSize(2);
        assertThat(annotatorRows()).isEqualTo(annotatorsWork);
    }

    @Test
    void unanimousNeedsEveryDoneAnnotatorWithTheSameBoundariesAndLabel() {
        span(amira, document, project.entities, "Person", 0, 6, Map.of());
        span(jonas, document, project.entities, "Person", 0, 6, Map.of());
        span(amira, document, project.entities, "Person", 16, 28, Map.of());
        span(jonas, document, project.entities, "Person", 20, 28, Map.of());
        done(document, amira, jonas);

        MergeReport report = merge(MergeStrategy.UNANIMOUS, null);

        assertThat(asCurator(() -> gold.goldOf(document)).spans()).extracting(GoldSpan::start, GoldSpan::end,
                GoldSpan::text).containsExactly(tuple(0, 6, "🇺🇦 e\u0301\u00A0"));
        assertThat(report.left().items()).extracting(LeftItem::start, LeftItem::end, LeftItem::text,
                LeftItem::reason).containsExactly(
                        tuple(16, 28, "the minister", "marked by 1 of 2 annotators; UNANIMOUS needs 2"),
                        tuple(20, 28, "minister", "marked by 1 of 2 annotators; UNANIMOUS needs 2"));
    }

    @Test
    void atLeastTakesWhatEnoughAnnotatorsMarked() {
        span(amira, document, project.entities, "Person", 16, 28, Map.of());
        span(jonas, document, project.entities, "Person", 16, 28, Map.of());
        span(lena, document, project.entities, "Person", 20, 28, Map.of());
        done(document, amira, jonas, lena);

        MergeReport two = merge(MergeStrategy.AT_LEAST, 2);
        assertThat(two.rule()).isEqualTo("AT_LEAST 2");
        assertThat(two.counts().spansMerged()).isEqualTo(1);
        assertThat(two.left().items()).extracting(LeftItem::reason)
                .containsExactly("marked by 1 of 3 annotators; AT_LEAST 2 needs 2");

        MergeReport one = merge(MergeStrategy.AT_LEAST, 1);
        assertThat(one.counts().spansMerged()).isEqualTo(1);
        assertThat(one.counts().alreadyInGold()).as("the span AT_LEAST 2 took qualifies as it is").isEqualTo(1);
        assertThat(asCurator(() -> gold.goldOf(document)).spans()).extracting(GoldSpan::text, GoldSpan::originDetail)
                .containsExactly(tuple("the minister", "AT_LEAST 2"), tuple("minister", "AT_LEAST 1"));
        assertThatThrownBy(() -> merge(MergeStrategy.AT_LEAST, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("minAnnotators:");
    }

    @Test
    void qualifyingSpansThatOverlapInALayerThatForbidsOverlapsMergeNothingButTheOthersDo() {
        span(amira, document, project.stance, "Support", 9, 13, Map.of());
        span(jonas, document, project.stance, "Oppose", 10, 18, Map.of());
        span(amira, document, project.stance, "Support", 20, 28, Map.of());
        span(jonas, document, project.stance, "Support", 20, 28, Map.of());
        done(document, amira, jonas);

        MergeReport report = merge(MergeStrategy.AT_LEAST, 1);

        assertThat(asCurator(() -> gold.goldOf(document)).spans()).extracting(GoldSpan::text)
                .containsExactly("minister");
        assertThat(report.left().items()).extracting(LeftItem::text, LeftItem::reason).containsExactly(
                tuple("y sa", "overlaps 10..18 ' said th' (Oppose), which qualifies too; layer 'Stance' does not "
                        + "allow overlapping spans"),
                tuple(" said th", "overlaps 9..13 'y sa' (Support), which qualifies too; layer 'Stance' does not "
                        + "allow overlapping spans"));
    }

    @Test
    void aSpanOverlappingGoldAPersonMadeIsLeftWhereOverlapsAreForbidden() {
        asCurator(() -> gold.createSpan(document, null, new SpanDraft(project.stance.id(),
                project.label(project.stance, "Oppose"), 20, 28, Map.of())));
        span(amira, document, project.stance, "Support", 16, 28, Map.of());
        span(jonas, document, project.stance, "Support", 16, 28, Map.of());
        span(lena, document, project.stance, "Oppose", 20, 28, Map.of());
        span(amira, document, project.entities, "Person", 16, 28, Map.of());
        span(jonas, document, project.entities, "Person", 16, 28, Map.of());
        done(document, amira, jonas, lena);

        MergeReport report = merge(MergeStrategy.MAJORITY, null);

        assertThat(report.left().items()).extracting(LeftItem::layer, LeftItem::text, LeftItem::reason)
                .containsExactly(
                        tuple("Stance", "the minister", "overlaps gold a person made at 20..28 'minister' (Oppose); "
                                + "layer 'Stance' does not allow overlapping spans"),
                        tuple("Stance", "minister", "marked by 1 of 3 annotators; MAJORITY needs 2"));
        assertThat(asCurator(() -> gold.goldOf(document)).spans()).extracting(GoldSpan::text, GoldSpan::origin)
                .containsExactlyInAnyOrder(tuple("minister", GoldOrigin.CURATOR),
                        tuple("the minister", GoldOrigin.MERGED));
    }

    @Test
    void attributeValuesGoToGoldWhereTheAgreeingAnnotatorsAgreeAndAreListedWhereTheyDiffer() {
        LayerSchema stance = project.stance;
        span(amira, document, stance, "Oppose", 9, 13, Map.of(key(stance, "strength"), "strong",
                key(stance, "targets"), List.of("a", "b"), key(stance, "note"), "loaded",
                key(stance, "quoted"), true, key(stance, "speaker"), "The minister"));
        span(jonas, document, stance, "Oppose", 9, 13, Map.of(key(stance, "strength"), "strong",
                key(stance, "targets"), List.of("b", "a"), key(stance, "note"), "neutral"));
        done(document, amira, jonas);

        MergeReport report = merge(MergeStrategy.UNANIMOUS, null);

        GoldSpan merged = asCurator(() -> gold.goldOf(document)).spans().getFirst();
        assertThat(merged.attributes()).containsOnlyKeys(key(stance, "strength"), key(stance, "targets"))
                .containsEntry(key(stance, "strength"), "strong");
        assertThat(report.counts().attributesLeft()).isEqualTo(3);
        assertThat(report.attributesLeft().items()).extracting(AttributeLeft::goldId, AttributeLeft::text,
                AttributeLeft::attribute, left -> new HashSet<>(left.values())).containsExactlyInAnyOrder(
                        tuple(merged.id(), "y sa", "note", Set.of("loaded", "neutral")),
                        tuple(merged.id(), "y sa", "quoted", new HashSet<>(Arrays.asList(true, null))),
                        tuple(merged.id(), "y sa", "speaker", new HashSet<>(Arrays.asList("The minister", null))));

        MergeReport again = merge(MergeStrategy.UNANIMOUS, null);
        assertThat(again.counts().spansMerged()).as("targets ticked in another order are the same").isZero();
        assertThat(again.counts().removed()).isZero();
    }

    @Test
    void aCuratorsEditIsKeptAndASecondMergeChangesNothing() {
        for (String annotator : List.of(amira, jonas)) {
            span(annotator, document, project.entities, "Person", 20, 28, Map.of());
            span(annotator, document, project.entities, "Person", 29, 30, Map.of());
            span(annotator, document, project.entities, "Person", 31, 36, Map.of());
        }
        done(document, amira, jonas);
        merge(MergeStrategy.UNANIMOUS, null);
        List<GoldSpan> merged = asCurator(() -> gold.goldOf(document)).spans();
        GoldSpan moved = asCurator(() -> gold.updateSpan(merged.get(0).id(), merged.get(0).version(),
                new SpanDraft(null, null, 16, 28, null)));
        asCurator(() -> gold.delete(merged.get(1).id(), merged.get(1).version()));
        String before = goldRows();

        MergeReport second = merge(MergeStrategy.UNANIMOUS, null);

        assertThat(second.counts().spansMerged()).isZero();
        assertThat(second.counts().removed()).isZero();
        assertThat(second.counts().alreadyInGold()).isEqualTo(1);
        assertThat(goldRows()).isEqualTo(before);
        assertThat(asCurator(() -> gold.goldSpan(moved.id())).orElseThrow()).extracting(GoldSpan::text,
                GoldSpan::personMade, GoldSpan::version).containsExactly("the minister", true, moved.version());
        assertThat(second.left().items()).extracting(LeftItem::text, LeftItem::reason).containsOnly(
                tuple("minister", "a person took it out of gold; a merge does not bring it back"),
                tuple("😀", "a person took it out of gold; a merge does not bring it back"));
    }

    @Test
    void goldARuleMadeThatNoLongerQualifiesIsRemovedAndAudited() {
        span(amira, document, project.entities, "Person", 20, 28, Map.of());
        Span jonass = span(jonas, document, project.entities, "Person", 20, 28, Map.of());
        done(document, amira, jonas);
        merge(MergeStrategy.MAJORITY, null);
        UUID merged = asCurator(() -> gold.goldOf(document)).spans().getFirst().id();
        ActingAs.user(jonas, () -> {
            queue.reopen(document);
            annotations.deleteAnnotation(jonass.id(), jonass.version());
            queue.markDone(document, true);
        });

        MergeReport again = merge(MergeStrategy.MAJORITY, null);

        assertThat(again.counts().removed()).isEqualTo(1);
        assertThat(asCurator(() -> gold.goldOf(document)).spans()).isEmpty();
        Map<String, Object> removal = asCurator(() -> gold.historyOf(document)).getLast();
        assertThat(removal).containsEntry("gold_id", merged).containsEntry("action", "DELETE")
                .containsEntry("origin", "MERGED").containsEntry("reason", "re-merged by MAJORITY")
                .containsEntry("actor", fixture.curator);
        assertThat(merge(MergeStrategy.MAJORITY, null).counts().removed()).isZero();
    }

    @Test
    void curatedDocumentsAreSkippedAndListedAndWorkNotMarkedDoneIsIgnored() {
        UUID curated = newDocument("A curated text, already settled.");
        UUID halfDone = newDocument("Only one annotator finished this one.");
        span(amira, curated, project.entities, "Person", 0, 1, Map.of());
        span(jonas, curated, project.entities, "Person", 0, 1, Map.of());
        done(curated, amira, jonas);
        asCurator(() -> gold.markCurated(curated));
        span(amira, halfDone, project.entities, "Person", 0, 4, Map.of());
        span(jonas, halfDone, project.entities, "Person", 0, 4, Map.of());
        done(halfDone, amira);
        span(amira, document, project.entities, "Person", 20, 28, Map.of());
        span(jonas, document, project.entities, "Person", 20, 28, Map.of());
        span(lena, document, project.entities, "Person", 31, 36, Map.of());
        done(document, amira, jonas);

        MergeReport report = merge(MergeStrategy.UNANIMOUS, null);

        assertThat(report.counts()).extracting(MergeReport.Counts::documentsConsidered,
                MergeReport.Counts::documentsMergedInto, MergeReport.Counts::documentsCurated,
                MergeReport.Counts::documentsWithTooFewAnnotators, MergeReport.Counts::spansMerged,
                MergeReport.Counts::left).containsExactly(3L, 1L, 1L, 1L, 1L, 0L);
        assertThat(report.documentsLeft().items()).extracting(MergeReport.DocumentLeft::documentId,
                MergeReport.DocumentLeft::reason).containsExactly(tuple(curated, "marked curated"),
                        tuple(halfDone, "only 1 annotator marked it done"));
        assertThat(asCurator(() -> gold.goldOf(curated)).spans()).isEmpty();
        assertThat(asCurator(() -> gold.goldOf(halfDone)).status()).isEqualTo(CurationStatus.NOT_STARTED);
        assertThat(asCurator(() -> gold.goldOf(document)).spans()).extracting(GoldSpan::text)
                .containsExactly("minister");

        MergeReport chosen = asCurator(() -> merge.merge(project.projectId, new MergeOptions(MergeStrategy.UNANIMOUS,
                null, List.of("entities"), List.of(halfDone)), Progress.NONE));
        assertThat(chosen.counts().documentsConsidered()).isEqualTo(1);
        assertThat(chosen.layers()).containsExactly("Entities");
    }

    @Test
    void answersMergeByTheRuleOnTheirLabel() {
        fixture.answer(amira, "Left", "high");
        fixture.answer(jonas, "Left", "low");
        fixture.answer(lena, "Right", "low");
        done(document, amira, jonas, lena);

        MergeReport report = merge(MergeStrategy.MAJORITY, null);

        List<GoldAnswer> answers = asCurator(() -> gold.goldOf(document)).answers();
        assertThat(answers).extracting(GoldAnswer::label, GoldAnswer::attributes, GoldAnswer::originDetail)
                .containsExactly(tuple(project.label(project.overall, "Left"), Map.of(), "MAJORITY"));
        assertThat(report.counts().answersMerged()).isEqualTo(1);
        assertThat(report.left().items()).extracting(LeftItem::label, LeftItem::start, LeftItem::text,
                LeftItem::reason).containsExactly(tuple("Right", null, null,
                        "chosen by 1 of 3 annotators; MAJORITY needs 2"));
        assertThat(report.attributesLeft().items()).extracting(AttributeLeft::goldId, AttributeLeft::attribute,
                left -> Set.copyOf(left.values())).containsExactly(tuple(answers.getFirst().id(), "confidence",
                        Set.of("high", "low")));
        assertThat(merge(MergeStrategy.MAJORITY, null).counts().answersMerged()).isZero();
    }

    @Test
    void aTieBetweenAnswersMergesNothing() {
        fixture.answer(amira, "Left", "high");
        fixture.answer(jonas, "Right", "high");
        done(document, amira, jonas);

        MergeReport report = merge(MergeStrategy.AT_LEAST, 1);

        assertThat(asCurator(() -> gold.goldOf(document)).answers()).isEmpty();
        assertThat(report.left().items()).extracting(LeftItem::label, LeftItem::reason).containsExactly(
                tuple("Left", "tie: Left (1 of 2), Right (1 of 2) qualify alike, and each annotator gave one answer"),
                tuple("Right", "tie: Left (1 of 2), Right (1 of 2) qualify alike, and each annotator gave one answer"));
    }

    @Test
    void anAnswerIsLeftWhereAPersonAlreadyAnsweredALayerUsedAsASingleChoice() {
        asCurator(() -> gold.createAnswer(document, null, new AnswerDraft(project.overall.id(),
                project.label(project.overall, "Right"), Map.of())));
        fixture.answer(amira, "Left", "high");
        fixture.answer(jonas, "Left", "high");
        done(document, amira, jonas);

        MergeReport report = merge(MergeStrategy.MAJORITY, null);

        assertThat(report.counts().answersMerged()).isZero();
        assertThat(report.left().items()).extracting(LeftItem::label, LeftItem::reason).containsExactly(
                tuple("Left", "gold a person made already answers 'Overall' with 'Right'"));
    }

    @Test
    void answersOfALayerUsedForSeveralLabelsEachMerge() {
        fixture.answer(amira, "Left", "high");
        fixture.answer(amira, "Right", "high");
        fixture.answer(jonas, "Right", "high");
        done(document, amira, jonas);

        MergeReport report = merge(MergeStrategy.AT_LEAST, 1);

        assertThat(report.counts().answersMerged()).isEqualTo(2);
        assertThat(asCurator(() -> gold.goldOf(document)).answers()).extracting(GoldAnswer::attributes)
                .containsOnly(Map.of(project.key(project.overall, "confidence"), "high"));
    }

    @Test
    void aCuratorMidwayThroughAChangeIsWaitedForAndTheirChangeIsKept() throws Exception {
        span(amira, document, project.entities, "Person", 20, 28, Map.of());
        Span jonass = span(jonas, document, project.entities, "Person", 20, 28, Map.of());
        done(document, amira, jonas);
        merge(MergeStrategy.MAJORITY, null);
        GoldSpan merged = asCurator(() -> gold.goldOf(document)).spans().getFirst();
        // the rule no longer gives that span: a merge would remove it, were it still the rule's
        ActingAs.user(jonas, () -> {
            queue.reopen(document);
            annotations.deleteAnnotation(jonass.id(), jonass.version());
            queue.markDone(document, true);
        });

        CompletableFuture<MergeReport> meanwhile = new CompletableFuture<>();
        asCurator(() -> transactions.executeWithoutResult(status -> {
            gold.updateSpan(merged.id(), merged.version(), new SpanDraft(null, null, 16, 28, null));
            SecurityContext curator = SecurityContextHolder.createEmptyContext();
            curator.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            Thread.ofPlatform().start(() -> {
                SecurityContextHolder.setContext(curator);
                try {
                    meanwhile.complete(merge.merge(project.projectId, MergeOptions.everything(
                            MergeStrategy.MAJORITY, null), Progress.NONE));
                } catch (RuntimeException e) {
                    meanwhile.completeExceptionally(e);
                }
            });
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(meanwhile).as("the merge waits for the document's gold lock").isNotDone();
        }));
        MergeReport report = meanwhile.get(30, TimeUnit.SECONDS);

        assertThat(report.counts().removed()).isZero();
        assertThat(asCurator(() -> gold.goldOf(document)).spans()).extracting(GoldSpan::text, GoldSpan::personMade)
                .containsExactly(tuple("the minister", true));
    }

    @Test
    void annotatorsAreRefusedOutsidersDoNotSeeTheProjectAndBadOptionsNameTheField() {
        assertThatThrownBy(() -> ActingAs.user(amira, () -> merge.merge(project.projectId,
                MergeOptions.everything(MergeStrategy.MAJORITY, null), Progress.NONE)))
                .isInstanceOf(ForbiddenException.class);
        String outsider = new CurationFixture(corpus, editor, annotations, queue, users, memberships).curator;
        assertThatThrownBy(() -> ActingAs.user(outsider, () -> merge.merge(project.projectId,
                MergeOptions.everything(MergeStrategy.MAJORITY, null), Progress.NONE)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asCurator(() -> merge.merge(project.projectId, new MergeOptions(
                MergeStrategy.MAJORITY, null, List.of("Frames"), null), Progress.NONE)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("layers: the project has no layer 'Frames'; its layers are Stance, Entities, "
                        + "Overall");
        UUID elsewhere = UUID.randomUUID();
        assertThatThrownBy(() -> asCurator(() -> merge.merge(project.projectId, new MergeOptions(
                MergeStrategy.MAJORITY, null, null, List.of(document, elsewhere)), Progress.NONE)))
                .isInstanceOf(NotFoundException.class).hasMessage("Document " + elsewhere + " does not exist");
    }

    private MergeReport merge(MergeStrategy strategy, Integer minAnnotators) {
        return asCurator(() -> merge.merge(project.projectId, MergeOptions.everything(strategy, minAnnotators),
                Progress.NONE));
    }

    private Span span(String annotator, UUID documentId, LayerSchema layer, String label, int start, int end,
            Map<String, Object> attributes) {
        return ActingAs.user(annotator, () -> annotations.createSpan(documentId, null, new SpanDraft(layer.id(),
                project.label(layer, label), start, end, attributes)).annotation());
    }

    private void done(UUID documentId, String... annotators) {
        for (String annotator : annotators) {
            ActingAs.user(annotator, () -> queue.markDone(documentId, true));
        }
    }

    private UUID newDocument(String text) {
        return corpus.addDocuments(project.projectId, List.of(new NewDocument(text.substring(0, 10), text, null,
                null, null, null, null, Map.of()))).getFirst().getId();
    }

    private String key(LayerSchema layer, String attribute) {
        return project.key(layer, attribute);
    }

    private <T> T asCurator(java.util.function.Supplier<T> action) {
        return ActingAs.user(fixture.curator, action);
    }

    private void asCurator(Runnable action) {
        ActingAs.user(fixture.curator, action);
    }

    private String goldRows() {
        return jdbc.queryForList("select id, label_id, start_offset, end_offset, attributes::text, origin, "
                + "origin_detail, person_made, version from gold_span where document_id = ? order by id",
                document).toString();
    }

    private String annotatorRows() {
        List<Object> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select id, label_id, start_offset, end_offset, attributes::text, version from "
                + "span_annotation where document_id = ? order by id", document));
        rows.addAll(jdbc.queryForList("select id, label_id, attributes::text, version from document_answer where "
                + "document_id = ? order by id", document));
        return rows.toString();
    }
}
