package org.slant.agreement.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.agreement.AgreementFixture;
import org.slant.annotation.AnnotationService;
import org.slant.corpus.CorpusService;
import org.slant.schema.SchemaEditor;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agreement page in real Chromium: the heatmap and bars are drawn, undefined shows as such, and a disagreement
 * opens side by side with each annotator's spans highlighted.
 */
@SlantSpringTest
class AgreementIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor schema;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    BrowserContext context;
    Page page;
    AgreementFixture study;

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
        study = new AgreementFixture(corpus, schema, annotations, users, jdbc);
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
    }

    @Test
    void theChartsAreDrawnAndADisagreementOpensSideBySide() {
        page.navigate("http://localhost:" + port + "/projects/" + study.projectId + "/agreement");
        assertThat(page).hasTitle(Pattern.compile("^Agreement · .* · Slant$"));
        assertThat(page.locator("slant-chart[data-rendered=true]")).hasCount(3);
        // the heatmap's cells carry their values as text
        assertThat(page.locator("#pair-chart")).hasAttribute("data-rendered", "true");
        // each layer's headline first; every figure per label and the definitions folded away below
        assertThat(page.locator(".slant-agreement-glance-card[data-layer=Frames] .slant-figure-value")).isVisible();
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("0.571"))).not().isVisible();
        page.getByText("Every figure over the whole project, per label").click();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("0.571"))).hasCount(1);
        page.getByText("What the measures mean").click();
        assertThat(page.locator(".slant-agreement-legend dt").first()).isVisible();
        // the view scrolls inside the app layout, not the page: a window tall enough for all of it
        page.setViewportSize(1400, 3400);
        assertThat(page.locator("slant-chart[data-rendered=true]")).hasCount(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("agreement.png")));
        page.setViewportSize(1400, 900);

        cells.filter(new Locator.FilterOptions().setHasText("Summit ends")).first().click();

        assertThat(page).hasTitle(Pattern.compile("^Disagreement · .*"));
        assertThat(page.locator(".slant-passage-column")).hasCount(2);
        assertThat(page.locator(".slant-passage-column").first().locator(".slant-passage-mark"))
                .hasAttribute("data-labels", "Economic");
        assertThat(page.locator(".slant-passage-column").nth(1).locator(".slant-passage-mark"))
                .hasAttribute("data-labels", "Security");
        assertThat(page.locator(".slant-passage-focus").first()).hasText(AgreementFixture.D2_TEXT.substring(5, 15));
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("agreement-passage.png")));
    }
}
