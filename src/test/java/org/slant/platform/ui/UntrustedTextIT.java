package org.slant.platform.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.SchemaEditor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Article text, labels and names are shown as text, never run as HTML, wherever they appear. */
@SlantSpringTest
class UntrustedTextIT {

    static final String TEXT = "<img src=x onerror=alert(1)> said the <script>alert(2)</script> minister.";
    static final String LABEL = "<b>x</b>";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;

    @Test
    void markupInTextsAndLabelsIsShownLiterallyAndRunsNothing() {
        UUID projectId = corpus.createProject("<i>Untrusted</i> " + UUID.randomUUID(), "").getId();
        UUID layerId = editor.addLayer(projectId, new LayerDraft("<u>Layer</u>", LayerKind.SPAN, true, false, ""))
                .id();
        editor.addLabel(layerId, new LabelDraft(LABEL, "#d62728", "q", ""));
        UUID documentId = corpus.addDocuments(projectId, List.of(new NewDocument("<img src=y onerror=alert(3)>",
                TEXT, null, null, null, null, null, Map.of()))).getFirst().getId();

        try (Chromium chromium = new Chromium();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setViewportSize(1400, 900))) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.navigate("http://localhost:" + port + "/login");
            Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
            assertThat(page).hasTitle("Projects · Slant");

            page.navigate("http://localhost:" + port + "/documents/" + documentId);
            assertThat(page.locator(".slant-document-text")).hasText(TEXT);
            page.navigate("http://localhost:" + port + "/annotate/" + documentId);
            assertThat(page.locator("slant-annotator")).hasAttribute("data-drawn", "true");
            assertThat(page.locator("slant-annotator .sa-text")).hasText(TEXT);
            assertThat(page.locator("slant-annotator .sa-label .sa-name")).hasText(LABEL);
            assertThat(page.locator("slant-annotator .sa-layer header")).containsText("<u>Layer</u>");
            assertThat(page.locator("h3")).hasText("<img src=y onerror=alert(3)>");
            page.waitForTimeout(500);

            assertThat(page.locator("slant-annotator img, slant-annotator script, slant-annotator b, h3 img"))
                    .hasCount(0);
            assertThat(dialogs).as("alerts that ran").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("untrusted.png")));
        }
    }
}
