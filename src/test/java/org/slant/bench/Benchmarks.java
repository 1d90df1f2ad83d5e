package org.slant.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark harness: {@code ./mvnw -Pbench verify -Dbench=NAME[,NAME...]} (docs/benchmarks.md). The argument
 * is a comma-separated list of benchmark names, {@code list} or {@code all}. Prints a table of figures, appends them
 * to {@code results.json} in the benchmark directory, and exits non-zero when a benchmark fails or a name is
 * unknown. A missed target is a finding, not a failure: it shows as MISSED in the table.
 */
public final class Benchmarks {

    /** Every benchmark, in the order {@code all} runs them. New ones (import, agreement, export, ...) go here. */
    static final List<Benchmark> REGISTRY = List.of(
            new GenerateBenchmark(),
            new StartupBenchmark(),
            new ImportBenchmark(),
            new PtcImportBenchmark(),
            new ArchiveBenchmark(),
            new AnnotatorBenchmark(),
            new CurationBenchmark(),
            new ProgressBenchmark(),
            new AgreementBenchmark(),
            new ExportBenchmark(),
            new MergeBenchmark(),
            new PassagesBenchmark(),
            new StoryViewBenchmark(),
            new SavesBenchmark(),
            new LoadBenchmark(),
            new CrashBenchmark());

    private Benchmarks() {
    }

    public static void main(String[] args) {
        System.exit(run(REGISTRY, String.join(",", args), BenchSettings.fromSystem(), System.out, System.err));
    }

    /** Runs what {@code argument} names from {@code registry}; returns the exit code. */
    static int run(List<Benchmark> registry, String argument, BenchSettings settings, PrintStream out,
            PrintStream err) {
        Set<String> names = Arrays.stream(argument.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (names.isEmpty() || names.equals(Set.of("list"))) {
            list(registry, out);
            return 0;
        }
        List<Benchmark> chosen = names.contains("all") ? registry : new ArrayList<>();
        if (!names.contains("all")) {
            List<String> unknown = new ArrayList<>();
            for (String name : names) {
                registry.stream().filter(b -> b.name().equals(name)).findFirst()
                        .ifPresentOrElse(chosen::add, () -> unknown.add(name));
            }
            if (!unknown.isEmpty()) {
                err.println("Unknown benchmark: " + String.join(", ", unknown) + ". Known benchmarks: "
                        + registry.stream().map(Benchmark::name).collect(Collectors.joining(", "))
                        + " (or 'list', 'all').");
                return 2;
            }
        }

        Instant started = Instant.now();
        MachineFacts machine = MachineFacts.current();
        out.println("Slant benchmarks, " + started + ", " + machine.cores() + " cores, max heap "
                + machine.maxHeapMb() + " MB, Java " + machine.java() + ", " + machine.os() + ", load "
                + machine.loadAverage());
        List<BenchmarkResult> results = new ArrayList<>();
        for (Benchmark benchmark : chosen) {
            results.add(measure(benchmark, settings, out, err));
        }
        out.println();
        FigureTable.print(results, out);
        try {
            Path file = ResultsFile.append(settings.directory(), started, String.join(",", names), machine, results);
            out.println();
            out.println("Figures appended to " + file);
        } catch (Exception e) {
            err.println("Could not write the results file: " + e);
            return 1;
        }
        return results.stream().anyMatch(BenchmarkResult::failed) ? 1 : 0;
    }

    private static BenchmarkResult measure(Benchmark benchmark, BenchSettings settings, PrintStream out,
            PrintStream err) {
        out.println();
        out.println("== " + benchmark.name() + ": " + benchmark.description());
        long start = System.nanoTime();
        try {
            List<Figure> figures = benchmark.run(settings);
            return new BenchmarkResult(benchmark.name(), seconds(start), figures, null);
        } catch (Exception | Error e) {
            err.println("Benchmark " + benchmark.name() + " failed:");
            e.printStackTrace(err);
            return new BenchmarkResult(benchmark.name(), seconds(start), List.of(), String.valueOf(e));
        }
    }

    private static void list(List<Benchmark> registry, PrintStream out) {
        out.println("Benchmarks (run with ./mvnw -Pbench verify -Dbench=NAME[,NAME...] or -Dbench=all):");
        int width = registry.stream().mapToInt(b -> b.name().length()).max().orElse(0);
        for (Benchmark benchmark : registry) {
            out.println("  " + benchmark.name() + " ".repeat(width - benchmark.name().length() + 2)
                    + benchmark.description());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
