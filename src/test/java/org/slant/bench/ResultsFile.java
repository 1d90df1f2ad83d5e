package org.slant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code results.json} in the benchmark directory: a JSON array with one object per run (time, machine, command,
 * each benchmark's figures), the newest last. Runs are appended so that figures can be compared over time.
 */
final class ResultsFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultsFile() {
    }

    static Path append(Path directory, Instant time, String command, MachineFacts machine,
            List<BenchmarkResult> results) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("results.json");
        ArrayNode runs = earlierRuns(file);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("time", time.toString());
        run.put("command", command);
        run.put("machine", machine);
        run.put("benchmarks", results);
        runs.add(JSON.valueToTree(run));
        Path written = directory.resolve("results.json.new");
        JSON.writerWithDefaultPrettyPrinter().writeValue(written.toFile(), runs);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The runs so far; a file that is not such an array is kept aside rather than overwritten. */
    private static ArrayNode earlierRuns(Path file) throws IOException {
        if (Files.exists(file)) {
            try {
                JsonNode existing = JSON.readTree(file.toFile());
                if (existing instanceof ArrayNode array) {
                    return array;
                }
            } catch (JacksonException e) {
                // fall through: keep the unreadable file aside
            }
            Files.move(file, file.resolveSibling("results.json.unreadable-" + System.currentTimeMillis()));
        }
        return JSON.createArrayNode();
    }
}
