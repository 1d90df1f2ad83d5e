package org.slant.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.ApiClient;
import org.slant.Chromium;

/**
 * The story view in Chromium (PERFORMANCE.md: a story of 5 articles drawn in under 1 s): the shared-story writer's 5
 * articles of about 1,000 words ({@link SharedStory}, wire copy and quotations they share) imported into one story on
 * a production-jar server of its own; Playwright opens {@code /stories/<id>} as the admin {@code slant.bench.runs}
 * times (default 3, each a reload) and reads when all five columns have drawn their article (each column's
 * {@code data-drawn}) and when that frame is laid out and painted. The columns must show the passages the API answers.
 */
final class StoryViewBenchmark implements Benchmark {

    private static final int ARTICLES = 5;
    private static final int WORDS = 1_000;
    private static final double WAIT_MILLIS = 60_000;

    /**
     * Runs in every page before its own scripts: at each frame, whether all columns have drawn their article; when
     * they have, the time, a forced layout, and the first task after that frame.
     */
    private static final String COLUMNS_PROBE = """
            (() => {
              window.__bench = window.__bench || {};
              const afterFrame = (done) => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => done(performance.now());
                channel.port2.postMessage(null);
              };
              const check = () => {
                const drawn = document.querySelectorAll('slant-story-column[data-drawn]').length;
                if (drawn < %1$d) {
                  requestAnimationFrame(check);
                  return;
                }
                window.__bench.allDrawn = performance.now();
                void document.querySelector('.slant-story-columns').offsetHeight;
                window.__bench.laidOut = performance.now();
                afterFrame((now) => { window.__bench.painted = now; });
              };
              requestAnimationFrame(check);
            })();
            """;

    @Override
    public String name() {
        return "story";
    }

    @Override
    public String description() {
        return "opens the story view of 5 articles x 1,000 words sharing passages in Chromium (all columns drawn), "
                + "against the production jar";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        int runs = settings.number("slant.bench.runs", 3);
        Path work = java.nio.file.Files.createDirectories(settings.directory().resolve("story"));
        SharedStory story = SharedStory.write(settings.seed(), ARTICLES, WORDS);
        return SlantServer.measureOnOwn(jar, work, server -> measure(server, story, runs, work));
    }

    private static List<Figure> measure(SlantServer server, SharedStory story, int runs, Path work) {
        ApiClient admin = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
        ApiClient.Response created = admin.post("/api/v1/projects", "{\"name\":\"Story view benchmark\","
                + "\"presets\":[\"framing\",\"tone\"]}");
        created.expect(201, "creating the project");
        String project = created.json().get("id").asString();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SharedStory.Article article : story.articles()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("text", article.text());
            line.put("title", article.title());
            line.put("outlet", article.outlet());
            line.put("story", "Story view benchmark");
            lines.add(line);
        }
        PassagesBenchmark.importJsonl(admin, project, lines);
        UUID storyId = PassagesBenchmark.storyIds(admin, project).get("Story view benchmark");
        int passages = admin.get("/api/v1/stories/" + storyId + "/passages").json().get("passages").size();

        List<double[]> openings = new ArrayList<>();
        int columnsWithPassages;
        try (Chromium chromium = new Chromium();
                BrowserContext context = chromium.browser().newContext(PageTimes.VIEWPORT)) {
            Page page = PageTimes.signedIn(context, server.port(), COLUMNS_PROBE.formatted(ARTICLES), WAIT_MILLIS);
            for (int run = 1; run <= runs; run++) {
                if (run == 1) {
                    page.navigate("http://localhost:" + server.port() + "/stories/" + storyId);
                } else {
                    page.reload();
                }
                page.waitForFunction("() => window.__bench && window.__bench.painted !== undefined");
                double[] times = PageTimes.numbers(page, "() => [window.__bench.allDrawn, window.__bench.laidOut, "
                        + "window.__bench.painted]", null);
                openings.add(times);
                System.out.printf("   open %d: all %d columns drawn at %.0f ms, laid out at %.0f ms, painted at "
                        + "%.0f ms%n", run, ARTICLES, times[0], times[1], times[2]);
            }
            columnsWithPassages = ((Number) page.evaluate("() => [...document.querySelectorAll('slant-story-column')]"
                    + ".filter(column => JSON.parse(column.passages || '[]').length > 0).length")).intValue();
            page.screenshot(new Page.ScreenshotOptions().setPath(work.resolve("story.png")));
        }
        String prefix = ARTICLES + " articles x " + Numbers.format(WORDS) + " words: ";
        String median = ", median of " + runs;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.below(prefix + "all columns drawn (since navigation)" + median,
                PageTimes.median(openings, times -> times[0]), "ms", 1000));
        figures.add(Figure.below(prefix + "all columns drawn until their frame is painted" + median,
                PageTimes.median(openings, times -> times[2]), "ms", 1000));
        figures.add(Figure.of(prefix + "the first opening, painted", openings.getFirst()[2], "ms"));
        figures.add(Figure.of(prefix + "shared passages (API)", passages, "passages"));
        figures.add(Figure.exactly(prefix + "columns showing passages", columnsWithPassages, "columns", ARTICLES));
        server.residentMegabytes().ifPresent(mb -> figures.add(Figure.of("server JVM RSS afterwards", mb, "MB")));
        return figures;
    }
}
