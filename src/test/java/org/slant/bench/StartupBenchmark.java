package org.slant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Start to login page of the production jar: the first start on an empty data directory (PostgreSQL's initdb, the
 * schema, the demo project) and a restart on the same directory, each both as {@code java -jar slant.jar} and from
 * a JDK AOT cache (the extracted jar and a training run's cache, as the Dockerfile does), the two ways in turn. Each
 * run uses a fresh temporary directory; runs from {@code slant.bench.runs} (default 3). Also the server's memory once
 * the login page answers, and whether stopping it leaves PostgreSQL processes behind.
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
        return "start to login page of the production jar, first start and restart, as java -jar and from an AOT "
                + "cache (median of slant.bench.runs, default 3), memory, clean stop";
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
        AotCache aot = AotCache.prepare(jar, settings.directory().resolve("startup-aot"),
                logs.resolve("aot-training.log"));
        System.out.printf("   AOT cache: %.0f MB, training run %.1f s%n", aot.cacheMegabytes(), aot.trainingSeconds());
        Way plain = new Way("java -jar", List.of(), jar);
        Way cached = new Way("AOT cache", aot.javaOptions(), aot.jar());
        // the two ways in turn, run by run, so that both meet the same load on a shared machine
        for (int run = 1; run <= runs; run++) {
            for (Way way : List.of(plain, cached)) {
                Path data = Files.createTempDirectory("slant-bench-startup-");
                String name = "run-" + run + (way == cached ? "-aot" : "");
                try {
                    way.first.add(start(way, data, logs.resolve(name + "-first-start.log"), way.name + ", run "
                            + run + ", first start"));
                    way.restart.add(start(way, data, logs.resolve(name + "-restart.log"), way.name + ", run "
                            + run + ", restart"));
                } finally {
                    PostgresProcesses.stopLeftovers(data);
                    deleteRecursively(data);
                }
            }
        }

        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("AOT cache: size", aot.cacheMegabytes(), "MB"));
        figures.add(Figure.of("AOT cache: training run (a start, the login page once, a stop, writing the cache)",
                aot.trainingSeconds(), "s"));
        figures.addAll(figures(plain, runs));
        figures.addAll(figures(cached, runs));
        List<Start> all = Stream.of(plain, cached).flatMap(way -> Stream.concat(way.first.stream(),
                way.restart.stream())).toList();
        figures.add(Figure.of("stop (SIGTERM until exit), median of " + all.size(),
                median(all, s -> s.stop().seconds()), "s"));
        figures.add(Figure.exactly("stops that needed SIGKILL", all.stream().filter(s -> !s.stop().clean()).count(),
                "stops", 0));
        figures.add(Figure.exactly("starts that logged an ERROR", all.stream().filter(Start::loggedErrors).count(),
                "starts", 0));
        figures.add(Figure.exactly("PostgreSQL servers left running after stop",
                all.stream().mapToInt(Start::leftovers).sum(), "processes", 0));
        return figures;
    }

    /** One way of starting the jar, and its starts. */
    private record Way(String name, List<String> javaOptions, Path jar, List<Start> first, List<Start> restart) {
        Way(String name, List<String> javaOptions, Path jar) {
            this(name, javaOptions, jar, new ArrayList<>(), new ArrayList<>());
        }
    }

    private static List<Figure> figures(Way way, int runs) {
        String median = "median of " + runs;
        String prefix = way.name + ": ";
        List<Start> first = way.first;
        List<Start> restart = way.restart;
        return List.of(
                Figure.below(prefix + "first start to login page, " + median, median(first, Start::seconds), "s",
                        10),
                Figure.of(prefix + "first start to login page, fastest", min(first, Start::seconds), "s"),
                Figure.below(prefix + "restart to login page, " + median, median(restart, Start::seconds), "s", 5),
                Figure.of(prefix + "restart to login page, fastest", min(restart, Start::seconds), "s"),
                Figure.of(prefix + "first start until \"" + READY_LINE + "\", " + median,
                        median(first, Start::readySeconds), "s"),
                Figure.of(prefix + "restart until \"" + READY_LINE + "\", " + median,
                        median(restart, Start::readySeconds), "s"),
                Figure.of(prefix + "server JVM RSS at login page, first start, " + median,
                        median(first, Start::javaMegabytes), "MB"),
                Figure.of(prefix + "server JVM RSS at login page, restart, " + median,
                        median(restart, Start::javaMegabytes), "MB"),
                Figure.of(prefix + "embedded PostgreSQL PSS at login page, restart, " + median,
                        median(restart, Start::postgresMegabytes), "MB"));
    }

    private static Start start(Way way, Path data, Path log, String label) throws Exception {
        double seconds;
        double javaMegabytes;
        double postgresMegabytes;
        double readySeconds;
        SlantServer.Stop stop;
        try (SlantServer server = SlantServer.launch(way.javaOptions, way.jar, data, log, Map.of())) {
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
