package org.slant.progress.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.NewDocument;
import org.slant.corpus.ProjectSettings;
import org.slant.progress.SyntheticProgress;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progress dashboard in real Chromium, on a study part-way through (60 documents, 6 outlets, 10 stories, 7
 * annotators, k = 3): the charts draw their bars, the lists fill, the charts follow the width of their boxes.
 */
@SlantSpringTest
class ProgressIT {

    private static final int DOCUMENTS = 60;
    private static final int ANNOTATORS = 7;
    private static final int K = 3;
    private static final List<String> OUTLETS = List.of("Atlantic Review", "Daily Ledger", "Fox News", "Reuters",
            "The Guardian", "UPI");
    private static final List<String> CHARTS = List.of("annotator-chart", "outlet-chart", "done-chart",
            "story-chart");

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    BrowserContext context;
    Page page;
    UUID projectId;
    List<UUID> documents;

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
        projectId = corpus.createProject(new ProjectSettings("Coverage of the summit " + UUID.randomUUID()
                .toString().substring(0, 8), "", "", K, true, true)).getId();
        List<NewDocument> articles = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            articles.add(new NewDocument("Article " + (i + 1) + " on the summit", "The text of article " + i + ".",
                    OUTLETS.get(i % OUTLETS.size()), "Story " + (char) ('A' + i / OUTLETS.size()), null, null, null,
                    Map.of()));
        }
        documents = corpus.addDocuments(projectId, articles).stream().map(Document::getId).toList();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> annotators = new ArrayList<>();
        for (String name : SyntheticProgress.NAMES.subList(0, ANNOTATORS)) {
            annotators.add(users.save(new User(name.split(" ")[0].toLowerCase() + "-" + suffix, name, "{noop}unused",
                    SystemRole.USER)).getId());
        }
        for (SyntheticProgress.Row row : SyntheticProgress.rows(DOCUMENTS, ANNOTATORS, K, 7, Instant.now())) {
            jdbc.update("insert into assignment (id, project_id, document_id, annotator_id, status, active_seconds, "
                    + "started_at, finished_at) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), projectId,
                    documents.get(row.document()), annotators.get(row.annotator()), row.status(), row.activeSeconds(),
                    timestamp(row.startedAt()), timestamp(row.finishedAt()));
        }
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
    void theChartsDrawTheirBarsAndTheListsFill() {
        page.navigate("http://localhost:" + port + "/projects/" + projectId + "/progress");
        assertThat(page).hasTitle(Pattern.compile("^Progress · Coverage of the summit .* · Slant$"));
        assertThat(page.locator("slant-chart[data-rendered=true]")).hasCount(CHARTS.size());

        for (String chart : CHARTS) {
            Map<String, Object> drawn = drawnBars(chart);
            // every non-zero value of every series is one bar, drawn in its series' colour
            assertThat(((Number) drawn.get("bars")).intValue()).as(chart + ": " + drawn)
                    .isEqualTo(((Number) drawn.get("values")).intValue()).isPositive();
        }
        Locator annotatorRows = page.locator("#annotators vaadin-grid-cell-content");
        assertThat(annotatorRows.filter(new Locator.FilterOptions().setHasText("Amara Okafor"))).hasCount(1);
        // the documents list starts with the documents furthest from done: the last ones, not yet begun by anyone
        assertThat(page.locator("#documents vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Article 60 on the summit"))).hasCount(1);
        assertThat(page.locator("[data-figure='Documents'] .slant-figure-value")).hasText("60");
        assertThat(page.locator("[data-figure='Annotations needed'] .slant-figure-value")).hasText("180");
        // the view scrolls inside the app layout, not the page: a window tall enough for all of it
        page.setViewportSize(1400, 2000);
        assertThat(page.locator("slant-chart[data-rendered=true]")).hasCount(CHARTS.size());
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("progress.png")));
    }

    @Test
    void theChartsFollowTheirBoxesWidth() {
        page.navigate("http://localhost:" + port + "/projects/" + projectId + "/progress");
        assertThat(page.locator("slant-chart[data-rendered=true]")).hasCount(CHARTS.size());
        double twoColumns = svgWidth("outlet-chart");
        assertThat(twoColumns).isCloseTo(boxWidth("outlet-chart"), offset(2.0));
        // narrower, the cards stack in one column, each wider than before
        page.setViewportSize(800, 900);
        page.waitForFunction("([id, before]) => Math.abs(document.getElementById(id).shadowRoot"
                + ".querySelector('svg').getBoundingClientRect().width - before) > 50", List.of("outlet-chart",
                twoColumns));
        assertThat(svgWidth("outlet-chart")).isCloseTo(boxWidth("outlet-chart"), offset(2.0));
        assertThat(page.locator("#outlet-chart")).hasAttribute("data-rendered", "true");
    }

    /**
     * The chart's bars (SVG paths filled with a series' colour, less one legend mark per series; ECharts draws a zero
     * as an empty path) and its non-zero values.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> drawnBars(String id) {
        return (Map<String, Object>) page.evaluate("""
                id => {
                  const chart = document.getElementById(id);
                  const option = JSON.parse(chart.option);
                  const probe = document.createElement('span');
                  chart.after(probe);
                  // red, green and blue only: ECharts writes a colour's alpha as fill-opacity
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
                  return { bars, values, paths: svg.querySelectorAll('path').length };
                }""", id);
    }

    private double svgWidth(String id) {
        return ((Number) page.evaluate("id => document.getElementById(id).shadowRoot.querySelector('svg')"
                + ".getBoundingClientRect().width", id)).doubleValue();
    }

    private double boxWidth(String id) {
        return ((Number) page.evaluate("id => document.getElementById(id).getBoundingClientRect().width", id))
                .doubleValue();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
