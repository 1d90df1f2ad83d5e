package org.slant.annotation;

import org.slant.corpus.ProjectSettings;
import org.slant.corpus.ProjectDetails;
import org.slant.platform.ForbiddenException;
import org.slant.team.ProjectRole;
import org.slant.team.Memberships;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.slant.annotation.AnnotationFixture.TEXT;
import static org.slant.annotation.AnnotationFixture.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.NotFoundException;
import org.slant.schema.SchemaEditor;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Saving spans and answers against the real database, signed in as the admin. */
@SlantSpringTest
class AnnotationServiceTest {

    @Autowired
    AnnotationService annotations;
    @Autowired
    AnnotationHistory history;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Memberships memberships;

    AnnotationFixture fixture;
    UUID admin;

    @BeforeEach
    void signInAndSetUp() {
        signIn("admin");
        admin = users.findByUsername("admin").orElseThrow().getId();
        fixture = new AnnotationFixture(corpus, editor);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void offsetsAreCodePointsAndTheTextIsPythonsSlice() {
        int[][] ranges = {{0, 2}, {3, 5}, {5, 7}, {6, 9}, {9, 10}, {0, 10}, {29, 30}};
        for (int[] range : ranges) {
            annotations.createSpan(fixture.documentId, null, entity(range[0], range[1]));
        }
        List<Span> spans = annotations.annotationsOf(fixture.documentId, null).spans();
        assertThat(spans).extracting(Span::text).containsExactly("🇺🇦", "🇺🇦 e\u0301\u00A0x\r\ny", "e\u0301",
                "\u00A0x", "x\r\n", "y", "😀");
        for (Span span : spans) {
            assertThat(span.text()).isEqualTo(python(TEXT, span.start(), span.end()));
            assertThat(span.annotator()).isEqualTo("admin");
        }
        int length = TEXT.codePointCount(0, TEXT.length());
        assertThat(annotations.createSpan(fixture.documentId, null, entity(length - 1, length)).annotation().text())
                .isEqualTo(".");
        assertThat(problemsOf(() -> annotations.createSpan(fixture.documentId, null, entity(length - 1, length + 1))))
                .extracting(Problem::where).containsExactly("end");
    }

    @Test
    void aRetriedCreateAnswersTheStoredSpanAndNeverDuplicates() {
        UUID id = UUID.randomUUID();
        SpanDraft draft = stance("Support", 10, 14, Map.of(fixture.key(fixture.stance, "strength"), "weak"));
        Saved<Span> first = annotations.createSpan(fixture.documentId, id, draft);
        Saved<Span> retry = annotations.createSpan(fixture.documentId, id, draft);

        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.annotation()).isEqualTo(first.annotation());
        assertThat(spanCount()).isEqualTo(1);
        assertThat(history.eventsOf(id)).hasSize(1);

        AnnotationConflictException other = catchThrowableOfType(AnnotationConflictException.class,
                () -> annotations.createSpan(fixture.documentId, id, stance("Support", 10, 15, Map.of())));
        assertThat(other).hasMessageContaining("already exists with other content");
        assertThat(other.currentVersion()).isZero();
        UUID otherDocument = corpus.addDocuments(fixture.projectId, List.of(new NewDocument("Other", "Other text here.",
                null, null, null, null, null, Map.of()))).getFirst().getId();
        assertThatThrownBy(() -> annotations.createSpan(otherDocument, id, draft))
                .isInstanceOf(AnnotationConflictException.class);
        assertThat(spanCount()).isEqualTo(1);
    }

    @Test
    void concurrentCreatesWithOneIdStoreOneSpan() throws Exception {
        UUID id = UUID.randomUUID();
        SpanDraft draft = entity(10, 14);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Saved<Span>> create = () -> {
            signIn("admin");
            start.await();
            return annotations.createSpan(fixture.documentId, id, draft);
        };
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Saved<Span>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(create));
            }
            start.countDown();
            List<Boolean> created = new ArrayList<>();
            for (Future<Saved<Span>> result : results) {
                created.add(result.get().created());
            }
            assertThat(created).containsOnlyOnce(true);
        } finally {
            threads.shutdown();
        }
        assertThat(spanCount()).isEqualTo(1);
        assertThat(history.eventsOf(id)).hasSize(1);
    }

    @Test
    void refusesABadSpanListingEveryProblemAndStoresNothing() {
        String strength = fixture.key(fixture.stance, "strength");
        String targets = fixture.key(fixture.stance, "targets");
        String note = fixture.key(fixture.stance, "note");
        String quoted = fixture.key(fixture.stance, "quoted");
        String speaker = fixture.key(fixture.stance, "speaker");
        String reason = fixture.key(fixture.stance, "reason");
        String unknown = UUID.randomUUID().toString();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(strength, "medium");
        attributes.put(targets, List.of("a", "a"));
        attributes.put(note, 3);
        attributes.put(quoted, "yes");
        attributes.put(speaker, "NATO");
        attributes.put(reason, "because");
        attributes.put(unknown, "x");
        List<Problem> problems = problemsOf(() -> annotations.createSpan(fixture.documentId, null,
                stance("Support", 5, 5, attributes)));

        assertThat(problems).extracting(Problem::where).containsExactlyInAnyOrder("attributes." + strength,
                "attributes." + targets, "attributes." + note, "attributes." + quoted, "attributes." + speaker,
                "attributes." + reason, "attributes." + unknown, "end");
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains("one of [weak, strong]"))
                .anyMatch(m -> m.contains("distinct options")).anyMatch(m -> m.contains("must be text"))
                .anyMatch(m -> m.contains("true or false"))
                .anyMatch(m -> m.contains("'speaker' is asked only when 'quoted' is 'true'"))
                .anyMatch(m -> m.contains("'reason' is asked only for label 'Oppose'"))
                .anyMatch(m -> m.contains("not an attribute of layer 'Stance'"));
        assertThat(spanCount()).isZero();
    }

    @Test
    void refusesLayersLabelsAndOffsetsThatDoNotFit() {
        assertThat(wheres(new SpanDraft(fixture.overall.id(), fixture.label(fixture.overall, "Left"), 0, 1, null)))
                .containsExactly("layer");
        assertThat(wheres(new SpanDraft(UUID.randomUUID(), UUID.randomUUID(), 0, 1, null))).containsExactly("layer");
        assertThat(wheres(new SpanDraft(fixture.stance.id(), fixture.label(fixture.entities, "Person"), -1, 0, null)))
                .containsExactly("label", "start", "end");
        assertThat(wheres(new SpanDraft(fixture.stance.id(), null, null, null, null)))
                .containsExactly("label", "start", "end");
        assertThat(wheres(stance("Support", 3, 2, Map.of()))).containsExactly("end");
        assertThat(wheres(stance("Support", 0, 1, Map.of(fixture.key(fixture.stance, "speaker"), " ",
                fixture.key(fixture.stance, "quoted"), true)))).containsExactly("attributes."
                        + fixture.key(fixture.stance, "speaker"));
        assertThatThrownBy(() -> annotations.createSpan(UUID.randomUUID(), null, entity(0, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(spanCount()).isZero();
    }

    @Test
    void acceptsValuesThatFitAndConditionsThatHold() {
        Map<String, Object> values = new HashMap<>();
        values.put(fixture.key(fixture.stance, "strength"), "strong");
        values.put(fixture.key(fixture.stance, "targets"), List.of("c", "a"));
        values.put(fixture.key(fixture.stance, "note"), "");
        values.put(fixture.key(fixture.stance, "quoted"), true);
        values.put(fixture.key(fixture.stance, "speaker"), "The minister");
        values.put(fixture.key(fixture.stance, "reason"), "economy");
        values.put(fixture.key(fixture.stance, "note"), null);
        Span span = annotations.createSpan(fixture.documentId, null, stance("Oppose", 10, 14, values)).annotation();
        values.remove(fixture.key(fixture.stance, "note"));
        assertThat(span.attributes()).isEqualTo(values);
        assertThat(span.attributes()).doesNotContainKey(fixture.key(fixture.stance, "note"));
    }

    @Test
    void aLayerWithoutOverlapRefusesAnOverlappingSpanNamingTheOther() {
        annotations.createSpan(fixture.documentId, null, stance("Support", 11, 15, Map.of()));
        List<Problem> problems = problemsOf(() -> annotations.createSpan(fixture.documentId, null,
                stance("Oppose", 13, 20, Map.of())));
        assertThat(problems).extracting(Problem::where).containsExactly("start");
        assertThat(problems.getFirst().message()).contains("11..15").contains("'said'").contains("'Stance'");

        annotations.createSpan(fixture.documentId, null, stance("Oppose", 15, 19, Map.of()));
        annotations.createSpan(fixture.documentId, null, entity(10, 20));
        annotations.createSpan(fixture.documentId, null, entity(12, 22));
        signIn(anotherAnnotator());
        annotations.createSpan(fixture.documentId, null, stance("Oppose", 12, 20, Map.of()));
        assertThat(spanCount()).isEqualTo(5);
    }

    @Test
    void anEditNeedsTheCurrentVersionAndIsRecordedWithBeforeAndAfter() {
        Span created = annotations.createSpan(fixture.documentId, null, stance("Support", 11, 15, Map.of()))
                .annotation();
        SpanDraft change = new SpanDraft(null, fixture.label(fixture.stance, "Oppose"), 10, 15,
                Map.of(fixture.key(fixture.stance, "strength"), "strong"));
        Span changed = annotations.updateSpan(created.id(), 0, change);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.text()).isEqualTo(" said");
        assertThat(changed.label()).isEqualTo(fixture.label(fixture.stance, "Oppose"));

        assertThat(annotations.updateSpan(created.id(), 0, change)).as("a retried edit finds it done")
                .isEqualTo(changed);
        AnnotationConflictException stale = catchThrowableOfType(AnnotationConflictException.class,
                () -> annotations.updateSpan(created.id(), 0, new SpanDraft(null, null, 10, 12, null)));
        assertThat(stale).hasMessageContaining("changed elsewhere").hasMessageContaining("now at version 1");
        assertThat(stale.currentVersion()).isEqualTo(1);
        assertThat(problemsOf(() -> annotations.updateSpan(created.id(), 1, new SpanDraft(fixture.entities.id(),
                null, null, 99, null)))).extracting(Problem::where).containsExactly("end", "layer");

        List<Map<String, Object>> events = history.eventsOf(created.id());
        assertThat(events).extracting(event -> event.get("action")).containsExactly("CREATE", "UPDATE");
        Map<String, Object> update = events.get(1);
        assertThat((String) update.get("before")).contains("\"start\": 11").contains("\"label\": \"Support\"")
                .contains("\"version\": 0");
        assertThat((String) update.get("after")).contains("\"start\": 10").contains("\"label\": \"Oppose\"")
                .contains("\"version\": 1").contains("strong");
        assertThat(update.get("actor_id")).isEqualTo(admin);
        assertThat(events.get(0).get("after")).isEqualTo(update.get("before"));
    }

    @Test
    void aDeleteNeedsTheCurrentVersionAndCanBeRetried() {
        Span span = annotations.createSpan(fixture.documentId, null, entity(0, 2)).annotation();
        assertThatThrownBy(() -> annotations.deleteAnnotation(span.id(), 3))
                .isInstanceOf(AnnotationConflictException.class).hasMessageContaining("version 0");
        annotations.deleteAnnotation(span.id(), 0);
        annotations.deleteAnnotation(span.id(), 0);
        assertThat(spanCount()).isZero();
        List<Map<String, Object>> events = history.eventsOf(span.id());
        assertThat(events).extracting(event -> event.get("action")).containsExactly("CREATE", "DELETE");
        assertThat(events.get(1).get("before")).isEqualTo(events.get(0).get("after"));
        assertThat(events.get(1).get("after")).isNull();
        assertThatThrownBy(() -> annotations.createSpan(fixture.documentId, span.id(), entity(0, 2)))
                .isInstanceOf(AnnotationConflictException.class).hasMessageContaining("was deleted");
        assertThatThrownBy(() -> annotations.deleteAnnotation(UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherAnnotatorsSpanCannotBeChanged() {
        Span span = annotations.createSpan(fixture.documentId, null, entity(0, 2)).annotation();
        signIn(anotherAnnotator());
        assertThatThrownBy(() -> annotations.updateSpan(span.id(), 0, entity(0, 3)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> annotations.deleteAnnotation(span.id(), 0)).isInstanceOf(NotFoundException.class);
        assertThat(annotations.annotationsOf(fixture.documentId, null).spans()).isEmpty();
        // the project is blind (the default): another annotator's work is not theirs to read
        assertThatThrownBy(() -> annotations.annotationsOf(fixture.documentId, "admin"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("blind");
    }

    @Test
    void inAProjectThatIsNotBlindAnnotatorsReadEachOthersWork() {
        Span span = annotations.createSpan(fixture.documentId, null, entity(0, 2)).annotation();
        ProjectDetails project = corpus.projectDetails(fixture.projectId);
        corpus.updateProject(fixture.projectId, new ProjectSettings(project.name(), project.description(),
                project.guidelines(), project.annotatorsPerDocument(), false, project.snapToWords()));
        signIn(anotherAnnotator());

        assertThat(annotations.annotationsOf(fixture.documentId, "admin").spans()).containsExactly(span);
        assertThatThrownBy(() -> annotations.updateSpan(span.id(), 0, entity(0, 3)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void answersAreOnePerLabelCheckedVersionedAndRecorded() {
        UUID left = fixture.label(fixture.overall, "Left");
        String confidence = fixture.key(fixture.overall, "confidence");
        UUID id = UUID.randomUUID();
        AnswerDraft draft = new AnswerDraft(fixture.overall.id(), left, Map.of());
        Saved<Answer> created = annotations.createAnswer(fixture.documentId, id, draft);
        assertThat(created.created()).as("required attributes are filled in later").isTrue();
        assertThat(annotations.createAnswer(fixture.documentId, id, draft).created()).isFalse();
        assertThatThrownBy(() -> annotations.createAnswer(fixture.documentId, null, draft))
                .isInstanceOf(AnnotationConflictException.class).hasMessageContaining(id.toString());
        assertThat(wheresOfAnswer(new AnswerDraft(fixture.stance.id(), left, Map.of(confidence, "very"))))
                .containsExactly("layer");
        assertThat(wheresOfAnswer(new AnswerDraft(fixture.overall.id(), UUID.randomUUID(),
                Map.of(confidence, "very")))).containsExactly("label", "attributes." + confidence);

        Answer changed = annotations.updateAnswer(id, 0, new AnswerDraft(null, fixture.label(fixture.overall,
                "Right"), Map.of(confidence, "high")));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.attributes()).containsEntry(confidence, "high");
        assertThatThrownBy(() -> annotations.updateAnswer(id, 0, new AnswerDraft(null, left, null)))
                .isInstanceOf(AnnotationConflictException.class).hasMessageContaining("changed elsewhere");
        assertThat(annotations.annotationsOf(fixture.documentId, null).answers()).containsExactly(changed);

        annotations.deleteAnnotation(id, 1);
        annotations.deleteAnnotation(id, 1);
        assertThat(annotations.annotationsOf(fixture.documentId, null).answers()).isEmpty();
        List<Map<String, Object>> events = history.eventsOf(id);
        assertThat(events).extracting(event -> event.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat((String) events.get(1).get("after")).contains("\"label\": \"Right\"").contains("high");
        assertThat(jdbc.queryForObject("select target from annotation_event where annotation_id = ? limit 1",
                String.class, id)).isEqualTo("ANSWER");
    }

    @Test
    void aNewLabelKeepsOnlyTheAttributeValuesStillAskedForIt() {
        Span oppose = annotations.createSpan(fixture.documentId, null, stance("Oppose", 9, 15, Map.of(
                fixture.key(fixture.stance, "strength"), "weak",
                fixture.key(fixture.stance, "reason"), "sarcasm"))).annotation();

        Span support = annotations.updateSpan(oppose.id(), oppose.version(),
                new SpanDraft(null, fixture.label(fixture.stance, "Support"), null, null, null));

        // "reason" is asked only for Oppose; "strength" for every label
        assertThat(support.attributes()).containsExactly(Map.entry(fixture.key(fixture.stance, "strength"), "weak"));
        assertThat(history.eventsOf(support.id())).hasSize(2);
    }

    private SpanDraft stance(String label, int start, int end, Map<String, Object> attributes) {
        return new SpanDraft(fixture.stance.id(), fixture.label(fixture.stance, label), start, end, attributes);
    }

    private SpanDraft entity(int start, int end) {
        return new SpanDraft(fixture.entities.id(), fixture.label(fixture.entities, "Person"), start, end, Map.of());
    }

    private List<String> wheres(SpanDraft draft) {
        return problemsOf(() -> annotations.createSpan(fixture.documentId, null, draft)).stream()
                .map(Problem::where).toList();
    }

    private List<String> wheresOfAnswer(AnswerDraft draft) {
        return problemsOf(() -> annotations.createAnswer(fixture.documentId, null, draft)).stream()
                .map(Problem::where).toList();
    }

    private static List<Problem> problemsOf(Runnable save) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, save::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    private long spanCount() {
        return jdbc.queryForObject("select count(*) from span_annotation where document_id = ?", Long.class,
                fixture.documentId);
    }

    private String anotherAnnotator() {
        String username = "annotator-" + UUID.randomUUID();
        users.save(new User(username, "Another annotator", "{noop}unused", SystemRole.USER));
        memberships.add(fixture.projectId, username, ProjectRole.ANNOTATOR);
        return username;
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
