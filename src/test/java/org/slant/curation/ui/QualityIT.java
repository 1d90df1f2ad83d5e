package org.slant.curation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.curation.QualityStudy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

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
    ApplicationContext context;

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
        QualityStudy study = new QualityStudy(context);
        try (BrowserContext browser = chromium.browser().newContext()) {
            Page page = qualityPage(browser, study, study.manager);

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
        try (BrowserContext browser = chromium.browser().newContext()) {
            Page page = qualityPage(browser, study, study.jonas);

            assertThat(page.getByText("Your quality against gold", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            // his exact F1 on Stance over all labels, and nobody else's name
            Locator cells = page.locator("vaadin-grid-cell-content");
            assertThat(cells.filter(new Locator.FilterOptions().setHasText("0.667")).first()).isVisible();
            assertThat(page.getByText(study.amira)).hasCount(0);
            page.setViewportSize(1400, 1600);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(
                    "quality-annotator.png")));
        }
    }

    /** Signs in and goes from the project to its Quality tab. */
    private Page qualityPage(BrowserContext browser, QualityStudy study, String username) {
        Page page = browser.newPage();
        page.setViewportSize(1400, 900);
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, username, "unused");
        assertThat(page).hasTitle("Projects · Slant");
        page.navigate("http://localhost:" + port + "/projects/" + study.projectId);
        page.locator("a[data-tab=quality]").click();
        return page;
    }
}
