package org.slant.export.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

/** An export from the browser: the options, the progress, and a real download of the bundle. */
@SlantSpringTest
class ExportIT {

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
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setAcceptDownloads(true));
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
    void theBundleDownloadsWithItsManifest() throws IOException {
        page.navigate("http://localhost:" + port + "/projects/" + study.projectId + "/export");
        assertThat(page).hasTitle(Pattern.compile("^Export · .* · Slant$"));

        page.getByText("Export", new Page.GetByTextOptions().setExact(true)).last().click();
        assertThat(page.getByText(Pattern.compile("^Ready: 3 documents"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("export.png")));
        Download download = page.waitForDownload(() -> page.getByText(Pattern.compile("^Download .*\\.zip")).click());

        Path file = Files.createTempFile("export-it-", ".zip");
        download.saveAs(file);
        assertThat(download.suggestedFilename()).matches("agreement-.*-jsonl-\\d{4}-\\d{2}-\\d{2}\\.zip");
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrder("documents.jsonl", "manifest.json");
        Files.delete(file);
    }

    @Test
    void choosingHfSaysWhichSplitsTooFewStoriesLeaveEmpty() {
        page.navigate("http://localhost:" + port + "/projects/" + study.projectId + "/export");
        page.getByLabel("Format").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^hf: "))).click();
        assertThat(page.getByText(Pattern.compile("will be empty: a story is never divided"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("export-hf-empty.png")));
    }
}
