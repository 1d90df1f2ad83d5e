package org.slant.platform.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/** What only a real browser shows: logging in, opening the demo project and reading a document. */
@SlantSpringTest
class BrowserIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void open() {
        context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aWrongPasswordIsRefused() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        logIn("admin", "not-the-password");
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        assertThat(page).hasURL(url("/login?error"));
    }

    @Test
    void logInOpenTheDemoProjectAndReadADocument() {
        page.navigate(url("/"));
        assertThat(page).hasTitle("Log in · Slant");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("login.png")));
        logIn("admin", SlantSpringTest.ADMIN_PASSWORD);

        assertThat(page).hasTitle("Projects · Slant");
        page.getByText("NATO–Russia Council, 12 Jan 2022").click();

        assertThat(page).hasTitle("NATO–Russia Council, 12 Jan 2022 · Slant");
        assertThat(page.getByText("The Washington Times", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("documents.png")));
        page.getByText("NATO offers more talks with Russia amid 'significant differences'").click();

        assertThat(page).hasTitle("NATO offers more talks with Russia amid 'significant differences' · Slant");
        String shown = page.locator(".slant-document-text").innerText();
        assertThat(shown).contains("Wednesday’s meeting was “not an easy discussion,” Stoltenberg said.");
        assertThat(page.locator(".slant-document-text").textContent())
                .isEqualTo(corpus.document(idOfDocumentTitled("NATO offers more talks")).text());
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("document.png"))
                .setFullPage(true));
    }

    @Test
    void theDemoShowsItsAnnotatorsProgressAndAgreementOnTheFirstStart() {
        page.navigate(url("/"));
        logIn("admin", SlantSpringTest.ADMIN_PASSWORD);
        page.getByText("NATO–Russia Council, 12 Jan 2022").click();
        assertThat(page).hasTitle("NATO–Russia Council, 12 Jan 2022 · Slant");

        page.locator("a[data-tab=progress]").click();
        assertThat(page.getByText("demo-amira").first()).isVisible();
        assertThat(page.getByText("The project's one story")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("demo-progress.png"))
                .setFullPage(true));

        page.locator("a[data-tab=agreement]").click();
        assertThat(page.getByText("Krippendorff").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("demo-agreement.png"))
                .setFullPage(true));

        // the user's own queue holds every article: their work is the fourth
        page.locator("a[data-tab=my_work]").click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^My work"));
        assertThat(page.locator("vaadin-grid")).containsText("The Washington Times");
    }

    private UUID idOfDocumentTitled(String prefix) {
        var project = corpus.projects().getFirst();
        return corpus.documents(project.id(), PageRequest.of(0, 10)).stream()
                .filter(document -> document.title().startsWith(prefix)).findFirst().orElseThrow().id();
    }

    private void logIn(String username, String password) {
        Chromium.logIn(page, username, password);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
