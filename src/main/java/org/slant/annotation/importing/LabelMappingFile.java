package org.slant.annotation.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slant.platform.Message;
import org.slant.platform.NotUtf8Exception;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a mapping file: {@code {"layers": {"Propaganda": "Persuasion techniques"}, "labels":
 * {"Black-and-White_Fallacy": "False_Dilemma-No_Choice"}}}, both parts optional, every name a non-blank string.
 */
public final class LabelMappingFile {

    private LabelMappingFile() {
    }

    /** The mapping, or {@link LabelMapping#NONE} with {@code problems} naming what is wrong. */
    public static LabelMapping read(UploadedFile file, JsonMapper json, ImportProblems problems) {
        JsonNode root;
        try {
            root = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(file.utf8());
        } catch (NotUtf8Exception e) {
            problems.add(file.place(), e.said());
            return LabelMapping.NONE;
        } catch (JacksonException e) {
            problems.add(file.where(), Message.of("annotation.problem.not-json", e.getOriginalMessage()));
            return LabelMapping.NONE;
        }
        if (root == null || !root.isObject()) {
            problems.add(file.where(), Message.of("annotation.problem.mapping.not-an-object"));
            return LabelMapping.NONE;
        }
        int before = problems.size();
        for (String name : root.propertyNames()) {
            if (!name.equals("layers") && !name.equals("labels")) {
                problems.add(Place.fieldOf(file.where(), name), Message.of("annotation.problem.mapping.unknown-field"));
            }
        }
        LabelMapping mapping = new LabelMapping(names(file, root, "layers", problems),
                names(file, root, "labels", problems));
        return problems.size() > before ? LabelMapping.NONE : mapping;
    }

    private static Map<String, String> names(UploadedFile file, JsonNode root, String field, ImportProblems problems) {
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode part = root.get(field);
        if (part == null || part.isNull()) {
            return names;
        }
        if (!part.isObject()) {
            problems.add(Place.fieldOf(file.where(), field), Message.of("annotation.problem.mapping.names"));
            return names;
        }
        for (String from : part.propertyNames()) {
            JsonNode to = part.get(from);
            if (to == null || !to.isString() || to.stringValue().isBlank()) {
                problems.add(Place.fieldOf(file.where(), field + "." + from),
                        Message.of("annotation.problem.mapping.name"));
            } else {
                names.put(from, to.stringValue().strip());
            }
        }
        return names;
    }
}
