package org.slant.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The page for annotated data in Chromium at 1024x700, a small laptop's window: a doccano file uploaded, refused
 * (no layer chosen), the problem listed; then imported once a layer is named, without uploading the file again.
 */
@SlantSpringTest
class AnnotatedImportIT {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusedThenImportedWithoutUploadingAgain() {
        UUID projectId = corpus.createProject("Annotated import in Chromium " + UUID.randomUUID(), "").getId();
        String doccano = AnnotatedImportViewTest.DOCCANO.formatted("admin");
        try (Chromium chromium = new Chromium();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setViewportSize(1024, 700))) {
            Page page = context.newPage();
            page.setDefaultTimeout(20_000);
            try {
                steps(page, projectId, doccano);
            } catch (RuntimeException | AssertionError e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS
                        .resolve("import-annotated-failed.png")).setFullPage(true));
                throw e;
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from span_annotation s join document d on d.id = "
                + "s.document_id where d.project_id = ?", Long.class, projectId)).isEqualTo(2L);
    }

    private void steps(Page page, UUID projectId, String doccano) {
        page.navigate("http://localhost:" + port + "/projects/" + projectId);
        Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(page.getByText("Import annotated data")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS
                .resolve("documents-import-annotated.png")));
        BoundingBox button = page.getByText("Import annotated data").boundingBox();
        assertThat(button.x + button.width).as("the button is in sight").isLessThanOrEqualTo(1024);
        page.getByText("Import annotated data").click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Import annotated data · "));

        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("doccano")).click();
        assertThat(page.getByText("doccano's JSONL export")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS
                .resolve("import-annotated-top.png")));
        page.locator("vaadin-upload").first().locator("input[type=file]").setInputFiles(new FilePayload(
                "admin.jsonl", "application/jsonl", doccano.getBytes(UTF_8)));
        assertThat(page.locator("vaadin-upload-file")).hasCount(1);
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Annotator")).fill("admin");
        // the list of accounts filters on the server (the demo's annotators are in it too): pick the one shown
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("admin")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.getByText("Nothing was imported.")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("the file gives no layer"))).not().hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS
                .resolve("import-annotated-refused.png")));
        BoundingBox problemList = page.locator("vaadin-grid").boundingBox();
        assertThat(problemList.x + problemList.width).as("the problems are in sight").isLessThanOrEqualTo(1024);
        assertThat(problemList.y).isLessThan(700);

        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Layer")).fill("Framing");
        page.keyboard().press("Tab");
        page.getByText("Create the layers, labels and attributes the project lacks").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.getByText("Imported: 2 documents, 2 spans, 0 answers by 1 annotator.")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS
                .resolve("import-annotated.png")));
    }
}
