package org.slant.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.slant.platform.DomainEntity;

/** An event that several outlets covered: the unit that keeps articles together (splits, side-by-side views). */
@Entity
@Table(name = "story")
public class Story extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String title;

    private LocalDate eventDate;

    @Column(nullable = false)
    private String description = "";

    /** The choices offered by entity attributes (e.g. NATO, Russia, Jens Stoltenberg). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> mainEntities = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Story() {
    }

    public Story(UUID projectId, String title, LocalDate eventDate, String description, List<String> mainEntities) {
        this.projectId = projectId;
        this.title = title;
        this.eventDate = eventDate;
        this.description = description;
        this.mainEntities = new ArrayList<>(mainEntities);
    }

    void apply(StoryDraft draft) {
        this.title = draft.title();
        this.eventDate = draft.eventDate();
        this.description = draft.description();
        this.mainEntities = new ArrayList<>(draft.mainEntities());
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getMainEntities() {
        return List.copyOf(mainEntities);
    }
}
