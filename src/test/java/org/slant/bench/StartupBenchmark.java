package org.slant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Start to login page of the production jar: the first start on an empty data directory (PostgreSQL's initdb, the
 * schema, the demo project) and a restart on the same directory. Each run uses a fresh temporary directory; runs
 * from {@code slant.bench.runs} (default 3). Also the server's memory once the login page answers, and whether
 * stopping it leaves PostgreSQL processes behind.
 */
final class StartupBenchmark implements Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);
    /** What Slant logs when its start-up tasks are done (org.slant.team.AdminAccount). */
    private static final String READY_LINE = "Slant is ready at";

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "start to login page of the production jar, first start and restart (median of slant.bench.runs, "
                + "default 3), memory, clean stop";
    }

    /**
     * One start of the server: how long until the login page answered, its memory then, how long until it was done
     * starting, and how it stopped.
     */
    private record Start(double seconds, double javaMegabytes, double postgresMegabytes, double readySeconds,
            SlantServer.Stop stop, int leftovers, boolean loggedErrors) {
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        int runs = settings.number("slant.bench.runs", 3);
        Path logs = Files.createDirectories(settings.directory().resolve("startup"));
        List<Start> first = new ArrayList<>();
        List<Start> restart = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Files.createTempDirectory("slant-bench-startup-");
            try {
                first.add(start(jar, data, logs.resolve("run-" + run + "-first-start.log"), "run " + run
                        + ", first start"));
                restart.add(start(jar, data, logs.resolve("run-" + run + "-restart.log"), "run " + run
                        + ", restart"));
            } finally {
                PostgresProcesses.stopLeftovers(data);
                deleteRecursively(data);
            }
        }

        List<Start> all = Stream.concat(first.stream(), restart.stream()).toList();
        String median = "median of " + runs;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.below("first start to login page, " + median, median(first, Start::seconds), "s", 10));
        figures.add(Figure.of("first start to login page, fastest", min(first, Start::seconds), "s"));
        figures.add(Figure.below("restart to login page, " + median, median(restart, Start::seconds), "s", 5));
        figures.add(Figure.of("restart to login page, fastest", min(restart, Start::seconds), "s"));
        figures.add(Figure.of("first start until \"" + READY_LINE + "\", " + median,
                median(first, Start::readySeconds), "s"));
        figures.add(Figure.of("restart until \"" + READY_LINE + "\", " + median,
                median(restart, Start::readySeconds), "s"));
        figures.add(Figure.of("server JVM RSS at login page, first start, " + median,
                median(first, Start::javaMegabytes), "MB"));
        figures.add(Figure.of("server JVM RSS at login page, restart, " + median,
                median(restart, Start::javaMegabytes), "MB"));
        figures.add(Figure.of("embedded PostgreSQL PSS at login page, restart, " + median,
                median(restart, Start::postgresMegabytes), "MB"));
        figures.add(Figure.of("stop (SIGTERM until exit), " + median, median(all, s -> s.stop().seconds()), "s"));
        figures.add(Figure.exactly("stops that needed SIGKILL", all.stream().filter(s -> !s.stop().clean()).count(),
                "stops", 0));
        figures.add(Figure.exactly("starts that logged an ERROR", all.stream().filter(Start::loggedErrors).count(),
                "starts", 0));
        figures.add(Figure.exactly("PostgreSQL servers left running after stop",
                all.stream().mapToInt(Start::leftovers).sum(), "processes", 0));
        return figures;
    }

    private static Start start(Path jar, Path data, Path log, String label) throws Exception {
        double seconds;
        double javaMegabytes;
        double postgresMegabytes;
        double readySeconds;
        SlantServer.Stop stop;
        try (SlantServer server = SlantServer.launch(jar, data, log)) {
            seconds = server.awaitLoginPage(START_TIMEOUT);
            javaMegabytes = server.residentMegabytes().orElse(0);
            postgresMegabytes = PostgresProcesses.proportionalKilobytes(data).orElse(0) / 1024.0;
            // stop only a server that has finished starting, so that the restart finds a complete installation
            readySeconds = server.awaitLogLine(READY_LINE, START_TIMEOUT);
            stop = server.stop(STOP_PATIENCE);
        }
        int leftovers = PostgresProcesses.stopLeftovers(data);
        // a start that logs an ERROR (a failed start-up task, a failed shutdown) is not one to trust the time of
        boolean loggedErrors = Files.readString(log).contains(" ERROR ");
        System.out.printf("   %s: login page after %.2f s (JVM RSS %.0f MB, PostgreSQL PSS %.0f MB), ready after "
                + "%.2f s, stopped in %.2f s%s%s%s%n", label, seconds, javaMegabytes, postgresMegabytes, readySeconds,
                stop.seconds(), stop.clean() ? "" : " (SIGKILL)",
                leftovers == 0 ? "" : ", " + leftovers + " PostgreSQL server(s) left running, now stopped",
                loggedErrors ? ", ERROR in " + log : "");
        return new Start(seconds, javaMegabytes, postgresMegabytes, readySeconds, stop, leftovers, loggedErrors);
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
        return Numbers.median(starts.stream().map(figure::applyAsDouble).toList());
    }

    private static double min(List<Start> starts, ToDoubleFunction<Start> figure) {
        return Numbers.min(starts.stream().map(figure::applyAsDouble).toList());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
