package org.slant.schema;

import java.util.UUID;

/**
 * What the schema needs to know about the annotations that use it, and how to let go of them when part of the schema
 * is deleted. The annotation feature answers it (the schema does not depend on annotations); every removal is
 * recorded in the annotation history with {@code reason}.
 */
public interface SchemaUsage {

    long annotationsInLayer(UUID layerId);

    long annotationsWithLabel(UUID labelId);

    long annotationsWithAttribute(UUID attributeId);

    long annotationsWithAttributeValue(UUID attributeId, String value);

    void deleteAnnotationsInLayer(UUID layerId, String reason);

    void deleteAnnotationsWithLabel(UUID labelId, String reason);

    void removeAttribute(UUID attributeId, String reason);

    void removeAttributeValue(UUID attributeId, String value, String reason);
}
