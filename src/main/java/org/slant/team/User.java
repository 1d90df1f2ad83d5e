package org.slant.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.slant.platform.DomainEntity;

/** A person who logs in to Slant. */
@Entity
@Table(name = "app_user")
public class User extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SystemRole systemRole;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** A language tag such as "de"; null follows the browser's languages. */
    private String interfaceLanguage;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, SystemRole systemRole) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.systemRole = systemRole;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    String getInterfaceLanguage() {
        return interfaceLanguage;
    }

    void setInterfaceLanguage(String interfaceLanguage) {
        this.interfaceLanguage = interfaceLanguage;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public SystemRole getSystemRole() {
        return systemRole;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
