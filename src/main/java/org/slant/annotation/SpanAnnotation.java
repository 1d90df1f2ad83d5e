package org.slant.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;

/**
 * A passage of a document that an annotator labelled. Offsets are Unicode code points, end-exclusive.
 */
@Entity
@Table(name = "span_annotation")
public class SpanAnnotation extends Annotation {

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    protected SpanAnnotation() {
    }

    public SpanAnnotation(UUID id, UUID documentId, UUID annotatorId, UUID layerId, UUID labelId, int start, int end,
            Map<String, Object> attributes) {
        super(id, documentId, annotatorId, layerId, labelId, attributes);
        this.start = start;
        this.end = end;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    void change(UUID labelId, int start, int end, Map<String, Object> attributes) {
        this.start = start;
        this.end = end;
        relabel(labelId, attributes);
    }
}
