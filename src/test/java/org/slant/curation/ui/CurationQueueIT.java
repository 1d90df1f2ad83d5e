package org.slant.curation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.slant.ActingAs;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.WorkAssignment;
import org.slant.annotation.WorkQueue;
import org.slant.corpus.CorpusService;
import org.slant.curation.CurationStatus;
import org.slant.curation.CurationStudy;
import org.slant.curation.GoldService;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * The curation queue in real Chromium at 1024 x 700, as the curator of the study worked out by hand
 * ({@link CurationStudy}): the documents listed lowest agreement first, the unanimous ones marked curated after
 * confirmation, a document sent back to an annotator with a note, and a row opening the curation view.
 */
@SlantSpringTest
class CurationQueueIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    AnnotationService annotations;
    @Autowired
    WorkQueue work;
    @Autowired
    UserRepository users;
    @Autowired
    Memberships memberships;
    @Autowired
    GoldService gold;
    @Autowired
    WorkAssignment assignment;

    CurationStudy study;
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
    void signInAsTheCurator() {
        study = new CurationStudy(corpus, editor, annotations, work, users, memberships);
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1024, 700));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        // the study's accounts have the password "unused"
        Chromium.logIn(page, study.curator, "unused");
        assertThat(page).hasTitle("Projects · Slant");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aCuratorWorksThroughTheQueue() {
        page.navigate("http://localhost:" + port + "/projects/" + study.projectId + "/curation");
        assertThat(page).hasTitle(Pattern.compile("^Curation · Curation queue .* · Slant$"));
        Locator cells = page.locator("vaadin-grid vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("1.00 · unanimous"))).hasCount(2);
        Locator unanimous = page.locator("vaadin-button", new Page.LocatorOptions()
                .setHasText("Mark unanimous documents curated (2)"));
        assertThat(unanimous).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("curation-queue.png")));

        unanimous.click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Mark curated")).click();
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions()
                .setHasText("Mark unanimous documents curated (0)"))).isVisible();
        assertThat(ActingAs.user(study.curator, () -> gold.statusOf(study.documents.get(0))))
                .isEqualTo(CurationStatus.CURATED);

        // "Split" comes first: the lowest agreement
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send back…")).first().click();
        Locator dialog = page.locator("vaadin-dialog");
        dialog.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("B")).click();
        dialog.locator("textarea").fill("The span should end before the space.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(
                "curation-queue-send-back.png")));
        dialog.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Send back")).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Sent back to B"))).isVisible();
        assertThat(ActingAs.user(study.jonas, () -> work.queue(study.projectId, PageRequest.of(0, 10)))
                .getContent().get(1).sentBack().note()).isEqualTo("The span should end before the space.");

        // the work is compared again after a send-back: the list is refreshed once that is done
        assertThat(page.locator("vaadin-progress-bar")).isHidden();
        cells.filter(new Locator.FilterOptions().setHasText("Partly")).click();
        page.waitForURL(Pattern.compile(".*/documents/" + study.documents.get(2) + "/curate$"));
    }

    @Test
    void theAnnotatorFindsTheDocumentSentBackWithTheNoteInTheirQueue() {
        ActingAs.user(study.curator, () -> assignment.sendBack(study.documents.get(1), study.jonas,
                "The span should end before the space."));
        context.close();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1024, 700));
        page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, study.jonas, "unused");
        assertThat(page).hasTitle("Projects · Slant");

        page.navigate("http://localhost:" + port + "/projects/" + study.projectId + "/work");

        Locator cells = page.locator("vaadin-grid vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Sent back"))).hasCount(1);
        assertThat(page.locator(".slant-sent-back")).containsText("Split · Curator, ");
        assertThat(page.locator(".slant-sent-back")).containsText(": The span should end before the space.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("work-queue-sent-back.png")));
    }
}
