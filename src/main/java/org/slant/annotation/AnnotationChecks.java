package org.slant.annotation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.schema.AttributeType;
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
            problem("layer", Message.of("annotation.refusal.layer-required"));
            return Optional.empty();
        }
        Optional<LayerSchema> layer = layers.stream().filter(candidate -> candidate.id().equals(layerId)).findFirst();
        if (layer.isEmpty()) {
            problem("layer", Message.of("annotation.refusal.not-a-layer"));
        } else if (layer.get().kind() != kind) {
            problem("layer", Message.of(kind == LayerKind.SPAN ? "annotation.refusal.layer-takes-answers"
                    : "annotation.refusal.layer-takes-spans", layer.get().name()));
            return Optional.empty();
        }
        return layer;
    }

    public void label(LayerSchema layer, UUID labelId) {
        if (labelId == null) {
            problem("label", Message.of("annotation.refusal.label-required", layer.name()));
        } else if (layer.labels().stream().noneMatch(label -> label.id().equals(labelId))) {
            problem("label", Message.of("annotation.refusal.not-a-label", layer.name()));
        }
    }

    /** Whether the offsets are a non-empty range inside a text of {@code length} code points. */
    public boolean offsets(Integer start, Integer end, int length) {
        int before = problems.size();
        if (start == null) {
            problem("start", Message.of("annotation.refusal.start-required"));
        }
        if (end == null) {
            problem("end", Message.of("annotation.refusal.end-required"));
        }
        if (start != null && (start < 0 || start >= length)) {
            problem("start", Message.of("annotation.refusal.start-outside", String.valueOf(length - 1),
                    String.valueOf(length), String.valueOf(start)));
        }
        if (end != null && (end < 1 || end > length)) {
            problem("end", Message.of("annotation.refusal.end-outside", String.valueOf(length), String.valueOf(end)));
        }
        if (start != null && end != null && end <= start) {
            problem("end", Message.of("annotation.refusal.end-before-start", String.valueOf(start),
                    String.valueOf(end)));
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
                problem(where, Message.of("annotation.refusal.not-an-attribute", layer.name()));
                return;
            }
            AttributeSchema attribute = found.get();
            if (!forLabel(attribute, labelId)) {
                problem(where, Message.of("annotation.refusal.attribute-of-label", attribute.name(),
                        labelName(layer, attribute.labelId())));
                return;
            }
            Message misfit = misfit(attribute, value);
            if (misfit != null) {
                problem(where, misfit);
            } else if (!asked(layer, attribute, labelId, values, 0)) {
                Condition condition = attribute.condition();
                problem(where, Message.of("annotation.refusal.attribute-not-asked", attribute.name(),
                        attribute(layer, condition.attributeId().toString()).map(AttributeSchema::name).orElse("?"),
                        String.valueOf(condition.value())));
            }
        });
        return values;
    }

    /** The problems found so far. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** A problem written in English only. */
    public void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    /** A problem by key, which each reader reads in their language. */
    public void problem(String where, Message message) {
        problems.add(Problem.of(where, message));
    }

    /** Refuses the input with every problem found, under a summary written in English only. */
    public void throwIfAny(String summary) {
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(summary, problems);
        }
    }

    /** Refuses the input with every problem found, under a summary by key. */
    public void throwIfAny(Message summary) {
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
    private static Message misfit(AttributeSchema attribute, Object value) {
        List<String> options = attribute.options();
        boolean fits = switch (attribute.type()) {
            case CHOICE -> value instanceof String choice && options.contains(choice);
            case MULTI_CHOICE -> value instanceof List<?> list && options.containsAll(list)
                    && new HashSet<>(list).size() == list.size();
            case TEXT -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case ENTITY -> value instanceof String entity && !entity.isBlank();
        };
        if (fits) {
            return null;
        }
        String key = "annotation.refusal.misfit." + attribute.type().name().toLowerCase(Locale.ROOT);
        return attribute.type() == AttributeType.CHOICE || attribute.type() == AttributeType.MULTI_CHOICE
                ? Message.of(key, attribute.name(), options.toString(), describe(value))
                : Message.of(key, attribute.name(), describe(value));
    }

    private static String describe(Object value) {
        return value instanceof String text ? "'" + text + "'" : Objects.toString(value);
    }

    private static String labelName(LayerSchema layer, UUID labelId) {
        return layer.labels().stream().filter(label -> label.id().equals(labelId)).map(LabelSchema::name)
                .findFirst().orElse("?");
    }
}
