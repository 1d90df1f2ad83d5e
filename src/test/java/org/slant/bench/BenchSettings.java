package org.slant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the harness works and what it was asked. Each setting is a system property ({@code slant.bench.runs}) or,
 * failing that, an environment variable of the same name in capitals ({@code SLANT_BENCH_RUNS}): Maven's exec
 * plugin starts the harness in a JVM of its own, which sees Maven's environment but not its {@code -D} options.
 *
 * @param directory the working and output directory (target/bench)
 * @param jar the production jar to start, or null when the harness was not started by Maven
 */
public record BenchSettings(Path directory, Path jar) {

    /** The production jar the server benchmarks start; refused with what to do when it is not there. */
    Path requireJar() {
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("no production jar at " + jar + ": run the harness with ./mvnw -Pbench "
                    + "verify, which builds it, or give its path with -Dslant.bench.jar");
        }
        return jar;
    }

    static BenchSettings fromSystem() {
        String jar = text("slant.bench.jar", null);
        return new BenchSettings(Path.of(text("slant.bench.dir", "target/bench")).toAbsolutePath(),
                jar == null ? null : Path.of(jar).toAbsolutePath());
    }

    /** The setting's value, or {@code fallback} when it is given neither as property nor as environment variable. */
    static String text(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    int number(String name, int fallback) {
        String value = text(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
        }
    }

    List<Integer> numbers(String name, String fallback) {
        String value = text(name, fallback);
        try {
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be whole numbers separated by commas, not '"
                    + value + "'", e);
        }
    }

    long seed() {
        String value = text("slant.bench.seed", null);
        return value == null ? SyntheticCorpus.DEFAULT_SEED : Long.parseLong(value);
    }
}
