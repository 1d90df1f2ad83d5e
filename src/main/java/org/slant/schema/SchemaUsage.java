package org.slant.schema;

import java.util.UUID;
import org.slant.platform.Message;

/**
 * What the schema needs to know about the annotations that use it, and how to let go of them when part of the schema
 * is deleted. The features that keep annotations answer it (the annotators' work, gold; the schema depends on
 * neither); the schema editor asks every one of them. Every removal is recorded in the feature's history with
 * {@code reason}. {@link SchemaUsageInTables} answers it for tables of the usual shape.
 */
public interface SchemaUsage {

    /**
     * {@code count} of what this feature keeps, in a confirmation's words ("2 annotations", "1 gold annotation"), by
     * key, so that the confirmation reads in the reader's language.
     */
    Message counted(long count);

    long annotationsInLayer(UUID layerId);

    long annotationsWithLabel(UUID labelId);

    long annotationsWithAttribute(UUID attributeId);

    long annotationsWithAttributeValue(UUID attributeId, String value);

    void deleteAnnotationsInLayer(UUID layerId, String reason);

    void deleteAnnotationsWithLabel(UUID labelId, String reason);

    void removeAttribute(UUID attributeId, String reason);

    void removeAttributeValue(UUID attributeId, String value, String reason);
}
