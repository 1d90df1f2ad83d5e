package org.slant.team;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal access token as its owner sees it in lists: never the secret, only its beginning.
 *
 * @param prefix the token's first characters ({@code slant_} and 8 more), to tell tokens apart
 * @param lastUsedAt when it last let a call in, to the minute; null if never
 * @param expiresAt null if it never expires
 */
public record AccessTokenSummary(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
        Instant expiresAt, Instant revokedAt, AccessTokenStatus status) {

    static AccessTokenSummary of(AccessToken token, Instant now) {
        return new AccessTokenSummary(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getExpiresAt(), token.getRevokedAt(), token.status(now));
    }
}
