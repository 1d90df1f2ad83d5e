package org.slant.annotation;

import java.util.List;
import java.util.UUID;

/**
 * Many changes of the caller's spans and answers on one document, made all together or not at all.
 *
 * @param create spans or answers to create (the layer's kind decides), each with an optional id for retries
 * @param update changes: id and version required, fields left null keep their value
 * @param delete deletions: id and version required
 */
public record BulkChanges(UUID documentId, List<Change> create, List<Change> update, List<Change> delete) {

    /** One item: {@code draft} is null for a deletion; answers have no offsets. */
    public record Change(UUID id, Long version, SpanDraft draft) {
    }

    public BulkChanges {
        create = create == null ? List.of() : create;
        update = update == null ? List.of() : update;
        delete = delete == null ? List.of() : delete;
    }

    int size() {
        return create.size() + update.size() + delete.size();
    }
}
