package org.slant.schema;

import java.util.List;

/**
 * A ready-made annotation scheme from the media-bias literature. Adding it to a project creates ordinary, editable
 * layers, labels and attributes.
 *
 * @param id the name used in the API (e.g. {@code framing})
 */
public record SchemaPreset(String id, String title, String source, List<LayerSpec> layers) {

    /** A layer a preset creates. */
    public record LayerSpec(String name, LayerKind kind, boolean overlapAllowed, boolean ordered, String description,
            List<LabelSpec> labels, List<AttributeSpec> attributes) {

        public LayerSpec {
            labels = List.copyOf(labels);
            attributes = List.copyOf(attributes);
        }
    }

    /** A label of a preset layer; {@code key} may be null. */
    public record LabelSpec(String name, String colour, String key, String description) {
    }

    /**
     * An attribute of a preset layer.
     *
     * @param label the label it belongs to, or null for every label of the layer
     * @param conditionAttribute the attribute (of the same label) whose value {@code conditionValue} makes it asked
     */
    public record AttributeSpec(String label, String name, AttributeType type, List<String> options,
            boolean required, String conditionAttribute, String conditionValue, String description) {

        public AttributeSpec {
            options = List.copyOf(options);
        }
    }
}
