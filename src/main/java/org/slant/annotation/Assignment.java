package org.slant.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.slant.platform.DomainEntity;

/** One annotator's work on one document: its state and the time actively spent on it. */
@Entity
public class Assignment extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false, updatable = false)
    private UUID documentId;

    @Column(nullable = false, updatable = false)
    private UUID annotatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status = AssignmentStatus.ASSIGNED;

    @Column(nullable = false)
    private int activeSeconds;

    @Column(nullable = false, updatable = false)
    private Instant assignedAt = Instant.now();

    private Instant startedAt;

    private Instant finishedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(UUID projectId, UUID documentId, UUID annotatorId) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.annotatorId = annotatorId;
    }

    /** Opening a document starts the work on it; opening it again changes nothing. */
    public void start() {
        if (status == AssignmentStatus.ASSIGNED) {
            status = AssignmentStatus.IN_PROGRESS;
            startedAt = Instant.now();
        }
    }

    public void finish() {
        end(AssignmentStatus.DONE);
    }

    public void skip() {
        end(AssignmentStatus.SKIPPED);
    }

    /** Back to work on a done or skipped document. */
    public void reopen() {
        if (status.finished()) {
            status = AssignmentStatus.IN_PROGRESS;
            finishedAt = null;
        }
    }

    public void addActiveSeconds(int seconds) {
        activeSeconds = Math.addExact(activeSeconds, seconds);
    }

    private void end(AssignmentStatus finished) {
        if (startedAt == null) {
            startedAt = Instant.now();
        }
        if (status != finished) {
            status = finished;
            finishedAt = Instant.now();
        }
    }

    public UUID getProjectId() {
        return projectId;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public UUID getAnnotatorId() {
        return annotatorId;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public int getActiveSeconds() {
        return activeSeconds;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }
}
