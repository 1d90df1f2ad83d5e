package org.slant.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;

/** A span of gold. Offsets are Unicode code points, end-exclusive. */
@Entity
@Table(name = "gold_span")
class StoredGoldSpan extends GoldAnnotation {

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    protected StoredGoldSpan() {
    }

    StoredGoldSpan(UUID id, UUID documentId, UUID layerId, UUID labelId, int start, int end,
            Map<String, Object> attributes, GoldSource source) {
        super(id, documentId, layerId, labelId, attributes, source);
        this.start = start;
        this.end = end;
    }

    int getStart() {
        return start;
    }

    int getEnd() {
        return end;
    }

    void change(UUID labelId, int start, int end, Map<String, Object> attributes) {
        this.start = start;
        this.end = end;
        relabel(labelId, attributes);
    }
}
