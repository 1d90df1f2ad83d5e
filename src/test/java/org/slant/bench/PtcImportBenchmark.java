package org.slant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * The PTC training corpus ({@code ../shared/data/ptc-train.tar.gz}, or {@code slant.bench.ptc}) uploaded as it is
 * published, 371 articles and the 6,129 technique lines of {@code train-task2-TC.labels} (6,128 spans: one line is
 * there twice and stored once), as one annotated import
 * through the API ({@code format=ptc}, the layer and its 14 techniques created, the spans an annotator's work) on a
 * freshly started production jar: the first import pays for the JIT's warm-up, as a user's would. A second import
 * of the same upload into another project on the same server shows the warm figure.
 */
final class PtcImportBenchmark implements Benchmark {

    private static final int ARTICLES = 371;
    /** The labels file's 6,129 lines less the one given twice. */
    private static final int SPANS = 6_128;
    /** What the server logs when an annotated import is done (org.slant.annotation.AnnotationImport). */
    private static final Pattern IMPORTED = Pattern.compile("Imported \\d+ documents .* into project (\\S+) as ptc "
            + "in (\\d+) ms \\((\\d+) ms reading, (\\d+) ms checking, (\\d+) ms storing\\)");
    private static final String OPTIONS = "format=ptc&annotator=ptc-gold&createAnnotators=true&layer=Propaganda"
            + "&createMissing=true";

    @Override
    public String name() {
        return "ptcimport";
    }

    @Override
    public String description() {
        return "imports PTC's 371 articles with their 6,128 technique spans (ptc-train.tar.gz as published) through "
                + "the annotation import API, format=ptc";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        Path ptc = Path.of(BenchSettings.text("slant.bench.ptc", "../shared/data/ptc-train.tar.gz"));
        if (!Files.isRegularFile(ptc)) {
            throw new IllegalStateException("no PTC corpus at " + ptc.toAbsolutePath() + " (slant.bench.ptc)");
        }
        byte[] upload = Files.readAllBytes(ptc);
        Path work = Files.createDirectories(settings.directory().resolve("ptcimport"));
        return SlantServer.measureOnOwn(jar, work, server -> {
            ApiClient api = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
            Path log = work.resolve("server.log");
            Import first = importOnce(api, log, upload, "PTC import benchmark");
            double megabytes = server.residentMegabytes().orElse(0);
            Import second = importOnce(api, log, upload, "PTC import benchmark, again");
            String prefix = "PTC train (" + ARTICLES + " articles, " + Numbers.format(SPANS) + " spans, tar.gz): ";
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.below(prefix + "import through the API, first on a fresh server", first.seconds(), "s",
                    3));
            figures.add(Figure.of(prefix + "spans per second, first import", SPANS / first.seconds(), "spans/s"));
            figures.add(Figure.of(prefix + "server: the whole import, first", first.serverSeconds(), "s"));
            figures.add(Figure.of(prefix + "server: reading, first", first.reading(), "s"));
            figures.add(Figure.of(prefix + "server: checking, first", first.checking(), "s"));
            figures.add(Figure.of(prefix + "server: storing, first", first.storing(), "s"));
            figures.add(Figure.of(prefix + "import again, into another project (warm JVM)", second.seconds(), "s"));
            figures.add(Figure.of(prefix + "server: the whole import, again", second.serverSeconds(), "s"));
            figures.add(Figure.of(prefix + "server: reading, again", second.reading(), "s"));
            figures.add(Figure.of(prefix + "server: checking, again", second.checking(), "s"));
            figures.add(Figure.of(prefix + "server: storing, again", second.storing(), "s"));
            figures.add(Figure.of(prefix + "server JVM RSS after the first", megabytes, "MB"));
            return figures;
        });
    }

    /** One import: the request's wall time and the server's own split of it, from its log. */
    private record Import(double seconds, double serverSeconds, double reading, double checking, double storing) {
    }

    /** Imports the upload into a new project, after checking what was stored. */
    private static Import importOnce(ApiClient api, Path log, byte[] upload, String projectName)
            throws IOException {
        Response created = api.post("/api/v1/projects", "{\"name\":\"" + projectName + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("POST /api/v1/projects answered " + created.status() + ": "
                    + created.body());
        }
        String project = created.json().get("id").asString();
        long start = System.nanoTime();
        Response response = api.postFiles("/api/v1/projects/" + project + "/annotations/import?" + OPTIONS, "file",
                List.of(new FilePart("ptc-train.tar.gz", upload)));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.status() != 201) {
            throw new IllegalStateException("the import answered " + response.status() + ": "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        JsonNode result = response.json();
        if (result.get("documents").asInt() != ARTICLES || result.get("spans").asInt() != SPANS) {
            throw new IllegalStateException("the import stored " + result.get("documents") + " documents and "
                    + result.get("spans") + " spans, not " + ARTICLES + " and " + SPANS);
        }
        Matcher line = IMPORTED.matcher(Files.readString(log));
        while (line.find()) {
            if (line.group(1).equals(project)) {
                Import done = new Import(seconds, ms(line, 2), ms(line, 3), ms(line, 4), ms(line, 5));
                System.out.printf("   %d articles and %d spans imported in %.2f s (server: %s ms, of which %s reading, "
                        + "%s checking, %s storing)%n", ARTICLES, SPANS, seconds, line.group(2), line.group(3),
                        line.group(4), line.group(5));
                return done;
            }
        }
        throw new IllegalStateException("the server log " + log + " has no import line for project " + project);
    }

    private static double ms(Matcher line, int group) {
        return Double.parseDouble(line.group(group)) / 1000;
    }
}
