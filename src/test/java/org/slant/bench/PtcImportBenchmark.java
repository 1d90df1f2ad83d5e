package org.slant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * The PTC training corpus ({@code ../shared/data/ptc-train.tar.gz}, or {@code slant.bench.ptc}) uploaded as it is
 * published, 371 articles and the 6,129 technique spans of {@code train-task2-TC.labels}, as one annotated import
 * through the API ({@code format=ptc}, the layer and its 14 techniques created, the spans an annotator's work) on a
 * freshly started production jar: the first import pays for the JIT's warm-up, as a user's would. A second import
 * of the same upload into another project on the same server shows the warm figure.
 */
final class PtcImportBenchmark implements Benchmark {

    private static final int ARTICLES = 371;
    private static final int SPANS = 6_129;
    private static final String OPTIONS = "format=ptc&annotator=ptc-gold&createAnnotators=true&layer=Propaganda"
            + "&createMissing=true";

    @Override
    public String name() {
        return "ptcimport";
    }

    @Override
    public String description() {
        return "imports PTC's 371 articles with their 6,129 technique spans (ptc-train.tar.gz as published) through "
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
            double first = importOnce(api, upload, "PTC import benchmark");
            double megabytes = server.residentMegabytes().orElse(0);
            double second = importOnce(api, upload, "PTC import benchmark, again");
            String prefix = "PTC train (" + ARTICLES + " articles, " + Numbers.format(SPANS) + " spans, tar.gz): ";
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.below(prefix + "import through the API, first on a fresh server", first, "s", 3));
            figures.add(Figure.of(prefix + "spans per second, first import", SPANS / first, "spans/s"));
            figures.add(Figure.of(prefix + "import again, into another project (warm JVM)", second, "s"));
            figures.add(Figure.of(prefix + "server JVM RSS after the first", megabytes, "MB"));
            return figures;
        });
    }

    /** Imports the upload into a new project; the request's wall time, after checking what was stored. */
    private static double importOnce(ApiClient api, byte[] upload, String projectName) {
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
        System.out.printf("   %d articles and %d spans imported in %.2f s%n", ARTICLES, SPANS, seconds);
        return seconds;
    }
}
