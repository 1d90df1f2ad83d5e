package org.slant.schema;

import java.util.List;
import java.util.UUID;

/** What a manager enters for a layer, label or attribute, before it is checked and stored. */
public final class Drafts {

    private Drafts() {
    }

    public record LayerDraft(String name, LayerKind kind, boolean overlapAllowed, boolean ordered,
            String description) {
    }

    /** @param key the key that applies the label, a single character, or null/blank for none */
    public record LabelDraft(String name, String colour, String key, String description) {
    }

    /**
     * @param labelId the label the attribute belongs to, or null for all labels of the layer
     * @param conditionAttributeId ask this attribute only when that one has {@code conditionValue}; null: always
     */
    public record AttributeDraft(UUID labelId, String name, AttributeType type, List<String> options,
            boolean required, UUID conditionAttributeId, String conditionValue, String description) {

        public AttributeDraft {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }
}
