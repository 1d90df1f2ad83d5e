package org.slant.curation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.curation.GoldService;
import org.slant.curation.QualityStudy;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The quality page in real Chromium, reached by its tab: a manager's figures and confusion table are drawn; an
 * annotator sees only their own.
 */
@SlantSpringTest
class QualityIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    GoldService gold;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue queue;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @Test
    void aManagerReadsEveryonesFiguresAndAnAnnotatorTheirOwn() {
        QualityStudy study = new QualityStudy(corpus, editor, annotations, queue, users, memberships, gold);
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/login");
            Chromium.logIn(page, study.manager, "unused");
            assertThat(page).hasTitle("Projects · Slant");
            page.navigate("http://localhost:" + port + "/projects/" + study.projectId);
            page.locator("a[data-tab=quality]").click();

            assertThat(page).hasTitle(Pattern.compile("^Quality · .* · Slant$"));
            Locator cells = page.locator("vaadin-grid-cell-content");
            // amira's exact F1 on Stance, over all labels
            assertThat(cells.filter(new Locator.FilterOptions().setHasText("0.200")).first()).isVisible();
            assertThat(cells.filter(new Locator.FilterOptions().setHasText("No gold span")).first()).isVisible();
            assertThat(cells.filter(new Locator.FilterOptions().setHasText("Missed")).first()).isVisible();
            // the view scrolls inside the app layout, not the page: a window tall enough for all of it
            page.setViewportSize(1400, 2200);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("quality.png")));
        }
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 1600))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/login");
            Chromium.logIn(page, study.jonas, "unused");
            assertThat(page).hasTitle("Projects · Slant");
            page.navigate("http://localhost:" + port + "/projects/" + study.projectId);
            page.locator("a[data-tab=quality]").click();

            assertThat(page.getByText("Your quality against gold", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            // his exact F1 on Stance over all labels, and nobody else's name
            Locator cells = page.locator("vaadin-grid-cell-content");
            assertThat(cells.filter(new Locator.FilterOptions().setHasText("0.667")).first()).isVisible();
            assertThat(page.getByText(study.amira)).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(
                    "quality-annotator.png")));
        }
    }
}
