package org.slant.team;

import java.time.Instant;
import java.util.UUID;

/**
 * A token just made, with its secret: the only time the secret is ever shown.
 *
 * @param token the whole secret, to send as {@code Authorization: Bearer <token>}
 * @param expiresAt null if it never expires
 */
public record CreatedAccessToken(UUID id, String name, String prefix, String token, Instant createdAt,
        Instant expiresAt) {

    /** Without the secret, should it ever be logged. */
    @Override
    public String toString() {
        return "CreatedAccessToken[id=" + id + ", name=" + name + ", prefix=" + prefix + "]";
    }
}
