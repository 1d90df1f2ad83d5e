package org.slant.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.slant.platform.DomainEntity;

/** A news outlet that published documents of the project. */
@Entity
@Table(name = "outlet")
public class Outlet extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false)
    private String name;

    /** Optional political leaning or other classification, as the researcher records it. */
    private String leaning;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Outlet() {
    }

    public Outlet(UUID projectId, String name) {
        this(projectId, name, null);
    }

    public Outlet(UUID projectId, String name, String leaning) {
        this.projectId = projectId;
        this.name = name;
        this.leaning = leaning;
    }

    void rename(String name, String leaning) {
        this.name = name;
        this.leaning = leaning;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getName() {
        return name;
    }

    public String getLeaning() {
        return leaning;
    }
}
