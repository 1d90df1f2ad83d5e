package org.slant.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.AssignmentStatus;
import org.slant.annotation.SentBackAssignment;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.annotation.WorkQueueItem;
import org.slant.corpus.CorpusService;
import org.slant.corpus.OutletService;
import org.slant.corpus.StoryService;
import org.slant.curation.QueuedDocument.QueuedAnnotator;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.platform.Progress;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The curation queue on a study worked out by hand ({@link CurationStudy}), in the real database: the agreement
 * per document and the order it makes, the filters, unanimous documents curated in one go (gold equal to the
 * annotators' work), and a document sent back to an annotator.
 */
@SlantSpringTest
class CurationQueueTest {

    private static final PageRequest ALL = PageRequest.of(0, 50);

    @Autowired
    CurationQueue queue;
    @Autowired
    GoldService gold;
    @Autowired
    WorkQueue work;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CorpusService corpus;
    @Autowired
    StoryService stories;
    @Autowired
    OutletService outlets;
    @Autowired
    SchemaEditor editor;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;
    @Autowired
    JdbcTemplate jdbc;

    CurationStudy study;

    @BeforeEach
    void aStudyWorkedOutByHand() {
        study = new CurationStudy(corpus, editor, annotations, work, users, memberships);
    }

    @Test
    void ordersByAgreementLowestFirstWithDocumentsLackingAFigureLast() {
        Page<QueuedDocument> page = asCurator(() -> queue.queue(study.projectId, QueueFilter.ALL,
                QueueOrder.AGREEMENT, ALL));

        assertThat(page.getContent()).extracting(QueuedDocument::title).containsExactly("Split", "Partly",
                "Unanimous", "Strength differs", "Nothing to mark", "One done");
        QueuedDocument partly = page.getContent().get(1);
        assertThat(page.getContent()).extracting(QueuedDocument::agreement).containsExactly(0.0, partly.agreement(),
                1.0, 1.0, 1.0, null);
        assertThat(partly.agreement()).isCloseTo((2 / 3.0 + 1 + 2 / 3.0) / 3, offset(1e-9));
        assertThat(page.getTotalElements()).isEqualTo(6);
        assertThat(page.getContent()).extracting(QueuedDocument::unanimous).containsExactly(false, false, true,
                false, true, false);
        assertThat(partly.story()).isEqualTo("Summit");
        assertThat(partly.outlet()).isEqualTo("UPI");
        assertThat(partly.done()).isEqualTo(3);
        assertThat(partly.status()).isEqualTo(CurationStatus.NOT_STARTED);
        assertThat(partly.goldSpans()).isZero();
        // a blind project: the letters the curation view gives them, by username
        assertThat(partly.annotators()).containsExactly(
                new QueuedAnnotator(study.amira, "A", AssignmentStatus.DONE),
                new QueuedAnnotator(study.jonas, "B", AssignmentStatus.DONE),
                new QueuedAnnotator(study.lea, "C", AssignmentStatus.DONE));
        QueuedDocument oneDone = page.getContent().get(5);
        assertThat(oneDone.done()).isEqualTo(1);
        assertThat(oneDone.annotators()).extracting(QueuedAnnotator::status)
                .containsExactly(AssignmentStatus.DONE, AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void ordersByPositionAndPagesAndFiltersByStoryOutletAndStatus() {
        assertThat(titles(QueueFilter.ALL, QueueOrder.POSITION, ALL)).containsExactly("Unanimous", "Split",
                "Partly", "One done", "Strength differs", "Nothing to mark");
        Page<QueuedDocument> second = asCurator(() -> queue.queue(study.projectId, QueueFilter.ALL,
                QueueOrder.AGREEMENT, PageRequest.of(1, 4)));
        assertThat(second.getContent()).extracting(QueuedDocument::title).containsExactly("Nothing to mark",
                "One done");
        assertThat(second.getTotalElements()).isEqualTo(6);

        UUID summit = asCurator(() -> stories.stories(study.projectId)).stream()
                .filter(story -> story.title().equals("Summit")).findFirst().orElseThrow().id();
        UUID upi = asCurator(() -> outlets.outlets(study.projectId)).stream()
                .filter(outlet -> outlet.name().equals("UPI")).findFirst().orElseThrow().id();
        assertThat(titles(new QueueFilter(summit, null, null), QueueOrder.AGREEMENT, ALL))
                .containsExactly("Split", "Partly", "Unanimous");
        assertThat(titles(new QueueFilter(summit, upi, null), QueueOrder.AGREEMENT, ALL)).containsExactly("Partly");

        asCurator(() -> gold.createSpan(study.documents.get(1), null, new SpanDraft(study.stance.id(),
                study.label(study.stance, "Support"), 0, 5, Map.of())));
        asCurator(() -> gold.markCurated(study.documents.get(4)));
        assertThat(titles(new QueueFilter(null, null, CurationStatus.IN_PROGRESS), QueueOrder.AGREEMENT, ALL))
                .containsExactly("Split");
        assertThat(titles(new QueueFilter(null, null, CurationStatus.CURATED), QueueOrder.AGREEMENT, ALL))
                .containsExactly("Strength differs");
        assertThat(titles(new QueueFilter(null, null, CurationStatus.NOT_STARTED), QueueOrder.POSITION, ALL))
                .containsExactly("Unanimous", "Partly", "One done", "Nothing to mark");
        assertThat(asCurator(() -> queue.queue(study.projectId, QueueFilter.ALL, QueueOrder.POSITION, ALL))
                .getContent().get(1).goldSpans()).isEqualTo(1);
    }

    @Test
    void theFiguresFollowTheWorkAsItChanges() {
        assertThat(figureOf("One done")).isNull();

        study.done(3, study.jonas);

        assertThat(figureOf("One done")).isEqualTo(1.0);
        assertThat(unanimousOf("One done")).isTrue();
        ActingAs.user(study.jonas, () -> work.reopen(study.documents.get(3)));
        study.support(study.jonas, 3, 10, 15, null);
        study.done(3, study.jonas);
        assertThat(figureOf("One done")).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(unanimousOf("One done")).isFalse();
    }

    @Test
    void curatingTheUnanimousDocumentsTakesTheirWorkIntoGoldAndMarksThemCurated() {
        String annotatorsBefore = annotatorRows();
        assertThat(asCurator(() -> queue.unanimousToCurate(study.projectId, QueueFilter.ALL)))
                .containsExactlyInAnyOrder(study.documents.get(0), study.documents.get(5));

        UnanimousCurated curated = asCurator(() -> queue.curateUnanimous(study.projectId, null, Progress.NONE));

        assertThat(curated).isEqualTo(new UnanimousCurated(2, 0, List.of()));
        DocumentGold unanimous = asCurator(() -> gold.goldOf(study.documents.get(0)));
        assertThat(unanimous.status()).isEqualTo(CurationStatus.CURATED);
        assertThat(unanimous.spans()).singleElement().satisfies(span -> {
            assertThat(span.layer()).isEqualTo(study.stance.id());
            assertThat(span.label()).isEqualTo(study.label(study.stance, "Support"));
            assertThat(span.start()).isZero();
            assertThat(span.end()).isEqualTo(5);
            assertThat(span.text()).isEqualTo("NATO ");
            assertThat(span.attributes()).isEqualTo(Map.of(study.stance.attributes().getFirst().id().toString(),
                    "strong"));
            assertThat(span.origin()).isEqualTo(GoldOrigin.ACCEPTED);
        });
        assertThat(unanimous.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.layer()).isEqualTo(study.overall.id());
            assertThat(answer.label()).isEqualTo(study.label(study.overall, "Left"));
        });
        DocumentGold nothing = asCurator(() -> gold.goldOf(study.documents.get(5)));
        assertThat(nothing.status()).isEqualTo(CurationStatus.CURATED);
        assertThat(nothing.spans()).isEmpty();
        assertThat(asCurator(() -> gold.statusOf(study.documents.get(4)))).isEqualTo(CurationStatus.NOT_STARTED);
        assertThat(annotatorRows()).isEqualTo(annotatorsBefore);
        assertThat(asCurator(() -> queue.unanimousToCurate(study.projectId, QueueFilter.ALL))).isEmpty();

        UnanimousCurated again = asCurator(() -> queue.curateUnanimous(study.projectId, null, Progress.NONE));

        assertThat(again).isEqualTo(new UnanimousCurated(0, 2, List.of()));
        assertThat(asCurator(() -> gold.goldOf(study.documents.get(0))).spans()).hasSize(1);
    }

    @Test
    void curatesOnlyTheDocumentsListedAndLeavesGoldOfACuratorsOwn() {
        UUID unanimous = study.documents.get(0);
        UUID nothing = study.documents.get(5);
        asCurator(() -> gold.createSpan(nothing, null, new SpanDraft(study.stance.id(),
                study.label(study.stance, "Oppose"), 20, 26, Map.of())));

        UnanimousCurated listed = asCurator(() -> queue.curateUnanimous(study.projectId, List.of(nothing,
                study.documents.get(1)), Progress.NONE));

        assertThat(listed.curated()).isZero();
        assertThat(listed.left()).singleElement().satisfies(left -> {
            assertThat(left.documentId()).isEqualTo(nothing);
            assertThat(left.title()).isEqualTo("Nothing to mark");
            assertThat(left.reason()).contains("gold already holds");
        });
        assertThat(asCurator(() -> gold.goldOf(nothing)).status()).isEqualTo(CurationStatus.IN_PROGRESS);
        assertThat(asCurator(() -> gold.statusOf(unanimous))).isEqualTo(CurationStatus.NOT_STARTED);
        assertThat(asCurator(() -> queue.curateUnanimous(study.projectId, List.of(unanimous), Progress.NONE))
                .curated()).isEqualTo(1);
        assertThatThrownBy(() -> asCurator(() -> queue.curateUnanimous(study.projectId, List.of(UUID.randomUUID()),
                Progress.NONE))).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("documents: ");
    }

    @Test
    void sendingBackReopensTheAnnotatorsWorkAndTheirQueueShowsTheNoteUntilTheyFinishAgain() {
        UUID split = study.documents.get(1);

        SentBackAssignment sent = asCurator(() -> queue.sendBack(split, study.amira.toUpperCase(),
                "  Does 'NATO' end before the space?  "));

        assertThat(sent).isEqualTo(new SentBackAssignment(split, study.amira, AssignmentStatus.IN_PROGRESS, true,
                "Does 'NATO' end before the space?"));
        WorkQueueItem item = ActingAs.user(study.amira, () -> work.queue(study.projectId, ALL)).getContent().get(1);
        assertThat(item.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(item.sentBack().note()).isEqualTo("Does 'NATO' end before the space?");
        assertThat(item.sentBack().by()).isEqualTo("Curator");
        assertThat(ActingAs.user(study.jonas, () -> work.queue(study.projectId, ALL)).getContent().get(1).sentBack())
                .isNull();
        QueuedDocument queued = asCurator(() -> queue.queue(study.projectId, QueueFilter.ALL, QueueOrder.POSITION,
                ALL)).getContent().get(1);
        assertThat(queued.done()).isEqualTo(1);
        assertThat(queued.agreement()).isNull();
        // the annotator can change their work again
        ActingAs.user(study.amira, () -> annotations.createSpan(split, null, new SpanDraft(study.stance.id(),
                study.label(study.stance, "Oppose"), 20, 26, Map.of())));

        WorkQueueItem finished = ActingAs.user(study.amira, () -> work.markDone(split, true));

        assertThat(finished.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(finished.sentBack()).isNull();
        ActingAs.user(study.amira, () -> work.reopen(split));
        assertThat(ActingAs.user(study.amira, () -> work.queue(study.projectId, ALL)).getContent().get(1)
                .sentBack()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from send_back where document_id = ?", Integer.class, split))
                .isEqualTo(1);
    }

    @Test
    void sendingBackWorkInProgressOnlyAddsANoteAndWorkNotThereIsRefusedNamingTheAnnotator() {
        UUID oneDone = study.documents.get(3);
        SentBackAssignment noted = asCurator(() -> queue.sendBack(oneDone, study.jonas, "Please finish it"));
        assertThat(noted.reopened()).isFalse();
        assertThat(noted.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(asCurator(() -> queue.sendBack(oneDone, study.jonas, null)).note()).isEqualTo("Please finish it");
        assertThat(ActingAs.user(study.jonas, () -> work.queue(study.projectId, ALL)).getContent().get(3).sentBack()
                .note()).isEqualTo("Please finish it");

        assertThatThrownBy(() -> asCurator(() -> queue.sendBack(oneDone, study.idle, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("annotator: ");
        assertThatThrownBy(() -> asCurator(() -> queue.sendBack(oneDone, " ", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("annotator: ");
        assertThatThrownBy(() -> asCurator(() -> queue.sendBack(oneDone, study.jonas, "x".repeat(2001))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("note: ");
    }

    @Test
    void annotatorsAreRefusedAndOutsidersFindNothing() {
        UUID split = study.documents.get(1);
        assertThatThrownBy(() -> ActingAs.user(study.amira, () -> queue.queue(study.projectId, QueueFilter.ALL,
                QueueOrder.AGREEMENT, ALL))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ActingAs.user(study.jonas, () -> queue.sendBack(split, study.amira, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ActingAs.user(study.jonas, () -> queue.curateUnanimous(study.projectId, null,
                Progress.NONE))).isInstanceOf(ForbiddenException.class);
        assertThat(ActingAs.user(study.amira, () -> work.queue(study.projectId, ALL)).getContent().get(1).status())
                .isEqualTo(AssignmentStatus.DONE);

        String outsider = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new org.slant.team.User(outsider, outsider, "{noop}unused", org.slant.team.SystemRole.USER));
        assertThatThrownBy(() -> ActingAs.user(outsider, () -> queue.queue(study.projectId, QueueFilter.ALL,
                QueueOrder.AGREEMENT, ALL))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ActingAs.user(outsider, () -> queue.sendBack(split, study.amira, null)))
                .isInstanceOf(NotFoundException.class);
    }

    private List<String> titles(QueueFilter filter, QueueOrder order, PageRequest page) {
        return asCurator(() -> queue.queue(study.projectId, filter, order, page)).getContent().stream()
                .map(QueuedDocument::title).toList();
    }

    private QueuedDocument queued(String title) {
        return asCurator(() -> queue.queue(study.projectId, QueueFilter.ALL, QueueOrder.POSITION, ALL)).getContent()
                .stream().filter(document -> document.title().equals(title)).findFirst().orElseThrow();
    }

    private Double figureOf(String title) {
        return queued(title).agreement();
    }

    private boolean unanimousOf(String title) {
        return queued(title).unanimous();
    }

    private String annotatorRows() {
        return jdbc.queryForList("select x.id, x.label_id, x.start_offset, x.end_offset, x.attributes::text, "
                + "x.version from span_annotation x join document d on d.id = x.document_id where d.project_id = ? "
                + "order by x.id", study.projectId).toString() + jdbc.queryForList("select x.id, x.label_id, "
                + "x.attributes::text, x.version from document_answer x join document d on d.id = x.document_id "
                + "where d.project_id = ? order by x.id", study.projectId);
    }

    private <T> T asCurator(Supplier<T> action) {
        return ActingAs.user(study.curator, action);
    }
}
