package org.slant.platform.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manager sets up a study in the browser: a new project with presets, its schema, a story. */
@SlantSpringTest
class ProjectSetupIT {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;

    @Test
    void createAProjectWithPresetsThenLookAtItsSchemaAndAddAStory() throws IOException {
        try (Chromium chromium = new Chromium();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.setDefaultTimeout(20_000);
            page.navigate("http://localhost:" + port + "/");
            Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New project")).click();
            assertThat(page).hasTitle("New project · Slant");
            page.getByLabel("Name").first().fill("Election night coverage");
            page.getByText("Framing (Media Frames Corpus)").click();
            page.getByText("Sourcing and attribution").click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("new-project.png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create project")).click();

            assertThat(page).hasTitle("Election night coverage · Slant");
            importTwoArticles(page);
            page.locator("a[data-tab=schema]").click();
            assertThat(page).hasTitle("Schema · Election night coverage · Slant");
            assertThat(page.locator("[data-layer]")).hasCount(5);
            assertThat(page.locator("[data-label='Source'] .slant-key")).hasText("s");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("schema.png"))
                    .setFullPage(true));

            page.locator("a[data-tab=stories]").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Story")).click();
            page.getByLabel("Title").fill("Election night");
            page.getByLabel("Main entities, one per line").fill("Candidate A\nCandidate B");
            // the date as ISO, whatever the browser's locale; a date in another form is refused with the reason
            page.getByLabel("Date of the event").fill("25/11/2018");
            page.getByLabel("Date of the event").press("Enter");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            // the field's own message (a screen reader's live region repeats it for a moment)
            assertThat(page.locator("vaadin-date-picker [slot=error-message]"))
                    .hasText("Not a date: write it as year-month-day, e.g. 2018-11-25");
            page.getByLabel("Date of the event").fill("2018-11-25");
            page.getByLabel("Date of the event").press("Enter");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByText("Candidate A, Candidate B")).isVisible();
            assertThat(page.getByText("25 Nov 2018")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("stories.png")));

            page.locator("a[data-tab=settings]").click();
            page.getByLabel("Guidelines (Markdown)").fill("# How to annotate\n\nMark the **shortest** passage.\n\n"
                    + "| Label | Example |\n|---|---|\n| Horse race | \"leads by 4 points\" |\n");
            assertThat(page.locator(".slant-markdown strong")).hasText("shortest");
            assertThat(page.locator(".slant-markdown table td").first()).hasText("Horse race");
            assertThat(page.locator(".slant-markdown table td").first()).hasCSS("border-top-style", "solid");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("settings.png")));

            page.locator("a[data-tab=assignment]").click();
            assertThat(page.getByText("Who has which document")).isVisible();
            assertThat(page.getByText("nobody yet").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("assignment.png")));
            assertThat(corpus.projects()).anyMatch(project -> project.name().equals("Election night coverage")
                    && project.stories() == 2 && project.documents() == 2);

            // deleting it: the dialog names what goes; only the project's name typed out enables the button
            page.locator("a[data-tab=settings]").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete project…")).click();
            assertThat(page.getByText("2 documents in 2 stories from 2 outlets")).isVisible();
            Locator deleteButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Delete this project"));
            assertThat(deleteButton).isDisabled();
            page.keyboard().type("Election night coverage");
            assertThat(deleteButton).isEnabled();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("delete-project.png")));
            deleteButton.click();
            assertThat(page.getByText("Project Election night coverage deleted")).isVisible();
        }
        assertThat(corpus.projects()).noneMatch(project -> project.name().equals("Election night coverage"));
    }

    /** Through the import dialog: a file with a mistake is refused whole, the corrected one goes in. */
    private static void importTwoArticles(Page page) throws IOException {
        Path broken = Files.createTempFile("articles", ".jsonl");
        Files.writeString(broken, """
                {"title": "Polls close", "text": "Polls closed at 8 p.m. 🇺🇸", "outlet": "Wire", "story": "Count"}
                {"title": "Count begins", "txt": "The count began."}
                """);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        page.locator("vaadin-dialog-overlay vaadin-upload input[type=file], vaadin-upload input[type=file]")
                .first().setInputFiles(broken);
        page.locator("vaadin-button:has-text('Import')").last().click();
        assertThat(page.getByText("Nothing was imported.")).isVisible();
        assertThat(page.getByText("line 2").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("import-refused.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();

        Path fixed = Files.createTempFile("articles", ".jsonl");
        Files.writeString(fixed, """
                {"title": "Polls close", "text": "Polls closed at 8 p.m. 🇺🇸", "outlet": "Wire", "story": "Count"}
                {"title": "Count begins", "text": "The count began.", "outlet": "Gazette", "story": "Count"}
                """);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).first().click();
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(fixed);
        page.locator("vaadin-button:has-text('Import')").last().click();
        assertThat(page.getByText("2 documents imported")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("import-done.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        assertThat(page.getByText("Count begins")).isVisible();
    }
}
