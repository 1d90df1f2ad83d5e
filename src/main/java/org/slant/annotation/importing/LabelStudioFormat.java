package org.slant.annotation.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slant.annotation.AssignmentStatus;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.platform.Message;
import org.slant.platform.NotUtf8Exception;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Label Studio's JSON export (docs/import.md#label-studio-formatlabelstudio): an array of tasks, each with its text in
 * {@code data}, the annotators' {@code annotations} ({@code completions} in exports before 1.0) and the models'
 * {@code predictions}. A {@code labels} result is a span in the layer its control names ({@code from_name}); a
 * {@code choices} result is an answer of a document layer, or, when it belongs to a region (the same {@code id}), an
 * attribute of that region's spans, as are per-region {@code textarea}, {@code number} and {@code rating} results.
 *
 * <p>Offsets: Label Studio's editor counts JavaScript string indices, UTF-16 code units, so a span after an emoji
 * beyond the BMP is one further than in code points; some versions and most scripts write code points instead. A
 * span's {@code text} tells which: the reading under which it matches is taken; without a {@code text} the offsets
 * are taken as UTF-16.
 *
 * <p>The JSON-MIN export (rows without {@code data}, one per annotation) is read too, its rows of one text as one
 * document.
 *
 * <p>Predictions are suggestions, not anyone's work: they are read only when the upload has no annotations at all
 * (an upload of pre-annotations, imported with a {@code source=}); otherwise they are passed over.
 */
@Component
public class LabelStudioFormat implements AnnotatedFormat {

    static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** Reads one task after another from the export's array: what follows a task is the next one. */
    private static final JsonMapper TASKS = JSON.rebuild().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** The fields of a task's {@code data} that fill a document's own fields; the others go to its meta. */
    private static final Set<String> DOCUMENT_FIELDS = Set.of("title", "url", "outlet", "story", "published");
    private static final Set<String> REGION_ATTRIBUTE_TYPES = Set.of("choices", "textarea", "number", "rating");

    @Override
    public String name() {
        return "labelstudio";
    }

    @Override
    public String description() {
        return "Label Studio's JSON export: tasks with annotations by their annotators (predictions when the upload "
                + "has no annotations); labels become spans and choices answers, each in the layer of its control";
    }

    @Override
    public boolean namesAnnotators() {
        return true;
    }

    @Override
    public List<AnnotatedDocument> read(List<UploadedFile> files, ImportProblems problems) {
        List<Task> tasks = new ArrayList<>();
        for (UploadedFile file : files) {
            if (problems.full()) {
                break;
            }
            if (!file.nameEndsWith(".json")) {
                problems.add(file.place(), Message.of("annotation.problem.labelstudio.not-json-name"));
                continue;
            }
            tasks(file, tasks, problems);
        }
        boolean annotated = tasks.stream().anyMatch(Task::annotated);
        // a JSON-MIN export has a row per annotation: the rows of one text are one document
        Map<String, List<Task>> minRows = new LinkedHashMap<>();
        for (Task task : tasks) {
            if (task.min()) {
                minRows.computeIfAbsent(task.node().get("text").stringValue(), text -> new ArrayList<>()).add(task);
            }
        }
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (Task task : tasks) {
            if (problems.full()) {
                break;
            }
            List<Task> rows = task.min() ? minRows.get(task.node().get("text").stringValue()) : null;
            if (rows != null && rows.getFirst() != task) {
                continue;
            }
            AnnotatedDocument document = rows != null ? minDocument(rows, problems)
                    : document(task, annotated, problems);
            if (document != null) {
                documents.add(document);
            }
        }
        return problems.isEmpty() ? documents : List.of();
    }

    /** A task as the file has it, with where it starts, so that problems can name its line. */
    private record Task(Message where, JsonNode node) {

        boolean annotated() {
            return nonEmptyArray(node.get("annotations")) || nonEmptyArray(node.get("completions"));
        }

        /** A row of the JSON-MIN export: the task's data and one annotation's results side by side, no 'data'. */
        boolean min() {
            return !node.has("data") && !node.has("annotations") && !node.has("completions")
                    && node.path("text").isString();
        }

        Place place() {
            return Place.field(where, "");
        }

        Message at(String path) {
            return Place.field(where, path).at("");
        }
    }

    private static void tasks(UploadedFile file, List<Task> tasks, ImportProblems problems) {
        String content = text(file, problems);
        if (content == null) {
            return;
        }
        try (JsonParser parser = TASKS.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(file.place(), Message.of("annotation.problem.labelstudio.empty"));
                return;
            }
            if (first == JsonToken.START_OBJECT) {
                // one task on its own, as a hand-written file may have it
                tasks.add(new Task(taskOf(file, 1, parser), TASKS.readTree(parser)));
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                problems.add(Place.lineOf(file.place(), line(parser)),
                        Message.of("annotation.problem.labelstudio.not-an-array",
                        "[{\"data\": {\"text\": ...}, \"annotations\": [...]}, ...]"));
                return;
            }
            int index = 0;
            for (JsonToken token; (token = parser.nextToken()) != JsonToken.END_ARRAY && token != null; ) {
                index++;
                Message where = taskOf(file, index, parser);
                JsonNode node = TASKS.readTree(parser);
                if (!node.isObject()) {
                    problems.add(where, Message.of("annotation.problem.labelstudio.not-a-task"));
                } else {
                    tasks.add(new Task(where, node));
                }
            }
            if (index == 0) {
                problems.add(file.place(), Message.of("annotation.problem.labelstudio.no-tasks"));
            }
        } catch (JacksonException e) {
            problems.add(jsonWhere(file.place(), e, true), Message.of("annotation.problem.not-json",
                    e.getOriginalMessage()));
        }
    }

    private AnnotatedDocument document(Task task, boolean annotated, ImportProblems problems) {
        JsonNode data = task.node().get("data");
        if (data == null || !data.isObject()) {
            problems.add(task.at("data"), data == null ? Message.of("annotation.problem.labelstudio.no-data")
                    : Message.of("annotation.problem.is-not-an-object"));
            return null;
        }
        String textKey = textKey(data);
        if (textKey == null) {
            List<String> strings = data.propertyNames().stream().filter(name -> data.get(name).isString()).toList();
            problems.add(task.at("data"), strings.isEmpty() ? Message.of("annotation.problem.labelstudio.no-text")
                    : Message.of("annotation.problem.labelstudio.several-texts", String.join(", ", strings)));
            return null;
        }
        String text = data.get(textKey).stringValue();
        Map<String, Object> meta = new LinkedHashMap<>();
        for (String name : data.propertyNames()) {
            if (!name.equals(textKey) && !(DOCUMENT_FIELDS.contains(name) && data.get(name).isString())) {
                meta.put(name, JSON.treeToValue(data.get(name), Object.class));
            }
        }
        JsonNode id = task.node().get("id");
        if (id != null && !id.isNull()) {
            meta.put("labelStudioTask", JSON.treeToValue(id, Object.class));
        }
        String title = string(data, "title");
        LocalDate published = null;
        String date = string(data, "published");
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                meta.put("published", date);
            }
        }
        NewDocument document = new NewDocument(title == null || title.isBlank() ? DocumentText.titleFrom(text)
                : title.strip(), text, string(data, "outlet"), string(data, "story"), string(data, "url"), published,
                null, meta);

        List<AnnotatorWork> work = new ArrayList<>();
        Map<String, String> annotators = new HashMap<>();
        int before = problems.size();
        for (String field : List.of("annotations", "completions")) {
            JsonNode list = task.node().get(field);
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                problems.add(task.at(field), Message.of("annotation.problem.is-not-an-array"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                String path = field + "[" + i + "]";
                JsonNode annotation = list.get(i);
                if (!annotation.isObject()) {
                    problems.add(task.at(path), Message.of("annotation.problem.is-not-an-object"));
                    continue;
                }
                String annotator = annotator(annotation.get("completed_by"), task.at(path + ".completed_by"),
                        problems);
                String earlier = annotators.putIfAbsent(annotator == null ? "" : annotator, path);
                if (earlier != null) {
                    problems.add(task.at(path + ".completed_by"), annotator == null
                            ? Message.of("annotation.problem.labelstudio.no-annotator-twice", earlier)
                            : Message.of("annotation.problem.labelstudio.annotator-twice", annotator, earlier));
                    continue;
                }
                boolean cancelled = annotation.path("was_cancelled").asBoolean(false);
                Results results = results(task, text, annotation, path, problems);
                Place place = Place.field(task.where(), path);
                work.add(new AnnotatorWork(name -> name.equals("annotator") ? place.at("completed_by")
                        : place.at(name), annotator, cancelled ? AssignmentStatus.SKIPPED : AssignmentStatus.DONE,
                        results.spans, results.answers));
            }
        }
        JsonNode predictions = task.node().get("predictions");
        if (!annotated && predictions != null && predictions.isArray() && !predictions.isEmpty()) {
            if (predictions.size() > 1) {
                List<String> versions = new ArrayList<>();
                predictions.forEach(prediction -> versions.add(prediction.path("model_version").asString("?")));
                problems.add(task.at("predictions"), Message.of("annotation.problem.labelstudio.predictions",
                        String.valueOf(predictions.size()), String.join(", ", versions)));
            } else {
                Results results = results(task, text, predictions.get(0), "predictions[0]", problems);
                work.add(new AnnotatorWork(Place.field(task.where(), "predictions[0]"), null, null, results.spans,
                        results.answers));
            }
        }
        return problems.size() == before ? new AnnotatedDocument(task.where(), document, work) : null;
    }

    /** Label Studio's bookkeeping in a JSON-MIN row, neither the task's data nor an annotation's results. */
    private static final Set<String> MIN_BOOKKEEPING = Set.of("id", "annotator", "annotation_id", "created_at",
            "updated_at", "lead_time", "agreement");

    /**
     * The rows of one text in a JSON-MIN export, each one annotator's work: a list of regions ({@code start},
     * {@code end}, {@code text}, {@code labels}) under a control's name is spans of that layer, an object with
     * {@code choices} answers; any other field is the task's data. A single choice is written as a bare string,
     * which cannot be told from the data: it goes to the meta (the JSON export keeps it apart).
     */
    private AnnotatedDocument minDocument(List<Task> rows, ImportProblems problems) {
        int before = problems.size();
        Task first = rows.getFirst();
        String text = first.node().get("text").stringValue();
        Map<String, Object> meta = new LinkedHashMap<>();
        List<AnnotatorWork> work = new ArrayList<>();
        Map<String, Message> annotators = new HashMap<>();
        for (Task row : rows) {
            String annotator = annotator(row.node().get("annotator"), row.at("annotator"), problems);
            Message earlier = annotators.putIfAbsent(annotator == null ? "" : annotator, row.where());
            if (earlier != null) {
                problems.add(row.at("annotator"), annotator == null
                        ? Message.of("annotation.problem.labelstudio.min.no-annotator-twice", earlier)
                        : Message.of("annotation.problem.labelstudio.min.annotator-twice", annotator, earlier));
                continue;
            }
            List<ImportedSpan> spans = new ArrayList<>();
            List<ImportedAnswer> answers = new ArrayList<>();
            for (String name : row.node().propertyNames()) {
                JsonNode value = row.node().get(name);
                if (name.equals("text") || MIN_BOOKKEEPING.contains(name)) {
                    continue;
                }
                if (regions(value)) {
                    for (int i = 0; i < value.size(); i++) {
                        region(row, text, name, name, value.get(i), name + "[" + i + "]", Map.of(),
                                Map.of(), spans, problems);
                    }
                } else if (value.isObject() && value.path("choices").isArray()) {
                    JsonNode choices = value.get("choices");
                    for (int c = 0; c < choices.size(); c++) {
                        String choicePath = name + ".choices[" + c + "]";
                        if (!choices.get(c).isString()) {
                            problems.add(row.at(choicePath), Message.of("annotation.problem.is-not-a-string"));
                        } else {
                            answers.add(new ImportedAnswer(field -> field.equals("layer")
                                    ? row.at(name) : row.at(choicePath), name, choices.get(c).stringValue(), Map.of()));
                        }
                    }
                } else if (row == first && !(value.isArray() && value.isEmpty())) {
                    meta.put(name, JSON.treeToValue(value, Object.class));
                }
            }
            work.add(new AnnotatorWork(field -> row.at(field.equals("annotator") ? "annotator" : ""),
                    annotator, AssignmentStatus.DONE, spans, answers));
        }
        if (first.node().has("id")) {
            meta.put("labelStudioTask", JSON.treeToValue(first.node().get("id"), Object.class));
        }
        String title = meta.get("title") instanceof String named && !named.isBlank() ? named.strip() : null;
        if (title != null) {
            meta.remove("title");
        }
        NewDocument document = new NewDocument(title != null ? title : DocumentText.titleFrom(text), text, null,
                null, null, null, null, meta);
        return problems.size() == before ? new AnnotatedDocument(first.where(), document, work) : null;
    }

    /** Whether a JSON-MIN field is a list of regions: objects with start and end. */
    private static boolean regions(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            return false;
        }
        for (JsonNode element : value) {
            if (!element.isObject() || !element.has("start") || !element.has("end")) {
                return false;
            }
        }
        return true;
    }

    /** The key of {@code data} that holds the text: {@code text}, or the only string there is. */
    private static String textKey(JsonNode data) {
        if (data.path("text").isString()) {
            return "text";
        }
        List<String> strings = data.propertyNames().stream().filter(name -> data.get(name).isString())
                .filter(name -> !DOCUMENT_FIELDS.contains(name)).toList();
        return strings.size() == 1 ? strings.getFirst() : null;
    }

    /**
     * The username for Label Studio's {@code completed_by}: the part of the e-mail address before the {@code @}
     * (usernames hold no {@code @}), or {@code labelstudio-user-<id>} when the export gives only the user's id.
     */
    static String annotator(JsonNode completedBy, Message where, ImportProblems problems) {
        if (completedBy == null || completedBy.isNull()) {
            return null;
        }
        if (completedBy.isIntegralNumber()) {
            return "labelstudio-user-" + completedBy.asString();
        }
        if (completedBy.isString() && !completedBy.stringValue().isBlank()) {
            return emailUser(completedBy.stringValue());
        }
        if (completedBy.isObject()) {
            JsonNode email = completedBy.get("email");
            if (email != null && email.isString() && !email.stringValue().isBlank()) {
                return emailUser(email.stringValue());
            }
            if (completedBy.path("id").isIntegralNumber()) {
                return "labelstudio-user-" + completedBy.get("id").asString();
            }
        }
        problems.add(where, Message.of("annotation.problem.labelstudio.no-user"));
        return null;
    }

    private static String emailUser(String email) {
        int at = email.indexOf('@');
        return (at > 0 ? email.substring(0, at) : email).strip();
    }

    private record Results(List<ImportedSpan> spans, List<ImportedAnswer> answers) {
    }

    /** The spans and answers of one annotation's (or prediction's) {@code result}. */
    private static Results results(Task task, String text, JsonNode annotation, String path,
            ImportProblems problems) {
        List<ImportedSpan> spans = new ArrayList<>();
        List<ImportedAnswer> answers = new ArrayList<>();
        JsonNode result = annotation.get("result");
        if (result == null || result.isNull()) {
            return new Results(spans, answers);
        }
        if (!result.isArray()) {
            problems.add(task.at(path + ".result"), Message.of("annotation.problem.is-not-an-array"));
            return new Results(spans, answers);
        }
        // a region's per-region results share its id and may come before or after it
        Map<String, Map<String, Object>> regionAttributes = new HashMap<>();
        Map<String, Map<String, String>> regionAttributePaths = new HashMap<>();
        Set<String> regions = new java.util.HashSet<>();
        for (JsonNode item : result) {
            if ("labels".equals(item.path("type").asString(null)) && item.path("id").isString()) {
                regions.add(item.get("id").stringValue());
            }
        }
        for (int i = 0; i < result.size(); i++) {
            JsonNode item = result.get(i);
            String itemPath = path + ".result[" + i + "]";
            String type = item.path("type").asString(null);
            String regionId = item.path("id").isString() ? item.get("id").stringValue() : null;
            boolean perRegion = regionId != null && regions.contains(regionId) && !"labels".equals(type);
            if (perRegion && REGION_ATTRIBUTE_TYPES.contains(type)) {
                String name = controlName(task, item, itemPath, problems);
                Object value = regionValue(task, item, type, itemPath, problems);
                if (name != null && value != null) {
                    regionAttributes.computeIfAbsent(regionId, id -> new LinkedHashMap<>()).put(name, value);
                    regionAttributePaths.computeIfAbsent(regionId, id -> new HashMap<>()).put(name, itemPath);
                }
            } else if ("choices".equals(type)) {
                String layer = controlName(task, item, itemPath, problems);
                JsonNode choices = item.path("value").get("choices");
                if (choices == null || !choices.isArray() || choices.isEmpty()) {
                    problems.add(task.at(itemPath + ".value.choices"),
                            Message.of("annotation.problem.labelstudio.no-choices"));
                    continue;
                }
                for (int c = 0; c < choices.size(); c++) {
                    String choicePath = itemPath + ".value.choices[" + c + "]";
                    if (!choices.get(c).isString()) {
                        problems.add(task.at(choicePath), Message.of("annotation.problem.is-not-a-string"));
                    } else if (layer != null) {
                        Place place = Place.field(task.where(), itemPath);
                        answers.add(new ImportedAnswer(field -> switch (field) {
                            case "layer" -> place.at("from_name");
                            case "label" -> task.at(choicePath);
                            default -> place.at(field);
                        }, layer, choices.get(c).stringValue(), Map.of()));
                    }
                }
            } else if (!"labels".equals(type)) {
                problems.add(task.at(itemPath + ".type"),
                        type == null ? Message.of("annotation.problem.labelstudio.no-type")
                        : Message.of("annotation.problem.labelstudio.type-not-read", type));
            }
        }
        for (int i = 0; i < result.size(); i++) {
            JsonNode item = result.get(i);
            if ("labels".equals(item.path("type").asString(null))) {
                String regionId = item.path("id").isString() ? item.get("id").stringValue() : null;
                labels(task, text, item, path + ".result[" + i + "]", regionAttributes.getOrDefault(regionId,
                        Map.of()), regionAttributePaths.getOrDefault(regionId, Map.of()), spans, problems);
            }
        }
        return new Results(spans, answers);
    }

    private static String controlName(Task task, JsonNode item, String itemPath, ImportProblems problems) {
        JsonNode name = item.get("from_name");
        if (name == null || !name.isString() || name.stringValue().isBlank()) {
            problems.add(task.at(itemPath + ".from_name"), Message.of("annotation.problem.labelstudio.no-from-name"));
            return null;
        }
        return name.stringValue();
    }

    /** A per-region result's value as an attribute value: one choice as itself, several as a list. */
    private static Object regionValue(Task task, JsonNode item, String type, String itemPath,
            ImportProblems problems) {
        JsonNode value = item.path("value").get(switch (type) {
            case "choices" -> "choices";
            case "textarea" -> "text";
            default -> type;
        });
        String valuePath = itemPath + ".value." + (type.equals("textarea") ? "text" : type);
        if (value == null || value.isNull()) {
            problems.add(task.at(valuePath), Message.of("annotation.problem.missing"));
            return null;
        }
        if (value.isArray()) {
            List<Object> values = new ArrayList<>();
            value.forEach(element -> values.add(JSON.treeToValue(element, Object.class)));
            if (values.isEmpty()) {
                problems.add(task.at(valuePath), Message.of("annotation.problem.is-empty"));
                return null;
            }
            // a textarea's lines are one text; a single choice is the value itself
            return type.equals("textarea") ? String.join("\n", values.stream().map(String::valueOf).toList())
                    : values.size() == 1 ? values.getFirst() : values;
        }
        return JSON.treeToValue(value, Object.class);
    }

    /** One span per label of a {@code labels} result, its offsets turned into code points. */
    private static void labels(Task task, String text, JsonNode item, String itemPath, Map<String, Object> attributes,
            Map<String, String> attributePaths, List<ImportedSpan> spans, ImportProblems problems) {
        String layer = controlName(task, item, itemPath, problems);
        JsonNode value = item.get("value");
        if (value == null || !value.isObject()) {
            problems.add(task.at(itemPath + ".value"), Message.of("annotation.problem.labelstudio.no-value"));
            return;
        }
        region(task, text, layer, itemPath + ".from_name", value, itemPath + ".value", attributes, attributePaths,
                spans, problems);
    }

    /**
     * One span per label of a region ({@code start}, {@code end}, {@code text}, {@code labels}) at {@code valuePath}
     * in the layer named at {@code layerPath}.
     */
    private static void region(Task task, String text, String layer, String layerPath, JsonNode value,
            String valuePath, Map<String, Object> attributes, Map<String, String> attributePaths,
            List<ImportedSpan> spans, ImportProblems problems) {
        Integer start = offset(task, value, valuePath, "start", problems);
        Integer end = offset(task, value, valuePath, "end", problems);
        JsonNode labels = value.get("labels");
        if (labels == null || !labels.isArray() || labels.isEmpty()) {
            problems.add(task.at(valuePath + ".labels"), Message.of("annotation.problem.labelstudio.no-labels"));
            return;
        }
        JsonNode claimedNode = value.get("text");
        if (claimedNode != null && !claimedNode.isNull() && !claimedNode.isString()) {
            problems.add(task.at(valuePath + ".text"), Message.of("annotation.problem.is-not-a-string"));
            return;
        }
        if (start == null || end == null || layer == null) {
            return;
        }
        String claimed = claimedNode == null || claimedNode.isNull() ? null : claimedNode.stringValue();
        int[] codePoints = codePoints(text, start, end, claimed, task.at(valuePath + ".start"),
                task.at(valuePath + ".text"), problems);
        if (codePoints == null) {
            return;
        }
        for (int l = 0; l < labels.size(); l++) {
            String labelPath = valuePath + ".labels[" + l + "]";
            if (!labels.get(l).isString()) {
                problems.add(task.at(labelPath), Message.of("annotation.problem.is-not-a-string"));
                continue;
            }
            spans.add(new ImportedSpan(field -> switch (field) {
                case "" -> task.at(valuePath);
                case "layer" -> task.at(layerPath);
                case "label" -> task.at(labelPath);
                case "start", "end", "text" -> task.at(valuePath + "." + field);
                default -> field.startsWith("attributes.") && attributePaths.containsKey(field.substring(11))
                        ? task.at(attributePaths.get(field.substring(11))) : task.at(valuePath);
            }, layer, labels.get(l).stringValue(), codePoints[0], codePoints[1], claimed, attributes));
        }
    }

    private static Integer offset(Task task, JsonNode value, String valuePath, String name, ImportProblems problems) {
        JsonNode offset = value.get(name);
        if (offset == null || !offset.isIntegralNumber() || !offset.canConvertToInt() || offset.intValue() < 0) {
            problems.add(task.at(valuePath + "." + name), offset == null ? Message.of("annotation.problem.missing")
                    : Message.of("annotation.problem.not-an-offset", offset.toString()));
            return null;
        }
        return offset.intValue();
    }

    /**
     * The span's code point offsets. With a claimed text, the reading of the offsets under which it matches: UTF-16
     * code units (Label Studio's editor) or code points (some versions, and scripts); without one, UTF-16.
     */
    static int[] codePoints(String text, int start, int end, String claimed, Message whereOffsets, Message whereText,
            ImportProblems problems) {
        Message utf16Problem = Utf16.problem(text, start, end);
        if (claimed == null || utf16Problem == null && text.substring(start, end).equals(claimed)) {
            if (utf16Problem != null) {
                problems.add(whereOffsets, utf16Problem);
                return null;
            }
            return new int[] {Utf16.toCodePoints(text, start), Utf16.toCodePoints(text, end)};
        }
        int length = text.codePointCount(0, text.length());
        if (start < end && end <= length) {
            String asCodePoints = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            if (asCodePoints.equals(claimed)) {
                return new int[] {start, end};
            }
        }
        problems.add(whereText, Message.of("annotation.problem.labelstudio.not-the-text", Utf16.shown(claimed),
                String.valueOf(start), String.valueOf(end), utf16Problem == null
                        ? Message.of("annotation.problem.labelstudio.utf16-cover", Utf16.shown(text.substring(start,
                        end)))
                        : Message.of("annotation.problem.labelstudio.utf16-do-not-fit", utf16Problem),
                start < end && end <= length ? Message.of("annotation.problem.labelstudio.code-points-cover",
                        Utf16.shown(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end))))
                        : Place.said("")));
        return null;
    }

    /** Offsets counted in UTF-16 code units, as JavaScript's string indices are (Label Studio, doccano). */
    static final class Utf16 {

        private Utf16() {
        }

        /** What is wrong with {@code [start, end)} as UTF-16 offsets into {@code text}, or null. */
        static Message problem(String text, int start, int end) {
            if (start >= end) {
                return Message.of("annotation.problem.utf16.not-before", String.valueOf(start), String.valueOf(end));
            }
            if (end > text.length()) {
                return Message.of("annotation.problem.utf16.beyond", String.valueOf(end),
                        String.valueOf(text.length()), String.valueOf(text.codePointCount(0, text.length())));
            }
            for (int offset : new int[] {start, end}) {
                if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                        && Character.isLowSurrogate(text.charAt(offset))) {
                    return Message.of("annotation.problem.utf16.inside", String.valueOf(offset), Integer.toHexString(
                            text.codePointAt(offset - 1)).toUpperCase(java.util.Locale.ROOT));
                }
            }
            return null;
        }

        static int toCodePoints(String text, int utf16) {
            return text.codePointCount(0, utf16);
        }

        /** A text for a message: line breaks shown as \n, long ones cut. */
        static String shown(String text) {
            String shown = text.replace("\r", "\\r").replace("\n", "\\n");
            return shown.codePointCount(0, shown.length()) > 60
                    ? shown.substring(0, shown.offsetByCodePoints(0, 59)) + "…" : shown;
        }
    }

    /** The file's text, a byte order mark removed; null with a problem when it is not UTF-8. */
    static String text(UploadedFile file, ImportProblems problems) {
        try {
            String text = file.utf8();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NotUtf8Exception e) {
            problems.add(file.place(), e.said());
            return null;
        }
    }

    /** Where a JSON error is: {@code "<where>, line 3, column 7"}, or without the line ({@code withLine} false). */
    static Message jsonWhere(Message where, JacksonException e, boolean withLine) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? where
                : withLine ? Message.of("annotation.place.line-column", where, String.valueOf(location.getLineNr()),
                        String.valueOf(location.getColumnNr()))
                : Message.of("annotation.place.column-number", where, String.valueOf(location.getColumnNr()));
    }

    /** {@code "<file>, task <index> (line <n>)"}. */
    private static Message taskOf(UploadedFile file, int index, JsonParser parser) {
        return Message.of("annotation.place.task", file.place(), String.valueOf(index), String.valueOf(line(parser)));
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isString() && !value.stringValue().isBlank() ? value.stringValue().strip()
                : null;
    }

    private static boolean nonEmptyArray(JsonNode node) {
        return node != null && node.isArray() && !node.isEmpty();
    }
}
