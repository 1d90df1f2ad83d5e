package org.slant.annotation;

import java.util.List;
import java.util.UUID;

/**
 * What a bulk call stored on one document, each list in the order of the request.
 *
 * @param created the created spans and answers ({@link Span} or {@link Answer}), including those a retry found stored
 * @param updated the changed spans and answers at their new versions
 * @param deleted the ids deleted (or already deleted)
 */
public record BulkSaved(UUID documentId, List<Object> created, List<Object> updated, List<UUID> deleted) {
}
