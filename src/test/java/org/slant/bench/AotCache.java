package org.slant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar prepared to start from a JDK AOT cache, as the README and the Dockerfile do it: extracted with
 * Spring Boot's jar tools (the cache needs plain jars on the class path), then one training run
 * ({@code SLANT_TRAINING_RUN=true}) that starts Slant on a throw-away data directory, answers its login page once and
 * stops, the JVM writing the cache as it exits.
 */
record AotCache(Path jar, Path cache, double trainingSeconds) {

    static AotCache prepare(Path productionJar, Path directory, Path log) throws IOException, InterruptedException {
        BenchFiles.deleteRecursively(directory);
        Path extracted = directory.resolve("application");
        run(List.of(java(), "-Djarmode=tools", "-jar", productionJar.toString(), "extract", "--destination",
                extracted.toString()), directory.getParent(), log, null);
        Path jar = extracted.resolve(productionJar.getFileName());
        Path cache = directory.resolve("slant.aot");
        Path data = Files.createTempDirectory("slant-bench-aot-training-");
        long started = System.nanoTime();
        try {
            run(List.of(java(), "-XX:AOTCacheOutput=" + cache, "-jar", jar.toString()), extracted, log, data);
        } finally {
            PostgresProcesses.stopLeftovers(data);
            BenchFiles.deleteRecursively(data);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache; see " + log);
        }
        return new AotCache(jar, cache, seconds);
    }

    List<String> javaOptions() {
        return List.of("-XX:AOTCache=" + cache);
    }

    double cacheMegabytes() throws IOException {
        return Files.size(cache) / 1e6;
    }

    private static void run(List<String> command, Path directory, Path log, Path dataDirectory)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
        if (dataDirectory != null) {
            builder.environment().put("SLANT_TRAINING_RUN", "true");
            builder.environment().put("SLANT_DATA_DIR", dataDirectory.toString());
            builder.environment().put("SERVER_PORT", "0");
            builder.environment().put("SLANT_ADMIN_PASSWORD", SlantServer.ADMIN_PASSWORD);
        }
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within 10 minutes; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed with exit code " + process.exitValue() + "; see " + log);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
