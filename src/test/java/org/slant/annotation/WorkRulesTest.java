package org.slant.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.ForbiddenException;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whose work a document is, against the real database: once documents are distributed an annotator writes only on
 * their own; work marked done is read-only until reopened (and a retry of a change already stored still succeeds);
 * a manager who only looks at a document creates no work, and their first change does.
 */
@SlantSpringTest
class WorkRulesTest {

    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue queue;
    @Autowired
    WorkAssignment assignment;
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

    AnnotationFixture fixture;
    UUID second;
    String amira;
    String jonas;

    @BeforeEach
    void aProjectWithTwoAnnotators() {
        fixture = new AnnotationFixture(corpus, editor);
        second = corpus.addDocuments(fixture.projectId, List.of(new NewDocument("Second", "The second article.",
                null, null, null, null, null, Map.of()))).getFirst().getId();
        amira = member(ProjectRole.ANNOTATOR);
        jonas = member(ProjectRole.ANNOTATOR);
    }

    @Test
    void onceDistributedAnAnnotatorWritesOnlyOnTheirOwnDocuments() {
        assignment.distribute(fixture.projectId, 1, List.of(amira, jonas), 7L);
        UUID amirasDocument = jdbc.queryForObject("select document_id from assignment a join app_user u on u.id = "
                + "a.annotator_id where u.username = ?", UUID.class, amira);
        UUID jonasDocument = amirasDocument.equals(fixture.documentId) ? second : fixture.documentId;

        Span mine = ActingAs.user(amira, () -> annotations.createSpan(amirasDocument, null, person(0, 2))
                .annotation());
        assertThat(mine.annotator()).isEqualTo(amira);
        assertThatThrownBy(() -> ActingAs.user(amira, () -> annotations.createSpan(jonasDocument, null,
                person(0, 2)))).isInstanceOf(ForbiddenException.class).hasMessageContaining("not assigned to you");
        assertThatThrownBy(() -> ActingAs.user(amira, () -> annotations.createAnswer(jonasDocument, null,
                new AnswerDraft(fixture.overall.id(), fixture.label(fixture.overall, "Left"), Map.of(
                        fixture.key(fixture.overall, "confidence"), "low"))))).isInstanceOf(ForbiddenException.class);
        assertThat(spansOn(jonasDocument)).isZero();
        assertThat(status(amira, jonasDocument)).isNull();
        // managers (here the admin who made the project) are not bound by the plan
        assertThat(annotations.createSpan(jonasDocument, null, person(0, 2)).created()).isTrue();
    }

    @Test
    void workMarkedDoneIsReadOnlyUntilReopened() {
        Span span = ActingAs.user(amira, () -> annotations.createSpan(fixture.documentId, null, person(0, 2))
                .annotation());
        UUID retried = UUID.randomUUID();
        ActingAs.user(amira, () -> annotations.createSpan(fixture.documentId, retried, person(3, 5)));
        ActingAs.user(amira, () -> queue.markDone(fixture.documentId, true));

        assertThatThrownBy(() -> ActingAs.user(amira, () -> annotations.createSpan(fixture.documentId, null,
                person(6, 7)))).isInstanceOf(DocumentDoneException.class).hasMessageContaining("reopen it");
        assertThatThrownBy(() -> ActingAs.user(amira, () -> annotations.updateSpan(span.id(), span.version(),
                new SpanDraft(null, null, 0, 3, null)))).isInstanceOf(DocumentDoneException.class);
        assertThatThrownBy(() -> ActingAs.user(amira, () -> annotations.deleteAnnotation(span.id(),
                span.version()))).isInstanceOf(DocumentDoneException.class);
        // a retry of a change stored before the document was marked done is answered as saved: it is
        Saved<Span> retry = ActingAs.user(amira, () -> annotations.createSpan(fixture.documentId, retried,
                person(3, 5)));
        assertThat(retry.created()).isFalse();
        assertThat(spansOn(fixture.documentId)).isEqualTo(2);
        assertThat(status(amira, fixture.documentId)).isEqualTo("DONE");

        ActingAs.user(amira, () -> queue.reopen(fixture.documentId));
        ActingAs.user(amira, () -> annotations.deleteAnnotation(span.id(), span.version()));
        assertThat(spansOn(fixture.documentId)).isEqualTo(1);
        assertThat(status(amira, fixture.documentId)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aManagerOnlyLookingCreatesNoWorkAndTheirFirstChangeDoes() {
        String manager = member(ProjectRole.MANAGER);
        ActingAs.user(manager, () -> {
            assertThat(queue.enter(fixture.documentId)).isEmpty();
            assertThat(queue.recordActivity(fixture.documentId, 15)).isEmpty();
            assertThat(queue.progress(fixture.documentId)).isEmpty();
        });
        assertThat(status(manager, fixture.documentId)).isNull();

        ActingAs.user(manager, () -> annotations.createSpan(fixture.documentId, null, person(0, 2)));
        assertThat(status(manager, fixture.documentId)).isEqualTo("IN_PROGRESS");
        assertThat(ActingAs.user(manager, () -> queue.enter(fixture.documentId))).map(WorkQueueItem::status)
                .contains(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void anAnnotatorEnteringADocumentStartsWorkOnItAndTheirFirstChangeStartsAnAssignedOne() {
        assertThat(ActingAs.user(amira, () -> queue.enter(fixture.documentId))).map(WorkQueueItem::status)
                .contains(AssignmentStatus.IN_PROGRESS);
        assignment.distribute(fixture.projectId, 2, List.of(amira, jonas), 7L);
        assertThat(status(jonas, fixture.documentId)).isEqualTo("ASSIGNED");
        ActingAs.user(jonas, () -> annotations.createSpan(fixture.documentId, null, person(0, 2)));
        assertThat(status(jonas, fixture.documentId)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject("select a.started_at is not null and a.version = 1 from assignment a "
                + "join app_user u on u.id = a.annotator_id where u.username = ? and a.document_id = ?",
                Boolean.class, jonas, fixture.documentId)).as("started, and its version counted").isTrue();
    }

    private SpanDraft person(int start, int end) {
        return new SpanDraft(fixture.entities.id(), fixture.label(fixture.entities, "Person"), start, end, Map.of());
    }

    private String member(ProjectRole role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(name, name, "{noop}unused", SystemRole.USER));
        memberships.add(fixture.projectId, name, role);
        return name;
    }

    private long spansOn(UUID document) {
        return jdbc.queryForObject("select count(*) from span_annotation where document_id = ?", Long.class, document);
    }

    private String status(String username, UUID document) {
        return jdbc.query("select a.status from assignment a join app_user u on u.id = a.annotator_id where "
                + "u.username = ? and a.document_id = ?", (row, n) -> row.getString(1), username, document).stream()
                .findFirst().orElse(null);
    }
}
