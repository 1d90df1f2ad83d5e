package org.slant.bench;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The long article the browser benchmarks open (annotator, curation): written with the corpus's sentence writer,
 * imported through the REST API into a project of its own, and spans saved on it through the span API.
 *
 * @param title the headline
 * @param text the article's text
 * @param words words as a reader counts them (runs between spaces)
 */
record LongArticle(String title, String text, int words, String story, String outlet) {

    static final int WORDS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A long read of {@value #WORDS} words or a few more (the last paragraph is finished) from one story, written
     * with the corpus's sentence writer in the house style of an outlet with curly quotes and non-breaking spaces:
     * paragraphs of one to four sentences separated by blank lines, a crosshead every twelve paragraphs, now and then
     * a post quoted from social media (with an emoji) and a quote in Cyrillic.
     */
    static LongArticle write(long seed) {
        Dice dice = new Dice(seed);
        NewsStory story = new StoryPlanner(dice).next(3);
        NewsOutlet outlet = NewsOutlet.ALL.stream().filter(o -> o.name().equals("Atlantic Review")).findFirst()
                .orElseThrow();
        SentenceWriter sentences = new SentenceWriter(dice, story, outlet, true);
        StringBuilder text = new StringBuilder();
        int paragraphs = 0;
        while (SentenceWriter.words(text) < WORDS) {
            if (paragraphs > 0 && paragraphs % 12 == 0) {
                text.append(sentences.crosshead()).append("\n\n");
            }
            StringBuilder paragraph = new StringBuilder();
            int count = dice.between(1, 4);
            for (int i = 0; i < count; i++) {
                paragraph.append(i > 0 ? " " : "").append(sentences.sentence());
            }
            if (paragraphs % 15 == 4) {
                paragraph.append(' ').append(sentences.socialPost());
            }
            if (paragraphs % 25 == 9) {
                paragraph.append(' ').append(sentences.cyrillicQuote());
            }
            text.append(paragraph).append("\n\n");
            paragraphs++;
        }
        String body = text.toString().stripTrailing();
        return new LongArticle(sentences.headline(), body, SentenceWriter.words(body), story.title(), outlet.name());
    }

    /** What a benchmark measures of the article on its server; {@code work} is the benchmark's folder. */
    interface Measure {
        List<Figure> on(SlantServer server, LongArticle article, Path work) throws Exception;
    }

    /**
     * Measures the article ({@link #write} with the settings' seed) on a production-jar server of the benchmark's
     * own ({@link SlantServer#measureOnOwn}), with its log and what else it writes in the folder {@code benchmark}
     * of the bench directory.
     */
    static List<Figure> measureOnOwnServer(BenchSettings settings, String benchmark, Measure measure)
            throws Exception {
        Path work = Files.createDirectories(settings.directory().resolve(benchmark));
        LongArticle article = write(settings.seed());
        System.out.println("   article: " + article.describe());
        return SlantServer.measureOnOwn(settings.requireJar(), work, server -> measure.on(server, article, work));
    }

    /** Its size: words, code points, UTF-16 units and paragraphs. */
    String describe() {
        return String.format(Locale.ROOT, "%,d words, %,d code points (%,d UTF-16 units), %,d paragraphs", words,
                text.codePointCount(0, text.length()), text.length(),
                text.lines().filter(line -> !line.isBlank()).count());
    }

    /** The article as a line of JSON Lines to import; {@code benchmark} names who made it. */
    Map<String, Object> fields(String benchmark) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("title", title);
        fields.put("outlet", outlet);
        fields.put("story", story);
        fields.put("externalId", benchmark + "-benchmark");
        fields.put("meta", Map.of("generator", "slant " + benchmark + " benchmark", "words", words));
        return fields;
    }

    /** Words and numbers (tokens with a letter or digit) as code point ranges [start, end). */
    List<int[]> wordsInCodePoints() {
        return wordsInCodePoints(text);
    }

    /** The words and numbers of any text, as {@link #wordsInCodePoints()}. */
    static List<int[]> wordsInCodePoints(String text) {
        BreakIterator boundaries = BreakIterator.getWordInstance(Locale.ROOT);
        boundaries.setText(text);
        List<int[]> found = new ArrayList<>();
        int codePoint = 0;
        int at = 0;
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE;
                start = end, end = boundaries.next()) {
            String token = text.substring(start, end);
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                codePoint += text.codePointCount(at, start);
                int length = token.codePointCount(0, token.length());
                found.add(new int[] {codePoint, codePoint + length});
                codePoint += length;
                at = end;
            }
        }
        return found;
    }

    /**
     * The article imported into a new project: its id, the span layer whose labels have keys of one character (with
     * those labels), and what the server counted.
     */
    record Imported(String projectId, String documentId, SpanLayer layer, int codePoints, int words) {
    }

    /** A span layer and those of its labels that have keys of one character. */
    record SpanLayer(String id, List<String> labels, List<String> keys) {

        /** A span's body for {@code POST /documents/{id}/annotations}; offsets in code points. */
        String span(String label, int start, int end) {
            return "{\"layer\":\"" + id + "\",\"label\":\"" + label + "\",\"start\":" + start + ",\"end\":" + end
                    + "}";
        }
    }

    /**
     * Creates a project named {@code projectName} with the schema {@code presets} (the first span layer with keyed
     * labels is the one used) and imports the article; fails when the server stores another text.
     */
    Imported importInto(ApiClient api, String projectName, List<String> presets, String benchmark) {
        Response project = api.post("/api/v1/projects", "{\"name\":\"" + projectName + "\",\"presets\":"
                + JSON.writeValueAsString(presets) + "}");
        project.expect(201, "creating the project");
        String projectId = project.json().get("id").asString();
        SpanLayer layer = keyedSpanLayer(api, projectId);
        Response imported = api.post("/api/v1/projects/" + projectId + "/documents", "application/x-ndjson",
                BodyPublishers.ofString(JSON.writeValueAsString(fields(benchmark)) + "\n"));
        imported.expect(201, "importing the article");
        String documentId = imported.json().get("documents").get(0).get("id").asString();
        Response stored = api.get("/api/v1/documents/" + documentId);
        stored.expect(200, "reading the article");
        if (!text.equals(stored.json().get("text").asString())) {
            throw new IllegalStateException("the server stored another text than the one imported");
        }
        return new Imported(projectId, documentId, layer, stored.json().get("codePoints").asInt(),
                stored.json().get("words").asInt());
    }

    /** The project's first span layer with at least two labels keyed by one character. */
    static SpanLayer keyedSpanLayer(ApiClient api, String projectId) {
        Response layers = api.get("/api/v1/projects/" + projectId + "/layers");
        layers.expect(200, "reading the layers");
        for (JsonNode layer : layers.json()) {
            if (!"SPAN".equals(layer.get("kind").asString())) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (JsonNode label : layer.get("labels")) {
                JsonNode key = label.get("key");
                if (key != null && !key.isNull() && key.asString().length() == 1) {
                    labels.add(label.get("id").asString());
                    keys.add(key.asString());
                }
            }
            if (labels.size() >= 2) {
                return new SpanLayer(layer.get("id").asString(), labels, keys);
            }
        }
        throw new IllegalStateException("the presets gave no span layer with keyed labels: " + layers.body());
    }

    /** One span to save, by whom: the client of its annotator and the body. */
    record Save(ApiClient api, String body) {
    }

    /** Saves the spans on the document through the span API, one request each, from {@code clients} threads. */
    static void saveSpans(String documentId, List<Save> saves, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < saves.size(); i = next.getAndIncrement()) {
                        saves.get(i).api().post("/api/v1/documents/" + documentId + "/annotations",
                                saves.get(i).body()).expect(201, "saving span " + i);
                    }
                    return null;
                }));
            }
            for (Future<?> client : work) {
                client.get();
            }
        }
    }
}
