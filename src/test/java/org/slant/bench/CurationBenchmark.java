package org.slant.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.Chromium;
import org.slant.bench.LongArticle.Save;
import org.slant.bench.LongArticle.SpanLayer;
import tools.jackson.databind.JsonNode;

/**
 * The curation view in Chromium on a long article: the annotator benchmark's article of {@value LongArticle#WORDS}
 * words, with {@value #SPANS} spans by each of {@value #ANNOTATORS} annotators saved through the span API (each with
 * a personal access token of their own), on a production-jar server of its own. The annotators mark mostly the same
 * words, as a team does ({@link #annotatorsSpans}), so the lanes show agreed and open units. Playwright opens
 * {@code /documents/<id>/curate} as the admin {@code slant.bench.runs} times (default 3) and reads the curator's
 * drawn mark (it draws the article as the annotator does), when the lanes table shows the units and when that frame
 * is painted; then, in the last page, what re-rendering the lanes table alone costs (switching to an empty layer and
 * back). The browser's baseline is the same text in a plain {@code white-space: pre-wrap} div. The page must show
 * what the server holds: the units and agreed units worked out from the server's spans, and every annotator's
 * {@value #SPANS} spans in their lane (read by scrolling through the table, whose rows outside its view are not in
 * the page); and ArrowDown must walk the lanes past the rows first rendered.
 */
final class CurationBenchmark implements Benchmark {

    private static final int ANNOTATORS = 3;
    private static final int SPANS = 1_000;
    private static final int API_CLIENTS = 4;
    private static final String PASSWORD = "bench-annotator-password";
    private static final double WAIT_MILLIS = 60_000;
    /** Units walked through with the keyboard after opening: more than a page holds at first. */
    private static final int WALK = 100;

    /**
     * Runs in every page before its own scripts, after {@link PageTimes#drawnProbe}: at each frame until then, whether
     * the lanes table shows {@code %1$d} units (in its summary) and has rows; when it does, the time (the start of the
     * first frame after the task that rendered them), the rows in the page, and the first task after that frame.
     * Polled at frames rather than observed: a MutationObserver on the whole page would itself cost in a page of tens
     * of thousands of nodes.
     */
    private static final String LANES_PROBE = """
            (() => {
              const check = () => {
                const summary = document.querySelector('slant-curator .sc-summary[data-units="%1$d"]');
                const rows = summary ? document.querySelectorAll('slant-curator tr.sc-unit').length : 0;
                if (rows === 0) {
                  requestAnimationFrame(check);
                  return;
                }
                window.__bench.lanesShown = performance.now();
                window.__bench.lanesRows = rows;
                window.__bench.afterFrame((now) => { window.__bench.lanesPainted = now; });
              };
              requestAnimationFrame(check);
            })();
            """;

    @Override
    public String name() {
        return "curation";
    }

    @Override
    public String description() {
        return "opens the curation view of a 10,000-word article with 3 annotators x 1,000 spans in Chromium (first "
                + "render, lanes table shown), against the production jar";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        return LongArticle.measureOnOwnServer(settings, name(), (server, article, work) -> measure(server, settings,
                article, work));
    }

    private static List<Figure> measure(SlantServer server, BenchSettings settings, LongArticle article, Path work)
            throws Exception {
        int runs = settings.number("slant.bench.runs", 3);
        List<Figure> figures = new ArrayList<>();
        ApiClient admin = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);

        // a second span layer (Tone), so that the lanes table can be switched to an empty layer and back
        LongArticle.Imported imported = article.importInto(admin, "Curation benchmark",
                List.of("framing", "tone"), "curation");
        String documentId = imported.documentId();
        SpanLayer layer = imported.layer();
        List<String> usernames = new ArrayList<>();
        List<ApiClient> annotators = new ArrayList<>();
        for (int a = 0; a < ANNOTATORS; a++) {
            String username = "curation-annotator-" + (char) ('a' + a);
            admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                    .expect(201, "creating " + username);
            admin.post("/api/v1/projects/" + imported.projectId() + "/members", "{\"username\":\"" + username
                    + "\",\"role\":\"ANNOTATOR\"}").expect(200, "adding " + username + " to the project");
            // a token of their own: basic authentication would add bcrypt's 50-100 ms to every save
            Response token = ApiClient.basic(server.port(), username, PASSWORD)
                    .post("/api/v1/users/me/tokens", "{\"name\":\"curation benchmark\"}");
            token.expect(201, "making " + username + "'s access token");
            usernames.add(username);
            annotators.add(ApiClient.bearer(server.port(), token.json().get("token").asString()));
        }
        List<List<int[]>> planned = annotatorsSpans(article.wordsInCodePoints(), layer, settings.seed());
        List<Save> saves = new ArrayList<>();
        for (int i = 0; i < SPANS; i++) {
            for (int a = 0; a < ANNOTATORS; a++) {
                int[] span = planned.get(a).get(i);
                saves.add(new Save(annotators.get(a), layer.span(layer.labels().get(span[2]), span[0],
                        span[1])));
            }
        }
        long start = System.nanoTime();
        LongArticle.saveSpans(documentId, saves, API_CLIENTS);
        double savingSeconds = (System.nanoTime() - start) / 1e9;

        // what the page must show, worked out from what the server holds
        List<List<LaneSpan>> lanes = new ArrayList<>();
        for (String username : usernames) {
            Response spans = admin.get("/api/v1/documents/" + documentId + "/annotations?annotator=" + username);
            spans.expect(200, "reading " + username + "'s spans");
            List<LaneSpan> lane = new ArrayList<>();
            for (JsonNode span : spans.json().get("spans")) {
                if (span.get("layer").asString().equals(layer.id())) {
                    lane.add(new LaneSpan(span.get("label").asString(), span.get("start").asInt(),
                            span.get("end").asInt()));
                }
            }
            if (lane.size() != SPANS) {
                throw new IllegalStateException(username + " has " + lane.size() + " spans in the layer on the "
                        + "server, not the " + SPANS + " saved");
            }
            lanes.add(lane);
        }
        Units expected = Units.of(lanes);
        System.out.printf("   document %s: %,d code points; %,d spans saved through the API (%d annotators with "
                + "tokens, %d clients) in %.1f s; %,d units, %,d agreed%n", documentId, imported.codePoints(),
                ANNOTATORS * SPANS, ANNOTATORS, API_CLIENTS, savingSeconds, expected.units(), expected.agreed());

        String base = "http://localhost:" + server.port();
        List<Opening> openings = new ArrayList<>();
        List<double[]> baselines;
        Shown shown;
        double[] walked;
        double walkSeconds;
        Rerender afterWalk;
        List<Rerender> rerenders = new ArrayList<>();
        double[] sent;
        try (Chromium chromium = new Chromium()) {
            baselines = PageTimes.baselines(chromium, article.text(), runs);
            try (BrowserContext context = chromium.browser().newContext(PageTimes.VIEWPORT)) {
                Page page = PageTimes.signedIn(context, server.port(),
                        PageTimes.drawnProbe("slant-curator") + LANES_PROBE.formatted(expected.units()),
                        WAIT_MILLIS);
                for (int run = 1; run <= runs; run++) {
                    if (run == 1) {
                        page.navigate(base + "/documents/" + documentId + "/curate");
                    } else {
                        page.reload();
                    }
                    Opening opening = opening(page);
                    openings.add(opening);
                    PageTimes.Drawn drawn = opening.drawn();
                    System.out.printf("   open %d: drawn mark at %.0f ms (article received at %.0f ms, "
                            + "renderMillis %.0f ms), frame done at %.0f ms; lanes table shown at %.0f ms "
                            + "(%,d rows), its frame done at %.0f ms; %,d units%n", run, drawn.mark(),
                            drawn.received(), drawn.renderMillis(), drawn.painted(), opening.lanesShown(),
                            opening.rows(), opening.lanesPainted(), opening.units());
                    if (opening.units() != expected.units()) {
                        throw new IllegalStateException("opening " + run + " shows " + opening.units()
                                + " units, not the " + expected.units() + " of the server's spans");
                    }
                }
                page.screenshot(new Page.ScreenshotOptions().setPath(work.resolve("curation.png")));
                // what the view sends the component: the article with gold, and the lanes, as JSON strings
                sent = PageTimes.numbers(page, "() => { const curator = document.querySelector('slant-curator'); "
                        + "return [curator.setup.length, curator.lanes.length]; }", null);
                shown = shown(page, expected.units());
                for (int run = 1; run <= runs; run++) {
                    Rerender rerender = rerender(page, layer.id());
                    rerenders.add(rerender);
                    System.out.printf("   lanes table re-rendered alone (empty layer, then %,d units again), %d: "
                            + "rendered %.0f ms, laid out %.0f ms, frame done %.0f ms; %,d elements in the lanes, "
                            + "%,d in the text%n", expected.units(), run, rerender.rendered(), rerender.laidOut(),
                            rerender.painted(), rerender.laneElements(), rerender.textElements());
                }
                long walkStart = System.nanoTime();
                walked = walk(page, WALK);
                walkSeconds = (System.nanoTime() - walkStart) / 1e9;
                page.screenshot(new Page.ScreenshotOptions().setPath(work.resolve("curation-walked.png")));
                // whatever moving through the units leaves in the page shows in what changes to the page cost next
                afterWalk = rerender(page, layer.id());
                System.out.printf("   %d units walked with ArrowDown in %.1f s; then the lanes table re-rendered: "
                        + "rendered %.0f ms, frame done %.0f ms%n", WALK, walkSeconds, afterWalk.rendered(),
                        afterWalk.painted());
            }
        }
        // the page shows what the server holds, or its speed means nothing
        List<String> wrong = new ArrayList<>();
        if (shown.units() != expected.units() || shown.agreedRows() != expected.agreed()) {
            wrong.add("the table lists " + shown.units() + " units, " + shown.agreedRows() + " agreed, not "
                    + expected.units() + ", " + expected.agreed());
        }
        if (shown.agreedHighlights() != expected.agreed()
                || shown.openHighlights() != expected.units() - expected.agreed()) {
            wrong.add("the text marks " + shown.agreedHighlights() + " agreed and " + shown.openHighlights()
                    + " open units");
        }
        if (!shown.laneSpans().equals(lanes.stream().map(List::size).toList())) {
            wrong.add("the lanes show " + shown.laneSpans() + " spans, the server holds " + SPANS + " each");
        }
        if (shown.open() != expected.units()) {
            wrong.add("the summary says " + shown.open() + " units to settle, not all " + expected.units()
                    + " (there is no gold yet)");
        }
        if (walked[0] != WALK - 1 || walked[1] != 1) {
            wrong.add(WALK + " presses of ArrowDown in the lanes left unit " + (int) walked[0] + " current, not "
                    + (WALK - 1) + (walked[1] == 1 ? "" : ", and its row is not in view"));
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(String.join("; ", wrong));
        }

        String median = ", median of " + runs;
        List<PageTimes.Drawn> drawn = openings.stream().map(Opening::drawn).toList();
        figures.addAll(PageTimes.drawnFigures("open 10,000 words, 3 x 1,000 lane spans: ", drawn, baselines));
        figures.add(Figure.of("lanes table shown (summary and rows, first frame after them)" + median,
                PageTimes.median(openings, Opening::lanesShown), "ms"));
        figures.add(Figure.below("lanes table shown until its frame is painted" + median,
                PageTimes.median(openings, Opening::lanesPainted), "ms", 1000));
        for (int run = 0; run < runs; run++) {
            Opening opening = openings.get(run);
            figures.add(Figure.of("open " + (run + 1) + ": first render (drawn mark)", opening.drawn().mark(), "ms"));
            figures.add(Figure.of("open " + (run + 1) + ": lanes table painted", opening.lanesPainted(), "ms"));
        }
        figures.add(Figure.exactly("units in the lanes table (from the server's spans)", shown.units(), "units",
                expected.units()));
        figures.add(Figure.exactly("agreed units", shown.agreedRows(), "units", expected.agreed()));
        figures.add(Figure.of("rows in the page when the lanes table was shown" + median,
                PageTimes.median(openings, Opening::rows), "rows"));
        String alone = "lanes table re-rendered alone (layer switched back)";
        figures.add(Figure.of(alone + ": Lit's render until updated" + median,
                PageTimes.median(rerenders, Rerender::rendered), "ms"));
        figures.add(Figure.of(alone + ": until laid out" + median, PageTimes.median(rerenders, Rerender::laidOut),
                "ms"));
        figures.add(Figure.of(alone + ": until its frame is painted" + median,
                PageTimes.median(rerenders, Rerender::painted), "ms"));
        figures.add(Figure.of("ArrowDown through " + WALK + " units in the lanes (Playwright's key presses)",
                walkSeconds, "s"));
        figures.add(Figure.of(alone + " after that walk: until its frame is painted", afterWalk.painted(), "ms"));
        figures.add(Figure.of("elements in the lanes table", rerenders.getLast().laneElements(), "elements"));
        figures.add(Figure.of("elements in the article", rerenders.getLast().textElements(), "elements"));
        figures.add(Figure.of("sent to the component: the article and gold (setup), JSON", sent[0] / 1000,
                "k characters"));
        figures.add(Figure.of("sent to the component: the lanes, JSON", sent[1] / 1000, "k characters"));
        figures.add(Figure.of("setting up: 3,000 spans through the API, " + API_CLIENTS + " token clients",
                savingSeconds, "s"));
        figures.add(Figure.of("server JVM RSS after the run", server.residentMegabytes().orElse(0), "MB"));

        return figures;
    }

    // ---- the annotators' spans ----

    /**
     * Each annotator's {@value #SPANS} spans as {start, end, label index} in code points, in text order. The words
     * are cut into {@value #SPANS} stretches of equal length; in each, one "true" span of 1 to 7 words (3 most
     * often) with a label at random, a word clear of either end of its stretch. Each annotator marks it as it is
     * (p = 0.75), with one boundary a word further in or out (0.1), with another label (0.1), or marks the
     * stretch's first word instead (0.05), so that about two in five units are agreed and no unit spans two
     * stretches.
     */
    static List<List<int[]>> annotatorsSpans(List<int[]> words, SpanLayer layer, long seed) {
        Dice dice = new Dice(seed + 3);
        int stretch = words.size() / SPANS;
        int labels = layer.labels().size();
        List<List<int[]>> spans = new ArrayList<>();
        for (int a = 0; a < ANNOTATORS; a++) {
            spans.add(new ArrayList<>());
        }
        for (int i = 0; i < SPANS; i++) {
            int length = Math.min(dice.triangular(1, 3, 7), stretch - 2);
            int first = i * stretch + dice.between(1, stretch - 1 - length);
            int last = first + length - 1;
            int label = dice.between(0, labels - 1);
            for (int a = 0; a < ANNOTATORS; a++) {
                double fate = dice.between(0, 99) / 100.0;
                int from = first;
                int to = last;
                int chosen = label;
                if (fate >= 0.95) {
                    from = i * stretch;
                    to = from;
                } else if (fate >= 0.85) {
                    chosen = (label + dice.between(1, labels - 1)) % labels;
                } else if (fate >= 0.75) {
                    // a word further out, or in where there is more than one
                    int out = length == 1 || dice.chance(0.5) ? 1 : -1;
                    if (dice.chance(0.5)) {
                        from -= out;
                    } else {
                        to += out;
                    }
                }
                spans.get(a).add(new int[] {words.get(from)[0], words.get(to)[1], chosen});
            }
        }
        return spans;
    }

    /** A span of a lane as the server holds it; offsets in code points. */
    record LaneSpan(String label, int start, int end) {

        String key() {
            return label + ":" + start + ":" + end;
        }
    }

    /**
     * The units the curator must show, worked out as the page does (frontend/curation/curation-units.ts): spans of
     * all lanes by start, then end, a new unit where a span starts at or after the current unit's end; a unit is
     * agreed when every lane marked exactly the same spans in it (and some).
     */
    record Units(int units, int agreed) {

        static Units of(List<List<LaneSpan>> lanes) {
            record InLane(LaneSpan span, int lane) {
            }
            List<InLane> all = new ArrayList<>();
            for (int lane = 0; lane < lanes.size(); lane++) {
                for (LaneSpan span : lanes.get(lane)) {
                    all.add(new InLane(span, lane));
                }
            }
            all.sort(Comparator.comparingInt((InLane s) -> s.span().start()).thenComparingInt(s -> s.span().end()));
            int units = 0;
            int agreed = 0;
            int end = -1;
            List<List<String>> keys = new ArrayList<>();
            for (InLane span : all) {
                if (span.span().start() >= end) {
                    agreed += units > 0 && agreed(keys) ? 1 : 0;
                    units++;
                    keys = new ArrayList<>();
                    for (int lane = 0; lane < lanes.size(); lane++) {
                        keys.add(new ArrayList<>());
                    }
                }
                end = Math.max(end, span.span().end());
                keys.get(span.lane()).add(span.span().key());
            }
            agreed += units > 0 && agreed(keys) ? 1 : 0;
            return new Units(units, agreed);
        }

        private static boolean agreed(List<List<String>> keys) {
            List<String> each = keys.stream().map(lane -> lane.stream().sorted().collect(Collectors.joining("|")))
                    .toList();
            return keys.size() >= 2 && !each.getFirst().isEmpty() && each.stream().allMatch(each.getFirst()::equals);
        }
    }

    // ---- in the browser ----

    /**
     * One opening of the curation view; times in ms since navigation start.
     *
     * @param lanesShown the first frame after the lanes table showed the units' count and rows
     * @param lanesPainted the first task after that frame
     * @param rows the table's rows in the page then
     * @param units what the table's summary says ({@code data-units})
     */
    private record Opening(PageTimes.Drawn drawn, double lanesShown, double lanesPainted, int rows, int units) {
    }

    private static Opening opening(Page page) {
        PageTimes.Drawn drawn = PageTimes.drawn(page, "slant-curator");
        page.waitForFunction("() => window.__bench.lanesPainted !== undefined");
        double[] values = PageTimes.numbers(page, """
                () => [window.__bench.lanesShown, window.__bench.lanesPainted, window.__bench.lanesRows,
                  Number(document.querySelector('slant-curator .sc-summary').dataset.units)]""", null);
        return new Opening(drawn, values[0], values[1], (int) values[2], (int) values[3]);
    }

    /**
     * What the page shows, read through the whole lanes table (scrolled to its end, for a table that renders only
     * the rows near its viewport): the units listed, how many of them agreed, the spans in each annotator's lane,
     * what the summary counts to settle, and the agreed and open units marked in the text.
     */
    private record Shown(int units, int agreedRows, int open, int agreedHighlights, int openHighlights,
            List<Integer> laneSpans) {
    }

    private static Shown shown(Page page, int units) {
        double[] values = PageTimes.numbers(page, """
                async (units) => {
                  const curator = document.querySelector('slant-curator');
                  const scroll = curator.querySelector('.sc-scroll');
                  const seen = new Map();
                  const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
                  for (let stalled = 0; stalled < 3;) {
                    const before = seen.size;
                    for (const row of curator.querySelectorAll('tr.sc-unit')) {
                      const lanes = [...row.querySelectorAll(':scope > td')].slice(3)
                        .map((cell) => cell.querySelectorAll('.sc-chip').length);
                      seen.set(row.dataset.unit, { state: row.dataset.state, lanes });
                    }
                    const end = scroll.scrollTop + scroll.clientHeight >= scroll.scrollHeight - 1;
                    if (seen.size >= units && end) break;
                    stalled = seen.size === before && end ? stalled + 1 : 0;
                    scroll.scrollTop += Math.max(100, scroll.clientHeight - 40);
                    await frame();
                  }
                  scroll.scrollTop = 0;
                  const rows = [...seen.values()];
                  const laneCount = rows.length ? rows[0].lanes.length : 0;
                  const lanes = [...Array(laneCount).keys()]
                    .map((lane) => rows.reduce((sum, row) => sum + row.lanes[lane], 0));
                  return [seen.size, rows.filter((row) => row.state === 'agreed').length,
                    Number(curator.querySelector('.sc-summary').dataset.open),
                    CSS.highlights.get('sc-agreed')?.size ?? 0, CSS.highlights.get('sc-open')?.size ?? 0, ...lanes];
                }""", units);
        return new Shown((int) values[0], (int) values[1], (int) values[2], (int) values[3], (int) values[4],
                Arrays.stream(values, 5, values.length).mapToObj(lane -> (int) lane).toList());
    }

    /**
     * Walks down the lanes with the keyboard ({@code steps} presses of ArrowDown from none): the current unit then,
     * and 1 when its row is in the table's view, 0 when it is not (or not in the page).
     */
    private static double[] walk(Page page, int steps) {
        page.locator("slant-curator .sc-lanes").focus();
        for (int i = 0; i < steps; i++) {
            page.keyboard().press("ArrowDown");
        }
        String where = """
                () => {
                  const row = document.querySelector('slant-curator tr.sc-unit.current');
                  if (!row) return [-1, 0];
                  const view = row.closest('.sc-scroll').getBoundingClientRect();
                  const box = row.getBoundingClientRect();
                  return [Number(row.dataset.unit), box.top >= view.top - 1 && box.bottom <= view.bottom + 1 ? 1 : 0];
                }""";
        try {
            page.waitForFunction("(steps) => { const [unit, inView] = (" + where + ")(); "
                    + "return unit === steps - 1 && inView === 1; }", steps,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError notThere) {
            // what it is instead is reported below
        }
        return PageTimes.numbers(page, where, null);
    }

    /**
     * The lanes table's own cost, apart from the article: switched to a layer nobody marked (no rows), then back,
     * timed from the change until Lit's update is complete, until the forced layout returns, and until the first
     * task after the next frame (ms); and the elements in the lanes section and in the article's text.
     */
    private record Rerender(double rendered, double laidOut, double painted, int laneElements, int textElements) {
    }

    private static Rerender rerender(Page page, String layerId) {
        double[] values = PageTimes.numbers(page, """
                async (layer) => {
                  const curator = document.querySelector('slant-curator');
                  const select = curator.querySelector('.sc-head select');
                  const other = [...select.options].find((option) => option.value !== layer);
                  const choose = (value) => {
                    select.value = value;
                    select.dispatchEvent(new Event('change'));
                  };
                  choose(other.value);
                  await curator.updateComplete;
                  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
                  const start = performance.now();
                  choose(layer);
                  await curator.updateComplete;
                  const rendered = performance.now() - start;
                  void curator.querySelector('.sc-lanes').offsetHeight;
                  const laidOut = performance.now() - start;
                  await new Promise((done) => requestAnimationFrame(() => window.__bench.afterFrame(done)));
                  const painted = performance.now() - start;
                  return [rendered, laidOut, painted, curator.querySelectorAll('.sc-lanes *').length,
                    curator.querySelectorAll('.sa-text *').length];
                }""", layerId);
        return new Rerender(values[0], values[1], values[2], (int) values[3], (int) values[4]);
    }
}
