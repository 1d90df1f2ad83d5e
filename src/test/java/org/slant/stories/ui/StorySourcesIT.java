package org.slant.stories.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.stories.SourcesStory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A story's sources compared in real Chromium at 1024 x 700, on {@link SourcesStory}'s three outlets: the charts draw
 * a bar for every value that is not zero, the tables fill, the CSV downloads; screenshots in target/screenshots.
 */
@SlantSpringTest
class StorySourcesIT {

    private static final List<String> CHARTS = List.of("cue-chart", "word-chart", "share-chart");

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext application;

    BrowserContext context;
    Page page;
    SourcesStory story;

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
        story = new SourcesStory(application);
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1024, 700)
                .setAcceptDownloads(true));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, story.manager, "unused");
        assertThat(page).hasTitle("Projects · Slant");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theChartsDrawTheirBarsAndTheTablesFill() throws IOException {
        page.navigate("http://localhost:" + port + "/projects/" + story.projectId + "/stories/" + story.storyId
                + "/sources");
        assertThat(page).hasTitle(Pattern.compile("^Sources compared · NATO–Russia Council .* · Slant$"));
        assertThat(page.locator("slant-chart[data-rendered=true]")).hasCount(CHARTS.size());
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("story-sources.png")));

        for (String chart : CHARTS) {
            Map<String, Object> drawn = drawnBars(chart);
            assertThat(((Number) drawn.get("bars")).intValue()).as(chart + ": " + drawn)
                    .isEqualTo(((Number) drawn.get("values")).intValue()).isPositive();
        }
        assertThat(cell("#sources-cited", "Russia's envoy")).hasCount(1);
        assertThat(cell("#sources-cues", "according to")).hasCount(1);
        assertThat(cell("#sources-words", "(no source found)")).hasCount(1);
        assertThat(cell("#sources-labels", "60.7% (1)")).hasCount(1);

        // each part as a reader scrolls to it
        for (String part : List.of("sources-cues", "sources-words", "sources-labels")) {
            page.locator("#" + part).scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("story-" + part
                    + ".png")));
        }

        // all of it, for a reader of the screenshots: the view scrolls inside the app layout, not the page
        page.setViewportSize(1024, 2600);
        assertThat(page.locator("slant-chart[data-rendered=true]")).hasCount(CHARTS.size());
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("story-sources-all.png")));
        page.setViewportSize(1024, 700);

        Download download = page.waitForDownload(() -> page.locator("#sources-csv").click());
        assertThat(download.suggestedFilename()).startsWith("sources-nato-russia-council-").endsWith(
                "-annotators.csv");
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("story_id,story,source,annotator,table,");
        assertThat(lines).hasSize(1 + 21 * 3);
    }

    private Locator cell(String grid, String text) {
        return page.locator(grid).getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    /**
     * The chart's bars (SVG paths filled with an outlet's colour, less the outlet's legend mark) and its values that
     * are neither zero nor missing.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> drawnBars(String id) {
        return (Map<String, Object>) page.evaluate("""
                id => {
                  const chart = document.getElementById(id);
                  const option = JSON.parse(chart.option);
                  const probe = document.createElement('span');
                  chart.after(probe);
                  const rgb = (colour) => (colour.match(/[\\d.]+/g) ?? []).slice(0, 3).join(',');
                  const colourOf = (css) => { probe.style.color = css; return rgb(getComputedStyle(probe).color); };
                  const svg = chart.shadowRoot.querySelector('svg');
                  let bars = 0, values = 0;
                  for (const series of option.series) {
                    const fill = colourOf(series.itemStyle.color);
                    const marks = [...svg.querySelectorAll('path')]
                      .filter(p => rgb(getComputedStyle(p).fill) === fill)
                      .filter(p => { const box = p.getBBox(); return box.width > 0.5 && box.height > 0.5; }).length;
                    bars += marks - 1;
                    values += series.data.filter(v => v !== null && v > 0).length;
                  }
                  probe.remove();
                  return { bars, values };
                }""", id);
    }
}
