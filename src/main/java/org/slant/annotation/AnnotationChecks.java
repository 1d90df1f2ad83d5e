package org.slant.annotation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.Condition;
import org.slant.schema.LayerSchema.LabelSchema;

/**
 * Checks one span or answer against its document's text and its layer's schema, collecting every problem so the
 * annotator can fix them all at once. Required attributes are not enforced: annotators fill them in later. Gold is
 * checked by the same rules.
 */
public final class AnnotationChecks {

    private final List<Problem> problems = new ArrayList<>();

    public AnnotationChecks() {
    }

    /** The layer, when it is one of the project's and of the kind wanted. */
    public Optional<LayerSchema> layer(List<LayerSchema> layers, UUID layerId, LayerKind kind) {
        if (layerId == null) {
            problem("layer", "required: the id of one of the project's layers");
            return Optional.empty();
        }
        Optional<LayerSchema> layer = layers.stream().filter(candidate -> candidate.id().equals(layerId)).findFirst();
        if (layer.isEmpty()) {
            problem("layer", "not a layer of this document's project");
        } else if (layer.get().kind() != kind) {
            problem("layer", kind == LayerKind.SPAN
                    ? "'" + layer.get().name() + "' takes answers about the whole article, not spans"
                    : "'" + layer.get().name() + "' takes spans of text, not answers about the whole article");
            return Optional.empty();
        }
        return layer;
    }

    public void label(LayerSchema layer, UUID labelId) {
        if (labelId == null) {
            problem("label", "required: the id of one of layer '" + layer.name() + "''s labels");
        } else if (layer.labels().stream().noneMatch(label -> label.id().equals(labelId))) {
            problem("label", "not a label of layer '" + layer.name() + "'");
        }
    }

    /** Whether the offsets are a non-empty range inside a text of {@code length} code points. */
    public boolean offsets(Integer start, Integer end, int length) {
        int before = problems.size();
        if (start == null) {
            problem("start", "required: the code point offset where the span begins");
        }
        if (end == null) {
            problem("end", "required: the code point offset just after the span");
        }
        if (start != null && (start < 0 || start >= length)) {
            problem("start", "must be from 0 to " + (length - 1) + " (the text has " + length
                    + " code points), got " + start);
        }
        if (end != null && (end < 1 || end > length)) {
            problem("end", "must be from 1 to " + length + " (the text has " + length + " code points), got " + end);
        }
        if (start != null && end != null && end <= start) {
            problem("end", "must be after start (" + start + "), got " + end);
        }
        return problems.size() == before;
    }

    /**
     * Checks the values against the layer's attributes for the given label, and answers them without the keys whose
     * value is null (a null value means "no value").
     */
    public Map<String, Object> attributes(LayerSchema layer, UUID labelId, Map<String, Object> attributes) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((key, value) -> {
                if (value != null) {
                    values.put(key, value);
                }
            });
        }
        values.forEach((key, value) -> {
            String where = "attributes." + key;
            Optional<AttributeSchema> found = attribute(layer, key);
            if (found.isEmpty()) {
                problem(where, "not an attribute of layer '" + layer.name() + "'");
                return;
            }
            AttributeSchema attribute = found.get();
            if (!forLabel(attribute, labelId)) {
                problem(where, "'" + attribute.name() + "' is asked only for label '" + labelName(layer,
                        attribute.labelId()) + "'");
                return;
            }
            String misfit = misfit(attribute, value);
            if (misfit != null) {
                problem(where, "'" + attribute.name() + "' " + misfit);
            } else if (!asked(layer, attribute, labelId, values, 0)) {
                Condition condition = attribute.condition();
                problem(where, "'" + attribute.name() + "' is asked only when '" + attribute(layer,
                        condition.attributeId().toString()).map(AttributeSchema::name).orElse("?") + "' is '"
                        + condition.value() + "': leave it out");
            }
        });
        return values;
    }

    /** The problems found so far. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    public void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    public void throwIfAny(String summary) {
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(summary, problems);
        }
    }

    private static Optional<AttributeSchema> attribute(LayerSchema layer, String key) {
        return layer.attributes().stream().filter(attribute -> attribute.id().toString().equals(key)).findFirst();
    }

    private static boolean forLabel(AttributeSchema attribute, UUID labelId) {
        return attribute.labelId() == null || attribute.labelId().equals(labelId);
    }

    /** Whether the attribute is asked for this label, given the other values (conditions may chain). */
    static boolean asked(LayerSchema layer, AttributeSchema attribute, UUID labelId,
            Map<String, Object> values, int depth) {
        if (!forLabel(attribute, labelId)) {
            return false;
        }
        Condition condition = attribute.condition();
        if (condition == null) {
            return true;
        }
        // the schema refuses cycles; the depth limit only keeps a corrupted schema from looping
        Optional<AttributeSchema> other = attribute(layer, condition.attributeId().toString());
        return depth < layer.attributes().size() && other.isPresent()
                && asked(layer, other.get(), labelId, values, depth + 1)
                && holds(values.get(condition.attributeId().toString()), condition.value());
    }

    private static boolean holds(Object value, String wanted) {
        return switch (value) {
            case String text -> text.equals(wanted);
            case Boolean yes -> yes.toString().equals(wanted);
            case List<?> list -> list.contains(wanted);
            case null, default -> false;
        };
    }

    /** What is wrong with the value for this attribute's type, or null when it fits. */
    private static String misfit(AttributeSchema attribute, Object value) {
        List<String> options = attribute.options();
        return switch (attribute.type()) {
            case CHOICE -> value instanceof String choice && options.contains(choice) ? null
                    : "must be one of " + options + ", got " + describe(value);
            case MULTI_CHOICE -> value instanceof List<?> list && options.containsAll(list)
                    && new HashSet<>(list).size() == list.size() ? null
                    : "must be a list of distinct options from " + options + ", got " + describe(value);
            case TEXT -> value instanceof String ? null : "must be text, got " + describe(value);
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false, got " + describe(value);
            case ENTITY -> value instanceof String entity && !entity.isBlank() ? null
                    : "must name an entity (text that is not blank), got " + describe(value);
        };
    }

    private static String describe(Object value) {
        return value instanceof String text ? "'" + text + "'" : Objects.toString(value);
    }

    private static String labelName(LayerSchema layer, UUID labelId) {
        return layer.labels().stream().filter(label -> label.id().equals(labelId)).map(LabelSchema::name)
                .findFirst().orElse("?");
    }
}
