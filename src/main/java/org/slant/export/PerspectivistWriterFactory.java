package org.slant.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code perspectivist}, after the LeWiDi shared tasks (docs/formats.md#perspectivist): {@code items.jsonl}, every
 * judgement unit with each annotator's labels kept apart and a soft label, and {@code annotators.jsonl}, the
 * annotators' profiles (for managers; only the fields each annotator filled in).
 * <ul>
 * <li>For an article-level question, an item is the document and the layer; each annotator's answer is their label
 * (a list when they gave several).</li>
 * <li>For a span layer, an item is each distinct stretch [start, end) that any annotator marked in the layer; each
 * annotator's labels there are those of their spans with exactly that start and end, or "O" when they marked
 * nothing there.</li>
 * </ul>
 * The soft label gives each label the share of annotators' votes, an annotator with several labels splitting theirs.
 * Where the export holds the document's gold, each of its items has a {@code gold} label beside the annotators' (in
 * the same form, "O" where gold has none there), and every stretch gold marked is an item; gold takes no part in the
 * soft label.
 */
@Component
class PerspectivistWriterFactory implements ExportWriterFactory {

    static final String ITEMS = "items.jsonl";
    static final String ANNOTATORS = "annotators.jsonl";
    static final String NONE = "O";

    private final JsonMapper json;

    PerspectivistWriterFactory(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PERSPECTIVIST;
    }

    @Override
    public ExportWriter create() {
        return new ExportWriter() {
            private OutputStream items;
            private ExportContext context;

            @Override
            public void begin(ExportContext context, ExportFiles files) throws IOException {
                this.context = context;
                items = files.create(ITEMS);
                try (OutputStream annotators = files.create(ANNOTATORS)) {
                    for (ExportContext.AnnotatorProfileRow profile : context.profiles()) {
                        annotators.write(json.writeValueAsBytes(profile(profile)));
                        annotators.write('\n');
                    }
                }
            }

            @Override
            public void document(ExportedDocument document) throws IOException {
                for (Map<String, Object> item : items(document, context.layers())) {
                    items.write(json.writeValueAsBytes(item));
                    items.write('\n');
                }
            }

            @Override
            public void end() throws IOException {
                items.close();
            }
        };
    }

    /** Only the fields the annotator filled in. */
    private static Map<String, Object> profile(ExportContext.AnnotatorProfileRow profile) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("annotator", profile.annotator());
        putIfPresent(line, "age_band", profile.ageBand());
        putIfPresent(line, "gender", profile.gender());
        putIfPresent(line, "education", profile.education());
        putIfPresent(line, "political_placement", profile.politicalPlacement());
        if (profile.newsDiet() != null && !profile.newsDiet().isEmpty()) {
            line.put("news_diet", profile.newsDiet());
        }
        return line;
    }

    private static void putIfPresent(Map<String, Object> line, String key, Object value) {
        if (value != null && !"".equals(value)) {
            line.put(key, value);
        }
    }

    static List<Map<String, Object>> items(ExportedDocument document, List<LayerSchema> layers) {
        List<String> annotators = document.work().stream().map(ExportedDocument.AnnotatorWork::annotator).toList();
        List<Map<String, Object>> items = new ArrayList<>();
        for (LayerSchema layer : layers) {
            if (layer.kind() == LayerKind.DOCUMENT) {
                Map<String, List<String>> labels = new LinkedHashMap<>();
                for (ExportedDocument.AnnotatorWork work : document.work()) {
                    labels.put(work.annotator(), work.answers().stream()
                            .filter(answer -> answer.layer().equals(layer.name()))
                            .map(ExportedDocument.ExportedAnswer::label).sorted().toList());
                }
                Map<String, Object> item = item(document.id() + ":" + layer.name(), document, layer, annotators);
                item.put("kind", "document");
                item.put("text", document.text());
                finish(item, labels);
                if (document.gold() != null) {
                    item.put("gold", label(document.gold().answers().stream()
                            .filter(answer -> answer.layer().equals(layer.name()))
                            .map(ExportedDocument.ExportedAnswer::label).sorted().toList()));
                }
                items.add(item);
            } else {
                TreeSet<List<Integer>> stretches = new TreeSet<>((a, b) -> a.get(0).equals(b.get(0))
                        ? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0)));
                List<ExportedDocument.AnnotatorWork> everyone = new ArrayList<>(document.work());
                if (document.gold() != null) {
                    everyone.add(document.gold());
                }
                everyone.forEach(work -> work.spans().stream()
                        .filter(span -> span.layer().equals(layer.name()))
                        .forEach(span -> stretches.add(List.of(span.start(), span.end()))));
                for (List<Integer> stretch : stretches) {
                    Map<String, List<String>> labels = new LinkedHashMap<>();
                    for (ExportedDocument.AnnotatorWork work : document.work()) {
                        labels.put(work.annotator(), labelsAt(work, layer, stretch));
                    }
                    Map<String, Object> item = item(document.id() + ":" + layer.name() + ":" + stretch.get(0) + "-"
                            + stretch.get(1), document, layer, annotators);
                    item.put("kind", "span");
                    item.put("start", stretch.get(0));
                    item.put("end", stretch.get(1));
                    item.put("text", textAt(everyone, layer, stretch));
                    finish(item, labels);
                    if (document.gold() != null) {
                        item.put("gold", label(labelsAt(document.gold(), layer, stretch)));
                    }
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static Map<String, Object> item(String id, ExportedDocument document, LayerSchema layer,
            List<String> annotators) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("document_id", document.id().toString());
        item.put("layer", layer.name());
        item.put("annotators", annotators);
        return item;
    }

    /** The labels of one's spans in the layer with exactly the stretch's start and end, each once, sorted. */
    private static List<String> labelsAt(ExportedDocument.AnnotatorWork work, LayerSchema layer,
            List<Integer> stretch) {
        return spansAt(work, layer, stretch).map(ExportedDocument.ExportedSpan::label).distinct().sorted().toList();
    }

    private static String textAt(List<ExportedDocument.AnnotatorWork> everyone, LayerSchema layer,
            List<Integer> stretch) {
        return everyone.stream().flatMap(work -> spansAt(work, layer, stretch))
                .map(ExportedDocument.ExportedSpan::text).findFirst().orElse(null);
    }

    private static Stream<ExportedDocument.ExportedSpan> spansAt(ExportedDocument.AnnotatorWork work,
            LayerSchema layer, List<Integer> stretch) {
        return work.spans().stream().filter(span -> span.layer().equals(layer.name())
                && span.start() == stretch.get(0) && span.end() == stretch.get(1));
    }

    /** One's labels as an item gives them: "O" for none, the label for one, a list for several. */
    private static Object label(List<String> given) {
        return given.isEmpty() ? NONE : given.size() == 1 ? given.getFirst() : given;
    }

    /** Each annotator's labels ("O" for none; a list for several) and the soft label over everyone's votes. */
    private static void finish(Map<String, Object> item, Map<String, List<String>> labels) {
        Map<String, Object> annotations = new LinkedHashMap<>();
        Map<String, Double> soft = new TreeMap<>();
        labels.forEach((annotator, given) -> {
            List<String> votes = given.isEmpty() ? List.of(NONE) : given;
            annotations.put(annotator, label(given));
            votes.forEach(label -> soft.merge(label, 1.0 / votes.size() / labels.size(), Double::sum));
        });
        item.put("annotations", annotations);
        item.put("soft_label", soft);
    }
}
