package org.slant.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.slant.platform.DomainEntity;

/** A user's place in a project. */
@Entity
@Table(name = "membership")
public class Membership extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectRole role;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Membership() {
    }

    Membership(UUID projectId, UUID userId, ProjectRole role) {
        this.projectId = projectId;
        this.userId = userId;
        this.role = role;
    }

    void changeRole(ProjectRole role) {
        this.role = role;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public UUID getUserId() {
        return userId;
    }

    public ProjectRole getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
