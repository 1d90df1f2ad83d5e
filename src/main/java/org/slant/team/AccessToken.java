package org.slant.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;
import org.slant.platform.DomainEntity;

/**
 * A personal access token: lets a user's scripts call the REST API as that user. Only the SHA-256 of the secret is
 * stored; the secret itself is shown once, when the token is made.
 */
@Entity
public class AccessToken extends DomainEntity {

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String prefix;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant lastUsedAt;

    @Column(updatable = false)
    private Instant expiresAt;

    private Instant revokedAt;

    protected AccessToken() {
    }

    AccessToken(UUID userId, String name, TokenSecret secret, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = secret.hash();
        this.prefix = secret.prefix();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Revoking again keeps the time of the first revocation. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public AccessTokenStatus status(Instant now) {
        return status(revokedAt, expiresAt, now);
    }

    /** The status of a token revoked and expiring at these times (null: not revoked, never expires). */
    static AccessTokenStatus status(Instant revokedAt, Instant expiresAt, Instant now) {
        if (revokedAt != null) {
            return AccessTokenStatus.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? AccessTokenStatus.EXPIRED : AccessTokenStatus.ACTIVE;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
