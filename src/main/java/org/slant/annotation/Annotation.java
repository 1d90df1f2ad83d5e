package org.slant.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.slant.platform.DomainEntity;

/**
 * What spans and article answers have in common: whose work on which document, in which layer, with which label,
 * and attribute values keyed by the attribute's id (so renaming an attribute keeps them). The version makes a
 * stale edit fail instead of overwriting a newer one.
 */
@MappedSuperclass
public abstract class Annotation extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID documentId;

    @Column(nullable = false, updatable = false)
    private UUID annotatorId;

    @Column(nullable = false, updatable = false)
    private UUID layerId;

    @Column(nullable = false)
    private UUID labelId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> attributes = new LinkedHashMap<>();

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false)
    private Instant updatedAt = createdAt;

    @Version
    private long version;

    protected Annotation() {
    }

    protected Annotation(UUID id, UUID documentId, UUID annotatorId, UUID layerId, UUID labelId,
            Map<String, Object> attributes) {
        super(id);
        this.documentId = documentId;
        this.annotatorId = annotatorId;
        this.layerId = layerId;
        this.labelId = labelId;
        this.attributes = new LinkedHashMap<>(attributes);
    }

    /** A new label and attribute values; the layer, document and annotator never change. */
    protected void relabel(UUID labelId, Map<String, Object> attributes) {
        this.labelId = labelId;
        this.attributes = new LinkedHashMap<>(attributes);
        this.updatedAt = Instant.now();
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

    public Map<String, Object> getAttributes() {
        return Map.copyOf(attributes);
    }

    public long getVersion() {
        return version;
    }
}
