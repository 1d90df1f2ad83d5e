package org.slant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The articles of BASIL (../shared/data/basil.tar.gz; Fan et al., EMNLP 2019): 100 events, each reported by Fox
 * News, the New York Times and the Huffington Post. The archive is unpacked with the system's tar into the
 * benchmark's folder at run time (the corpus is never copied into the project). An article's text is its paragraphs
 * joined with a blank line, each paragraph's sentences with a space; paragraphs without any text (seven articles
 * have one) are left out, so that no paragraph is empty.
 */
final class BasilCorpus {

    /** One article of a triplet ({@code number} 1 to 3 in the file name). */
    record Article(String file, String triplet, int number, String outlet, String title, String url, String date,
            String mainEvent, String uuid, String text) {
    }

    /**
     * A story: one event and its three articles, titled by the first main event of its articles (in number order)
     * and the first 8 characters of the triplet id, so that titles are unique.
     */
    record Story(String triplet, String title, List<Article> articles) {
    }

    private static final Map<String, String> OUTLETS = Map.of("fox", "Fox News", "nyt", "New York Times",
            "hpo", "HuffPost");
    private static final Pattern FILE = Pattern.compile("([0-9a-f-]{36})_(\\d+)\\.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BasilCorpus() {
    }

    /** The stories of the archive, in the order of their year and triplet id, each article in number order. */
    static List<Story> read(Path archive, Path work) throws IOException, InterruptedException {
        Path unpacked = work.resolve("basil");
        BenchFiles.deleteRecursively(unpacked);
        Files.createDirectories(unpacked);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C",
                unpacked.toString(), "articles").inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("tar could not unpack " + archive);
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(unpacked.resolve("articles"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Matcher name = FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    articles.add(article(unpacked.relativize(file).toString(), name.group(1),
                            Integer.parseInt(name.group(2)), JSON.readTree(file.toFile())));
                }
            }
        }
        BenchFiles.deleteRecursively(unpacked);
        Map<String, List<Article>> byTriplet = new LinkedHashMap<>();
        for (Article article : articles) {
            byTriplet.computeIfAbsent(article.triplet(), key -> new ArrayList<>()).add(article);
        }
        List<Story> stories = new ArrayList<>();
        for (List<Article> triplet : byTriplet.values()) {
            triplet.sort(Comparator.comparingInt(Article::number));
            // four articles have no main event: the first of the triplet's that has one names the story
            String event = triplet.stream().map(article -> article.mainEvent().strip()).filter(e -> !e.isEmpty())
                    .findFirst().orElse("BASIL event");
            String id = triplet.getFirst().triplet();
            stories.add(new Story(id, event + " (" + id.substring(0, 8) + ")", List.copyOf(triplet)));
        }
        return stories;
    }

    private static Article article(String file, String triplet, int number, JsonNode json) {
        String source = json.get("source").asString().toLowerCase(Locale.ROOT);
        String outlet = OUTLETS.get(source);
        if (outlet == null) {
            throw new IllegalStateException(file + ": unknown source '" + source + "'");
        }
        if (!json.get("triplet-uuid").asString().equals(triplet)) {
            throw new IllegalStateException(file + ": triplet-uuid " + json.get("triplet-uuid") + " is not the "
                    + "file's");
        }
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode paragraph : json.get("body-paragraphs")) {
            List<String> sentences = new ArrayList<>();
            for (JsonNode sentence : paragraph) {
                if (!sentence.asString().isBlank()) {
                    sentences.add(sentence.asString());
                }
            }
            if (!sentences.isEmpty()) {
                paragraphs.add(String.join(" ", sentences));
            }
        }
        return new Article(file, triplet, number, outlet, json.get("title").asString(), text(json, "url"),
                text(json, "date"), json.get("main-event").asString(), text(json, "uuid"),
                String.join("\n\n", paragraphs));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
