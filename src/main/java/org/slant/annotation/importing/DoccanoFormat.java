package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slant.annotation.importing.LabelStudioFormat.Utf16;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.platform.Message;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * doccano's JSONL export (docs/import.md#doccano-formatdoccano), one example per line: sequence labeling as
 * {@code "label": [[start, end, "LABEL"], ...]} (or {@code "labels"}, or {@code "entities"} as doccano 1.x and the
 * relation export write them, objects with {@code label}, {@code start_offset}, {@code end_offset}), text
 * classification as {@code "label": ["LABEL", ...]} or {@code "cats"}. doccano has no layers: spans and classes
 * come without one and the import's layer takes them.
 *
 * <p>Offsets: doccano's editor counts JavaScript string indices, UTF-16 code units (doccano issues #2290, #2484), so
 * a span after an emoji beyond the BMP is one further than in code points; they are turned into code points. The
 * same text on several lines (one file per annotator) is one document with each line's work.
 */
@Component
public class DoccanoFormat implements AnnotatedFormat {

    /** Fields that name the annotator, as exports and hand-made files write them. */
    private static final List<String> ANNOTATOR_FIELDS = List.of("user", "annotator", "username");
    private static final Set<String> SPAN_FIELDS = Set.of("label", "labels", "entities");

    @Override
    public String name() {
        return "doccano";
    }

    @Override
    public String description() {
        return "doccano's JSONL export: sequence labels ([start, end, label] or entities) become spans of the "
                + "import's layer, text classes answers; offsets in UTF-16 units as doccano counts them";
    }

    @Override
    public boolean namesAnnotators() {
        return false;
    }

    /** A document being read, with the lines that gave it work. */
    private static final class Example {
        final Message where;
        final NewDocument document;
        final List<AnnotatorWork> work = new ArrayList<>();
        final Map<String, Message> annotators = new LinkedHashMap<>();

        Example(Message where, NewDocument document) {
            this.where = where;
            this.document = document;
        }
    }

    @Override
    public List<AnnotatedDocument> read(List<UploadedFile> files, ImportProblems problems) {
        Map<String, Example> byText = new LinkedHashMap<>();
        for (UploadedFile file : files) {
            if (problems.full()) {
                break;
            }
            if (!file.nameEndsWith(".jsonl") && !file.nameEndsWith(".ndjson")) {
                problems.add(file.place(), Message.of("annotation.problem.doccano.not-jsonl-name"));
                continue;
            }
            String content = LabelStudioFormat.text(file, problems);
            if (content == null) {
                continue;
            }
            int number = 0;
            int examples = 0;
            for (String line : content.split("\r?\n", -1)) {
                number++;
                if (problems.full()) {
                    break;
                }
                if (!line.isBlank()) {
                    examples++;
                    line(Place.lineOf(file.place(), number), line, byText, problems);
                }
            }
            if (examples == 0) {
                problems.add(file.place(), Message.of("annotation.problem.doccano.no-examples"));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        return byText.values().stream().map(example -> new AnnotatedDocument(example.where, example.document,
                example.work)).toList();
    }

    private void line(Message where, String line, Map<String, Example> byText, ImportProblems problems) {
        JsonNode object;
        try {
            object = LabelStudioFormat.JSON.readTree(line);
        } catch (JacksonException e) {
            // a line of its own: its column says where; a line break Jackson counts (a lone CR) keeps its line
            problems.add(LabelStudioFormat.jsonWhere(where, e, e.getLocation() != null
                    && e.getLocation().getLineNr() != 1), Message.of("annotation.problem.not-json",
                            e.getOriginalMessage()));
            return;
        }
        if (object == null || !object.isObject()) {
            problems.add(where, Message.of("annotation.problem.doccano.not-an-object"));
            return;
        }
        JsonNode textNode = object.get("text");
        if (textNode == null || !textNode.isString()) {
            problems.add(Place.fieldOf(where, "text"),
                    textNode == null ? Message.of("annotation.problem.doccano.no-text")
                    : Message.of("annotation.problem.is-not-a-string"));
            return;
        }
        String text = textNode.stringValue();
        int before = problems.size();
        String annotator = annotator(where, object, problems);
        List<ImportedSpan> spans = new ArrayList<>();
        List<ImportedAnswer> answers = new ArrayList<>();
        for (String field : List.of("label", "labels", "entities")) {
            JsonNode list = object.get(field);
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                problems.add(Place.fieldOf(where, field), Message.of("annotation.problem.is-not-an-array"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                element(where, text, field + "[" + i + "]", list.get(i), spans, answers, problems);
            }
        }
        cats(where, object.get("cats"), answers, problems);
        JsonNode relations = object.get("relations");
        if (relations != null && relations.isArray() && !relations.isEmpty()) {
            problems.add(Place.fieldOf(where, "relations"), Message.of("annotation.problem.doccano.relations",
                    String.valueOf(relations.size())));
        }
        if (problems.size() != before) {
            return;
        }
        Example example = byText.get(text);
        if (example == null) {
            example = new Example(where, document(text, object));
            byText.put(text, example);
        }
        Message earlier = example.annotators.putIfAbsent(annotator == null ? "" : annotator, where);
        if (earlier != null) {
            problems.add(where, annotator == null ? Message.of("annotation.problem.doccano.same-text-no-annotator",
                    earlier)
                    : Message.of("annotation.problem.doccano.same-text-same-annotator", earlier, annotator));
            return;
        }
        Place place = Place.field(where, annotatorField(object));
        example.work.add(new AnnotatorWork(field -> place.at(field.equals("annotator") ? "" : field), annotator,
                null, spans, answers));
    }

    private static String annotatorField(JsonNode object) {
        return ANNOTATOR_FIELDS.stream().filter(object::has).findFirst().orElse("");
    }

    /** The line's annotator: a username as it is, a user's number as {@code doccano-user-<n>}; null for none. */
    private static String annotator(Message where, JsonNode object, ImportProblems problems) {
        for (String field : ANNOTATOR_FIELDS) {
            JsonNode value = object.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isString() && !value.stringValue().isBlank()) {
                return value.stringValue().strip();
            }
            if (value.isIntegralNumber()) {
                return "doccano-user-" + value.asString();
            }
            problems.add(Place.fieldOf(where, field), Message.of("annotation.problem.doccano.not-a-user"));
            return null;
        }
        return null;
    }

    /** One element of {@code label}, {@code labels} or {@code entities}: a span, or a class (an answer). */
    private static void element(Message where, String text, String path, JsonNode element, List<ImportedSpan> spans,
            List<ImportedAnswer> answers, ImportProblems problems) {
        Place place = Place.field(where, path);
        if (element.isString()) {
            if (path.startsWith("entities")) {
                problems.add(place.at(""), Message.of("annotation.problem.doccano.entity-class"));
            } else {
                answers.add(new ImportedAnswer(field -> place.at(""), null, element.stringValue(), Map.of()));
            }
            return;
        }
        JsonNode start;
        JsonNode end;
        JsonNode label;
        Place spanPlace;
        if (element.isArray() && element.size() == 3) {
            start = element.get(0);
            end = element.get(1);
            label = element.get(2);
            spanPlace = field -> switch (field) {
                case "start" -> Place.field(where, path + "[0]").at("");
                case "end" -> Place.field(where, path + "[1]").at("");
                case "label" -> Place.field(where, path + "[2]").at("");
                default -> place.at("");
            };
        } else if (element.isObject()) {
            start = element.get("start_offset");
            end = element.get("end_offset");
            label = element.get("label");
            spanPlace = field -> switch (field) {
                case "start" -> place.at("start_offset");
                case "end" -> place.at("end_offset");
                case "label" -> place.at("label");
                default -> place.at("");
            };
        } else {
            problems.add(place.at(""), Message.of("annotation.problem.doccano.not-an-element",
                    "[start, end, \"LABEL\"]", "{\"start_offset\", \"end_offset\", \"label\"}"));
            return;
        }
        Integer from = offset(start, spanPlace.at("start"), problems);
        Integer to = offset(end, spanPlace.at("end"), problems);
        if (label == null || !label.isString() || label.stringValue().isBlank()) {
            problems.add(spanPlace.at("label"), label == null ? Message.of("annotation.problem.missing")
                    : Message.of("annotation.problem.doccano.not-a-label"));
            return;
        }
        if (from == null || to == null) {
            return;
        }
        Message problem = Utf16.problem(text, from, to);
        if (problem != null) {
            problems.add(spanPlace.at("start"), Message.of("annotation.problem.doccano.utf16", problem));
            return;
        }
        spans.add(new ImportedSpan(spanPlace, null, label.stringValue(), Utf16.toCodePoints(text, from),
                Utf16.toCodePoints(text, to), null, Map.of()));
    }

    private static Integer offset(JsonNode offset, Message where, ImportProblems problems) {
        if (offset == null || !offset.isIntegralNumber() || !offset.canConvertToInt() || offset.intValue() < 0) {
            problems.add(where, offset == null ? Message.of("annotation.problem.missing")
                    : Message.of("annotation.problem.not-an-offset", offset.toString()));
            return null;
        }
        return offset.intValue();
    }

    /** {@code cats}: a list of classes, or an object of classes to true/false (1/0), as spaCy writes them. */
    private static void cats(Message where, JsonNode cats, List<ImportedAnswer> answers, ImportProblems problems) {
        if (cats == null || cats.isNull()) {
            return;
        }
        if (cats.isArray()) {
            for (int i = 0; i < cats.size(); i++) {
                Place place = Place.field(where, "cats[" + i + "]");
                if (!cats.get(i).isString()) {
                    problems.add(place.at(""), Message.of("annotation.problem.doccano.not-a-class"));
                } else {
                    answers.add(new ImportedAnswer(field -> place.at(""), null, cats.get(i).stringValue(), Map.of()));
                }
            }
        } else if (cats.isObject()) {
            for (String name : cats.propertyNames()) {
                JsonNode value = cats.get(name);
                Place place = Place.field(where, "cats." + name);
                boolean chosen = value.isBoolean() ? value.booleanValue()
                        : value.isNumber() && value.doubleValue() == 1;
                if (!value.isBoolean() && !(value.isNumber() && (value.doubleValue() == 0
                        || value.doubleValue() == 1))) {
                    problems.add(place.at(""), Message.of("annotation.problem.doccano.score", value.toString()));
                } else if (chosen) {
                    answers.add(new ImportedAnswer(field -> place.at(""), null, name, Map.of()));
                }
            }
        } else {
            problems.add(Place.fieldOf(where, "cats"), Message.of("annotation.problem.doccano.not-cats"));
        }
    }

    /** The document: the text, a {@code title} when the line has one, every other field in the meta. */
    private static NewDocument document(String text, JsonNode object) {
        Map<String, Object> meta = new LinkedHashMap<>();
        JsonNode lineMeta = object.get("meta");
        if (lineMeta != null && lineMeta.isObject()) {
            for (String name : lineMeta.propertyNames()) {
                meta.put(name, LabelStudioFormat.JSON.treeToValue(lineMeta.get(name), Object.class));
            }
        }
        for (String name : object.propertyNames()) {
            JsonNode value = object.get(name);
            boolean emptyList = value.isArray() && value.isEmpty();
            if (!name.equals("text") && !name.equals("title") && !name.equals("meta") && !name.equals("cats")
                    && !SPAN_FIELDS.contains(name) && !ANNOTATOR_FIELDS.contains(name) && !emptyList) {
                meta.put(name.equals("id") ? "doccanoId" : name, LabelStudioFormat.JSON.treeToValue(value,
                        Object.class));
            }
        }
        JsonNode title = object.get("title");
        return new NewDocument(title != null && title.isString() && !title.stringValue().isBlank()
                ? title.stringValue().strip() : DocumentText.titleFrom(text), text, null, null, null, null, null, meta);
    }
}
