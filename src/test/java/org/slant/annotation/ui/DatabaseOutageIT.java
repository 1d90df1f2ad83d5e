package org.slant.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.EmbeddedPostgresServer;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The database stops while an annotator works (issue 17, item 3), in real Chromium against the real embedded
 * PostgreSQL: the view says it is offline and keeps the changes, a reload during the outage shows a page that says
 * why and keeps the queue in the browser, and once the database is back the page comes back by itself and every
 * change is stored exactly once. The database stays away for 30 s.
 */
@SlantSpringTest
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgresServer postgres;

    BrowserContext context;
    Page page;
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
        UUID projectId = corpus.createProject(ProjectSettings.named("Outage " + UUID.randomUUID(), "")).getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.SOURCING).orElseThrow());
        attribution = schema.layers(projectId).stream().filter(layer -> layer.name().equals("Attribution"))
                .findFirst().orElseThrow();
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Talks", SaveStateIT.TEXT, null, null,
                null, null, null, Map.of()))).getFirst().getId();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(page).hasTitle("Projects · Slant");
    }

    @AfterEach
    void close() {
        context.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void changesMadeWhileTheDatabaseIsAwayWaitAcrossAReloadAndAreStoredOnceWhenItIsBack() throws IOException {
        page.navigate("http://localhost:" + port + "/annotate/" + documentId);
        assertThat(annotator()).hasAttribute("data-drawn", "true");
        mark("according to CNN", "Cue");
        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());

        postgres.stop();
        long stopped = System.nanoTime();
        try {
            mark("NATO's chief", "Source");
            assertThat(annotator()).hasAttribute("data-save-state", "offline", slowly());
            assertThat(status()).containsText("Not saved: offline · 1 change waits here");
            assertThat(page.locator("slant-annotator .sa-message")).containsText("cannot reach its database");
            // the span's tooltip says what the status line says, not "saving" or "failed"
            segment("NATO's chief").hover();
            assertThat(page.locator("slant-annotator .sa-tip-who")).hasText("admin · waits: offline");
            // a change to a span saved before the outage, made against the version this page knows
            segment("according to CNN").click();
            page.keyboard().press(key("Content"));
            assertThat(status()).containsText("2 changes wait here");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("annotate-database-away.png")));

            page.reload();
            assertThat(page.locator("[data-database-away]")).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            assertThat(page.locator("[data-database-away]")).containsText("Slant cannot reach its database");
            assertThat(waitingInTheBrowser()).isEqualTo(2);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("database-away-page.png")));

            // the outage lasts the 30 s: the page goes on trying, and the changes go on waiting
            page.waitForTimeout(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000));
            assertThat(page.locator("[data-database-away]")).containsText("Slant cannot reach its database");
            assertThat(waitingInTheBrowser()).isEqualTo(2);
        } finally {
            postgres.startAgain();
        }

        // the page loads again by itself, and the view sends what waited
        assertThat(annotator()).hasAttribute("data-drawn", "true", slowly());
        assertThat(annotator()).hasAttribute("data-save-state", "saved", slowly());
        assertThat(status()).containsText("All changes saved");
        assertThat(waitingInTheBrowser()).isZero();
        assertThat(spans()).containsExactlyInAnyOrder(List.of("according to CNN", "Content"),
                List.of("NATO's chief", "Source"));
        assertThat(jdbc.queryForList("select action from annotation_event where document_id = ? order by id",
                String.class, documentId)).containsExactly("CREATE", "CREATE", "UPDATE");
    }

    // ---- helpers ----

    /** The changes kept in this browser's storage for the document, by any tab. */
    private int waitingInTheBrowser() {
        return ((Number) page.evaluate("id => Object.keys(localStorage)"
                + ".filter(key => key.startsWith('slant.outbox.') && key.includes(id))"
                + ".map(key => JSON.parse(localStorage.getItem(key)).operations.length)"
                + ".reduce((a, b) => a + b, 0)", documentId.toString())).intValue();
    }

    /** The document's stored spans as [text, label], read from the database. */
    private List<List<String>> spans() {
        return jdbc.query("select s.start_offset, s.end_offset, l.name from span_annotation s"
                + " join label l on l.id = s.label_id where s.document_id = ?", (row, i) -> List.of(
                        python(row.getInt(1), row.getInt(2)), row.getString(3)), documentId);
    }

    private static String python(int start, int end) {
        int[] codePoints = SaveStateIT.TEXT.codePoints().skip(start).limit(end - start).toArray();
        return new String(codePoints, 0, codePoints.length);
    }

    private void mark(String phrase, String label) {
        AnnotateIT.drag(page, phrase);
        page.keyboard().press(key(label));
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
        return new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);
    }
}
