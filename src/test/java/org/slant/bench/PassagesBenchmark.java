package org.slant.bench;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.stories.SharedPassage;
import org.slant.stories.PassagePhases;
import org.slant.stories.SharedPassageFinder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared passages of a story (issue 15; PERFORMANCE.md: a 50-article story of 1,000 words each under 2 s, all 100
 * BASIL stories under 10 s), through the REST API of the production jar on a server of its own, and the algorithm
 * alone in this JVM ({@link SharedPassageFinder#find}) on the same texts.
 *
 * <p>Synthetic: a story of {@value #ARTICLES} articles of about {@value #WORDS} words ({@link SharedStory}: wire
 * paragraphs and quotations from a pool make 20-40% of each article, half of the copies edited) is imported as JSON
 * Lines and {@code GET /api/v1/stories/{id}/passages} is timed once on a fresh server (the first call) and then
 * {@code slant.bench.runs} times (the median carries the target). BASIL: its 300 articles are imported in one JSON
 * Lines upload (outlet from the source, one story per triplet) and the passages of all 100 stories are asked for one
 * after the other, a sweep timed once (the first) and then {@code slant.bench.runs} times.
 *
 * <p>The answers must be sound or the benchmark fails: every occurrence's {@code text} is its article's
 * {@code text[start:end]} in code points, as imported; of the planted copies whose words are those of the pool (as
 * they are, or with only quotes or punctuation changed) in an article, at least 90% are found (occurrences in that
 * article cover 90% of the copy's letters and digits). Recall of the copies with a word changed or dropped is
 * reported too, as are the passages with no planted material in them (stock phrases of the generator, shared by
 * chance), and whether the API's occurrences are those the algorithm finds in-process. Three BASIL stories' passages
 * are printed to the console to be read.
 */
final class PassagesBenchmark implements Benchmark {

    static final int ARTICLES = 50;
    static final int WORDS = 1_000;
    static final int MIN_WORDS = 6;
    private static final double RECALL_FLOOR = 0.9;
    /** A planted copy counts as found when occurrences cover this share of its letters and digits. */
    private static final double COVERED = 0.9;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "passages";
    }

    @Override
    public String description() {
        return "shared passages of a story (issue 15): 50 articles x 1,000 words sharing wire copy and quotes, and "
                + "all 100 BASIL stories, through the REST API of the production jar and in-process";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path jar = settings.requireJar();
        int runs = settings.number("slant.bench.runs", 3);
        Path work = settings.directory().resolve("passages");
        BenchFiles.deleteRecursively(work);
        Files.createDirectories(work);

        SharedStory story = SharedStory.write(settings.seed(), ARTICLES, WORDS);
        describe(story);
        Path archive = Path.of(BenchSettings.text("slant.bench.basil", "../shared/data/basil.tar.gz"));
        List<BasilCorpus.Story> basil = null;
        if (Files.isRegularFile(archive)) {
            basil = BasilCorpus.read(archive, work);
            System.out.printf("   BASIL: %d stories, %d articles, %,d words (runs between spaces)%n", basil.size(),
                    basil.stream().mapToInt(s -> s.articles().size()).sum(), basil.stream()
                            .flatMap(s -> s.articles().stream()).mapToInt(a -> SentenceWriter.words(a.text())).sum());
        } else {
            System.out.println("   no BASIL corpus at " + archive.toAbsolutePath() + " (slant.bench.basil): its "
                    + "stories are left out");
        }
        List<BasilCorpus.Story> stories = basil;
        return SlantServer.measureOnOwn(jar, work, server -> {
            ApiClient admin = ApiClient.basic(server.port(), "admin", SlantServer.ADMIN_PASSWORD);
            // a token, as a script should use: basic authentication would add bcrypt's 50-100 ms to every call
            Response token = admin.post("/api/v1/users/me/tokens", "{\"name\":\"passages benchmark\"}");
            token.expect(201, "making an access token");
            ApiClient api = ApiClient.bearer(server.port(), token.json().get("token").asString());
            List<Figure> figures = new ArrayList<>(synthetic(api, story, runs));
            if (stories != null) {
                figures.addAll(basil(api, stories, runs, work));
            }
            server.residentMegabytes().ifPresent(mb -> figures.add(Figure.of("server JVM RSS afterwards", mb,
                    "MB")));
            return figures;
        });
    }

    private static void describe(SharedStory story) {
        Map<SharedStory.Copy, Integer> copies = new EnumMap<>(SharedStory.Copy.class);
        long planted = 0;
        for (SharedStory.Article article : story.articles()) {
            for (SharedStory.Planted copy : article.planted()) {
                copies.merge(copy.copy(), 1, Integer::sum);
                planted += SentenceWriter.words(article.text().substring(
                        article.text().offsetByCodePoints(0, copy.start()),
                        article.text().offsetByCodePoints(0, copy.end())));
            }
        }
        long words = story.articles().stream().mapToLong(SharedStory.Article::words).sum();
        System.out.printf("   synthetic story '%s': %d articles, %,d words (%.0f a article), %.0f%% of them "
                + "copies of a pool of %d wire paragraphs and quotations; copies %s%n", story.story().title(),
                story.articles().size(), words, (double) words / story.articles().size(), 100.0 * planted / words,
                story.pool().size(), copies);
    }

    // ---------------------------------------------------------------------------------------------- synthetic

    private static List<Figure> synthetic(ApiClient api, SharedStory story, int runs) {
        String prefix = ARTICLES + " articles x " + Numbers.format(WORDS) + " words: ";
        String project = createProject(api, "Passages benchmark, synthetic story");
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int a = 0; a < story.articles().size(); a++) {
            SharedStory.Article article = story.articles().get(a);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("text", article.text());
            line.put("title", article.title());
            line.put("outlet", article.outlet());
            line.put("story", story.story().title());
            line.put("published", story.story().date().toString());
            line.put("externalId", "passages-" + (a + 1));
            lines.add(line);
        }
        List<UUID> ids = importJsonl(api, project, lines);
        UUID storyId = storyIds(api, project).get(story.story().title());
        Map<UUID, String> texts = new HashMap<>();
        for (int a = 0; a < ids.size(); a++) {
            texts.put(ids.get(a), story.articles().get(a).text());
        }

        Timed first = passages(api, storyId);
        List<Double> times = new ArrayList<>();
        JsonNode answer = null;
        for (int run = 1; run <= runs; run++) {
            Timed timed = passages(api, storyId);
            times.add(timed.seconds());
            answer = timed.response().json();
            checkTexts(answer, texts, "the synthetic story, run " + run);
        }
        checkTexts(first.response().json(), texts, "the synthetic story, first call");
        int bytes = first.response().body().getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("   through the API: first call %.3f s, then %s s; answer %,d bytes%n", first.seconds(),
                times.stream().map(t -> String.format("%.3f", t)).toList(), bytes);

        List<Occurrences> found = occurrencesByArticle(answer, ids);
        Map<SharedStory.Copy, int[]> recall = recall(story, found);
        int passages = answer.get("passages").size();
        int occurrences = 0;
        for (JsonNode passage : answer.get("passages")) {
            occurrences += passage.get("occurrences").size();
        }
        Composition made = composition(story, answer, ids);
        int[] sameWords = sum(recall.get(SharedStory.Copy.VERBATIM), recall.get(SharedStory.Copy.SAME_WORDS));
        System.out.printf("   %,d passages, %,d occurrences; %s; planted copies found (found/shared copies): verbatim "
                + "%s, same words %s, words edited %s%n", passages, occurrences, made, ratio(recall.get(SharedStory.Copy.VERBATIM)), ratio(recall.get(SharedStory.Copy.SAME_WORDS)),
                ratio(recall.get(SharedStory.Copy.WORDS_EDITED)));
        if (share(sameWords) < RECALL_FLOOR) {
            throw new IllegalStateException("the passages miss planted material: only " + ratio(sameWords)
                    + " copies whose words are the pool's are covered, below " + (int) (RECALL_FLOOR * 100) + "%");
        }

        List<SharedPassageFinder.Article> input = new ArrayList<>();
        for (int a = 0; a < ids.size(); a++) {
            SharedStory.Article article = story.articles().get(a);
            input.add(new SharedPassageFinder.Article(ids.get(a), article.outlet(), article.text()));
        }
        InProcess local = inProcess(List.of(input), runs);
        int differing = differences(answer, local.result().getFirst());
        System.out.printf("   in-process SharedPassageFinder.find: first %.3f s, median %.3f s (words %.3f s, "
                + "pairwise matches %.3f s: %,d matches); %,d occurrences differ from the API's%n", local.first(),
                local.median(), local.words(), local.matching(), local.matches(), differing);

        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.below(prefix + "shared passages through the API", Numbers.median(times), "s", 2));
        figures.add(Figure.of(prefix + "the first call, fresh server", first.seconds(), "s"));
        figures.add(Figure.of(prefix + "SharedPassageFinder.find in-process, median of " + runs, local.median(),
                "s"));
        figures.add(Figure.of(prefix + "SharedPassageFinder.find in-process, first call", local.first(), "s"));
        figures.addAll(phases(prefix, local, runs));
        figures.add(Figure.of(prefix + "words per article, mean", story.articles().stream()
                .mapToInt(SharedStory.Article::words).average().orElse(0), "words"));
        figures.add(Figure.of(prefix + "passages found", passages, "passages"));
        figures.add(Figure.of(prefix + "occurrences", occurrences, "occurrences"));
        figures.add(Figure.of(prefix + "passages with no planted material (the generator's stock phrases)",
                made.chance(), "passages"));
        figures.add(Figure.of(prefix + "passages holding copies of 2 or more pool texts", made.mixed(), "passages"));
        figures.add(Figure.of(prefix + "pool texts (of " + story.pool().size() + ") in the passage holding most",
                made.mostUnits(), "texts"));
        figures.add(Figure.of(prefix + "occurrences of the largest passage", made.mostOccurrences(),
                "occurrences"));
        figures.add(Figure.of(prefix + "longest passage (its reference)", made.longest(), "words"));
        figures.add(Figure.of(prefix + "answer size", bytes / 1024.0, "KB"));
        figures.add(new Figure(prefix + "planted copies found, same words (verbatim or quotes/punctuation changed)",
                100 * share(sameWords), "%", ">= 90 %", share(sameWords) >= RECALL_FLOOR));
        figures.add(Figure.of(prefix + "planted copies found, verbatim", 100 * share(recall.get(
                SharedStory.Copy.VERBATIM)), "%"));
        figures.add(Figure.of(prefix + "planted copies found, a word changed, dropped or folded to ASCII",
                100 * share(recall.get(SharedStory.Copy.WORDS_EDITED)), "%"));
        figures.add(Figure.exactly(prefix + "occurrences whose text is not text[start:end]", 0, "occurrences", 0));
        figures.add(Figure.exactly(prefix + "occurrences differing between in-process and API", differing,
                "occurrences", 0));
        return figures;
    }

    /** Per article (in import order) which code points occurrences cover. */
    private record Occurrences(UUID id, List<int[]> ranges) {
    }

    private static List<Occurrences> occurrencesByArticle(JsonNode answer, List<UUID> ids) {
        Map<UUID, List<int[]>> ranges = new HashMap<>();
        for (JsonNode passage : answer.get("passages")) {
            for (JsonNode occurrence : passage.get("occurrences")) {
                ranges.computeIfAbsent(UUID.fromString(occurrence.get("documentId").asString()), key ->
                        new ArrayList<>()).add(new int[] {occurrence.get("start").asInt(),
                            occurrence.get("end").asInt()});
            }
        }
        return ids.stream().map(id -> new Occurrences(id, ranges.getOrDefault(id, List.of()))).toList();
    }

    /**
     * Per kind of copy: {found, shared copies}. A copy is shared when another article carries the same unit too,
     * and found when its article's occurrences cover {@value #COVERED} of its letters and digits.
     */
    private static Map<SharedStory.Copy, int[]> recall(SharedStory story, List<Occurrences> found) {
        Map<Integer, Integer> carriers = new HashMap<>();
        for (SharedStory.Article article : story.articles()) {
            for (SharedStory.Planted copy : article.planted()) {
                carriers.merge(copy.unit(), 1, Integer::sum);
            }
        }
        Map<SharedStory.Copy, int[]> recall = new EnumMap<>(SharedStory.Copy.class);
        for (SharedStory.Copy kind : SharedStory.Copy.values()) {
            recall.put(kind, new int[2]);
        }
        for (int a = 0; a < story.articles().size(); a++) {
            SharedStory.Article article = story.articles().get(a);
            int[] codePoints = article.text().codePoints().toArray();
            boolean[] covered = new boolean[codePoints.length];
            for (int[] range : found.get(a).ranges()) {
                for (int c = range[0]; c < range[1]; c++) {
                    covered[c] = true;
                }
            }
            for (SharedStory.Planted copy : article.planted()) {
                if (carriers.get(copy.unit()) < 2) {
                    continue;
                }
                int letters = 0;
                int inside = 0;
                for (int c = copy.start(); c < copy.end(); c++) {
                    if (Character.isLetterOrDigit(codePoints[c])) {
                        letters++;
                        inside += covered[c] ? 1 : 0;
                    }
                }
                int[] tally = recall.get(copy.copy());
                tally[1]++;
                if (inside >= COVERED * letters) {
                    tally[0]++;
                } else if (copy.copy() != SharedStory.Copy.WORDS_EDITED) {
                    System.out.printf("   not found in article %d (%s), %s copy of unit %d, %d of %d letters "
                            + "covered: %s%n", a + 1, article.outlet(), copy.copy(), copy.unit(), inside, letters,
                            clip(new String(codePoints, copy.start(), copy.end() - copy.start()), 200));
                }
            }
        }
        return recall;
    }

    /**
     * What the passages are made of: {@code chance} passages have no occurrence lying mostly (half its letters or
     * more) in planted copies (stock phrases of the generator, shared by chance); a passage holds a pool unit when
     * one of its occurrences covers half or more of a copy of it; {@code mixed} passages hold two units or more,
     * {@code mostUnits} is the most any passage holds, {@code mostOccurrences} the most occurrences of one passage,
     * {@code longest} the longest passage (its reference's words). Ideally each passage is one unit.
     */
    private record Composition(int chance, int mixed, int mostUnits, int mostOccurrences, int longest) {
    }

    private static Composition composition(SharedStory story, JsonNode answer, List<UUID> ids) {
        Map<UUID, int[]> codePoints = new HashMap<>();
        Map<UUID, int[]> unitAt = new HashMap<>();
        Map<UUID, SharedStory.Article> byId = new HashMap<>();
        for (int a = 0; a < ids.size(); a++) {
            SharedStory.Article article = story.articles().get(a);
            int[] points = article.text().codePoints().toArray();
            int[] units = new int[points.length];
            Arrays.fill(units, -1);
            for (SharedStory.Planted copy : article.planted()) {
                for (int c = copy.start(); c < copy.end(); c++) {
                    units[c] = copy.unit();
                }
            }
            codePoints.put(ids.get(a), points);
            unitAt.put(ids.get(a), units);
            byId.put(ids.get(a), article);
        }
        int chance = 0;
        int mixed = 0;
        int mostUnits = 0;
        int mostOccurrences = 0;
        int longest = 0;
        List<String> examples = new ArrayList<>();
        for (JsonNode passage : answer.get("passages")) {
            boolean fromPool = false;
            Set<Integer> units = new HashSet<>();
            for (JsonNode occurrence : passage.get("occurrences")) {
                UUID id = UUID.fromString(occurrence.get("documentId").asString());
                int start = occurrence.get("start").asInt();
                int end = occurrence.get("end").asInt();
                int letters = 0;
                int inside = 0;
                Map<Integer, Integer> lettersOfUnit = new HashMap<>();
                for (int c = start; c < end; c++) {
                    if (Character.isLetterOrDigit(codePoints.get(id)[c])) {
                        letters++;
                        int unit = unitAt.get(id)[c];
                        if (unit >= 0) {
                            inside++;
                            lettersOfUnit.merge(unit, 1, Integer::sum);
                        }
                    }
                }
                fromPool |= inside * 2 >= letters;
                for (SharedStory.Planted copy : byId.get(id).planted()) {
                    Integer covered = lettersOfUnit.get(copy.unit());
                    if (covered != null && covered * 2 >= letterCount(codePoints.get(id), copy.start(), copy.end())) {
                        units.add(copy.unit());
                    }
                }
            }
            mixed += units.size() >= 2 ? 1 : 0;
            mostUnits = Math.max(mostUnits, units.size());
            mostOccurrences = Math.max(mostOccurrences, passage.get("occurrences").size());
            longest = Math.max(longest, passage.get("words").asInt());
            if (!fromPool) {
                chance++;
                if (examples.size() < 5) {
                    examples.add(passage.get("occurrences").size() + "x \"" + clip(passage.get("occurrences").get(0)
                            .get("text").asString(), 120) + "\"");
                }
            }
        }
        if (chance > 0) {
            System.out.println("   passages with no planted material, e.g.: " + String.join("; ", examples));
        }
        return new Composition(chance, mixed, mostUnits, mostOccurrences, longest);
    }

    private static int letterCount(int[] codePoints, int start, int end) {
        int letters = 0;
        for (int c = start; c < end; c++) {
            letters += Character.isLetterOrDigit(codePoints[c]) ? 1 : 0;
        }
        return letters;
    }

    // ---------------------------------------------------------------------------------------------- BASIL

    private static List<Figure> basil(ApiClient api, List<BasilCorpus.Story> stories, int runs, Path work)
            throws Exception {
        String prefix = "BASIL, " + stories.size() + " stories: ";
        String project = createProject(api, "Passages benchmark, BASIL");
        List<Map<String, Object>> lines = new ArrayList<>();
        List<BasilCorpus.Article> articles = new ArrayList<>();
        for (BasilCorpus.Story story : stories) {
            for (BasilCorpus.Article article : story.articles()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("text", article.text());
                line.put("title", article.title());
                line.put("outlet", article.outlet());
                line.put("story", story.title());
                line.put("url", article.url());
                line.put("published", article.date());
                line.put("externalId", article.uuid());
                line.put("meta", Map.of("basilFile", article.file(), "mainEvent", article.mainEvent()));
                lines.add(line);
                articles.add(article);
            }
        }
        List<UUID> ids = importJsonl(api, project, lines);
        Map<UUID, String> texts = new HashMap<>();
        for (int a = 0; a < ids.size(); a++) {
            texts.put(ids.get(a), articles.get(a).text());
        }
        Map<String, UUID> storyIds = storyIds(api, project);
        List<UUID> order = stories.stream().map(story -> {
            UUID id = storyIds.get(story.title());
            if (id == null) {
                throw new IllegalStateException("the project has no story titled '" + story.title() + "'");
            }
            return id;
        }).toList();

        Sweep first = sweep(api, order, texts);
        List<Sweep> sweeps = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            sweeps.add(sweep(api, order, texts));
        }
        List<Double> times = sweeps.stream().map(Sweep::seconds).toList();
        System.out.printf("   BASIL through the API: first sweep %.2f s, then %s s; slowest story %.0f ms%n",
                first.seconds(), times.stream().map(t -> String.format("%.2f", t)).toList(),
                1000 * sweeps.getLast().slowest());
        List<JsonNode> answers = sweeps.getLast().answers();
        Files.writeString(work.resolve("basil-passages.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(answers));

        int passages = 0;
        int occurrences = 0;
        int withPassages = 0;
        int allOutlets = 0;
        int edited = 0;
        List<Integer> lengths = new ArrayList<>();
        for (JsonNode answer : answers) {
            int count = answer.get("passages").size();
            passages += count;
            withPassages += count > 0 ? 1 : 0;
            for (JsonNode passage : answer.get("passages")) {
                lengths.add(passage.get("words").asInt());
                Set<String> outlets = new HashSet<>();
                boolean changed = false;
                for (JsonNode occurrence : passage.get("occurrences")) {
                    occurrences++;
                    outlets.add(occurrence.get("outlet").asString());
                    changed |= !occurrence.get("changed").isEmpty() || !occurrence.get("dropped").isEmpty()
                            || !occurrence.get("added").isEmpty();
                }
                allOutlets += outlets.size() == 3 ? 1 : 0;
                edited += changed ? 1 : 0;
            }
        }
        lengths.sort(null);
        System.out.printf("   BASIL: %,d passages in %d stories, %,d occurrences; %d in all three outlets, %d with "
                + "words changed, dropped or added; passage length median %s words, longest %s%n", passages,
                withPassages, occurrences, allOutlets, edited, lengths.isEmpty() ? "-" : lengths.get(lengths.size()
                / 2), lengths.isEmpty() ? "-" : lengths.getLast());
        printSamples(answers);

        List<List<SharedPassageFinder.Article>> inputs = new ArrayList<>();
        int index = 0;
        for (BasilCorpus.Story story : stories) {
            List<SharedPassageFinder.Article> input = new ArrayList<>();
            for (BasilCorpus.Article article : story.articles()) {
                input.add(new SharedPassageFinder.Article(ids.get(index++), article.outlet(), article.text()));
            }
            inputs.add(input);
        }
        InProcess local = inProcess(inputs, runs);
        int differing = 0;
        for (int s = 0; s < answers.size(); s++) {
            differing += differences(answers.get(s), local.result().get(s));
        }
        System.out.printf("   BASIL in-process: first sweep %.3f s, median %.3f s (words %.3f s, pairwise matches "
                + "%.3f s: %,d matches); %,d occurrences differ from the API's%n", local.first(), local.median(),
                local.words(), local.matching(), local.matches(), differing);

        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.below(prefix + "shared passages of all, through the API", Numbers.median(times), "s", 10));
        figures.add(Figure.of(prefix + "the first sweep, after the synthetic story", first.seconds(), "s"));
        figures.add(Figure.of(prefix + "slowest story of the last sweep", 1000 * sweeps.getLast().slowest(), "ms"));
        figures.add(Figure.of(prefix + "SharedPassageFinder.find in-process, all stories, median of " + runs,
                local.median(), "s"));
        figures.add(Figure.of(prefix + "SharedPassageFinder.find in-process, first sweep", local.first(), "s"));
        figures.addAll(phases(prefix, local, runs));
        figures.add(Figure.of(prefix + "passages found", passages, "passages"));
        figures.add(Figure.of(prefix + "stories with at least one passage", withPassages, "stories"));
        figures.add(Figure.of(prefix + "occurrences", occurrences, "occurrences"));
        figures.add(Figure.of(prefix + "passages carried by all three outlets", allOutlets, "passages"));
        figures.add(Figure.exactly(prefix + "occurrences whose text is not text[start:end]", 0, "occurrences", 0));
        figures.add(Figure.exactly(prefix + "occurrences differing between in-process and API", differing,
                "occurrences", 0));
        return figures;
    }

    /** One sweep over the stories: its time, the slowest story's, and the answers (each checked). */
    private record Sweep(double seconds, double slowest, List<JsonNode> answers) {
    }

    private static Sweep sweep(ApiClient api, List<UUID> stories, Map<UUID, String> texts) {
        List<Response> responses = new ArrayList<>();
        double slowest = 0;
        long start = System.nanoTime();
        for (UUID story : stories) {
            Timed timed = passages(api, story);
            slowest = Math.max(slowest, timed.seconds());
            responses.add(timed.response());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<JsonNode> answers = new ArrayList<>();
        for (Response response : responses) {
            JsonNode answer = response.json();
            checkTexts(answer, texts, "story " + answer.get("title").asString());
            answers.add(answer);
        }
        return new Sweep(seconds, slowest, answers);
    }

    /**
     * Three stories' passages for a reader to judge: the one with the most passages, the one with the longest
     * passage, and one in the middle of those that have any.
     */
    private static void printSamples(List<JsonNode> answers) {
        List<JsonNode> withAny = answers.stream().filter(a -> !a.get("passages").isEmpty())
                .sorted(Comparator.comparingInt((JsonNode a) -> a.get("passages").size())).toList();
        if (withAny.isEmpty()) {
            return;
        }
        List<JsonNode> samples = new ArrayList<>();
        samples.add(withAny.getLast());
        JsonNode longest = withAny.stream().max(Comparator.comparingInt(a -> maxWords(a))).orElseThrow();
        if (!samples.contains(longest)) {
            samples.add(longest);
        }
        for (int i = withAny.size() / 2; samples.size() < 3 && i < withAny.size(); i++) {
            if (!samples.contains(withAny.get(i))) {
                samples.add(withAny.get(i));
            }
        }
        for (JsonNode answer : samples) {
            System.out.printf("%n   --- sample: %s (%d passages)%n", answer.get("title").asString(),
                    answer.get("passages").size());
            for (JsonNode passage : answer.get("passages")) {
                System.out.printf("   #%d, %d words:%n", passage.get("id").asInt(), passage.get("words").asInt());
                for (JsonNode occurrence : passage.get("occurrences")) {
                    System.out.printf("     %-15s %5d..%-5d %s%s \"%s\"%n", occurrence.get("outlet").asString(),
                            occurrence.get("start").asInt(), occurrence.get("end").asInt(),
                            occurrence.get("reference").asBoolean() ? "reference" : "kept " + occurrence.get("kept")
                                    .asInt(), edits(occurrence), clip(occurrence.get("text").asString(), 300));
                }
            }
        }
        System.out.println();
    }

    private static int maxWords(JsonNode answer) {
        int most = 0;
        for (JsonNode passage : answer.get("passages")) {
            most = Math.max(most, passage.get("words").asInt());
        }
        return most;
    }

    private static String edits(JsonNode occurrence) {
        List<String> parts = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        occurrence.get("changed").forEach(c -> changed.add(c.get("reference").asString() + "→"
                + c.get("text").asString()));
        if (!changed.isEmpty()) {
            parts.add("changed " + changed);
        }
        for (String kind : List.of("dropped", "added")) {
            List<String> words = new ArrayList<>();
            occurrence.get(kind).forEach(w -> words.add(w.get("text").asString()));
            if (!words.isEmpty()) {
                parts.add(kind + " " + words);
            }
        }
        return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
    }

    // ---------------------------------------------------------------------------------------------- shared

    /** The answer and the seconds from sending the request until it was read. */
    private record Timed(Response response, double seconds) {
    }

    private static Timed passages(ApiClient api, UUID story) {
        long start = System.nanoTime();
        Response response = api.get("/api/v1/stories/" + story + "/passages?minWords=" + MIN_WORDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        response.expect(200, "the passages of story " + story);
        return new Timed(response, seconds);
    }

    /**
     * The in-process finder's results for each story and its time for all of them, first and median of the runs
     * after it; and, apart, the median time of its first two phases (words, pairwise matches) and the matches.
     */
    private record InProcess(double first, double median, double words, double matching, long matches,
            List<List<SharedPassage>> result) {
    }

    private static InProcess inProcess(List<List<SharedPassageFinder.Article>> stories, int runs) {
        List<Double> times = new ArrayList<>();
        List<List<SharedPassage>> result = null;
        double first = 0;
        for (int run = 0; run <= runs; run++) {
            List<List<SharedPassage>> found = new ArrayList<>();
            long start = System.nanoTime();
            for (List<SharedPassageFinder.Article> story : stories) {
                found.add(SharedPassageFinder.find(story, MIN_WORDS));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run == 0) {
                first = seconds;
            } else {
                times.add(seconds);
            }
            result = found;
        }
        List<Double> words = new ArrayList<>();
        List<Double> matching = new ArrayList<>();
        long matches = 0;
        for (int run = 0; run < runs; run++) {
            PassagePhases.Phases phases = PassagePhases.time(stories, MIN_WORDS);
            words.add(phases.words());
            matching.add(phases.matching());
            matches = phases.matches();
        }
        return new InProcess(first, Numbers.median(times), Numbers.median(words), Numbers.median(matching), matches,
                result);
    }

    private static List<Figure> phases(String prefix, InProcess local, int runs) {
        return List.of(
                Figure.of(prefix + "of which reading words (ArticleWords), median of " + runs, local.words(), "s"),
                Figure.of(prefix + "of which pairwise matches (PairMatches), median of " + runs, local.matching(),
                        "s"),
                Figure.of(prefix + "pairwise matches found", local.matches(), "matches"));
    }

    /** Occurrences (document, start, end) in one but not the other of the API's answer and the in-process result. */
    private static int differences(JsonNode answer, List<SharedPassage> local) {
        Set<String> api = new HashSet<>();
        for (JsonNode passage : answer.get("passages")) {
            for (JsonNode occurrence : passage.get("occurrences")) {
                api.add(occurrence.get("documentId").asString() + ":" + occurrence.get("start").asInt() + ":"
                        + occurrence.get("end").asInt());
            }
        }
        Set<String> here = new HashSet<>();
        for (SharedPassage passage : local) {
            for (SharedPassage.Occurrence occurrence : passage.occurrences()) {
                here.add(occurrence.documentId() + ":" + occurrence.start() + ":" + occurrence.end());
            }
        }
        Set<String> onlyApi = new HashSet<>(api);
        onlyApi.removeAll(here);
        here.removeAll(api);
        return onlyApi.size() + here.size();
    }

    /**
     * Fails unless every occurrence's {@code text} is its document's {@code text[start:end]} in code points (the
     * text as imported), with {@code 0 <= start < end <= length}.
     */
    private static void checkTexts(JsonNode answer, Map<UUID, String> texts, String what) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JsonNode passage : answer.get("passages")) {
            for (JsonNode occurrence : passage.get("occurrences")) {
                checked++;
                UUID id = UUID.fromString(occurrence.get("documentId").asString());
                String text = texts.get(id);
                int start = occurrence.get("start").asInt();
                int end = occurrence.get("end").asInt();
                String said = occurrence.get("text").asString();
                if (text == null) {
                    problems.add("passage " + passage.get("id") + ": document " + id + " was not imported here");
                    continue;
                }
                int length = text.codePointCount(0, text.length());
                if (start < 0 || end <= start || end > length) {
                    problems.add("passage " + passage.get("id") + ": " + start + ".." + end + " is outside 0.."
                            + length + " of " + id);
                    continue;
                }
                int from = text.offsetByCodePoints(0, start);
                String slice = text.substring(from, text.offsetByCodePoints(from, end - start));
                if (!slice.equals(said)) {
                    problems.add("passage " + passage.get("id") + ": " + id + " " + start + ".." + end + " says \""
                            + clip(said, 80) + "\", the text has \"" + clip(slice, 80) + "\"");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(what + ": " + problems.size() + " of " + checked + " occurrences are not "
                    + "text[start:end]: " + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
    }

    static String createProject(ApiClient api, String name) {
        Response project = api.post("/api/v1/projects", "{\"name\":\"" + name + "\"}");
        project.expect(201, "creating the project " + name);
        return project.json().get("id").asString();
    }

    /** Imports the lines as one JSON Lines body; answers the documents' ids in order, all of them created. */
    static List<UUID> importJsonl(ApiClient api, String project, List<Map<String, Object>> lines) {
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> line : lines) {
            body.append(JSON.writeValueAsString(line)).append('\n');
        }
        long start = System.nanoTime();
        Response response = api.post("/api/v1/projects/" + project + "/documents", "application/x-ndjson",
                BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        response.expect(201, "importing " + lines.size() + " documents");
        JsonNode answer = response.json();
        if (answer.get("created").asInt() != lines.size()) {
            throw new IllegalStateException("the import created " + answer.get("created") + " documents, not "
                    + lines.size() + ": " + answer.get("skippedDocuments"));
        }
        List<UUID> ids = new ArrayList<>();
        answer.get("documents").forEach(document -> ids.add(UUID.fromString(document.get("id").asString())));
        System.out.printf("   %d documents (%,d bytes of JSON Lines) imported in %.2f s%n", ids.size(),
                body.toString().getBytes(StandardCharsets.UTF_8).length, (System.nanoTime() - start) / 1e9);
        return ids;
    }

    /** The project's stories by title. */
    static Map<String, UUID> storyIds(ApiClient api, String project) {
        Response response = api.get("/api/v1/projects/" + project + "/stories");
        response.expect(200, "listing the stories");
        Map<String, UUID> ids = new HashMap<>();
        for (JsonNode story : response.json()) {
            ids.put(story.get("title").asString(), UUID.fromString(story.get("id").asString()));
        }
        return ids;
    }

    private static int[] sum(int[] one, int[] other) {
        return new int[] {one[0] + other[0], one[1] + other[1]};
    }

    private static double share(int[] tally) {
        return tally[1] == 0 ? 1 : (double) tally[0] / tally[1];
    }

    private static String ratio(int[] tally) {
        return String.format("%d/%d (%.1f%%)", tally[0], tally[1], 100 * share(tally));
    }

    private static String clip(String text, int length) {
        String line = text.replace("\n", "⏎");
        return line.length() <= length ? line : line.substring(0, length) + "…";
    }
}
