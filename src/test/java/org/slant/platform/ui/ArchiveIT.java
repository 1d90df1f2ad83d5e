package org.slant.platform.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Downloading a project archive in the browser, and the import page's answer when the project is already here. */
@SlantSpringTest
class ArchiveIT {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;

    @Test
    void downloadTheDemoProjectsArchiveAndTryToImportItAgain() throws Exception {
        String demo = corpus.projects().stream().filter(p -> p.name().startsWith("NATO")).findFirst().orElseThrow()
                .id().toString();
        try (Chromium chromium = new Chromium();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setAcceptDownloads(true).setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(20_000);
            page.navigate("http://localhost:" + port + "/projects/" + demo + "/archive");
            Chromium.logIn(page, "admin", SlantSpringTest.ADMIN_PASSWORD);
            assertThat(page).hasTitle("Archive · NATO–Russia Council, 12 Jan 2022 · Slant");

            Download download = page.waitForDownload(() -> page.getByText("Download the archive").click());
            assertThat(download.suggestedFilename()).endsWith(".slant.zip");
            Path archive = Chromium.SCREENSHOTS.resolveSibling("downloads").resolve(download.suggestedFilename());
            download.saveAs(archive);
            assertThat(entries(archive)).contains("manifest.json", "documents.jsonl", "schema.json");

            page.navigate("http://localhost:" + port + "/projects/import");
            page.locator("vaadin-upload input[type=file]").setInputFiles(archive);
            assertThat(page.getByText("Nothing was imported.")).isVisible();
            assertThat(page.locator("text=already here")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("import-archive.png")));
        }
        assertThat(corpus.projects().stream().filter(p -> p.name().startsWith("NATO"))).hasSize(1);
    }

    private static List<String> entries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
