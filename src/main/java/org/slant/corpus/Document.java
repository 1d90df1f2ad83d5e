package org.slant.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.slant.platform.DomainEntity;

/**
 * One article. Its text is stored exactly as imported and never changes afterwards: annotations point into it by
 * Unicode code point offsets.
 */
@Entity
@Table(name = "document")
public class Document extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID projectId;

    /** Import order within the project. */
    @Column(nullable = false)
    private int position;

    private UUID storyId;

    private UUID outletId;

    @Column(nullable = false)
    private String title;

    private String url;

    private LocalDate published;

    private String externalId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> meta = new LinkedHashMap<>();

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "text_sha256", nullable = false, updatable = false)
    private String textSha256;

    @Column(nullable = false, updatable = false)
    private int codePoints;

    @Column(nullable = false, updatable = false)
    private int words;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    private String language;

    protected Document() {
    }

    public Document(UUID projectId, int position, String title, String text) {
        this.projectId = projectId;
        this.position = position;
        this.title = title;
        this.text = text;
        this.textSha256 = DocumentText.sha256(text);
        this.codePoints = text.codePointCount(0, text.length());
        this.words = DocumentText.countWords(text);
    }

    public UUID getProjectId() {
        return projectId;
    }

    public int getPosition() {
        return position;
    }

    public UUID getStoryId() {
        return storyId;
    }

    public void setStoryId(UUID storyId) {
        this.storyId = storyId;
    }

    public UUID getOutletId() {
        return outletId;
    }

    public void setOutletId(UUID outletId) {
        this.outletId = outletId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public LocalDate getPublished() {
        return published;
    }

    public void setPublished(LocalDate published) {
        this.published = published;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Map<String, Object> getMeta() {
        return Map.copyOf(meta);
    }

    public void setMeta(Map<String, Object> meta) {
        this.meta = new LinkedHashMap<>(meta);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public String getTextSha256() {
        return textSha256;
    }

    public int getCodePoints() {
        return codePoints;
    }

    public int getWords() {
        return words;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
