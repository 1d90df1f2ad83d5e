package org.slant.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.slant.Chromium;

/**
 * What the browser benchmarks (annotator, curation) measure of the annotator's editor in a page: when a component
 * that draws the article (the annotator, or its subclass the curator) has drawn it, and the browser's own time for
 * the same text without it.
 */
final class PageTimes {

    /**
     * Runs in every page before its own scripts, for the component with tag {@code %1$s}. Records when the frame
     * that shows the article is done, checking the component's own mark: when the component marks the article
     * drawn, it forces the layout and posts a task, which runs once the frame's main-thread work (layout and paint)
     * is over.
     */
    private static final String DRAWN_PROBE = """
            (() => {
              window.__bench = window.__bench || {};
              window.__bench.afterFrame = (done) => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => done(performance.now());
                channel.port2.postMessage(null);
              };
              new MutationObserver((records, observer) => {
                const element = document.querySelector('%1$s[data-drawn]');
                if (!element) return;
                observer.disconnect();
                void element.querySelector('.sa-text').offsetHeight;
                window.__bench.laidOut = performance.now();
                window.__bench.afterFrame((now) => { window.__bench.painted = now; });
              }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
            })();
            """;

    /** The browser window of the benchmarks. */
    static final Browser.NewContextOptions VIEWPORT = new Browser.NewContextOptions().setViewportSize(1400, 900);

    private PageTimes() {
    }

    /**
     * A new page in {@code context}, whose pages run {@code probes} before their own scripts, signed in as the
     * admin of the server on {@code port}; it waits up to {@code waitMillis} for anything by default.
     */
    static Page signedIn(BrowserContext context, int port, String probes, double waitMillis) {
        context.addInitScript(probes);
        Page page = context.newPage();
        page.setDefaultTimeout(waitMillis);
        page.navigate("http://localhost:" + port + "/login");
        Chromium.logIn(page, "admin", SlantServer.ADMIN_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** The browser's baseline for {@code text} ({@link #baseline}) {@code runs} times, each in a context of its own. */
    static List<double[]> baselines(Chromium chromium, String text, int runs) {
        List<double[]> baselines = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (BrowserContext context = chromium.browser().newContext(VIEWPORT)) {
                baselines.add(baseline(context.newPage(), text));
            }
        }
        return baselines;
    }

    /** The script to add to a browser context before the page opens, for the component {@code tag}. */
    static String drawnProbe(String tag) {
        return DRAWN_PROBE.formatted(tag);
    }

    /**
     * One opening of the article; times in ms since navigation start.
     *
     * @param mark the component's performance mark {@code slant-annotator-drawn}
     * @param renderMillis the component's own time from receiving the article to that mark
     * @param laidOut when the probe's forced layout returned, right after the mark
     * @param painted the first task after the frame with the article
     */
    record Drawn(double mark, double renderMillis, double laidOut, double painted) {

        double received() {
            return mark - renderMillis;
        }
    }

    /** Waits for the component {@code tag} to have drawn the article and its frame to be done, and reads the times. */
    static Drawn drawn(Page page, String tag) {
        page.waitForSelector(tag + "[data-drawn]", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(60_000));
        page.waitForFunction("() => window.__bench && window.__bench.painted !== undefined");
        double[] values = numbers(page, """
                (tag) => {
                  const mark = performance.getEntriesByName('slant-annotator-drawn', 'mark')[0];
                  return [mark ? mark.startTime : -1, document.querySelector(tag).renderMillis,
                    window.__bench.laidOut, window.__bench.painted];
                }""", tag);
        if (values[0] < 0) {
            throw new IllegalStateException(tag + " set data-drawn but there is no performance mark "
                    + "'slant-annotator-drawn'");
        }
        return new Drawn(values[0], values[1], values[2], values[3]);
    }

    /**
     * The browser's own time for the text without spans: in a fresh page, a div with {@code white-space: pre-wrap}
     * in the annotator's font, width and line height; the time from setting its text until the forced layout has
     * returned, and until the first task after the next frame.
     */
    static double[] baseline(Page page, String text) {
        page.setContent("<!doctype html><html><body><div id=\"text\" style=\"white-space: pre-wrap; "
                + "overflow-wrap: break-word; max-width: 46rem; font-family: Georgia, 'Times New Roman', serif; "
                + "font-size: 1.12rem; line-height: 2.15\"></div></body></html>");
        return numbers(page, """
                async (text) => {
                  const element = document.getElementById('text');
                  const start = performance.now();
                  element.textContent = text;
                  void element.offsetHeight;
                  const laidOut = performance.now() - start;
                  await new Promise((resolve) => requestAnimationFrame(() => {
                    const channel = new MessageChannel();
                    channel.port1.onmessage = resolve;
                    channel.port2.postMessage(null);
                  }));
                  return [laidOut, performance.now() - start];
                }""", text);
    }

    /**
     * The figures of the openings, {@code opened} naming what was opened, and of the baselines: the first render
     * (target under 1 s) and its frame, and their parts.
     */
    static List<Figure> drawnFigures(String opened, List<Drawn> openings, List<double[]> baselines) {
        String median = ", median of " + openings.size();
        return List.of(
                Figure.below(opened + "first render (performance mark slant-annotator-drawn, since navigation)"
                        + median, median(openings, Drawn::mark), "ms", 1000),
                Figure.of("first render, slowest of " + openings.size(), max(openings, Drawn::mark), "ms"),
                Figure.below("first render until its frame is laid out and painted" + median,
                        median(openings, Drawn::painted), "ms", 1000),
                Figure.of("navigation until the article reaches the component" + median,
                        median(openings, Drawn::received), "ms"),
                Figure.of("renderMillis (article received to drawn mark)" + median,
                        median(openings, Drawn::renderMillis), "ms"),
                Figure.of("article received until its frame is painted" + median,
                        median(openings, o -> o.painted() - o.received()), "ms"),
                Figure.of("browser baseline, same text in a plain pre-wrap div: set and laid out" + median,
                        median(baselines, b -> b[0]), "ms"),
                Figure.of("browser baseline: set until its frame is painted" + median,
                        median(baselines, b -> b[1]), "ms"));
    }

    static <T> double median(List<T> openings, ToDoubleFunction<T> measure) {
        return Numbers.median(openings.stream().map(measure::applyAsDouble).toList());
    }

    static <T> double max(List<T> openings, ToDoubleFunction<T> measure) {
        return openings.stream().mapToDouble(measure).max().orElseThrow();
    }

    /** Runs {@code script} in the page with {@code argument} and reads the array of numbers it answers. */
    static double[] numbers(Page page, String script, Object argument) {
        if (!(page.evaluate(script, argument) instanceof List<?> values)) {
            throw new IllegalStateException("the page gave no array of numbers");
        }
        return values.stream().mapToDouble(PageTimes::number).toArray();
    }

    /** The annotator's pending selection: its offsets as start-end in code points, and the text it highlights. */
    record PendingWord(String offsets, String text) {
    }

    /** What the annotator has selected to label ({@code data-pending} and the pending highlight's text). */
    static PendingWord pendingWord(Page page) {
        @SuppressWarnings("unchecked")
        List<Object> selection = (List<Object>) page.evaluate("""
                () => {
                  const highlight = CSS.highlights.get('sa-pending');
                  return [document.querySelector('slant-annotator').dataset.pending ?? null,
                    highlight ? [...highlight][0].toString() : null];
                }""");
        return new PendingWord((String) selection.get(0), (String) selection.get(1));
    }

    static double number(Object value) {
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("the page gave " + value + " where a number was expected");
        }
        return number.doubleValue();
    }
}
