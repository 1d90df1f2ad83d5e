package org.slant.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.slant.platform.DomainEntity;

/** A category annotators give a span or an article, within one layer. */
@Entity
@Table(name = "label")
public class Label extends DomainEntity {

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    /** #rrggbb */
    @Column(nullable = false)
    private String colour;

    /** The key that applies the label in the annotator; null when it has none. */
    private String keyBinding;

    @Column(nullable = false)
    private String description = "";

    protected Label() {
    }

    Label(int position, String name, String colour, String keyBinding, String description) {
        this.position = position;
        this.name = name;
        this.colour = colour;
        this.keyBinding = keyBinding;
        this.description = description;
    }

    void update(String name, String colour, String keyBinding, String description) {
        this.name = name;
        this.colour = colour;
        this.keyBinding = keyBinding;
        this.description = description;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getColour() {
        return colour;
    }

    public String getKeyBinding() {
        return keyBinding;
    }

    public String getDescription() {
        return description;
    }
}
