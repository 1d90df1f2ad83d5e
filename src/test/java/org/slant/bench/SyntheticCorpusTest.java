package org.slant.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SyntheticCorpusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SIZE = 1_000;

    @TempDir
    static Path directory;

    private static CorpusSummary summary;
    private static List<JsonNode> documents;

    @BeforeAll
    static void writeOneThousandDocuments() throws IOException {
        Path file = directory.resolve("corpus.jsonl");
        summary = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED).writeJsonl(file, SIZE);
        documents = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            documents.add(JSON.readTree(line));
        }
    }

    @Test
    void theSameSeedAndSizeGiveTheSameBytesAndAnotherSeedOthers() throws IOException {
        byte[] once = write(42, 300, "once.jsonl");
        byte[] again = write(42, 300, "again.jsonl");
        byte[] otherSeed = write(43, 300, "other.jsonl");

        assertThat(again).isEqualTo(once);
        assertThat(otherSeed).isNotEqualTo(once);
    }

    @Test
    void everyLineIsAJsonObjectWithTextAndTheImportFields() {
        assertThat(documents).hasSize(SIZE);
        assertThat(summary.documents()).isEqualTo(SIZE);
        for (JsonNode document : documents) {
            assertThat(document.isObject()).isTrue();
            assertThat(document.get("text").asString()).isNotBlank();
            for (String field : List.of("title", "outlet", "story", "url", "externalId")) {
                assertThat(document.get(field).asString()).as(field).isNotBlank();
            }
            assertThat(LocalDate.parse(document.get("published").asString())).isBetween(
                    LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 31));
            assertThat(document.get("url").asString()).startsWith("https://www.").matches("\\p{ASCII}+");
            assertThat(document.get("meta").isObject()).isTrue();
        }
        assertThat(documents.stream().map(d -> d.get("externalId").asString()).distinct()).hasSize(SIZE);
    }

    @Test
    void storiesHaveThreeToEightArticlesFromDifferentOutlets() {
        Map<String, List<String>> outletsByStory = new LinkedHashMap<>();
        for (JsonNode document : documents) {
            outletsByStory.computeIfAbsent(document.get("story").asString(), story -> new ArrayList<>())
                    .add(document.get("outlet").asString());
        }
        assertThat(outletsByStory.size()).isEqualTo(summary.stories()).isBetween(SIZE / 8, SIZE / 3);
        assertThat(outletsByStory.values()).allSatisfy(outlets -> {
            assertThat(outlets).hasSizeBetween(3, 8);
            assertThat(new HashSet<>(outlets)).hasSameSizeAs(outlets);
        });
        assertThat(documents.stream().map(d -> d.get("outlet").asString()).distinct().count())
                .isBetween(20L, 30L);
    }

    @Test
    void articlesAndSentencesHaveRealisticLengths() {
        assertThat(summary.meanWords()).isBetween(600.0, 1_200.0);
        assertThat(summary.meanKilobytes()).isBetween(4.0, 6.5);
        List<Integer> words = documents.stream().map(d -> d.get("meta").get("words").asInt()).toList();
        assertThat(words.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .as("a few long reads").isGreaterThan(1_500);

        SentenceWriter sentences = new SentenceWriter(new Dice(7), aStory(), NewsOutlet.ALL.getFirst(), false);
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            lengths.add(SentenceWriter.words(sentences.sentence()));
        }
        double mean = lengths.stream().mapToInt(Integer::intValue).average().orElseThrow();
        long within = lengths.stream().filter(n -> n >= 6 && n <= 45).count();
        assertThat(mean).isBetween(17.0, 24.0);
        assertThat(within).isGreaterThan(1_900);
    }

    @Test
    void textGoesBeyondAscii() {
        String all = String.join("\n", documents.stream().map(d -> d.get("text").asString()).toList());
        assertThat(summary.nonAsciiShare()).isGreaterThan(0.5);
        assertThat(all).contains("“", "”", "’", "—", "–", "\u00A0", "\r\n");
        assertThat(all).containsAnyOf("🇺🇦", "🇪🇺", "👍🏽", "👏🏻");
        assertThat(all).containsPattern("\\p{IsCyrillic}");
        assertThat(all).containsAnyOf("Müller", "Čapek", "São Paulo", "Zürich", "Kraków", "Łódź");
        assertThat(documents).anySatisfy(d -> assertThat(d.get("title").asString()).isUpperCase());
    }

    @Test
    void smallCorporaHaveExactlyTheDocumentsAskedFor() {
        for (int size : List.of(1, 2, 3, 9, 10, 11, 17)) {
            List<SyntheticDocument> generated = new ArrayList<>();
            new SyntheticCorpus(1).generate(size, generated::add);
            assertThat(generated).as("size " + size).hasSize(size);
        }
    }

    private static byte[] write(long seed, int size, String name) throws IOException {
        Path file = directory.resolve(name);
        new SyntheticCorpus(seed).writeJsonl(file, size);
        return Files.readAllBytes(file);
    }

    private static NewsStory aStory() {
        return new StoryPlanner(new Dice(3)).next(4);
    }
}
