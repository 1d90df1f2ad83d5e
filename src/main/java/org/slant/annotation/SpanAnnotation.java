package org.slant.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.slant.platform.DomainEntity;

/**
 * A passage of a document that an annotator labelled. Offsets are Unicode code points, end-exclusive. Attribute
 * values are keyed by the attribute's id, so renaming an attribute keeps them.
 */
@Entity
@Table(name = "span_annotation")
public class SpanAnnotation extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID documentId;

    @Column(nullable = false, updatable = false)
    private UUID annotatorId;

    @Column(nullable = false)
    private UUID layerId;

    @Column(nullable = false)
    private UUID labelId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> attributes = new LinkedHashMap<>();

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false)
    private Instant updatedAt = createdAt;

    @Version
    private long version;

    protected SpanAnnotation() {
    }

    public SpanAnnotation(UUID id, UUID documentId, UUID annotatorId, UUID layerId, UUID labelId, int start, int end,
            Map<String, Object> attributes) {
        super(id);
        this.documentId = documentId;
        this.annotatorId = annotatorId;
        this.layerId = layerId;
        this.labelId = labelId;
        this.start = start;
        this.end = end;
        this.attributes = new LinkedHashMap<>(attributes);
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public UUID getAnnotatorId() {
        return annotatorId;
    }

    public UUID getLayerId() {
        return layerId;
    }

    public UUID getLabelId() {
        return labelId;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public Map<String, Object> getAttributes() {
        return Map.copyOf(attributes);
    }

    public long getVersion() {
        return version;
    }

    void change(UUID labelId, int start, int end, Map<String, Object> attributes) {
        this.labelId = labelId;
        this.start = start;
        this.end = end;
        this.attributes = new LinkedHashMap<>(attributes);
        this.updatedAt = Instant.now();
    }
}
