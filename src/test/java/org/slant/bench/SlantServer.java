package org.slant.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * The production jar running as a separate process, started as a user would ({@code java -jar}) with its settings
 * in environment variables; its output goes to a log file.
 */
final class SlantServer implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final String READY_LINE = "Slant is ready at";

    private final Process process;
    private final long launchedNanos;
    private final int port;
    private final Path log;
    private final Path dataDirectory;

    private SlantServer(Process process, long launchedNanos, int port, Path log, Path dataDirectory) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.port = port;
        this.log = log;
        this.dataDirectory = dataDirectory;
    }

    static SlantServer launch(Path jar, Path dataDirectory, Path log) throws IOException {
        return launch(jar, dataDirectory, log, Map.of());
    }

    /**
     * A server with further settings in its environment, e.g. {@code SLANT_IMPORT_MAX_UPLOAD}; {@code SERVER_PORT}
     * among them chooses the port (otherwise a free one).
     */
    static SlantServer launch(Path jar, Path dataDirectory, Path log, Map<String, String> settings)
            throws IOException {
        return launch(List.of(), jar, dataDirectory, log, settings);
    }

    /** A server whose JVM gets {@code javaOptions} before {@code -jar}, e.g. {@code -XX:AOTCache=...}. */
    static SlantServer launch(List<String> javaOptions, Path jar, Path dataDirectory, Path log,
            Map<String, String> settings) throws IOException {
        int port = settings.containsKey("SERVER_PORT") ? Integer.parseInt(settings.get("SERVER_PORT")) : freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        // an external database in the caller's environment would bypass the embedded PostgreSQL we measure
        environment.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
        environment.put("SLANT_DATA_DIR", dataDirectory.toString());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("SLANT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.putAll(settings);
        builder.directory(log.getParent().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        long launched = System.nanoTime();
        return new SlantServer(builder.start(), launched, port, log, dataDirectory);
    }

    /**
     * A server launched on {@code dataDirectory} and ready to measure: its login page answers and it has logged that
     * its start-up work is done.
     */
    static SlantServer ready(Path jar, Path dataDirectory, Path log) throws IOException, InterruptedException {
        return ready(jar, dataDirectory, log, Map.of());
    }

    /** {@link #ready(Path, Path, Path)} with further settings, as {@link #launch(Path, Path, Path, Map)} takes them. */
    static SlantServer ready(Path jar, Path dataDirectory, Path log, Map<String, String> settings)
            throws IOException, InterruptedException {
        SlantServer server = launch(jar, dataDirectory, log, settings);
        try {
            server.awaitLoginPage(Duration.ofMinutes(5));
            server.awaitLogLine(READY_LINE, Duration.ofMinutes(5));
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** What a benchmark measures on a server of its own. */
    interface Measure {
        List<Figure> on(SlantServer server) throws Exception;
    }

    /**
     * Measures on a server of its own, ready ({@link #ready}), on a fresh data directory that is deleted afterwards
     * (with any PostgreSQL left running on it), its log in {@code work/server.log}; answers the figures measured and
     * those of the server's stop ({@link #stopAndCheck}).
     */
    static List<Figure> measureOnOwn(Path jar, Path work, Measure measure) throws Exception {
        Path data = Files.createTempDirectory("slant-bench-" + work.getFileName() + "-");
        try (SlantServer server = ready(jar, data, work.resolve("server.log"))) {
            List<Figure> figures = new ArrayList<>(measure.on(server));
            figures.addAll(server.stopAndCheck());
            return figures;
        } finally {
            PostgresProcesses.stopLeftovers(data);
            BenchFiles.deleteRecursively(data);
        }
    }

    int port() {
        return port;
    }

    /** Where its embedded PostgreSQL keeps its files ({@code SLANT_DATA_DIR}). */
    Path dataDirectory() {
        return dataDirectory;
    }

    /** Its log file. */
    Path log() {
        return log;
    }

    /** Seconds from launching the process until {@code GET /login} answers 200 (polled every 50 ms). */
    double awaitLoginPage(Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build()) {
            String last = "no answer";
            while (System.nanoTime() - launchedNanos < timeout.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with code " + process.exitValue()
                            + " before its login page answered; see " + log);
                }
                try {
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return (System.nanoTime() - launchedNanos) / 1e9;
                    }
                    last = "status " + response.statusCode();
                } catch (IOException notListeningYet) {
                    last = notListeningYet.toString();
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("the login page did not answer 200 within " + timeout.toSeconds()
                    + " s (last: " + last + "); see " + log);
        }
    }

    /**
     * Seconds from launching the process until its log holds {@code text}. The login page answers before Slant has
     * finished starting (its start-up tasks, such as the demo project, run after the web server), so a server
     * stopped right then aborts them; this waits for the line that says everything is done.
     */
    double awaitLogLine(String text, Duration timeout) throws IOException, InterruptedException {
        while (System.nanoTime() - launchedNanos < timeout.toNanos()) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return (System.nanoTime() - launchedNanos) / 1e9;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with code " + process.exitValue()
                        + " before logging '" + text + "'; see " + log);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server did not log '" + text + "' within " + timeout.toSeconds()
                + " s; see " + log);
    }

    /** The server JVM's resident memory (VmRSS) in MB; empty where /proc is missing (not Linux). */
    OptionalDouble residentMegabytes() {
        return ProcessMemory.residentKilobytes(process.pid()).stream().mapToDouble(kb -> kb / 1024.0).findFirst();
    }

    /**
     * Stops the server as a service manager would (SIGTERM; Spring closes the embedded PostgreSQL on the way out),
     * forcibly only when it has not exited within {@code patience}.
     */
    Stop stop(Duration patience) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        boolean clean = process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (!clean) {
            process.destroyForcibly();
            process.waitFor();
        }
        return new Stop((System.nanoTime() - start) / 1e9, clean);
    }

    /** Kills the server JVM with SIGKILL, as a crash or the kernel's OOM killer would; its PostgreSQL lives on. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * Stops the server (SIGTERM, then SIGKILL after 30 s) and checks how it went: the stops that needed SIGKILL and
     * the lines of its log with ERROR, as figures whose target is 0.
     */
    List<Figure> stopAndCheck() throws IOException, InterruptedException {
        Stop stop = stop(Duration.ofSeconds(30));
        long errors = Files.readAllLines(log).stream().filter(line -> line.contains(" ERROR ")).count();
        return List.of(Figure.exactly("stops that needed SIGKILL", stop.clean() ? 0 : 1, "stops", 0),
                Figure.exactly("server log lines with ERROR", errors, "lines", 0));
    }

    /** How a stop went: its duration, and whether the server exited on its own. */
    record Stop(double seconds, boolean clean) {
    }

    /** Makes sure the server is gone, also when a measurement failed half-way. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                stop(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
