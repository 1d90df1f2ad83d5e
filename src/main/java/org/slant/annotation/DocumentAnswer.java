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
 * An annotator's answer about a whole document in a DOCUMENT layer: a label, with attribute values keyed by the
 * attribute's id. One per document, annotator, layer and label.
 */
@Entity
@Table(name = "document_answer")
public class DocumentAnswer extends DomainEntity {

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

    protected DocumentAnswer() {
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

    void change(UUID labelId, Map<String, Object> attributes) {
        this.labelId = labelId;
        this.attributes = new LinkedHashMap<>(attributes);
        this.updatedAt = Instant.now();
    }
}
