package org.slant.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.Chromium;
import org.slant.progress.SyntheticProgress;

/**
 * The progress dashboard of a large study in Chromium: the 10,000-document synthetic corpus imported through the API
 * into a project with k = {@value #K} on a production-jar server of its own, {@value #ANNOTATORS} annotators, and
 * {@code 10,000 x k} assignments spread as a study part-way through would have them ({@code SyntheticProgress}).
 * Slant has no API for users or assignments yet, so those rows are written straight into the server's embedded
 * PostgreSQL over JDBC (its port is in the server log), then ANALYZEd as autovacuum would. Playwright then opens
 * {@code /projects/<id>/progress} {@code slant.bench.runs} times (the first a navigation, then reloads) and reads
 * when, since navigation, all four charts have set {@code data-rendered} and both lists show rows (a
 * MutationObserver in the page), and when that frame was painted; beside it, the server's share (time to first byte
 * of the page and of Vaadin's requests), when the charts' code had run, and the charts' own drawing time
 * ({@code drawMillis}). The dashboard's "Done" figure must equal what the database counts.
 */
final class ProgressBenchmark implements Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    private static final String READY_LINE = "Slant is ready at";
    private static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL started in \\d+ ms on port "
            + "(\\d+)");
    private static final int DOCUMENTS = 10_000;
    private static final int ANNOTATORS = 20;
    private static final int K = 3;
    private static final int CHARTS = 4;
    private static final double WAIT_MILLIS = 60_000;
    private static final Map<String, String> SETTINGS = Map.of("SLANT_IMPORT_MAX_UPLOAD", "100MB");

    /**
     * Runs in every page before its own scripts: notes when the dashboard is complete (every chart drawn, the first
     * annotator and a document's "n of k" in the lists) and when the frame showing it has been painted (the first
     * task after the next frame).
     */
    private static final String PAGE_PROBES = """
            (() => {
              const seen = window.__progress = {};
              const note = (name) => { if (seen[name] === undefined) seen[name] = performance.now(); };
              customElements.whenDefined('slant-chart').then(() => note('chartsDefined'));
              const cells = (id) => [...document.querySelectorAll('#' + id + ' vaadin-grid-cell-content')];
              const complete = () => {
                const charts = [...document.querySelectorAll('slant-chart')];
                const drawn = charts.filter((chart) => chart.dataset.rendered === 'true').length;
                if (drawn > 0) note('firstChart');
                if (charts.length === %d && drawn === charts.length) note('allCharts');
                if (cells('annotators').some((cell) => cell.textContent.trim() === '%s')) note('annotators');
                if (cells('documents').some((cell) => /^\\d+ of \\d+/.test(cell.textContent.trim()))) {
                  note('documents');
                }
                return ['allCharts', 'annotators', 'documents'].every((name) => seen[name] !== undefined);
              };
              new MutationObserver((records, observer) => {
                if (!complete()) return;
                observer.disconnect();
                note('complete');
                requestAnimationFrame(() => {
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => note('painted');
                  channel.port2.postMessage(null);
                });
              }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            })();
            """.formatted(CHARTS, SyntheticProgress.NAMES.getFirst());

    /**
     * One opening: since navigation, complete and painted; the server's share (time to first byte of each answer);
     * the charts' own drawing time, summed, and when their code had arrived and run.
     */
    private record Opening(double complete, double painted, double pageServer, double vaadinServer, int vaadinRequests,
            double drawing, double chartsDefined) {
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public String description() {
        return "opens the progress dashboard of a 10,000-document project with 20 annotators (30,000 assignments) in "
                + "Chromium: navigation to all charts drawn and both lists filled, against the production jar";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        int runs = settings.number("slant.bench.runs", 3);
        Path work = Files.createDirectories(settings.directory().resolve("progress"));
        Path log = work.resolve("server.log");
        Path corpus = SyntheticCorpus.fileIn(settings.directory(), DOCUMENTS, settings.seed());
        if (!Files.isRegularFile(corpus)) {
            System.out.println("   writing " + corpus);
            new SyntheticCorpus(settings.seed()).writeJsonl(corpus, DOCUMENTS);
        }

        List<Figure> figures = new ArrayList<>();
        Path data = Files.createTempDirectory("slant-bench-progress-");
        try (SlantServer server = SlantServer.launch(jar, data, log, SETTINGS)) {
            server.awaitLoginPage(START_TIMEOUT);
            server.awaitLogLine(READY_LINE, START_TIMEOUT);
            ApiClient api = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
            Response project = api.post("/api/v1/projects", "{\"name\":\"Progress benchmark\","
                    + "\"annotatorsPerDocument\":" + K + "}");
            project.expect(201, "creating the project");
            UUID projectId = UUID.fromString(project.json().get("id").asString());
            api.post("/api/v1/projects/" + projectId + "/documents", "application/x-ndjson",
                    BodyPublishers.ofFile(corpus)).expect(201, "importing the corpus");

            Study study;
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort(log)
                    + "/postgres", "postgres", "")) {
                study = writeStudy(db, projectId, settings.seed());
            }
            System.out.printf("   project %s: %,d documents, %,d stories, %,d outlets; %,d annotators, %,d assignments "
                    + "%s; %,d done annotations count towards the %,d needed%n", projectId, study.documents(),
                    study.stories(), study.outlets(), ANNOTATORS, study.assignments(), study.byStatus(),
                    study.doneCounted(), (long) DOCUMENTS * K);

            String url = "http://localhost:" + server.port() + "/projects/" + projectId + "/progress";
            List<Opening> openings = new ArrayList<>();
            String doneShown;
            try (Chromium chromium = new Chromium();
                    BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                            .setViewportSize(1400, 900))) {
                context.addInitScript(PAGE_PROBES);
                Page page = context.newPage();
                page.setDefaultTimeout(WAIT_MILLIS);
                page.navigate("http://localhost:" + server.port() + "/login");
                Chromium.logIn(page, "admin", SlantServer.ADMIN_PASSWORD);
                page.waitForURL(address -> !address.contains("/login"));
                for (int run = 1; run <= runs; run++) {
                    if (run == 1) {
                        page.navigate(url);
                    } else {
                        page.reload();
                    }
                    Opening opening = opening(page);
                    openings.add(opening);
                    System.out.printf("   open %d: complete at %.0f ms, painted at %.0f ms since navigation; server: "
                            + "page %.0f ms, %d Vaadin requests %.0f ms; charts drawn in %.0f ms%n", run,
                            opening.complete(), opening.painted(), opening.pageServer(), opening.vaadinRequests(),
                            opening.vaadinServer(), opening.drawing());
                }
                doneShown = page.locator("[data-figure='Done'] .slant-figure-value").textContent();
                page.setViewportSize(1400, 2000);
                page.screenshot(new Page.ScreenshotOptions().setPath(work.resolve("progress.png")));
            }
            // the page must show what the database holds, or its speed means nothing
            String doneExpected = String.format(Locale.UK, "%,d", study.doneCounted());
            if (!doneExpected.equals(doneShown)) {
                throw new IllegalStateException("the dashboard shows " + doneShown + " done annotations, the database "
                        + "counts " + doneExpected);
            }

            String median = ", median of " + runs;
            figures.add(Figure.below("10,000 docs, 20 annotators: navigation to all charts drawn and both lists "
                    + "filled" + median, median(openings, Opening::complete), "ms", 1000));
            figures.add(Figure.of("the same, slowest of " + runs, openings.stream()
                    .mapToDouble(Opening::complete).max().orElseThrow(), "ms"));
            figures.add(Figure.below("navigation until that frame is painted" + median,
                    median(openings, Opening::painted), "ms", 1000));
            figures.add(Figure.of("server: the page's HTML, time to first byte" + median,
                    median(openings, Opening::pageServer), "ms"));
            figures.add(Figure.of("server: Vaadin requests until complete, time to first byte summed" + median,
                    median(openings, Opening::vaadinServer), "ms"));
            figures.add(Figure.of("Vaadin requests until complete" + median,
                    median(openings, opening -> opening.vaadinRequests()), "requests"));
            figures.add(Figure.of("navigation until the charts' code (ECharts) has run" + median,
                    median(openings, Opening::chartsDefined), "ms"));
            figures.add(Figure.of("ECharts drawing the four charts, summed (drawMillis)" + median,
                    median(openings, Opening::drawing), "ms"));
            figures.add(Figure.of("assignments in the project", study.assignments(), "rows"));
            figures.add(Figure.of("server JVM RSS after the run", server.residentMegabytes().orElse(0), "MB"));
            SlantServer.Stop stop = server.stop(STOP_PATIENCE);
            figures.add(Figure.exactly("stops that needed SIGKILL", stop.clean() ? 0 : 1, "stops", 0));
            long errors = Files.readAllLines(log).stream().filter(line -> line.contains(" ERROR ")).count();
            figures.add(Figure.exactly("server log lines with ERROR", errors, "lines", 0));
        } finally {
            PostgresProcesses.stopLeftovers(data);
            BenchFiles.deleteRecursively(data);
        }
        return figures;
    }

    /** What the study holds once written. */
    private record Study(long documents, long stories, long outlets, long assignments, Map<String, Long> byStatus,
            long doneCounted) {
    }

    /** The annotators and their assignments, written in one transaction, then ANALYZEd. */
    private static Study writeStudy(Connection db, UUID projectId, long seed) throws Exception {
        List<UUID> documents = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id from document where project_id = ? "
                + "order by position")) {
            select.setObject(1, projectId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    documents.add(rows.getObject(1, UUID.class));
                }
            }
        }
        if (documents.size() != DOCUMENTS) {
            throw new IllegalStateException("the project has " + documents.size() + " documents, not " + DOCUMENTS);
        }
        db.setAutoCommit(false);
        List<UUID> annotators = new ArrayList<>();
        try (PreparedStatement user = db.prepareStatement("insert into app_user (id, username, display_name, "
                + "password_hash, system_role) values (?, ?, ?, ?, 'USER')")) {
            for (String name : SyntheticProgress.NAMES.subList(0, ANNOTATORS)) {
                UUID id = UUID.randomUUID();
                annotators.add(id);
                user.setObject(1, id);
                user.setString(2, name.toLowerCase(Locale.ROOT).replace(' ', '.'));
                user.setString(3, name);
                // no one logs in as them: a password nobody knows
                user.setString(4, "{noop}" + UUID.randomUUID());
                user.addBatch();
            }
            user.executeBatch();
        }
        try (PreparedStatement assignment = db.prepareStatement("insert into assignment (id, project_id, document_id, "
                + "annotator_id, status, active_seconds, assigned_at, started_at, finished_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Instant now = Instant.now();
            for (SyntheticProgress.Row row : SyntheticProgress.rows(DOCUMENTS, ANNOTATORS, K, seed, now)) {
                assignment.setObject(1, UUID.randomUUID());
                assignment.setObject(2, projectId);
                assignment.setObject(3, documents.get(row.document()));
                assignment.setObject(4, annotators.get(row.annotator()));
                assignment.setString(5, row.status());
                assignment.setInt(6, row.activeSeconds());
                assignment.setTimestamp(7, Timestamp.from(now.minus(Duration.ofDays(22))));
                assignment.setTimestamp(8, row.startedAt() == null ? null : Timestamp.from(row.startedAt()));
                assignment.setTimestamp(9, row.finishedAt() == null ? null : Timestamp.from(row.finishedAt()));
                assignment.addBatch();
            }
            assignment.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze");
        }
        Map<String, Long> byStatus = new TreeMap<>();
        try (PreparedStatement count = db.prepareStatement("select status, count(*) from assignment "
                + "where project_id = ? group by status")) {
            count.setObject(1, projectId);
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    byStatus.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return new Study(count(db, "select count(*) from document where project_id = ?", projectId),
                count(db, "select count(*) from story where project_id = ?", projectId),
                count(db, "select count(*) from outlet where project_id = ?", projectId),
                byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                count(db, "select coalesce(sum(least(done, " + K + ")), 0) from (select count(*) as done from "
                        + "assignment where project_id = ? and status = 'DONE' group by document_id) d", projectId));
    }

    private static long count(Connection db, String sql, UUID projectId) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, projectId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Opening opening(Page page) {
        page.waitForFunction("() => window.__progress && window.__progress.painted !== undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT_MILLIS));
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) page.evaluate("""
                () => {
                  const { complete, painted } = window.__progress;
                  const navigation = performance.getEntriesByType('navigation')[0];
                  const vaadin = performance.getEntriesByType('resource')
                    .filter((entry) => entry.name.includes('v-r=uidl') && entry.responseEnd <= complete);
                  const drawing = [...document.querySelectorAll('slant-chart')]
                    .reduce((sum, chart) => sum + chart.drawMillis, 0);
                  return [complete, painted, navigation.responseStart - navigation.requestStart,
                    vaadin.reduce((sum, entry) => sum + entry.responseStart - entry.requestStart, 0), vaadin.length,
                    drawing, window.__progress.chartsDefined];
                }""");
        // where the time went, for the log: milestones since navigation
        System.out.println("     " + page.evaluate("""
                () => {
                  const navigation = performance.getEntriesByType('navigation')[0];
                  const marks = Object.entries(window.__progress).map(([name, at]) => name + ' ' + Math.round(at));
                  return 'HTML ' + Math.round(navigation.responseEnd) + ', DOM ready '
                    + Math.round(navigation.domContentLoadedEventEnd) + ', ' + marks.join(', ');
                }"""));
        return new Opening(number(values.get(0)), number(values.get(1)), number(values.get(2)),
                number(values.get(3)), (int) number(values.get(4)), number(values.get(5)), number(values.get(6)));
    }

    /** The embedded PostgreSQL's port, as the server logged it. */
    private static int postgresPort(Path log) throws Exception {
        Matcher line = POSTGRES_PORT.matcher(Files.readString(log));
        if (!line.find()) {
            throw new IllegalStateException("the server log " + log + " does not say on which port its embedded "
                    + "PostgreSQL runs; an external database cannot be reached from here");
        }
        return Integer.parseInt(line.group(1));
    }

    private interface Measure {
        double of(Opening opening);
    }

    private static double median(List<Opening> openings, Measure measure) {
        return Numbers.median(openings.stream().map(measure::of).toList());
    }

    private static double number(Object value) {
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("the page gave " + value + " where a number was expected");
        }
        return number.doubleValue();
    }
}
