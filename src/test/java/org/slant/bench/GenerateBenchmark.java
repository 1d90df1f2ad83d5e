package org.slant.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the synthetic corpora that other benchmarks import, and measures the generator itself. Sizes come from
 * {@code slant.bench.sizes} (default 1000,10000; 100000 adds about 20 s and 570 MB of disk).
 */
final class GenerateBenchmark implements Benchmark {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String description() {
        return "writes synthetic JSONL corpora (slant.bench.sizes, default 1000,10000) and reports their shape";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        long seed = settings.seed();
        List<Figure> figures = new ArrayList<>();
        // warm the JIT up first, so that the speed of the smallest corpus is not mostly compilation
        new SyntheticCorpus(seed + 1).generate(500, document -> { });
        for (int size : settings.numbers("slant.bench.sizes", "1000,10000")) {
            long start = System.nanoTime();
            CorpusSummary corpus = new SyntheticCorpus(seed).writeJsonl(
                    SyntheticCorpus.fileIn(settings.directory(), size, seed), size);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println("   wrote " + corpus.file());
            String prefix = Numbers.format(size) + " docs: ";
            figures.add(Figure.of(prefix + "generation speed", corpus.documents() / seconds, "docs/s"));
            figures.add(Figure.of(prefix + "file size", corpus.fileBytes() / 1e6, "MB"));
            figures.add(Figure.of(prefix + "stories", corpus.stories(), "stories"));
            figures.add(Figure.of(prefix + "mean words per document", corpus.meanWords(), "words"));
            figures.add(Figure.of(prefix + "mean text size per document", corpus.meanKilobytes(), "KB"));
            figures.add(Figure.of(prefix + "documents with non-ASCII text", 100 * corpus.nonAsciiShare(), "%"));
        }
        return figures;
    }
}
