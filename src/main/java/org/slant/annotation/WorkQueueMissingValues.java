package org.slant.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.platform.Message;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.SchemaService;
import org.springframework.stereotype.Component;

/**
 * Finds the caller's spans and answers on a document that lack a required value, so that marking it done can warn.
 * An attribute counts only where it is asked: for the annotation's label, and when its condition holds.
 */
@Component
class WorkQueueMissingValues {

    private static final int LONGEST_QUOTE = 40;

    private final AnnotationService annotations;
    private final SchemaService schema;

    WorkQueueMissingValues(AnnotationService annotations, SchemaService schema) {
        this.annotations = annotations;
        this.schema = schema;
    }

    /** One line per annotation lacking something, e.g. "span 'said' (Cue): 'speaker' missing". */
    List<Message> of(UUID projectId, UUID documentId) {
        Map<UUID, LayerSchema> layers = schema.layers(projectId).stream()
                .collect(Collectors.toMap(LayerSchema::id, layer -> layer));
        DocumentAnnotations work = annotations.annotationsOf(documentId, null);
        List<Message> lines = new ArrayList<>();
        for (Span span : work.spans()) {
            describe(quote(span.text()), layers.get(span.layer()), span.label(), span.attributes(), lines);
        }
        for (Answer answer : work.answers()) {
            describe(null, layers.get(answer.layer()), answer.label(), answer.attributes(), lines);
        }
        return lines;
    }

    /** @param quoted the span's words, quoted as {@link #quote} does; null for an answer */
    private static void describe(String quoted, LayerSchema layer, UUID labelId, Map<String, Object> values,
            List<Message> lines) {
        if (layer == null) {
            return;
        }
        List<String> missing = layer.attributes().stream()
                .filter(attribute -> attribute.required()
                        && AttributeRules.isEmpty(values.get(attribute.id().toString()))
                        && AttributeRules.asked(layer, attribute, labelId, values))
                .map(AttributeSchema::name).map(name -> "'" + name + "'").toList();
        if (!missing.isEmpty()) {
            String label = labelName(layer, labelId);
            String names = String.join(", ", missing);
            lines.add(quoted != null ? Message.of("annotation.refusal.missing.span", quoted, label, names)
                    : Message.of("annotation.refusal.missing.answer", label, names));
        }
    }

    private static String labelName(LayerSchema layer, UUID labelId) {
        return layer.labels().stream().filter(label -> label.id().equals(labelId)).map(LayerSchema.LabelSchema::name)
                .findFirst().orElse("?");
    }

    /** Long spans are cut so that a list of them stays readable. */
    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= LONGEST_QUOTE) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, LONGEST_QUOTE)) + "…";
    }
}
