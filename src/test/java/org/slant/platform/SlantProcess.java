package org.slant.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slant.Application;

/**
 * A Slant instance in a JVM of its own, on this test's class path, as a server install runs it: its own port, an
 * external database, its output in a log file under target/. Separate processes, because two Vaadin applications in
 * one JVM share Spring Security's global holder of the signed-in user.
 */
final class SlantProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private SlantProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the instance; {@link #awaitHealthy} waits until it answers. */
    static SlantProcess start(String name, String databaseUrl, String user, String password, String adminPassword,
            Path workDirectory) {
        try {
            int port = freePort();
            Path log = Path.of("target", "several-instances", name + ".log");
            Files.createDirectories(log.getParent());
            // each its own temporary directory, as docs/operations.md asks of instances on one machine
            Path temporary = Files.createDirectories(workDirectory.resolve(name + "-tmp"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + temporary,
                    "-cp", System.getProperty("java.class.path"), Application.class.getName(), "--server.port=" + port,
                    "--slant.data-dir=" + workDirectory.resolve(name),
                    "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password, "--slant.admin-password=" + adminPassword,
                    "--server.forward-headers-strategy=native", "--spring.main.banner-mode=off"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // a test JVM stopped half way (a time-out, Ctrl-C) leaves no server running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new SlantProcess(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until /actuator/health answers 200 (the database reached), failing with the log's tail otherwise. */
    SlantProcess awaitHealthy(Duration atMost) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped on its own:\n" + tail());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become healthy within " + atMost + ":\n" + tail());
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
