package org.slant.bench;

import static org.slant.bench.Numbers.percentile;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.Chromium;
import org.slant.bench.LongArticle.SpanLayer;
import tools.jackson.databind.JsonNode;

/**
 * The span annotator in Chromium on a long article: one synthetic article of {@value LongArticle#WORDS} words
 * ({@link LongArticle}: paragraphs, crossheads, curly quotes, non-breaking spaces, emoji and Cyrillic)
 * with {@value #API_SPANS} spans saved through the span API, on a production-jar server of its own. Playwright opens
 * {@code /annotate/<id>} {@code slant.bench.runs} times (default 3) and reads the component's own figures (the
 * performance mark {@code slant-annotator-drawn}, {@code renderMillis}) and the end of the frame that shows the
 * article; the browser's baseline is the same text in a plain {@code white-space: pre-wrap} div. Then, in the same
 * page, it marks words with the keyboard (ArrowRight, then a label's key): {@value #PACED} spans one at a time
 * (each confirmed before the next, as an annotator works) and {@value #BURST} back to back, and reads the
 * component's {@code editTimings} (key press to drawn, to confirmed by the server). Every span must then be on the
 * server, where the browser showed it: a benchmark that loses saves would be worthless.
 */
final class AnnotatorBenchmark implements Benchmark {

    private static final int API_SPANS = 1_000;
    private static final int API_CLIENTS = 4;
    /** Spans made with the keyboard one at a time, each confirmed by the server before the next. */
    private static final int PACED = 150;
    /** Spans made with the keyboard back to back, without waiting for the server. */
    private static final int BURST = 50;
    private static final double WAIT_MILLIS = 30_000;

    /**
     * Runs in every page before its own scripts, after {@link PageTimes#drawnProbe}: for each key press that can be a
     * label's key, the first task after the next frame.
     */
    private static final String KEY_PROBE = """
            (() => {
              window.__bench.paints = [];
              window.addEventListener('keydown', (event) => {
                if (event.key.length !== 1) return;
                const began = event.timeStamp;
                const paints = window.__bench.paints;
                requestAnimationFrame(() => window.__bench.afterFrame((now) => paints.push(now - began)));
              }, true);
            })();
            """;

    @Override
    public String name() {
        return "annotator";
    }

    @Override
    public String description() {
        return "opens a 10,000-word article with 1,000 spans in Chromium (first render) and marks 200 words with "
                + "the keyboard (key press to drawn and to saved), against the production jar";
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
        ApiClient api = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);

        // the project, the article and its spans, through the REST API
        LongArticle.Imported imported = article.importInto(api, "Annotator benchmark", List.of("framing"),
                "annotator");
        String documentId = imported.documentId();
        SpanLayer layer = imported.layer();
        long start = System.nanoTime();
        // HTTP Basic, as the figures in docs/benchmarks.md were taken: a bcrypt each
        LongArticle.saveSpans(documentId, apiSpans(article.wordsInCodePoints(), layer, settings.seed()).stream()
                .map(body -> new LongArticle.Save(api, body)).toList(), API_CLIENTS);
        double savingSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("   document %s: %,d code points, %,d words (server's count); %,d spans saved through "
                + "the API by %d clients in %.1f s%n", documentId, imported.codePoints(), imported.words(),
                API_SPANS, API_CLIENTS, savingSeconds);

        // the browser
        String base = "http://localhost:" + server.port();
        List<Opening> openings = new ArrayList<>();
        List<double[]> baselines;
        Editing editing;
        try (Chromium chromium = new Chromium()) {
            baselines = PageTimes.baselines(chromium, article.text(), runs);
            try (BrowserContext context = chromium.browser().newContext(PageTimes.VIEWPORT)) {
                Page page = PageTimes.signedIn(context, server.port(),
                        PageTimes.drawnProbe("slant-annotator") + KEY_PROBE, WAIT_MILLIS);
                for (int run = 1; run <= runs; run++) {
                    if (run == 1) {
                        page.navigate(base + "/annotate/" + documentId);
                    } else {
                        page.reload();
                    }
                    openings.add(opening(page));
                    Opening last = openings.getLast();
                    PageTimes.Drawn drawn = last.drawn();
                    System.out.printf("   open %d: drawn mark at %.0f ms (article received at %.0f ms, "
                            + "renderMillis %.0f ms), laid out at %.0f ms, frame done at %.0f ms; %,d spans "
                            + "drawn%n", run, drawn.mark(), drawn.received(), drawn.renderMillis(),
                            drawn.laidOut(), drawn.painted(), last.spansDrawn());
                    if (last.spansDrawn() != API_SPANS) {
                        throw new IllegalStateException("opening " + run + " shows " + last.spansDrawn()
                                + " spans, not the " + API_SPANS + " saved");
                    }
                }
                editing = edit(page, layer, settings.seed());
                page.screenshot(new Page.ScreenshotOptions().setPath(work.resolve("annotator.png")));
            }
        }

        // nothing lost: every span made in the browser is on the server, where the browser showed it
        Response after = api.get("/api/v1/documents/" + documentId + "/annotations");
        after.expect(200, "reading the spans back");
        JsonNode spans = after.json().get("spans");
        int expected = API_SPANS + editing.timings().size();
        Map<String, String> onServer = new HashMap<>();
        for (JsonNode span : spans) {
            onServer.put(span.get("label").asString() + "@" + span.get("start").asInt() + "-"
                    + span.get("end").asInt(), span.get("text").asString());
        }
        // where the browser highlighted a word, the server holds the span, over that same word
        List<String> missing = editing.created().entrySet().stream()
                .filter(made -> !made.getValue().equals(onServer.get(made.getKey())))
                .map(made -> made.getKey() + " (shown: '" + made.getValue() + "', on the server: "
                        + (onServer.containsKey(made.getKey()) ? "'" + onServer.get(made.getKey()) + "'" : "none")
                        + ")")
                .toList();
        System.out.printf("   %,d spans on the server after the edits (%,d + %,d expected)%n", spans.size(),
                API_SPANS, editing.timings().size());
        if (spans.size() != expected || editing.created().size() != editing.timings().size()
                || !missing.isEmpty()) {
            throw new IllegalStateException("the server has " + spans.size() + " spans on the document, not "
                    + expected + " (" + API_SPANS + " through the API + " + editing.timings().size()
                    + " made in the browser); spans made in the browser not found over the words it showed: "
                    + missing.size() + (missing.isEmpty() ? "" : ", e.g. " + missing.getFirst()));
        }

        figures.addAll(PageTimes.drawnFigures("open 10,000 words, 1,000 spans: ",
                openings.stream().map(Opening::drawn).toList(), baselines));

        String paced = "keyboard, " + PACED + " spans, each saved before the next";
        addEditFigures(figures, paced, editing.timings().subList(0, PACED), editing.paints().subList(0, PACED));
        figures.add(Figure.of(paced + ": server round trips (Vaadin UIDL requests) per span",
                (double) editing.pacedRoundTrips() / PACED, "requests"));
        String burst = "keyboard, " + BURST + " spans back to back";
        figures.add(Figure.of(burst + ": spans made per second", BURST / editing.burstSeconds(), "spans/s"));
        addEditFigures(figures, burst, editing.timings().subList(PACED, PACED + BURST),
                editing.paints().subList(PACED, PACED + BURST));
        figures.add(Figure.of(burst + ": last key press until all saved", editing.drainSeconds() * 1000, "ms"));
        figures.add(Figure.exactly("spans on the document afterwards (1,000 + those made in the browser)",
                spans.size(), "spans", expected));
        figures.add(Figure.of("setting up: 1,000 spans through the API, " + API_CLIENTS + " clients",
                savingSeconds, "s"));
        figures.add(Figure.of("server JVM RSS after the run", server.residentMegabytes().orElse(0), "MB"));

        return figures;
    }

    private static void addEditFigures(List<Figure> figures, String prefix, List<double[]> timings,
            List<Double> paints) {
        List<Double> drawn = sorted(timings.stream().map(t -> t[0]).toList());
        List<Double> saved = sorted(timings.stream().map(t -> t[1]).toList());
        List<Double> painted = sorted(paints);
        figures.add(Figure.of(prefix + ": key press to drawn (editTimings) p50", percentile(drawn, 0.50), "ms"));
        figures.add(Figure.below(prefix + ": key press to drawn (editTimings) p95", percentile(drawn, 0.95), "ms",
                100));
        figures.add(Figure.of(prefix + ": key press to next frame painted p50", percentile(painted, 0.50), "ms"));
        figures.add(Figure.below(prefix + ": key press to next frame painted p95", percentile(painted, 0.95), "ms",
                100));
        figures.add(Figure.of(prefix + ": key press to saved (editTimings) p50", percentile(saved, 0.50), "ms"));
        figures.add(Figure.below(prefix + ": key press to saved (editTimings) p95", percentile(saved, 0.95), "ms",
                100));
    }

    // ---- the spans ----

    /**
     * {@value #API_SPANS} spans spread evenly over the text, each starting at its own word (so no two are the same)
     * and two to thirty words long (mostly a phrase, now and then a sentence or more; they overlap), labels at random.
     * None is a single word, so no span made with the keyboard later repeats one of them.
     */
    private static List<String> apiSpans(List<int[]> words, SpanLayer layer, long seed) {
        Dice dice = new Dice(seed + 1);
        int step = words.size() / API_SPANS;
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < API_SPANS; i++) {
            int first = i * step + dice.between(0, step - 1);
            int last = Math.min(words.size() - 1, first + dice.triangular(2, 4, 30) - 1);
            if (last == first) {
                first--;
            }
            bodies.add(layer.span(dice.pick(layer.labels()), words.get(first)[0], words.get(last)[1]));
        }
        return bodies;
    }

    // ---- in the browser ----

    /** One opening of the annotate view: when it was drawn, and how many spans it shows. */
    private record Opening(PageTimes.Drawn drawn, int spansDrawn) {
    }

    private static Opening opening(Page page) {
        PageTimes.Drawn drawn = PageTimes.drawn(page, "slant-annotator");
        Number spans = (Number) page.evaluate("""
                () => {
                  const spans = new Set();
                  for (const segment of document.querySelectorAll('slant-annotator .sa-seg[data-spans]')) {
                    for (const id of segment.dataset.spans.split(' ')) spans.add(id);
                  }
                  return spans.size;
                }""");
        return new Opening(drawn, spans.intValue());
    }

    /**
     * What the keyboard made: each span's {drawn, saved} from the component's editTimings, the benchmark's own key
     * press to next frame, and each span as label@start-end (code points, from data-pending before the key press).
     */
    private record Editing(List<double[]> timings, List<Double> paints, Map<String, String> created,
            double burstSeconds, double drainSeconds, int pacedRoundTrips) {
    }

    private static Editing edit(Page page, SpanLayer layer, long seed) {
        Dice dice = new Dice(seed + 2);
        page.locator("slant-annotator .sa-text").click(new Locator.ClickOptions().setPosition(60, 30));
        Map<String, String> created = new LinkedHashMap<>();
        AtomicInteger roundTrips = new AtomicInteger();
        page.onRequest(request -> {
            if (request.url().contains("v-r=uidl")) {
                roundTrips.incrementAndGet();
            }
        });
        int pacedRoundTrips = 0;
        long start = System.nanoTime();
        long burstStart = 0;
        long lastPress = 0;
        for (int n = 1; n <= PACED + BURST; n++) {
            if (n == 1) {
                roundTrips.set(0);
            } else if (n == PACED + 1) {
                pacedRoundTrips = roundTrips.get();
                burstStart = System.nanoTime();
            }
            int presses = dice.between(1, 4);
            for (int i = 0; i < presses; i++) {
                page.keyboard().press("ArrowRight");
            }
            PageTimes.PendingWord selection = PageTimes.pendingWord(page);
            String pending = selection.offsets();
            String shown = selection.text();
            if (pending == null || !pending.matches("\\d+-\\d+") || shown == null || shown.isBlank()
                    || shown.codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalStateException("after ArrowRight the annotator has data-pending=" + pending
                        + " and highlights '" + shown + "', not start-end over one word");
            }
            int label = dice.between(0, layer.keys().size() - 1);
            page.keyboard().press(layer.keys().get(label));
            lastPress = System.nanoTime();
            created.put(layer.labels().get(label) + "@" + pending, shown);
            Number made = (Number) page.evaluate("() => document.querySelector('slant-annotator').editTimings.length");
            if (made.intValue() != n) {
                throw new IllegalStateException("pressing '" + layer.keys().get(label) + "' on words " + pending
                        + " left editTimings with " + made + " entries, not " + n + "; the annotator says: "
                        + page.locator("slant-annotator .sa-message").allTextContents());
            }
            if (n <= PACED) {
                // one span at a time: the next key press waits for the server's confirmation of this one
                page.waitForFunction("n => !Number.isNaN(document.querySelector('slant-annotator')"
                        + ".editTimings[n - 1].saved)", n, new Page.WaitForFunctionOptions().setTimeout(WAIT_MILLIS));
            }
        }
        page.waitForFunction("() => { const a = document.querySelector('slant-annotator'); return a.dataset.saveState"
                + " === 'saved' && a.editTimings.every(t => !Number.isNaN(t.saved)); }", null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT_MILLIS));
        double drainSeconds = (System.nanoTime() - lastPress) / 1e9;
        double burstSeconds = (lastPress - burstStart) / 1e9;
        page.waitForFunction("n => window.__bench.paints.length >= n", PACED + BURST);
        System.out.printf("   %d spans made with the keyboard in %.1f s; the last %d in %.2f s, all saved %.2f s "
                + "after the last key press%n", PACED + BURST, (System.nanoTime() - start) / 1e9, BURST, burstSeconds,
                drainSeconds);
        @SuppressWarnings("unchecked")
        List<List<Object>> timings = (List<List<Object>>) page.evaluate(
                "() => document.querySelector('slant-annotator').editTimings.map(t => [t.drawn, t.saved])");
        @SuppressWarnings("unchecked")
        List<Object> paints = (List<Object>) page.evaluate("() => window.__bench.paints");
        if (paints.size() != timings.size()) {
            throw new IllegalStateException(paints.size() + " label key presses seen, " + timings.size()
                    + " editTimings");
        }
        return new Editing(timings.stream()
                .map(t -> new double[] {PageTimes.number(t.get(0)), PageTimes.number(t.get(1))}).toList(),
                paints.stream().map(PageTimes::number).toList(), Collections.unmodifiableMap(created),
                burstSeconds, drainSeconds, pacedRoundTrips);
    }

    // ---- helpers ----

    private static List<Double> sorted(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
