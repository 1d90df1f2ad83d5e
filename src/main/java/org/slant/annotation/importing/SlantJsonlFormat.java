package org.slant.annotation.importing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slant.annotation.AssignmentStatus;
import org.slant.corpus.DocumentLanguage;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.platform.NotUtf8Exception;
import org.slant.platform.StrictUtf8;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slant's own jsonl export (docs/import.md#annotated-data): one document per line with its text, metadata and each
 * annotator's spans, answers and status by layer and label names. Unknown fields are refused by name, as the
 * document import refuses them, so that a typo is caught rather than imported as nothing.
 */
@Component
@Order(0)
public class SlantJsonlFormat implements AnnotatedFormat {

    static final List<String> FIELDS = List.of("id", "text", "title", "outlet", "story", "url", "published",
            "externalId", "meta", "annotations", "gold", "language");
    private static final List<String> WORK_FIELDS = List.of("annotator", "status", "spans", "answers");
    private static final List<String> SPAN_FIELDS = List.of("id", "layer", "label", "start", "end", "text",
            "attributes");
    private static final List<String> ANSWER_FIELDS = List.of("id", "layer", "label", "attributes");
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectReader reader;

    SlantJsonlFormat(JsonMapper json) {
        this.reader = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public String name() {
        return "slant";
    }

    @Override
    public String description() {
        return "Slant's jsonl export (documents.jsonl), with every annotator's spans, answers and status";
    }

    @Override
    public boolean namesAnnotators() {
        return true;
    }

    @Override
    public List<AnnotatedDocument> read(List<UploadedFile> files, ImportProblems problems) {
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (UploadedFile file : files) {
            read(file, documents, problems);
        }
        return documents;
    }

    private void read(UploadedFile file, List<AnnotatedDocument> into, ImportProblems problems) {
        BufferedReader lines = new BufferedReader(StrictUtf8.reader(new ByteArrayInputStream(file.bytes())), 1 << 16);
        long number = 0;
        try {
            for (String line; (line = lines.readLine()) != null && !problems.full(); ) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    AnnotatedDocument document = readLine(Place.lineOf(file.where(), number), line, problems);
                    if (document != null) {
                        into.add(document);
                    }
                }
            }
        } catch (NotUtf8Exception e) {
            problems.add(file.place(), e.said());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.where(), e);
        }
    }

    private AnnotatedDocument readLine(Message where, String line, ImportProblems problems) {
        JsonNode object;
        try {
            object = reader.readTree(line);
        } catch (JacksonException e) {
            problems.add(where, Message.of("annotation.problem.not-json", e.getOriginalMessage()));
            return null;
        }
        if (object == null || !object.isObject()) {
            problems.add(where, Message.of("annotation.problem.slant.not-an-object"));
            return null;
        }
        int before = problems.size();
        Fields fields = new Fields(where, problems);
        fields.known(object, FIELDS, "");
        String text = fields.string(object, "text", "text");
        if (text == null) {
            if (problems.size() == before) {
                problems.add(Place.fieldOf(where, "text"), Message.of("annotation.problem.slant.no-text"));
            }
            return null;
        }
        String title = fields.string(object, "title", "title");
        String outlet = fields.string(object, "outlet", "outlet");
        String story = fields.string(object, "story", "story");
        String url = fields.string(object, "url", "url");
        String published = fields.string(object, "published", "published");
        String externalId = object.has("externalId") && object.get("externalId").isIntegralNumber()
                ? object.get("externalId").asString() : fields.string(object, "externalId", "externalId");
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            try {
                date = LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                problems.add(Place.fieldOf(where, "published"), Message.of("annotation.problem.not-a-date",
                        published));
            }
        }
        String language = null;
        try {
            language = DocumentLanguage.parse(fields.string(object, "language", "language")).orElse(null);
        } catch (IllegalArgumentException notATag) {
            problems.add(new Problem(Place.fieldOf(where, "language").english(), notATag.getMessage(), null,
                    Place.fieldOf(where, "language")));
        }
        Map<String, Object> meta = Map.of();
        JsonNode metaNode = object.get("meta");
        if (metaNode != null && !metaNode.isNull()) {
            if (metaNode.isObject()) {
                meta = reader.forType(OBJECT).readValue(metaNode);
            } else {
                problems.add(Place.fieldOf(where, "meta"), Message.of("annotation.problem.must-be-object"));
            }
        }
        List<AnnotatorWork> work = new ArrayList<>();
        JsonNode annotations = object.get("annotations");
        if (annotations != null && !annotations.isNull()) {
            if (!annotations.isArray()) {
                problems.add(Place.fieldOf(where, "annotations"), Message.of("annotation.problem.must-be-array"));
            } else {
                Set<String> annotators = new HashSet<>();
                int index = 0;
                for (JsonNode entry : annotations) {
                    String path = "annotations[" + index + "]";
                    AnnotatorWork one = work(fields, path, entry);
                    if (one != null) {
                        if (!annotators.add(one.annotator())) {
                            problems.add(Place.fieldOf(where, path + ".annotator"),
                                    Message.of("annotation.problem.annotator-twice", one.annotator()));
                        }
                        work.add(one);
                    }
                    index++;
                }
            }
        }
        // a line with problems still goes on to be checked against the project, so that every problem of the
        // upload is named at once; nothing is stored while any is left
        String shownTitle = title == null || title.isBlank() ? DocumentText.titleFrom(text) : title.strip();
        NewDocument document = new NewDocument(shownTitle, text, blankToNull(outlet), blankToNull(story),
                blankToNull(url), date, blankToNull(externalId), meta, language);
        return new AnnotatedDocument(where, document, work);
    }

    private AnnotatorWork work(Fields fields, String path, JsonNode entry) {
        if (!entry.isObject()) {
            fields.problem(path, Message.of("annotation.problem.must-be-object"));
            return null;
        }
        int before = fields.problems.size();
        fields.known(entry, WORK_FIELDS, path + ".");
        String annotator = fields.string(entry, "annotator", path + ".annotator");
        if (annotator == null || annotator.isBlank()) {
            if (fields.problems.size() == before) {
                fields.problem(path + ".annotator", Message.of("annotation.problem.missing"));
            }
            return null;
        }
        if (annotator.equals("majority") || annotator.equals("gold")) {
            fields.problem(path + ".annotator", Message.of("annotation.problem.slant.not-annotators", annotator));
            return null;
        }
        String statusText = fields.string(entry, "status", path + ".status");
        AssignmentStatus status = null;
        if (statusText != null) {
            try {
                status = AssignmentStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fields.problem(path + ".status", Message.of("annotation.problem.slant.not-a-status", statusText));
            }
        }
        List<ImportedSpan> spans = new ArrayList<>();
        int i = 0;
        for (JsonNode span : fields.array(entry, "spans", path + ".spans")) {
            ImportedSpan one = span(fields, path + ".spans[" + i + "]", span);
            if (one != null) {
                spans.add(one);
            }
            i++;
        }
        List<ImportedAnswer> answers = new ArrayList<>();
        i = 0;
        for (JsonNode answer : fields.array(entry, "answers", path + ".answers")) {
            ImportedAnswer one = answer(fields, path + ".answers[" + i + "]", answer);
            if (one != null) {
                answers.add(one);
            }
            i++;
        }
        return new AnnotatorWork(Place.field(fields.where, path), annotator.strip(), status, spans, answers);
    }

    private ImportedSpan span(Fields fields, String path, JsonNode span) {
        if (!span.isObject()) {
            fields.problem(path, Message.of("annotation.problem.must-be-object"));
            return null;
        }
        int before = fields.problems.size();
        fields.known(span, SPAN_FIELDS, path + ".");
        String layer = fields.required(span, "layer", path);
        String label = fields.required(span, "label", path);
        Integer start = fields.integer(span, "start", path + ".start");
        Integer end = fields.integer(span, "end", path + ".end");
        String text = fields.string(span, "text", path + ".text");
        Map<String, Object> attributes = fields.attributes(span, path);
        if (fields.problems.size() > before) {
            return null;
        }
        return new ImportedSpan(Place.field(fields.where, path), layer, label, start, end, text, attributes);
    }

    private ImportedAnswer answer(Fields fields, String path, JsonNode answer) {
        if (!answer.isObject()) {
            fields.problem(path, Message.of("annotation.problem.must-be-object"));
            return null;
        }
        int before = fields.problems.size();
        fields.known(answer, ANSWER_FIELDS, path + ".");
        String layer = fields.required(answer, "layer", path);
        String label = fields.required(answer, "label", path);
        Map<String, Object> attributes = fields.attributes(answer, path);
        if (fields.problems.size() > before) {
            return null;
        }
        return new ImportedAnswer(Place.field(fields.where, path), layer, label, attributes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One line's fields, read with every wrong one reported by its path. */
    private final class Fields {
        final Message where;
        final ImportProblems problems;

        Fields(Message where, ImportProblems problems) {
            this.where = where;
            this.problems = problems;
        }

        void problem(String path, Message message) {
            problems.add(Place.fieldOf(where, path), message);
        }

        void known(JsonNode object, List<String> names, String prefix) {
            for (String name : object.propertyNames()) {
                if (!names.contains(name)) {
                    problem(prefix + name, Message.of("annotation.problem.unknown-field", String.join(", ", names)));
                }
            }
        }

        String string(JsonNode object, String name, String path) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                problem(path, Message.of("annotation.problem.must-be-string"));
                return null;
            }
            return value.stringValue();
        }

        String required(JsonNode object, String name, String path) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                problem(path + "." + name, Message.of("annotation.problem.missing"));
                return null;
            }
            return string(object, name, path + "." + name);
        }

        Integer integer(JsonNode object, String name, String path) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                problem(path, Message.of("annotation.problem.missing"));
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problem(path, Message.of("annotation.problem.code-points"));
                return null;
            }
            return value.intValue();
        }

        List<JsonNode> array(JsonNode object, String name, String path) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(path, Message.of("annotation.problem.must-be-array"));
                return List.of();
            }
            List<JsonNode> values = new ArrayList<>();
            value.forEach(values::add);
            return values;
        }

        Map<String, Object> attributes(JsonNode object, String path) {
            JsonNode value = object.get("attributes");
            if (value == null || value.isNull()) {
                return Map.of();
            }
            if (!value.isObject()) {
                problem(path + ".attributes", Message.of("annotation.problem.must-be-object"));
                return Map.of();
            }
            return reader.forType(OBJECT).readValue(value);
        }
    }
}
