package org.slant.schema;

import java.util.List;
import java.util.UUID;

/** A layer with its labels and attributes, as the annotator, the API and exports read it. */
public record LayerSchema(UUID id, int position, String name, LayerKind kind, boolean overlapAllowed,
        boolean ordered, String description, List<LabelSchema> labels, List<AttributeSchema> attributes) {

    public record LabelSchema(UUID id, String name, String colour, String key, String description) {
    }

    /**
     * @param labelId the label it belongs to; null for every label of the layer
     * @param condition when it is asked; null when always
     */
    public record AttributeSchema(UUID id, UUID labelId, String name, AttributeType type, List<String> options,
            boolean required, Condition condition, String description) {
    }

    /** Asked only when the attribute {@code attributeId} has the value {@code value}. */
    public record Condition(UUID attributeId, String value) {
    }

    static LayerSchema of(Layer layer) {
        return new LayerSchema(layer.getId(), layer.getPosition(), layer.getName(), layer.getKind(),
                layer.isOverlapAllowed(), layer.isOrdered(), layer.getDescription(),
                layer.getLabels().stream()
                        .map(label -> new LabelSchema(label.getId(), label.getName(), label.getColour(),
                                label.getKeyBinding(), label.getDescription()))
                        .toList(),
                layer.getAttributes().stream()
                        .map(attribute -> new AttributeSchema(attribute.getId(), attribute.getLabelId(),
                                attribute.getName(), attribute.getType(), attribute.getOptions(),
                                attribute.isRequired(),
                                attribute.getConditionAttributeId() == null ? null
                                        : new Condition(attribute.getConditionAttributeId(),
                                                attribute.getConditionValue()),
                                attribute.getDescription()))
                        .toList());
    }
}
