package org.slant.annotation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;

/** When an attribute is asked and when it counts as filled in: the same rules for the annotate view and the checks. */
public final class AttributeRules {

    private AttributeRules() {
    }

    /** Whether the attribute is asked for a span or answer with this label and these values (conditions hold). */
    public static boolean asked(LayerSchema layer, AttributeSchema attribute, UUID labelId, Map<String, Object> values) {
        return AnnotationChecks.asked(layer, attribute, labelId, values, 0);
    }

    /** No value, blank text or an empty list: a required attribute with it is still missing. */
    public static boolean isEmpty(Object value) {
        return switch (value) {
            case null -> true;
            case String text -> text.isBlank();
            case List<?> list -> list.isEmpty();
            default -> false;
        };
    }
}
