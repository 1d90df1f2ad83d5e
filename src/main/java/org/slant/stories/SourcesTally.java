package org.slant.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.stories.SourcesCompared.CitedSource;
import org.slant.stories.SourcesCompared.CueWord;
import org.slant.stories.SourcesCompared.LabelShare;
import org.slant.stories.SourcesCompared.SourceWords;

/**
 * Counts the tables of {@link SourcesCompared} from the spans of a story's articles, outlet by outlet, without the
 * database: what {@link StorySources} has read comes in, the tables go out (docs/story-view.md, "Sources compared").
 */
final class SourcesTally {

    /**
     * The Attribution layer's labels and attributes; a label the layer lacks is null.
     *
     * @param sourceAttributes the attributes a Source span may have, in the schema's order
     * @param speakers the attributes named "speaker" a Content span may have
     */
    record Attribution(UUID source, UUID cue, UUID content, List<AttributeSchema> sourceAttributes,
            Set<UUID> speakers) {
    }

    /** A layer whose labels' shares of the text are counted, with its labels in order. */
    record ShareLayer(String name, List<LabelSchema> labels) {
    }

    /** One outlet's articles. */
    record Column(List<ArticleWork> articles) {
    }

    /** An article and the work read on it: each annotator's (or gold's) spans apart. */
    record ArticleWork(ArticleText text, List<List<Mark>> works) {
    }

    /** A span: its label, code point offsets, and attribute values by attribute id. */
    record Mark(UUID label, int start, int end, Map<String, Object> values) {
    }

    /** The four tables. */
    record Tables(List<CitedSource> sources, List<CueWord> cues, List<SourceWords> words, List<LabelShare> labels) {
    }

    private final Attribution attribution;
    private final int outlets;
    private final Names names = new Names();
    private final Map<SourceKey, int[]> sources = new HashMap<>();
    private final Map<String, int[]> cues = new HashMap<>();
    private final Map<String, Attributed> attributed = new HashMap<>();
    private final Attributed noOne;
    private final Set<UUID> shareLabels = new HashSet<>();
    private final Map<UUID, int[]> spans = new HashMap<>();
    private final Map<UUID, int[]> covered = new HashMap<>();

    private SourcesTally(Attribution attribution, List<ShareLayer> shareLayers, int outlets) {
        this.attribution = attribution;
        this.outlets = outlets;
        this.noOne = new Attributed(outlets);
        shareLayers.forEach(layer -> layer.labels().forEach(label -> shareLabels.add(label.id())));
    }

    /** @param attribution null when the project has no Attribution layer */
    static Tables tally(Attribution attribution, List<ShareLayer> shareLayers, List<Column> columns) {
        SourcesTally tally = new SourcesTally(attribution, shareLayers, columns.size());
        for (int outlet = 0; outlet < columns.size(); outlet++) {
            for (ArticleWork article : columns.get(outlet).articles()) {
                if (attribution != null) {
                    for (List<Mark> work : article.works()) {
                        tally.attribution(article.text(), work, outlet);
                    }
                }
                tally.shares(article, outlet);
            }
        }
        return new Tables(sourceRows(tally.sources, tally.names), cueRows(tally.cues), tally.wordRows(),
                labelRows(shareLayers, columns, tally.spans, tally.covered, columns.size()));
    }

    /** One annotator's (or gold's) Source, Cue and Content spans on one article. */
    private void attribution(ArticleText text, List<Mark> work, int outlet) {
        List<AttributionLinks.SourceSpan> sourceSpans = new ArrayList<>();
        for (Mark mark : work) {
            String coveredText = text.slice(mark.start(), mark.end());
            if (mark.label().equals(attribution.source())) {
                sourceSpans.add(new AttributionLinks.SourceSpan(mark.start(), mark.end(), coveredText));
                String key = names.seen(coveredText);
                sources.computeIfAbsent(new SourceKey(key, attributes(mark)), k -> new int[outlets])[outlet]++;
            } else if (mark.label().equals(attribution.cue())) {
                cues.computeIfAbsent(ArticleText.key(coveredText), k -> new int[outlets])[outlet]++;
            }
        }
        for (Mark mark : work) {
            if (!mark.label().equals(attribution.content())) {
                continue;
            }
            AttributionLinks.Link link = AttributionLinks.of(text, mark.start(), mark.end(), speaker(mark),
                    sourceSpans);
            Attributed row = link.source() == null ? noOne
                    : attributed.computeIfAbsent(names.seen(link.source()), k -> new Attributed(outlets));
            row.contents[outlet]++;
            row.words[outlet] += text.wordsIn(mark.start(), mark.end());
            if (link.how() == AttributionLinks.How.SPEAKER) {
                row.bySpeaker++;
            }
        }
    }

    /** Spans and covered words of each label counted, each word once for all the article's work together. */
    private void shares(ArticleWork article, int outlet) {
        List<int[]> words = article.text().words();
        Map<UUID, boolean[]> coveredHere = new HashMap<>();
        for (List<Mark> work : article.works()) {
            for (Mark mark : work) {
                if (!shareLabels.contains(mark.label())) {
                    continue;
                }
                spans.computeIfAbsent(mark.label(), k -> new int[outlets])[outlet]++;
                boolean[] marked = coveredHere.computeIfAbsent(mark.label(), k -> new boolean[words.size()]);
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i)[0] < mark.end() && words.get(i)[1] > mark.start()) {
                        marked[i] = true;
                    }
                }
            }
        }
        coveredHere.forEach((label, marked) -> {
            int count = 0;
            for (boolean word : marked) {
                count += word ? 1 : 0;
            }
            covered.computeIfAbsent(label, k -> new int[outlets])[outlet] += count;
        });
    }

    /** Every source named by a Source span or a speaker, with the words attributed to it (0 too); no one last. */
    private List<SourceWords> wordRows() {
        Map<String, Attributed> rows = new HashMap<>(attributed);
        sources.keySet().forEach(source -> rows.computeIfAbsent(source.key(), k -> new Attributed(outlets)));
        List<SourceWords> all = new ArrayList<>(rows.entrySet().stream()
                .map(entry -> entry.getValue().row(names.shown(entry.getKey()), entry.getKey()))
                .sorted(Comparator.comparingInt(SourceWords::totalWords).reversed()
                        .thenComparing(Comparator.comparingInt((SourceWords row) -> sum(row.contents())).reversed())
                        .thenComparing(row -> row.source().toLowerCase(Locale.ROOT))
                        .thenComparing(SourceWords::source))
                .toList());
        if (sum(noOne.contents) > 0) {
            all.add(noOne.row(null, null));
        }
        return all;
    }

    private static List<CitedSource> sourceRows(Map<SourceKey, int[]> sources, Names names) {
        return sources.entrySet().stream()
                .map(entry -> new CitedSource(names.shown(entry.getKey().key()), entry.getKey().key(),
                        entry.getKey().attributes(), list(entry.getValue()), sum(entry.getValue())))
                .sorted(Comparator.comparingInt(CitedSource::total).reversed()
                        .thenComparing(row -> row.name().toLowerCase(Locale.ROOT))
                        .thenComparing(CitedSource::name)
                        .thenComparing(row -> row.attributes().toString()))
                .toList();
    }

    private static List<CueWord> cueRows(Map<String, int[]> cues) {
        return cues.entrySet().stream()
                .map(entry -> new CueWord(entry.getKey(), list(entry.getValue()), sum(entry.getValue())))
                .sorted(Comparator.comparingInt(CueWord::total).reversed().thenComparing(CueWord::cue))
                .toList();
    }

    /** The labels with at least one span in the story, layer by layer, in the schema's order. */
    private static List<LabelShare> labelRows(List<ShareLayer> shareLayers, List<Column> columns,
            Map<UUID, int[]> spans, Map<UUID, int[]> covered, int outlets) {
        int[] outletWords = new int[outlets];
        for (int outlet = 0; outlet < outlets; outlet++) {
            for (ArticleWork article : columns.get(outlet).articles()) {
                outletWords[outlet] += article.text().wordCount();
            }
        }
        List<LabelShare> rows = new ArrayList<>();
        for (ShareLayer layer : shareLayers) {
            for (LabelSchema label : layer.labels()) {
                int[] count = spans.get(label.id());
                if (count == null) {
                    continue;
                }
                int[] words = covered.getOrDefault(label.id(), new int[outlets]);
                List<Double> shares = IntStream.range(0, outlets).mapToObj(outlet -> outletWords[outlet] == 0 ? null
                        : (Double) (words[outlet] / (double) outletWords[outlet])).toList();
                rows.add(new LabelShare(layer.name(), label.name(), label.colour(), list(count), list(words),
                        shares));
            }
        }
        return rows;
    }

    /** The Source span's attribute values given, by attribute name, in the schema's order. */
    private Map<String, String> attributes(Mark mark) {
        Map<String, String> values = new LinkedHashMap<>();
        for (AttributeSchema attribute : attribution.sourceAttributes()) {
            String value = value(mark.values().get(attribute.id().toString()));
            if (value != null) {
                values.put(attribute.name(), value);
            }
        }
        return values;
    }

    private String speaker(Mark mark) {
        return attribution.speakers().stream().map(id -> value(mark.values().get(id.toString())))
                .filter(value -> value != null).findFirst().orElse(null);
    }

    /** A value as text: lists joined by "; ", yes-or-no as true or false; null when there is none. */
    static String value(Object value) {
        String text = switch (value) {
            case null -> null;
            case List<?> list -> String.join("; ", list.stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
        return text == null || text.isBlank() ? null : ArticleText.surface(text);
    }

    private static List<Integer> list(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static int sum(int[] values) {
        return Arrays.stream(values).sum();
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }

    /** A row of the sources table: a source's key with one set of attribute values. */
    private record SourceKey(String key, Map<String, String> attributes) {
    }

    /** The words attributed to one source so far. */
    private static final class Attributed {

        final int[] contents;
        final int[] words;
        int bySpeaker;

        Attributed(int outlets) {
            contents = new int[outlets];
            words = new int[outlets];
        }

        SourceWords row(String shown, String key) {
            return new SourceWords(shown, key, list(contents), list(words), sum(words), bySpeaker);
        }
    }

    /** The ways each source is written, to show the commonest. */
    private static final class Names {

        private final Map<String, Map<String, Integer>> written = new HashMap<>();

        /** Counts one way of writing a source; returns its key. */
        String seen(String covered) {
            String key = ArticleText.key(covered);
            written.computeIfAbsent(key, k -> new HashMap<>()).merge(ArticleText.surface(covered), 1, Integer::sum);
            return key;
        }

        /** The way the source is written most often; of as many, the first in alphabetical order. */
        String shown(String key) {
            return written.getOrDefault(key, Map.of()).entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Integer> entry) -> -entry.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).orElse(key);
        }
    }
}
