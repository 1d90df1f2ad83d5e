package org.slant.curation;

import java.util.Map;
import java.util.UUID;

/**
 * Gold as a merge reads and writes it, a span or (without offsets) an answer.
 *
 * @param attributes the values as stored, JSON keyed by attribute id
 * @param personMade a person made or changed it: a merge leaves it as it is
 */
record MergeGold(UUID id, UUID documentId, UUID layerId, UUID labelId, Integer start, Integer end,
        String attributes, boolean personMade) {

    boolean span() {
        return start != null;
    }

    Unit unit() {
        return new Unit(labelId, start, end);
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** What makes two spans (label and offsets) or two answers (label) the same. */
    record Unit(UUID labelId, Integer start, Integer end) {
    }

    /**
     * Gold a merge writes.
     *
     * @param values attribute values by attribute id
     */
    record Merged(UUID id, UUID documentId, UUID layerId, UUID labelId, Integer start, Integer end,
            Map<String, Object> values) {
    }
}
