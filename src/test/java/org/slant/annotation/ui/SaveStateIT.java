package org.slant.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.annotation.SpanDraft;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the annotate view says about saving is true, in real Chromium (issue 13): offline and signed out are told
 * apart, waiting changes are counted and survive signing in again; a change replayed by a later page carries the
 * version it was made against; Esc in an attribute field keeps the value; a document marked done is read-only.
 */
@SlantSpringTest
class SaveStateIT {

    static final String TEXT = "Kyiv 🇺🇦 said\u00A0the talks 😞 failed.\r\nNATO's chief said \"our differences "
            + "will not be easy to bridge\", according to CNN.\r\n";

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue work;
    @Autowired
    DataSource dataSource;

    BrowserContext context;
    Page page;
    UUID projectId;
    UUID documentId;
    LayerSchema attribution;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void setUp() {
        projectId = corpus.createProject(ProjectSettings.named("Saving " + UUID.randomUUID(), "")).getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        attribution = schema.layers(projectId).stream().filter(layer -> layer.name().equals("Attribution"))
                .findFirst().orElseThrow();
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", TEXT, null, null, null, null,
                null, Map.of()))).getFirst().getId();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = newPage();
        page.navigate(url("/login"));
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(page).hasTitle("Projects · Slant");
    }

    @AfterEach
    void close() {
        context.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void offlineIsSaidWithHowManyChangesWaitAndRetryNowSendsThemOnceBack() {
        open();
        context.setOffline(true);
        mark("according to CNN", "Cue");

        assertThat(annotator()).hasAttribute("data-save-state", "offline", slowly());
        assertThat(status()).containsText("Not saved: offline · 1 change waits here");
        assertThat(page.locator("slant-annotator .sa-message")).containsText("no connection to Slant");
        mark("NATO's chief", "Source");
        assertThat(status()).containsText("2 changes wait here");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate-offline.png")));
        assertThat(spanTexts()).isEmpty();

        context.setOffline(false);
        status().locator("button", new Locator.LocatorOptions().setHasText("Retry now")).click();
        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        assertThat(status()).containsText("All changes saved");
        assertThat(spanTexts()).containsExactlyInAnyOrder("according to CNN", "NATO's chief");
    }

    @Test
    void signedOutIsSaidAndAfterSigningInAgainTheSameDocumentSendsTheWaitingChange() {
        open();
        assertThat(page.evaluate("() => fetch('session').then(r => r.json()).then(s => s.signedIn)")).isEqualTo(true);
        // the session ends (it timed out, or the server forgot it)
        context.clearCookies();
        mark("according to CNN", "Cue");

        assertThat(annotator()).hasAttribute("data-save-state", "signed-out", slowly());
        assertThat(status()).containsText("Not saved: signed out · 1 change waits here");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate-signed-out.png")));
        status().locator("button", new Locator.LocatorOptions().setHasText("Sign in again")).click();

        assertThat(page.locator("input[name='username']")).isVisible();
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        // back on the same document (Spring Security's saved request adds "?continue")
        assertThat(page).hasURL(Pattern.compile(".*/annotate/" + documentId + "(\\?continue)?$"),
                new PageAssertions.HasURLOptions().setTimeout(30_000));
        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        assertThat(spanTexts()).containsExactly("according to CNN");
    }

    @Test
    void aChangeReplayedByALaterPageDoesNotOverwriteANewerEditMadeElsewhere() {
        Span cue = annotations.createSpan(documentId, null, draft("according to CNN", "Cue")).annotation();
        open();
        context.setOffline(true);
        segment("according to CNN").click();
        page.keyboard().press(key("Source"));
        assertThat(annotator()).hasAttribute("data-save-state", Pattern.compile("offline|failed|saving"));
        // the page dies with its change unsent, and another tab relabels the span meanwhile
        page.close();
        context.setOffline(false);
        annotations.updateSpan(cue.id(), cue.version(), new SpanDraft(null, labelId("Content"), null, null, null));

        page = newPage();
        open();

        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        assertThat(page.locator("slant-annotator .sa-message"))
                .containsText("\"according to CNN\" (Cue) was changed in another tab or window");
        assertThat(labels()).containsExactly("Content");
    }

    @Test
    void aDeleteReplayedByALaterPageCarriesTheVersionItWasMadeAgainst() {
        Span cue = annotations.createSpan(documentId, null, draft("according to CNN", "Cue")).annotation();
        cue = annotations.updateSpan(cue.id(), cue.version(), new SpanDraft(null, labelId("Content"), null, null,
                null));
        annotations.updateSpan(cue.id(), cue.version(), new SpanDraft(null, labelId("Cue"), null, null, null));
        open();
        context.setOffline(true);
        segment("according to CNN").click();
        page.keyboard().press("Delete");
        assertThat(annotator()).hasAttribute("data-save-state", Pattern.compile("offline|failed|saving"));
        page.close();
        context.setOffline(false);

        page = newPage();
        open();

        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        assertThat(spanTexts()).isEmpty();
        assertThat(page.locator("slant-annotator .sa-message")).isHidden();
    }

    @Test
    void anAnswerToAnEarlierChangeNeverTakesBackAttributesMadeSince() throws SQLException {
        Span cue = annotations.createSpan(documentId, null, draft("according to CNN", "Cue")).annotation();
        String speaker = attribution.attributes().stream().filter(attribute -> attribute.name().equals("speaker"))
                .findFirst().orElseThrow().id().toString();
        open();
        segment("according to CNN").click();
        // every selection the page reports to the server, which shows the span's attributes from it
        page.evaluate("() => { const server = document.querySelector('slant-annotator').$server;"
                + " const report = server.spanSelected.bind(server); window.selections = [];"
                + " server.spanSelected = (json) => { window.selections.push(json); return report(json); }; }");
        try (Connection holder = dataSource.getConnection()) {
            // the span's row held, so that the relabelling waits on the server while a later change is made
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select 1 from span_annotation where id = ? for update")) {
                lock.setObject(1, cue.id());
                lock.executeQuery();
            }
            page.keyboard().press(key("Content"));
            page.waitForCondition(this::aSaveWaitsOnALock);
            page.evaluate("([id, json]) => document.querySelector('slant-annotator').updateAttributes(id, json)",
                    List.of(cue.id().toString(), "{\"" + speaker + "\": \"Jens Stoltenberg\"}"));
            holder.commit();
        }

        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        @SuppressWarnings("unchecked")
        List<String> selections = (List<String>) page.evaluate("() => window.selections");
        int firstWithTheValue = -1;
        for (int i = 0; i < selections.size(); i++) {
            boolean hasIt = selections.get(i).contains("Jens Stoltenberg");
            if (hasIt && firstWithTheValue < 0) {
                firstWithTheValue = i;
            }
            assertThat(hasIt || firstWithTheValue < 0).as("selection %d of %s", i, selections).isTrue();
        }
        assertThat(firstWithTheValue).isNotNegative();
        Span stored = annotations.annotationsOf(documentId, null).spans().getFirst();
        assertThat(stored.label()).isEqualTo(labelId("Content"));
        assertThat(stored.attributes()).containsEntry(speaker, "Jens Stoltenberg");
    }

    @Test
    void escInAnAttributeFieldKeepsTheValueAndAChosenValueSendsTheKeysBackToTheText() {
        open();
        mark("our differences will not be easy to bridge", "Content");
        Locator speaker = page.locator("vaadin-text-field[data-attribute='speaker'] input");
        speaker.click();
        speaker.fill("Jens Stoltenberg");
        speaker.press("Escape");

        assertThat(speaker).hasValue("Jens Stoltenberg");
        assertThat(activeIsTheText()).isTrue();
        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        Locator quoteType = page.locator("vaadin-combo-box[data-attribute='quote_type'] input");
        quoteType.click();
        quoteType.fill("direct");
        quoteType.press("Enter");
        page.waitForCondition(this::activeIsTheText);
        quoteType.press("Escape");
        assertThat(quoteType).hasValue("direct");

        // the keys are the text's again: a word picked with the keyboard and a label key mark a span
        page.keyboard().press("ArrowRight");
        page.keyboard().press(key("Source"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        Map<String, Object> attributes = annotations.annotationsOf(documentId, null).spans().stream()
                .filter(span -> span.text().startsWith("our differences")).findFirst().orElseThrow().attributes();
        assertThat(attributes.values()).containsExactlyInAnyOrder("Jens Stoltenberg", "direct");
        assertThat(annotations.annotationsOf(documentId, null).spans()).hasSize(2);
    }

    @Test
    void aDocumentMarkedDoneIsReadOnlyUntilReopenedInOneClick() {
        annotations.createSpan(documentId, null, draft("according to CNN", "Cue"));
        work.markDone(documentId, true);
        open();

        assertThat(annotator()).hasAttribute("data-read-only", "true");
        assertThat(page.locator("slant-annotator .sa-readonly")).containsText("read-only");
        assertThat(page.locator("slant-annotator .sa-hints")).not().containsText("label's key");
        assertThat(page.locator("slant-annotator .sa-hints")).containsText("until the document is reopened");
        drag("NATO's chief");
        page.keyboard().press(key("Source"));
        assertThat(page.locator("slant-annotator .sa-message")).containsText("read-only");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("annotate-done.png")));
        assertThat(spanTexts()).containsExactly("according to CNN");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Reopen to change")).click();
        assertThat(annotator()).hasAttribute("data-read-only", "false");
        assertThat(page.locator("slant-annotator .sa-hints")).containsText("label's key");
        drag("NATO's chief");
        page.keyboard().press(key("Source"));
        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        assertThat(spanTexts()).containsExactlyInAnyOrder("according to CNN", "NATO's chief");
    }

    // ---- helpers ----

    private Page newPage() {
        Page created = context.newPage();
        created.setDefaultTimeout(30_000);
        return created;
    }

    private void open() {
        page.navigate(url("/annotate/" + documentId));
        assertThat(annotator()).hasAttribute("data-drawn", "true");
        // a short wait for answers, so that a lost connection shows within the test's patience
        page.evaluate("() => { document.querySelector('slant-annotator').saveTimeoutMillis = 2000; }");
    }

    private void mark(String phrase, String label) {
        drag(phrase);
        page.keyboard().press(key(label));
    }

    private void drag(String phrase) {
        AnnotateIT.drag(page, phrase);
    }

    private boolean aSaveWaitsOnALock() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement waiting = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock'");
                ResultSet count = waiting.executeQuery()) {
            return count.next() && count.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean activeIsTheText() {
        return (Boolean) page.evaluate("() => document.activeElement?.classList.contains('sa-text') === true");
    }

    private Locator annotator() {
        return page.locator("slant-annotator");
    }

    private Locator status() {
        return page.locator("slant-annotator .sa-status");
    }

    private Locator segment(String text) {
        return page.locator("slant-annotator .sa-seg.sa-has").filter(new Locator.FilterOptions().setHasText(text));
    }

    private String key(String label) {
        return page.locator("slant-annotator .sa-layer[data-layer='Attribution'] .sa-label[data-label='" + label
                + "'] kbd").textContent();
    }

    private static LocatorAssertions.HasAttributeOptions slowly() {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(30_000);
    }

    private SpanDraft draft(String phrase, String label) {
        int at = TEXT.indexOf(phrase);
        int start = TEXT.codePointCount(0, at);
        return new SpanDraft(attribution.id(), labelId(label), start, start + phrase.codePointCount(0,
                phrase.length()), Map.of());
    }

    private UUID labelId(String name) {
        return attribution.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    private List<String> spanTexts() {
        return annotations.annotationsOf(documentId, null).spans().stream().map(Span::text).toList();
    }

    private List<String> labels() {
        return annotations.annotationsOf(documentId, null).spans().stream().map(span -> attribution.labels()
                .stream().filter(label -> label.id().equals(span.label())).findFirst().orElseThrow().name()).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
