package org.slant.annotation;

import org.slant.team.ProjectRole;
import org.slant.team.Memberships;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.NotFoundException;
import org.slant.schema.AttributeType;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An annotator's way through a BASIL project of four documents, against the real database. Each test signs in as
 * an annotator of its own, so the queue starts untouched.
 */
@SlantSpringTest
class WorkQueueTest {

    /** "said" is code points 4..8 of every document. */
    private static final int SAID_START = 4;
    private static final int SAID_END = 8;

    @Autowired
    WorkQueue queue;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    SchemaEditor editor;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Memberships memberships;

    String annotator;
    UUID projectId;
    List<UUID> documents;
    LayerSchema bias;

    @BeforeEach
    void setUp() {
        annotator = "queue-" + UUID.randomUUID();
        users.save(new User(annotator, "Annotator", "{noop}unused", SystemRole.USER));
        signIn();
        projectId = corpus.createProject("Queue " + UUID.randomUUID(), "").getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.BASIL).orElseThrow());
        bias = schema.layers(projectId).getFirst();
        documents = corpus.addDocuments(projectId, List.of(document(1), document(2), document(3), document(4)))
                .stream().map(Document::getId).toList();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listsTheDocumentsInOrderWithTheAnnotatorsStatus() {
        queue.open(documents.get(1));
        queue.skip(documents.get(2));
        queue.markDone(documents.get(3), false);

        Page<WorkQueueItem> all = queue.queue(projectId, PageRequest.of(0, 10));
        assertThat(all.getContent()).extracting(WorkQueueItem::documentId).containsExactlyElementsOf(documents);
        assertThat(all.getContent()).extracting(WorkQueueItem::status).containsExactly(AssignmentStatus.ASSIGNED,
                AssignmentStatus.IN_PROGRESS, AssignmentStatus.SKIPPED, AssignmentStatus.DONE);
        assertThat(all.getContent()).extracting(WorkQueueItem::title).containsExactly("Article 1", "Article 2",
                "Article 3", "Article 4");
        assertThat(all.getContent().getFirst().words()).isEqualTo(5);
        assertThat(all.getContent().getFirst().activeSeconds()).isZero();

        Page<WorkQueueItem> second = queue.queue(projectId, PageRequest.of(1, 3));
        assertThat(second.getTotalElements()).isEqualTo(4);
        assertThat(second.getContent()).extracting(WorkQueueItem::documentId).containsExactly(documents.get(3));
    }

    @Test
    void theNextDocumentPassesOverDoneAndSkippedOnesAndComesRound() {
        queue.markDone(documents.get(0), false);
        queue.skip(documents.get(2));

        assertThat(queue.next(projectId, null)).map(WorkQueueItem::documentId).contains(documents.get(1));
        assertThat(queue.next(projectId, documents.get(1))).map(WorkQueueItem::documentId).contains(documents.get(3));
        assertThat(queue.next(projectId, documents.get(3))).map(WorkQueueItem::documentId).contains(documents.get(1));
        assertThat(queue.next(projectId, documents.get(2))).map(WorkQueueItem::documentId).contains(documents.get(3));

        queue.markDone(documents.get(1), false);
        assertThat(queue.next(projectId, documents.get(3))).map(WorkQueueItem::documentId).contains(documents.get(3));
        queue.skip(documents.get(3));
        assertThat(queue.next(projectId, null)).isEmpty();
        assertThat(queue.next(projectId, documents.get(1))).isEmpty();

        queue.reopen(documents.get(2));
        assertThat(queue.next(projectId, null)).map(WorkQueueItem::status).contains(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void theDoneCountIsTheCallersDoneDocumentsOfThisProjectOnly() {
        assertThat(queue.doneCount(projectId)).isZero();
        queue.markDone(documents.get(0), false);
        queue.markDone(documents.get(2), false);
        queue.skip(documents.get(1));
        queue.open(documents.get(3));
        assertThat(queue.doneCount(projectId)).isEqualTo(2);

        UUID otherProject = corpus.createProject("Other " + UUID.randomUUID(), "").getId();
        UUID elsewhere = corpus.addDocuments(otherProject, List.of(document(1))).getFirst().getId();
        queue.markDone(elsewhere, false);
        assertThat(queue.doneCount(otherProject)).isEqualTo(1);
        assertThat(queue.doneCount(projectId)).isEqualTo(2);

        String another = "queue-" + UUID.randomUUID();
        users.save(new User(another, "Another annotator", "{noop}unused", SystemRole.USER));
        memberships.add(projectId, another, ProjectRole.ANNOTATOR);
        annotator = another;
        signIn();
        assertThat(queue.doneCount(projectId)).isZero();
        assertThatThrownBy(() -> queue.doneCount(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void previousAndFollowingGoByPosition() {
        queue.markDone(documents.get(1), false);

        assertThat(queue.previous(projectId, documents.get(2))).map(WorkQueueItem::documentId)
                .contains(documents.get(1));
        assertThat(queue.following(projectId, documents.get(0))).map(WorkQueueItem::documentId)
                .contains(documents.get(1));
        assertThat(queue.previous(projectId, documents.get(0))).isEmpty();
        assertThat(queue.following(projectId, documents.get(3))).isEmpty();
    }

    @Test
    void openingStartsTheWorkOnceAndLeavesAFinishedDocumentAlone() {
        WorkQueueItem opened = queue.open(documents.get(0));
        assertThat(opened.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        Timestamp started = startedAt(documents.get(0));
        assertThat(started).isNotNull();

        assertThat(queue.open(documents.get(0)).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(startedAt(documents.get(0))).isEqualTo(started);
        assertThat(rows(documents.get(0))).isEqualTo(1);

        queue.markDone(documents.get(0), false);
        assertThat(queue.open(documents.get(0)).status()).isEqualTo(AssignmentStatus.DONE);
    }

    @Test
    void markingDoneWaitsForConfirmationWhileARequiredValueIsMissing() {
        UUID document = documents.get(0);
        queue.open(document);
        span(document, "Lexical", Map.of(key("polarity"), "negative"));
        span(document, "Informational", Map.of(key("target"), "the minister"));

        ConfirmationRequiredException refused = catchThrowableOfType(ConfirmationRequiredException.class,
                () -> queue.markDone(document, false));
        assertThat(refused.affectedAnnotations()).isEqualTo(1);
        assertThat(refused.getMessage())
                .isEqualTo("1 annotation lacks required values: span 'said' (Lexical): 'target' missing.");
        assertThat(queue.queue(projectId, PageRequest.of(0, 1)).getContent().getFirst().status())
                .isEqualTo(AssignmentStatus.IN_PROGRESS);

        assertThat(queue.markDone(document, true).status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(jdbc.queryForObject("select finished_at from assignment where document_id = ?", Timestamp.class,
                document)).isNotNull();
    }

    @Test
    void aRequiredValueIsMissingOnlyWhereItsConditionHolds() {
        UUID inQuote = AnnotationFixture.attributeId(bias, "in_quote");
        bias = editor.addAttribute(bias.id(), new AttributeDraft(null, "source", AttributeType.TEXT, List.of(), true,
                inQuote, "true", ""));
        UUID document = documents.get(0);
        span(document, "Lexical", Map.of(key("target"), "the minister", key("in_quote"), false));
        assertThat(queue.markDone(document, false).status()).isEqualTo(AssignmentStatus.DONE);

        UUID other = documents.get(1);
        span(other, "Lexical", Map.of(key("target"), "the minister", key("in_quote"), true));
        assertThatThrownBy(() -> queue.markDone(other, false)).isInstanceOf(ConfirmationRequiredException.class)
                .hasMessage("1 annotation lacks required values: span 'said' (Lexical): 'source' missing.");
    }

    @Test
    void aLongListOfMissingValuesNamesTenAndCountsAll() {
        UUID document = documents.get(0);
        for (int i = 0; i < 12; i++) {
            span(document, "Lexical", Map.of(key("polarity"), "negative"));
        }
        ConfirmationRequiredException refused = catchThrowableOfType(ConfirmationRequiredException.class,
                () -> queue.markDone(document, false));
        assertThat(refused.affectedAnnotations()).isEqualTo(12);
        assertThat(refused.getMessage()).startsWith("12 annotations lack required values: ").endsWith("; and 2 more.");
    }

    @Test
    void reopeningTakesAFinishedDocumentBackIntoWork() {
        queue.markDone(documents.get(0), false);
        assertThat(queue.reopen(documents.get(0)).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(jdbc.queryForObject("select finished_at from assignment where document_id = ?", Timestamp.class,
                documents.get(0))).isNull();
        queue.skip(documents.get(1));
        assertThat(queue.reopen(documents.get(1)).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(queue.reopen(documents.get(2)).status()).isEqualTo(AssignmentStatus.ASSIGNED);
    }

    @Test
    void activeTimeAddsUpAndEachReportIsBetweenOneSecondAndFiveMinutes() {
        UUID document = documents.get(2);
        queue.open(document);
        assertThat(queue.recordActivity(document, 30).orElseThrow().activeSeconds()).isEqualTo(30);
        assertThat(queue.recordActivity(document, 300).orElseThrow().activeSeconds()).isEqualTo(330);
        assertThat(queue.recordActivity(document, 1).orElseThrow().activeSeconds()).isEqualTo(331);
        assertThat(rows(document)).isEqualTo(1);

        for (int seconds : new int[] {0, 301, -5}) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> queue.recordActivity(document, seconds));
            assertThat(refused.problems()).extracting(Problem::where).containsExactly("seconds");
        }
        assertThat(queue.queue(projectId, PageRequest.of(0, 10)).getContent().get(2).activeSeconds()).isEqualTo(331);
    }

    @Test
    void reportsFromTwoTabsAtOnceAllCount() throws Exception {
        UUID document = documents.get(1);
        annotator = "queue-" + UUID.randomUUID();
        users.save(new User(annotator, "Annotator", "{noop}unused", SystemRole.USER));
        memberships.add(projectId, annotator, ProjectRole.ANNOTATOR);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<WorkQueueItem>>> reports = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reports.add(tabs.submit(() -> {
                    signIn();
                    start.await();
                    return queue.recordActivity(document, 10);
                }));
            }
            start.countDown();
            for (Future<Optional<WorkQueueItem>> report : reports) {
                assertThat(report.get()).isPresent();
            }
        } finally {
            tabs.shutdownNow();
        }
        assertThat(rows(document)).isEqualTo(1);
        signIn();
        assertThat(queue.queue(projectId, PageRequest.of(0, 10)).getContent().get(1).activeSeconds()).isEqualTo(40);
    }

    @Test
    void anUnknownDocumentOrProjectIsNotFound() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> queue.open(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.markDone(unknown, true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.recordActivity(unknown, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.queue(unknown, PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.next(projectId, unknown)).isInstanceOf(NotFoundException.class);
        UUID otherProject = corpus.createProject("Other " + UUID.randomUUID(), "").getId();
        assertThatThrownBy(() -> queue.previous(otherProject, documents.get(1)))
                .isInstanceOf(NotFoundException.class);
    }

    private void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(annotator, null, List.of()));
    }

    private void span(UUID document, String label, Map<String, Object> attributes) {
        UUID labelId = bias.labels().stream().filter(candidate -> candidate.name().equals(label)).findFirst()
                .orElseThrow().id();
        annotations.createSpan(document, null, new SpanDraft(bias.id(), labelId, SAID_START, SAID_END, attributes));
    }

    private String key(String attribute) {
        return AnnotationFixture.attributeId(bias, attribute).toString();
    }

    private Timestamp startedAt(UUID document) {
        return jdbc.queryForObject("select started_at from assignment where document_id = ?", Timestamp.class,
                document);
    }

    private int rows(UUID document) {
        return jdbc.queryForObject("select count(*) from assignment where document_id = ?", Integer.class, document);
    }

    private static NewDocument document(int number) {
        return new NewDocument("Article " + number, "She said the minister " + number + ".", null, null, null, null,
                null, Map.of());
    }
}
