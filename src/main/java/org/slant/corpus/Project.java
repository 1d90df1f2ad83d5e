package org.slant.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.slant.platform.DomainEntity;

/** A study: a corpus, the schema annotators apply to it, and the team that does the work. */
@Entity
@Table(name = "project")
public class Project extends DomainEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description = "";

    /** Markdown shown to annotators next to the text. */
    @Column(nullable = false)
    private String guidelines = "";

    @Column(nullable = false)
    private int annotatorsPerDocument = 1;

    /** Annotators never see each other's work. */
    @Column(nullable = false)
    private boolean blind = true;

    /** Selections snap to whole words. */
    @Column(nullable = false)
    private boolean snapToWords = true;

    /** Annotators read the articles without their outlet, title and byline (decision 0021). */
    @Column(nullable = false)
    private boolean outletBlind = false;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Project() {
    }

    public Project(ProjectSettings settings) {
        apply(settings);
    }

    void apply(ProjectSettings settings) {
        this.name = settings.name();
        this.description = settings.description();
        this.guidelines = settings.guidelines();
        this.annotatorsPerDocument = settings.annotatorsPerDocument();
        this.blind = settings.blind();
        this.snapToWords = settings.snapToWords();
        this.outletBlind = settings.outletBlind();
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getGuidelines() {
        return guidelines;
    }

    public int getAnnotatorsPerDocument() {
        return annotatorsPerDocument;
    }

    public boolean isBlind() {
        return blind;
    }

    public boolean isSnapToWords() {
        return snapToWords;
    }

    public boolean isOutletBlind() {
        return outletBlind;
    }

    public ProjectSettings settings() {
        return new ProjectSettings(name, description, guidelines, annotatorsPerDocument, blind, snapToWords,
                outletBlind);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
