package org.slant.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A news-like corpus for benchmarks, made from a seed: the same seed and size give the same bytes, on any machine.
 * Documents come in stories of 3 to 8 articles from different outlets. Documents are produced one at a time, so a
 * corpus of any size is written in little memory.
 */
public final class SyntheticCorpus {

    public static final long DEFAULT_SEED = 20_240_611L;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** The usual place of a corpus of this size and seed within a benchmark directory. */
    public static Path fileIn(Path directory, int documents, long seed) {
        return directory.resolve("corpus-" + documents + "-seed-" + seed + ".jsonl");
    }

    /** Hands {@code documents} documents to {@code sink}, in order. */
    public void generate(int documents, Consumer<SyntheticDocument> sink) {
        Dice dice = new Dice(seed);
        StoryPlanner stories = new StoryPlanner(dice);
        ArticleWriter articles = new ArticleWriter(dice);
        int index = 0;
        while (index < documents) {
            NewsStory story = stories.next(storySize(dice, documents - index));
            for (NewsOutlet outlet : story.outlets()) {
                ArticleWriter.Article article = articles.write(story, outlet);
                // outlets publish on the day of the event or up to two days later
                LocalDate published = story.date().plusDays(dice.between(0, 2));
                sink.accept(document(index++, story, outlet, article, published));
            }
        }
    }

    /** Writes the corpus as JSONL (one document per line, UTF-8, "\n" after each line). */
    public CorpusSummary writeJsonl(Path file, int documents) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Tally tally = new Tally();
        try (BufferedWriter out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            generate(documents, document -> {
                try {
                    out.write(JSON.writeValueAsString(fields(document)));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                tally.add(document);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new CorpusSummary(file, tally.documents, tally.stories.size(), Files.size(file), tally.textBytes,
                tally.words, tally.nonAscii);
    }

    /** Counts what goes into the file, for the summary. */
    private static final class Tally {
        int documents;
        int nonAscii;
        long words;
        long textBytes;
        final Set<String> stories = new HashSet<>();

        void add(SyntheticDocument document) {
            long bytes = utf8Length(document.text());
            documents++;
            words += document.words();
            textBytes += bytes;
            stories.add(document.story());
            if (bytes != document.text().length()) {
                nonAscii++;
            }
        }
    }

    private SyntheticDocument document(int index, NewsStory story, NewsOutlet outlet, ArticleWriter.Article article,
            LocalDate published) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("generator", "slant synthetic corpus");
        meta.put("seed", seed);
        meta.put("section", story.topic().section());
        meta.put("leaning", outlet.leaning());
        meta.put("storyDate", story.date().toString());
        meta.put("entities", story.entities());
        meta.put("words", article.words());
        String url = "https://www." + outlet.domain() + "/" + story.topic().section() + "/"
                + published.toString().replace('-', '/') + "/" + AsciiFolding.slug(article.title(), 60) + "-"
                + (index + 1);
        return new SyntheticDocument(article.text(), article.title(), outlet.name(), story.title(), url, published,
                "syn-%d-%07d".formatted(seed, index + 1), meta, article.words());
    }

    /** Field order as in ARCHITECTURE.md, so that a line reads well in a terminal. */
    private static Map<String, Object> fields(SyntheticDocument document) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", document.text());
        fields.put("title", document.title());
        fields.put("outlet", document.outlet());
        fields.put("story", document.story());
        fields.put("url", document.url());
        fields.put("published", document.published().toString());
        fields.put("externalId", document.externalId());
        fields.put("meta", document.meta());
        return fields;
    }

    /** 3 to 8 articles, never leaving fewer than 3 for the last story (unless the whole corpus is smaller). */
    private static int storySize(Dice dice, int remaining) {
        if (remaining <= 8) {
            return remaining;
        }
        int size = dice.between(3, 8);
        return remaining - size < 3 ? remaining - 3 : size;
    }

    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
