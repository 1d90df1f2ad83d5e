package org.slant.schema;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slant.platform.DomainEntity;

/** One thing annotators look for (e.g. Frame, Attribution, Tone), with its labels and attributes. */
@Entity
@Table(name = "layer")
public class Layer extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LayerKind kind;

    /** Spans of this layer may overlap each other (across layers they always may). */
    @Column(nullable = false)
    private boolean overlapAllowed = true;

    /** The labels form an ordered scale, so ordinal agreement applies. */
    @Column(nullable = false)
    private boolean ordered;

    @Column(nullable = false)
    private String description = "";

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "layer_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Label> labels = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "layer_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<AttributeDefinition> attributes = new ArrayList<>();

    protected Layer() {
    }

    Layer(UUID projectId, int position, String name, LayerKind kind, boolean overlapAllowed, boolean ordered,
            String description) {
        this.projectId = projectId;
        this.position = position;
        this.name = name;
        this.kind = kind;
        this.overlapAllowed = overlapAllowed;
        this.ordered = ordered;
        this.description = description;
    }

    void update(String name, boolean overlapAllowed, boolean ordered, String description) {
        this.name = name;
        this.overlapAllowed = overlapAllowed;
        this.ordered = ordered;
        this.description = description;
    }

    void moveTo(int position) {
        this.position = position;
    }

    Optional<Label> label(UUID labelId) {
        return labels.stream().filter(label -> label.getId().equals(labelId)).findFirst();
    }

    Optional<AttributeDefinition> attribute(UUID attributeId) {
        return attributes.stream().filter(attribute -> attribute.getId().equals(attributeId)).findFirst();
    }

    /** Moves the label to {@code index} (0-based) and numbers the labels 1..n again. */
    void moveLabel(Label label, int index) {
        labels.remove(label);
        labels.add(Math.clamp(index, 0, labels.size()), label);
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).moveTo(i + 1);
        }
    }

    void moveAttribute(AttributeDefinition attribute, int index) {
        attributes.remove(attribute);
        attributes.add(Math.clamp(index, 0, attributes.size()), attribute);
        renumberAttributes();
    }

    /** Removes the label and the attributes that belong only to it. */
    void removeLabel(Label label) {
        attributes.stream().filter(attribute -> label.getId().equals(attribute.getLabelId())).toList()
                .forEach(this::removeAttribute);
        labels.remove(label);
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).moveTo(i + 1);
        }
    }

    /** Removes the attribute; attributes asked only on its value are asked always from now on. */
    void removeAttribute(AttributeDefinition removed) {
        attributes.remove(removed);
        attributes.stream().filter(attribute -> removed.getId().equals(attribute.getConditionAttributeId()))
                .forEach(attribute -> attribute.askOnlyWhen(null, null));
        renumberAttributes();
    }

    private void renumberAttributes() {
        for (int i = 0; i < attributes.size(); i++) {
            attributes.get(i).moveTo(i + 1);
        }
    }

    Label addLabel(String name, String colour, String keyBinding, String description) {
        Label label = new Label(labels.size() + 1, name, colour, keyBinding, description);
        labels.add(label);
        return label;
    }

    AttributeDefinition addAttribute(Label label, String name, AttributeType type, List<String> options,
            boolean required, String description) {
        AttributeDefinition attribute = new AttributeDefinition(label == null ? null : label.getId(),
                attributes.size() + 1, name, type, options, required, description);
        attributes.add(attribute);
        return attribute;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public LayerKind getKind() {
        return kind;
    }

    public boolean isOverlapAllowed() {
        return overlapAllowed;
    }

    public boolean isOrdered() {
        return ordered;
    }

    public String getDescription() {
        return description;
    }

    public List<Label> getLabels() {
        return List.copyOf(labels);
    }

    public List<AttributeDefinition> getAttributes() {
        return List.copyOf(attributes);
    }
}
