package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Reports are kept until the project's work changes: asked again with nothing changed, the same report comes back
 * without reading a document; a span, a document marked done or other options give a report computed afresh.
 */
@SlantSpringTest
class AgreementReportCacheTest {

    /** Emoji with a skin tone, NBSP, CRLF and a flag: code points and UTF-16 units part ways. */
    static final String UNICODE_TEXT = "Hi 👋🏽 NATO\u00a0talks\r\nStoltenberg said “no” 🇺🇦.";
    static final AgreementOptions STARTED = new AgreementOptions(Set.of(), AgreementOptions.Work.STARTED, Set.of());

    @Autowired
    AgreementService agreement;
    @Autowired
    AgreementCache cache;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue work;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    AgreementFixture study;

    @BeforeEach
    void study() {
        // other tests' reports would fill the shared cache, and a full cache may refuse this test's reports a place
        cache.clear();
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
    }

    @Test
    void unchangedWorkGivesTheKeptReportWithoutReadingADocument() {
        List<String> firstProgress = new CopyOnWriteArrayList<>();
        List<String> secondProgress = new CopyOnWriteArrayList<>();

        AgreementReport first = agreement.report(study.projectId, AgreementOptions.DEFAULT,
                (done, total) -> firstProgress.add(done + " of " + total));
        AgreementReport second = agreement.report(study.projectId, AgreementOptions.DEFAULT,
                (done, total) -> secondProgress.add(done + " of " + total));

        assertThat(firstProgress).as("D1 and D2 read one after the other").containsExactly("0 of 2", "1 of 2",
                "2 of 2");
        assertThat(second).isSameAs(first);
        assertThat(secondProgress).as("nothing read the second time").isEmpty();
    }

    @Test
    void aSpanMadeGivesAReportComputedAfresh() {
        AgreementReport before = agreement.report(study.projectId, STARTED);
        assertThat(pairValue(before, Measure.F1_EXACT, "bob", "carol")).as("D1 1/2, D2 none of 1 + 1")
                .isEqualTo(1 / 3.0, within(1e-9));

        // carol's D2 is still in progress: she adds bob's Security span
        ActingAs.user(study.usernames.get("carol"), () -> annotations.createSpan(study.documents.get(1), null,
                new SpanDraft(study.frames.id(), label(study.frames.id(), "Security"), 5, 15, Map.of())));
        AgreementReport after = agreement.report(study.projectId, STARTED);

        assertThat(after).isNotSameAs(before);
        assertThat(pairValue(after, Measure.F1_EXACT, "bob", "carol")).as("D1 1 of 2 + 2, D2 1 of 1 + 2")
                .isEqualTo(2 * 2 / 7.0, within(1e-9));
        assertThat(agreement.report(study.projectId, STARTED)).isSameAs(after);
    }

    @Test
    void aDocumentMarkedDoneGivesAReportComputedAfresh() {
        AgreementReport before = agreement.report(study.projectId, AgreementOptions.DEFAULT);
        assertThat(pairFigure(before, Measure.F1_EXACT, "alice", "carol").documents()).isEqualTo(1);

        ActingAs.user(study.usernames.get("carol"), () -> work.markDone(study.documents.get(1), true));
        AgreementReport after = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        assertThat(after).isNotSameAs(before);
        assertThat(pairFigure(after, Measure.F1_EXACT, "alice", "carol").documents())
                .as("carol's D2 counts now").isEqualTo(2);
    }

    @Test
    void otherOptionsAreAReportOfTheirOwn() {
        AgreementReport done = agreement.report(study.projectId, AgreementOptions.DEFAULT);
        AgreementReport started = agreement.report(study.projectId, STARTED);
        AgreementReport framesOnly = agreement.report(study.projectId, new AgreementOptions(Set.of(),
                AgreementOptions.Work.DONE, Set.of("Frames")));

        assertThat(started).isNotSameAs(done);
        assertThat(started.figures()).isNotEqualTo(done.figures());
        assertThat(framesOnly.figures()).allMatch(figure -> figure.layer().equals("Frames"));
        assertThat(agreement.report(study.projectId, AgreementOptions.DEFAULT)).isSameAs(done);
        assertThat(agreement.report(study.projectId, STARTED)).isSameAs(started);
        assertThat(agreement.report(study.projectId, new AgreementOptions(Set.of(), AgreementOptions.Work.DONE,
                Set.of("Frames")))).isSameAs(framesOnly);
    }

    @Test
    void aRenamedOutletGivesAReportComputedAfresh() {
        AgreementReport before = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        jdbc.update("update outlet set name = 'Fox News' where project_id = ? and name = 'Fox'", study.projectId);
        AgreementReport after = agreement.report(study.projectId, AgreementOptions.DEFAULT);

        assertThat(after).isNotSameAs(before);
        assertThat(after.figures()).extracting(Figure::scopeName).contains("Fox News").doesNotContain("Fox");
    }

    @Test
    void aSpanOnTextWithEmojiNbspAndCrlfGivesAReportComputedAfresh() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID projectId = corpus.createProject(new ProjectSettings("Unicode agreement " + suffix, "", "", 2, false,
                false)).getId();
        LayerSchema frames = schema.addLayer(projectId, new LayerDraft("Frames", LayerKind.SPAN, true, false, ""));
        schema.addLabel(frames.id(), new LabelDraft("Economic", "#1f77b4", "e", ""));
        frames = schema.addLabel(frames.id(), new LabelDraft("Security", "#d62728", "s", ""));
        UUID economic = frames.labels().get(0).id();
        UUID security = frames.labels().get(1).id();
        UUID document = corpus.addDocuments(projectId, List.of(new NewDocument("Unicode", UNICODE_TEXT, "Wire", null,
                null, null, null, Map.of()))).getFirst().getId();
        String alice = member(projectId, "alice-" + suffix);
        String bob = member(projectId, "bob-" + suffix);
        ActingAs.user(alice, () -> work.open(document));
        ActingAs.user(bob, () -> work.open(document));
        UUID layer = frames.id();
        span(alice, document, layer, economic, "NATO\u00a0talks");
        span(bob, document, layer, economic, "NATO\u00a0talks");

        AgreementReport before = agreement.report(projectId, STARTED);
        assertThat(agreement.report(projectId, STARTED)).isSameAs(before);
        assertThat(projectValue(before, Measure.F1_EXACT)).isEqualTo(1.0);
        assertThat(before.disagreementCount()).isZero();

        span(bob, document, layer, security, "👋🏽");
        AgreementReport after = agreement.report(projectId, STARTED);

        assertThat(after).isNotSameAs(before);
        assertThat(projectValue(after, Measure.F1_EXACT)).as("1 exact match of 1 + 2 spans")
                .isEqualTo(2 / 3.0, within(1e-9));
        assertThat(after.disagreements()).isNotEmpty().allSatisfy(passage -> assertThat(passage.excerpt())
                .as("the passage in code points").isEqualTo(codePoints(UNICODE_TEXT, passage.start(),
                        passage.end())));
        assertThat(after.disagreements()).extracting(Disagreement::excerpt).anyMatch(text -> text.contains("👋🏽"));
    }

    @Test
    void aSecondRequestWhileTheReportIsComputedWaitsForIt() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        List<String> secondProgress = new CopyOnWriteArrayList<>();
        CompletableFuture<AgreementReport> first = new CompletableFuture<>();
        CompletableFuture<AgreementReport> second = new CompletableFuture<>();
        Thread firstThread = asAdmin(() -> first.complete(agreement.report(study.projectId, AgreementOptions.DEFAULT,
                (done, total) -> {
                    computing.countDown();
                    await(goOn);
                })));
        assertThat(computing.await(30, TimeUnit.SECONDS)).isTrue();
        Thread secondThread = asAdmin(() -> second.complete(agreement.report(study.projectId,
                AgreementOptions.DEFAULT, (done, total) -> secondProgress.add(done + " of " + total))));
        waitUntilParked(secondThread);
        goOn.countDown();
        firstThread.join();
        secondThread.join();

        assertThat(second.get()).isSameAs(first.get());
        assertThat(secondProgress).as("the second request computed nothing itself").isEmpty();
    }

    private Thread asAdmin(Runnable work) {
        return Thread.ofPlatform().start(new DelegatingSecurityContextRunnable(work));
    }

    /** Until the thread waits (for the first request's report), a few seconds at most. */
    private static void waitUntilParked(Thread thread) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("the second request waits").isLessThan(until);
            assertThat(thread.isAlive()).as("the second request is still under way").isTrue();
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String member(UUID projectId, String username) {
        User user = users.save(new User(username, username, "{noop}unused", SystemRole.USER));
        jdbc.update("insert into membership (id, project_id, user_id, role) values (?, ?, ?, 'ANNOTATOR')",
                UUID.randomUUID(), projectId, user.getId());
        return username;
    }

    private void span(String annotator, UUID document, UUID layer, UUID label, String covered) {
        int at = UNICODE_TEXT.indexOf(covered);
        int start = UNICODE_TEXT.codePointCount(0, at);
        int end = start + covered.codePointCount(0, covered.length());
        ActingAs.user(annotator, () -> annotations.createSpan(document, null,
                new SpanDraft(layer, label, start, end, Map.of())));
    }

    private UUID label(UUID layerId, String name) {
        return jdbc.queryForObject("select id from label where layer_id = ? and name = ?", UUID.class, layerId, name);
    }

    private Figure pairFigure(AgreementReport report, Measure measure, String a, String b) {
        List<String> pair = List.of(study.usernames.get(a), study.usernames.get(b));
        return report.figures().stream().filter(figure -> figure.scope() == Scope.PAIR && figure.measure() == measure
                && figure.label() == null && figure.layer().equals("Frames") && figure.pair().containsAll(pair))
                .findFirst().orElseThrow();
    }

    private Double pairValue(AgreementReport report, Measure measure, String a, String b) {
        return pairFigure(report, measure, a, b).value();
    }

    private static Double projectValue(AgreementReport report, Measure measure) {
        return report.figures().stream().filter(figure -> figure.scope() == Scope.PROJECT
                && figure.measure() == measure && figure.label() == null).findFirst().orElseThrow().value();
    }

    private static String codePoints(String text, int start, int end) {
        return new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
    }
}
