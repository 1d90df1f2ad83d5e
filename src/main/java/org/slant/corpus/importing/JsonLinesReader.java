package org.slant.corpus.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import org.slant.platform.Message;
import org.slant.platform.StrictUtf8;
import org.slant.platform.NotUtf8Exception;

/**
 * JSON Lines: one JSON object per line with the fields {@code text} (required), {@code title}, {@code outlet},
 * {@code story}, {@code url}, {@code published} (YYYY-MM-DD), {@code externalId}, {@code meta} (an object) and
 * {@code language} (a BCP 47 tag).
 * Blank lines are passed over. A field Slant does not know is refused by name: a typo such as "txt" must not import
 * documents without their text, or drop what the researcher meant to keep.
 */
final class JsonLinesReader {

    static final List<String> FIELDS = List.of("text", "title", "outlet", "story", "url", "published",
            "externalId", "meta", "language");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectReader json;
    private final DocumentChecks checks;

    JsonLinesReader(JsonMapper json, DocumentChecks checks) {
        // two values for one field on a line is a mistake to report, not one to settle by taking the last
        this.json = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.checks = checks;
    }

    void read(Message where, InputStream in, UploadContents into) throws IOException {
        BufferedReader lines = new BufferedReader(StrictUtf8.reader(in), 1 << 16);
        long number = 0;
        try {
            for (String line; (line = lines.readLine()) != null && !into.full(); ) {
                number++;
                if (!line.isBlank()) {
                    readLine(Location.jsonLine(where, number), line, into);
                }
            }
        } catch (NotUtf8Exception e) {
            into.problem(where, e.said());
        }
    }

    private void readLine(Location location, String line, UploadContents into) {
        JsonNode object;
        try {
            object = json.readTree(line);
        } catch (JacksonException e) {
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            // the parser's words are English
            into.problem(column > 0 ? Message.of("corpus.import.place.column-number", location.place(),
                    String.valueOf(column)) : location.place(),
                    Message.of("corpus.import.problem.json-invalid", String.valueOf(e.getOriginalMessage())));
            return;
        }
        if (object == null || !object.isObject()) {
            into.problem(location.place(), Message.of("corpus.import.problem.json-not-object"));
            return;
        }
        boolean fieldsWrong = false;
        for (String name : object.propertyNames()) {
            if (!KNOWN.contains(name)) {
                into.problem(location.field(name), unknownField(name));
                fieldsWrong = true;
            }
        }
        List<String> wrongTypes = new ArrayList<>();
        String text = string(object, "text", location, into, wrongTypes);
        String title = string(object, "title", location, into, wrongTypes);
        String outlet = string(object, "outlet", location, into, wrongTypes);
        String story = string(object, "story", location, into, wrongTypes);
        String url = string(object, "url", location, into, wrongTypes);
        String published = string(object, "published", location, into, wrongTypes);
        String externalId = externalId(object, location, into, wrongTypes);
        Map<String, Object> meta = meta(object, location, into, wrongTypes);
        if (wrongTypes.contains("text")) {
            return;
        }
        // the other fields are still checked, so that every problem of the line is reported at once
        IncomingDocument document = checks.check(location,
                new DocumentFields(text, title, outlet, story, url, published, externalId, meta,
                        string(object, "language", location, into, wrongTypes)), into);
        if (document != null && !fieldsWrong && wrongTypes.isEmpty()) {
            into.add(document);
        }
    }

    /** The field's text, or null when it is absent or null; a value of another type is reported. */
    private static String string(JsonNode object, String field, Location location, UploadContents into,
            List<String> wrongTypes) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            into.problem(location.field(field), Message.of("corpus.import.problem.json-not-string", type(value),
                    shown(value)));
            wrongTypes.add(field);
            return null;
        }
        return value.stringValue();
    }

    /** Ids are often numbers in the source data: a whole number is taken as its digits. */
    private static String externalId(JsonNode object, Location location, UploadContents into,
            List<String> wrongTypes) {
        JsonNode value = object.get("externalId");
        if (value != null && value.isIntegralNumber()) {
            return value.asString();
        }
        return string(object, "externalId", location, into, wrongTypes);
    }

    private Map<String, Object> meta(JsonNode object, Location location, UploadContents into,
            List<String> wrongTypes) {
        JsonNode value = object.get("meta");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            into.problem(location.field("meta"), Message.of("corpus.import.problem.json-meta-not-object", type(value),
                    shown(value)));
            wrongTypes.add("meta");
            return Map.of();
        }
        return json.forType(OBJECT).readValue(value);
    }

    /** "number" of "number 42": the value's type, in the reader's words. */
    static Message type(JsonNode value) {
        return Message.of("corpus.import.json-type." + value.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    /** "42" of "number 42", "[1,2]" of "array [1,2]": the start of the value. */
    private static String shown(JsonNode value) {
        String shown = value.toString();
        return shown.length() > 40 ? shown.substring(0, 39) + "…" : shown;
    }

    /** "(did you mean 'text'?)" for a field that differs from a known one only in case. */
    private static Message unknownField(String name) {
        String known = String.join(", ", FIELDS);
        return FIELDS.stream().filter(field -> field.equalsIgnoreCase(name)).findFirst()
                .map(field -> Message.of("corpus.import.problem.unknown-field-case", field, known))
                .orElse(Message.of("corpus.import.problem.unknown-field", known));
    }
}
