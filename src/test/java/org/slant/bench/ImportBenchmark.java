package org.slant.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slant.ApiClient;
import org.slant.ApiClient.FilePart;
import org.slant.ApiClient.Response;

/**
 * Imports through the REST API of the production jar, as a user's script would: the synthetic corpus of 10,000
 * articles (about 5 KB each) as one JSON Lines body, and the 371 real articles of the PTC corpus
 * ({@code ../shared/data/ptc-train.tar.gz}, or {@code slant.bench.ptc}) as a zip of .txt files. Each is imported
 * into a new project on a freshly started server of its own, so that each import is the server's first (paying
 * for the JIT's warm-up, as a user's would) and the server's memory afterwards is that import's. The synthetic
 * corpus is 57 MB of JSON Lines, more than the default upload limit of 50 MB: the servers run with
 * {@code SLANT_IMPORT_MAX_UPLOAD=100MB}.
 */
final class ImportBenchmark implements Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String READY_LINE = "Slant is ready at";
    /** What the server logs when an import is done (org.slant.corpus.importing.DocumentImport). */
    private static final Pattern IMPORTED = Pattern.compile("Imported (\\d+) documents into project (\\S+) .* in "
            + "(\\d+) ms \\((\\d+) ms reading and checking, (\\d+) ms storing\\)");
    private static final int DOCUMENTS = 10_000;
    private static final Map<String, String> SETTINGS = Map.of("SLANT_IMPORT_MAX_UPLOAD", "100MB");

    /** One import: the wall time of the request, the server's own times from its log, its memory afterwards. */
    private record Import(int created, double seconds, double serverSeconds, double readingSeconds,
            double storingSeconds, double megabytes) {
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String description() {
        return "imports 10,000 synthetic JSONL articles, and the 371 PTC articles as a zip of .txt files, through "
                + "the REST API of the production jar";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        Path logs = Files.createDirectories(settings.directory().resolve("import"));
        List<Figure> figures = new ArrayList<>();

        Path corpus = syntheticCorpus(settings);
        double corpusMegabytes = Files.size(corpus) / 1e6;
        Import synthetic = onFreshServer(jar, logs.resolve("synthetic-server.log"), (api, project) ->
                api.post(documentsOf(project), "application/x-ndjson", BodyPublishers.ofFile(corpus)));
        if (synthetic.created() != DOCUMENTS) {
            throw new IllegalStateException("the synthetic corpus stored " + synthetic.created() + " documents, not "
                    + DOCUMENTS);
        }
        String prefix = "10,000 JSONL docs (" + Numbers.format(corpusMegabytes) + " MB): ";
        figures.add(Figure.below(prefix + "import through the API", synthetic.seconds(), "s", 30));
        figures.add(Figure.of(prefix + "documents per second", DOCUMENTS / synthetic.seconds(), "docs/s"));
        figures.add(Figure.of(prefix + "throughput", corpusMegabytes / synthetic.seconds(), "MB/s"));
        figures.add(Figure.of(prefix + "server: reading and checking", synthetic.readingSeconds(), "s"));
        figures.add(Figure.of(prefix + "server: storing", synthetic.storingSeconds(), "s"));
        figures.add(Figure.of(prefix + "server JVM RSS afterwards", synthetic.megabytes(), "MB"));

        Path ptc = Path.of(BenchSettings.text("slant.bench.ptc", "../shared/data/ptc-train.tar.gz"));
        if (!Files.isRegularFile(ptc)) {
            System.out.println("   no PTC corpus at " + ptc.toAbsolutePath() + " (slant.bench.ptc): its import is "
                    + "left out");
            return figures;
        }
        byte[] zip = articlesAsZip(ptc, logs);
        Import real = onFreshServer(jar, logs.resolve("ptc-server.log"), (api, project) -> api.postFiles(
                documentsOf(project), "file", List.of(new FilePart("ptc-train.zip", zip))));
        prefix = "PTC train, " + real.created() + " articles as a zip of .txt: ";
        figures.add(Figure.below(prefix + "import through the API", real.seconds(), "s", 3));
        figures.add(Figure.of(prefix + "server: reading, checking and storing", real.serverSeconds(), "s"));
        figures.add(Figure.below(prefix + "server JVM RSS afterwards", real.megabytes(), "MB", 600));
        return figures;
    }

    /** Sends one import with {@code request} into a new project of a server started for it alone. */
    private static Import onFreshServer(Path jar, Path log, ImportRequest request) throws Exception {
        Path data = Files.createTempDirectory("slant-bench-import-");
        try (SlantServer server = SlantServer.launch(jar, data, log, SETTINGS)) {
            server.awaitLoginPage(START_TIMEOUT);
            server.awaitLogLine(READY_LINE, START_TIMEOUT);
            ApiClient api = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
            String project = newProject(api, "Import benchmark");
            long start = System.nanoTime();
            Response response = request.send(api, project);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (response.status() != 201) {
                throw new IllegalStateException("the import answered " + response.status() + ": "
                        + response.body().substring(0, Math.min(2000, response.body().length())));
            }
            int created = response.json().get("created").asInt();
            double megabytes = server.residentMegabytes().orElse(0);
            Matcher line = serverLine(log, project);
            System.out.printf("   %d documents imported in %.2f s (server: %s ms, of which %s reading and checking, "
                    + "%s storing); server RSS %.0f MB%n", created, seconds, line.group(3), line.group(4),
                    line.group(5), megabytes);
            return new Import(created, seconds, seconds(line, 3), seconds(line, 4), seconds(line, 5), megabytes);
        } finally {
            PostgresProcesses.stopLeftovers(data);
            BenchFiles.deleteRecursively(data);
        }
    }

    @FunctionalInterface
    private interface ImportRequest {

        Response send(ApiClient api, String project) throws Exception;
    }

    private static Path syntheticCorpus(BenchSettings settings) throws IOException {
        long seed = settings.seed();
        Path corpus = SyntheticCorpus.fileIn(settings.directory(), DOCUMENTS, seed);
        if (!Files.isRegularFile(corpus)) {
            System.out.println("   writing " + corpus);
            new SyntheticCorpus(seed).writeJsonl(corpus, DOCUMENTS);
        }
        return corpus;
    }

    /** The train-articles/*.txt of the PTC archive, unpacked with the system's tar, packed into a zip in memory. */
    private static byte[] articlesAsZip(Path archive, Path work) throws Exception {
        Path unpacked = work.resolve("ptc");
        BenchFiles.deleteRecursively(unpacked);
        Files.createDirectories(unpacked);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C",
                unpacked.toString()).inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("tar could not unpack " + archive);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(unpacked)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(unpacked.relativize(file).toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A new project for the import, or the demo project where this Slant cannot create projects through the API. */
    private static String newProject(ApiClient api, String name) {
        Response created = api.post("/api/v1/projects", "{\"name\":\"" + name + "\"}");
        if (created.status() == 201) {
            return created.json().get("id").asString();
        }
        System.out.println("   POST /api/v1/projects answered " + created.status() + ": importing into the demo "
                + "project");
        return api.get("/api/v1/projects").json().get(0).get("id").asString();
    }

    private static String documentsOf(String project) {
        return "/api/v1/projects/" + project + "/documents";
    }

    /** The server's log line for its import into the project. */
    private static Matcher serverLine(Path log, String project) throws IOException {
        Matcher line = IMPORTED.matcher(Files.readString(log));
        while (line.find()) {
            if (line.group(2).equals(project)) {
                return line;
            }
        }
        throw new IllegalStateException("the server log " + log + " has no import line for project " + project);
    }

    private static double seconds(Matcher line, int millisecondsGroup) {
        return Double.parseDouble(line.group(millisecondsGroup)) / 1000;
    }
}
