package org.slant.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchmarksTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final List<Benchmark> registry = List.of(
            fake("quick", () -> List.of(Figure.below("time", 2, "s", 5), Figure.of("size", 1234, "MB"))),
            fake("broken", () -> {
                throw new IllegalStateException("the server did not start");
            }));

    @Test
    void listsTheBenchmarksWithTheirDescriptions() {
        assertThat(run("list")).isZero();
        assertThat(out()).contains("quick", "broken", "what quick measures");
        assertThat(Benchmarks.REGISTRY).extracting(Benchmark::name).contains("generate", "startup", "annotator",
                "progress", "merge", "passages", "story");
    }

    @Test
    void anUnknownNameIsAnErrorThatNamesTheKnownOnes() {
        assertThat(run("quick,nonsense")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nonsense", "quick, broken");
        assertThat(directory.resolve("results.json")).doesNotExist();
    }

    @Test
    void printsTheFiguresAndAppendsTheRunToTheResultsFile() throws IOException {
        assertThat(run("quick")).isZero();
        assertThat(run("quick")).isZero();

        assertThat(out()).contains("time", "< 5 s", "met", "1,234");
        JsonNode runs = JsonMapper.builder().build().readTree(directory.resolve("results.json").toFile());
        assertThat(runs.size()).isEqualTo(2);
        JsonNode run = runs.get(1);
        assertThat(run.get("machine").get("cores").asInt()).isPositive();
        assertThat(run.get("time").asString()).isNotBlank();
        JsonNode figure = run.get("benchmarks").get(0).get("figures").get(0);
        assertThat(figure.get("value").asDouble()).isEqualTo(2.0);
        assertThat(figure.get("met").asBoolean()).isTrue();
    }

    @Test
    void aFailingBenchmarkMakesTheExitCodeNonZeroButTheOthersStillRun() throws IOException {
        assertThat(run("broken,quick")).isNotZero();
        assertThat(out()).contains("FAILED", "the server did not start", "< 5 s");
        assertThat(Files.readString(directory.resolve("results.json"))).contains("the server did not start");
    }

    private int run(String argument) {
        return Benchmarks.run(registry, argument, new BenchSettings(directory, null),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    interface Measurement {
        List<Figure> run() throws Exception;
    }

    private static Benchmark fake(String name, Measurement measurement) {
        return new Benchmark() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "what " + name + " measures";
            }

            @Override
            public List<Figure> run(BenchSettings settings) throws Exception {
                return measurement.run();
            }
        };
    }
}
