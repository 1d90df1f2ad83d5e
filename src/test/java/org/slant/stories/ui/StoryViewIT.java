package org.slant.stories.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ActingAs;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The story view in real Chromium on the seeds (five outlets on one day's NATO-Russia talks): the columns show the
 * shared passages in the same colour; choosing one in a column lines the others up on it; a span marked with the
 * keyboard in a column is saved as the annotator's own.
 */
@SlantSpringTest
class StoryViewIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaService schema;
    @Autowired
    AnnotationService annotations;

    BrowserContext context;
    Page page;
    UUID storyId;
    List<UUID> documents;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void theSeedsAsOneStory() throws IOException {
        UUID projectId = corpus.createProject(ProjectSettings.named("Story in Chromium " + UUID.randomUUID(), ""))
                .getId();
        schema.addPreset(projectId, SchemaPresets.byId(SchemaPresets.FRAMING).orElseThrow());
        String[] outlets = {"Fox News", "The Hill", "The Washington Times", "UPI", "Censor.NET"};
        List<NewDocument> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            List<Path> texts = files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
            for (int i = 0; i < texts.size(); i++) {
                seeds.add(new NewDocument("Talks " + (i + 1), Files.readString(texts.get(i)), outlets[i],
                        "NATO-Russia talks", null, null, null, Map.of()));
            }
        }
        documents = corpus.addDocuments(projectId, seeds).stream().map(document -> document.getId()).toList();
        storyId = corpus.stories(projectId).getFirst().getId();
    }

    @AfterEach
    void close() {
        context.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void choosingAPassageLinesTheColumnsUpAndAColumnSavesTheAnnotatorsSpan() {
        open(1400, 900);
        Locator columns = page.locator("slant-story-column");
        assertThat(columns).hasCount(5);
        for (int i = 0; i < 5; i++) {
            assertThat(columns.nth(i)).hasAttribute("data-drawn", "true");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("story.png")));

        // Stoltenberg's "Our differences will not be easy to bridge" in The Hill's column (the second)
        Locator hill = columns.nth(1).locator(".sa-text");
        hill.focus();
        assertThat(((Number) page.locator(".slant-story-columns").evaluate("box => box.scrollTop")).intValue())
                .as("focusing a column's text keeps the column headers in view").isZero();
        for (int presses = 0; presses < 10 && !currentPassageHas(1, "Our differences"); presses++) {
            page.keyboard().press("]");
        }
        assertThat(currentPassageHas(1, "Our differences")).isTrue();
        assertThat(page.locator(".slant-story-versions .slant-story-version")).hasCount(6);
        // each other column's version of the passage now starts at the same height as The Hill's
        double hillTop = passageTop(1);
        for (int column : new int[] {0, 2, 3}) {
            page.waitForCondition(() -> Math.abs(passageTop(column) - hillTop) < 4);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("story-aligned.png")));

        // the keyboard marks a span in Fox News' column, saved as the caller's own
        columns.nth(0).locator(".sa-text").focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Shift+ArrowRight");
        page.keyboard().press(columns.nth(0).locator(".sa-label").first().locator("kbd").textContent());
        assertThat(columns.nth(0)).hasAttribute("data-save-state", "saved");
        List<Span> saved = ActingAs.user("admin", () -> annotations.annotationsOf(documents.get(0), null)).spans();
        // the word cursor starts at the first word in view (the column was scrolled to the passage): two words
        assertThat(saved).singleElement().satisfies(span -> assertThat(span.text()).matches("\\S+ \\S+"));
    }

    @Test
    void atA1024By700WindowTheColumnsScrollSidewaysAndTheTextStaysReadable() {
        open(1024, 700);
        Locator first = page.locator("slant-story-column").first();
        assertThat(first).hasAttribute("data-drawn", "true");
        double width = ((Number) first.locator(".sa-text").evaluate("text => text.getBoundingClientRect().width"))
                .doubleValue();
        assertThat(width).as("a column's text is at least 20rem wide").isGreaterThanOrEqualTo(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("story-1024.png")));
    }

    private void open(int width, int height) {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/stories/" + storyId);
        assertThat(page).hasTitle("NATO-Russia talks · Story · Slant");
    }

    /** Whether the passage chosen in the column is the one with these words (its underline highlight). */
    private boolean currentPassageHas(int column, String words) {
        return (boolean) page.locator("slant-story-column").nth(column).evaluate("(column, words) => {"
                + " const current = CSS.highlights.get('sp-current'); if (!current) return false;"
                + " return [...current].some(range => column.contains(range.startContainer)"
                + "   && range.toString().includes(words)); }", words);
    }

    /** How far below its text's top the column's chosen passage starts (px). */
    private double passageTop(int column) {
        return ((Number) page.locator("slant-story-column").nth(column).evaluate("column => {"
                + " const range = [...CSS.highlights.get('sp-current')].find(r => column.contains(r.startContainer));"
                + " return range.getBoundingClientRect().top"
                + "   - column.querySelector('.sa-text').getBoundingClientRect().top; }")).doubleValue();
    }
}
