package org.slant.curation;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * What gold spans and answers have in common: the document, layer, label and attribute values (keyed by attribute
 * id), where it came from, and whether a person made or changed it (then no merge rule may overwrite it).
 */
@MappedSuperclass
abstract class GoldAnnotation extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID documentId;

    @Column(nullable = false, updatable = false)
    private UUID layerId;

    @Column(nullable = false)
    private UUID labelId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> attributes = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private GoldOrigin origin;

    @Column(updatable = false)
    private String originDetail;

    @Column(updatable = false)
    private UUID sourceId;

    @Column(nullable = false)
    private boolean personMade;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false)
    private Instant updatedAt = createdAt;

    @Version
    private long version;

    protected GoldAnnotation() {
    }

    protected GoldAnnotation(UUID id, UUID documentId, UUID layerId, UUID labelId, Map<String, Object> attributes,
            GoldSource source) {
        super(id);
        this.documentId = documentId;
        this.layerId = layerId;
        this.labelId = labelId;
        this.attributes = new LinkedHashMap<>(attributes);
        this.origin = source.origin();
        this.originDetail = source.detail();
        this.sourceId = source.sourceId();
        this.personMade = source.origin() != GoldOrigin.MERGED;
    }

    /** A person's change: from now on no merge rule touches it. */
    protected void relabel(UUID labelId, Map<String, Object> attributes) {
        this.labelId = labelId;
        this.attributes = new LinkedHashMap<>(attributes);
        this.personMade = true;
        this.updatedAt = Instant.now();
    }

    public UUID getDocumentId() {
        return documentId;
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

    public GoldOrigin getOrigin() {
        return origin;
    }

    public String getOriginDetail() {
        return originDetail;
    }

    public UUID getSourceId() {
        return sourceId;
    }

    public boolean isPersonMade() {
        return personMade;
    }

    public long getVersion() {
        return version;
    }
}
