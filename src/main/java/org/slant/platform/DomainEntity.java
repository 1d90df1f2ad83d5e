package org.slant.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose UUID is made by the application, so that it is known before the insert and survives a move
 * to another installation. Implements {@link Persistable} so that saving a new entity inserts it at once
 * instead of first looking for it.
 */
@MappedSuperclass
public abstract class DomainEntity implements Persistable<UUID> {

    @Id
    @Column(nullable = false, updatable = false)
    private UUID id;

    @Transient
    private boolean isNew = true;

    protected DomainEntity() {
        this.id = UUID.randomUUID();
    }

    protected DomainEntity(UUID id) {
        this.id = Objects.requireNonNull(id);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        isNew = false;
    }

    @Override
    public boolean equals(Object other) {
        // Hibernate.getClass sees through lazy-loading proxies, which are subclasses
        return this == other || (other instanceof DomainEntity entity
                && Hibernate.getClass(this) == Hibernate.getClass(entity) && id.equals(entity.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
