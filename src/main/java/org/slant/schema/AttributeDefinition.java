package org.slant.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.slant.platform.DomainEntity;

/** A value annotators record on a span or answer of a layer, e.g. a source's identification or a tone's target. */
@Entity
@Table(name = "attribute_definition")
public class AttributeDefinition extends DomainEntity {

    /** The label this attribute belongs to; null when it applies to every label of the layer. */
    private UUID labelId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttributeType type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> options = new ArrayList<>();

    @Column(nullable = false)
    private boolean required;

    /** The attribute whose value decides whether this one is asked; null when it is always asked. */
    private UUID conditionAttributeId;

    private String conditionValue;

    @Column(nullable = false)
    private String description = "";

    protected AttributeDefinition() {
    }

    AttributeDefinition(UUID labelId, int position, String name, AttributeType type, List<String> options,
            boolean required, String description) {
        this.labelId = labelId;
        this.position = position;
        this.name = name;
        this.type = type;
        this.options = new ArrayList<>(options);
        this.required = required;
        this.description = description;
    }

    void askOnlyWhen(UUID attributeId, String value) {
        this.conditionAttributeId = attributeId;
        this.conditionValue = attributeId == null ? null : value;
    }

    void update(UUID labelId, String name, AttributeType type, List<String> options, boolean required,
            String description) {
        this.labelId = labelId;
        this.name = name;
        this.type = type;
        this.options = new ArrayList<>(options);
        this.required = required;
        this.description = description;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public UUID getLabelId() {
        return labelId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public AttributeType getType() {
        return type;
    }

    public List<String> getOptions() {
        return List.copyOf(options);
    }

    public boolean isRequired() {
        return required;
    }

    public UUID getConditionAttributeId() {
        return conditionAttributeId;
    }

    public String getConditionValue() {
        return conditionValue;
    }

    public String getDescription() {
        return description;
    }
}
