package org.slant.platform.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The interface in German, as a browser asking for German gets it at 1024x700: log-in, the demo project, its
 * agreement figures with decimal commas, the annotate view and its browser-side texts; then the account page's
 * choice of language, which outweighs the browser's.
 */
@SlantSpringTest
class InterfaceLanguageIT {

    /** What {@link Translations} shows for a key without a text: "!corpus.documents.title!". */
    private static final Pattern MISSING_TEXT = Pattern.compile("![a-z]+(?:\\.[a-z0-9_-]+)+!");

    /** An agreement figure or share as English writes it ("0.526"), where German writes "0,526". */
    private static final Pattern ENGLISH_FIGURE = Pattern.compile("(?<![\\d.,])0\\.\\d{2,3}(?![\\d.])");

    private static Chromium chromium;

    @LocalServerPort
    int port;

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
        context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(1024, 700));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aGermanBrowserGetsTheWholeWorkflowInGerman() {
        page.navigate(url("/"));
        assertThat(page).hasTitle("Anmelden · Slant");
        assertThat(page.getByText("Span-Annotation für die Forschung zu Medienbias")).isVisible();
        assertThat(page.locator("vaadin-login-form vaadin-button[slot='submit']")).hasText("Anmelden");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("de-login.png")));
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);

        assertThat(page).hasTitle("Projekte · Slant");
        assertThat(page.locator("html")).hasAttribute("lang", "de-DE");
        page.getByText("NATO–Russia Council, 12 Jan 2022").click();
        assertThat(page.locator("a[data-tab=my_work]")).hasText("Meine Arbeit");
        assertThat(page.locator("a[data-tab=stories]")).hasText("Storys und Medien");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("de-documents.png")));

        page.locator("a[data-tab=agreement]").click();
        assertThat(page).hasTitle(Pattern.compile("^Übereinstimmung · "));
        assertThat(page.getByText("0,526").first()).isVisible();
        assertThat(page.getByText("0.526")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("de-agreement.png"))
                .setFullPage(true));

        page.locator("a[data-tab=my_work]").click();
        assertThat(page).hasTitle(Pattern.compile("^Meine Arbeit · "));
        page.getByText("Nächstes öffnen").click();
        assertThat(page).hasTitle(Pattern.compile(" · Annotieren · Slant$"));
        assertThat(page.locator("slant-annotator button", new Page.LocatorOptions().setHasText("Rückgängig")))
                .hasAttribute("title", "Rückgängig (Strg+Z)");
        assertThat(page.locator("slant-annotator .sa-text")).hasAttribute("aria-label", "Artikeltext");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("de-annotate.png")));
    }

    @Test
    void theAccountsChoiceOutweighsTheBrowsersLanguage() {
        page.navigate(url("/"));
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(page).hasTitle("Projekte · Slant");
        page.navigate(url("/account"));
        assertThat(page).hasTitle("Ihr Konto · Slant");

        choose("Sprache der Oberfläche", "English");
        assertThat(page).hasTitle("Your account · Slant");
        page.navigate(url("/"));
        assertThat(page).hasTitle("Projects · Slant");
        assertThat(page.locator("html")).hasAttribute("lang", "en-GB");

        page.navigate(url("/account"));
        choose("Language of the interface", "As my browser asks");
        assertThat(page).hasTitle("Ihr Konto · Slant");
    }

    @Test
    void noPageOfTheDemoProjectLacksAGermanText() {
        page.navigate(url("/"));
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(page).hasTitle("Projekte · Slant");
        page.getByText("NATO–Russia Council, 12 Jan 2022").click();
        assertThat(page.locator("a[data-tab=documents]")).hasText("Dokumente");
        List<String> tabs = page.locator("a[data-tab]").all().stream()
                .map(tab -> tab.getAttribute("data-tab")).toList();
        org.assertj.core.api.Assertions.assertThat(tabs).hasSize(ProjectTabs.Tab.values().length);
        for (String tab : tabs) {
            page.locator("a[data-tab=" + tab + "]").click();
            assertThat(page.locator("a[data-tab=" + tab + "]")).hasAttribute("aria-current", "page");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("body")).not().containsText(MISSING_TEXT);
            assertThat(page.locator("body")).not().containsText(ENGLISH_FIGURE);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("de-tab-" + tab
                    + ".png")));
        }
        for (String path : List.of("/account", "/account/tokens", "/users")) {
            page.navigate(url(path));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("vaadin-app-layout")).isVisible();
            assertThat(page.locator("body")).not().containsText(MISSING_TEXT);
        }
    }

    /** Picks an option of a Vaadin select found by its label. */
    private void choose(String label, String option) {
        page.getByLabel(label).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(option)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
