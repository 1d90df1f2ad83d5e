package org.slant.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The REST API's check of the token on every call: one statement reading only what the check needs, outside a
 * transaction and without entities. Deliberately not transactional, not even {@code SUPPORTS}: a transaction would
 * cost two more round trips (BEGIN and COMMIT) on every call, and Spring's transaction interceptor alone took about
 * 30% of the check's CPU time in the saves benchmark.
 */
@Component
public class AccessTokenCheck {

    /** How precisely the last use is kept: writing it on every call would make each call a write. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final Clock clock;
    private final JdbcTemplate jdbc;

    AccessTokenCheck(Clock clock, JdbcTemplate jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Who a token lets in: empty unless the token exists, is neither revoked nor expired, and its owner is active.
     * Notes the use, at most once a minute per token, after the read has given its connection back: a write from
     * within the read's row mapper took a second connection while holding the first, which starved the pool as soon
     * as more calls came at once than it has connections (the load benchmark's 50 annotators).
     */
    public Optional<TokenOwner> owner(String token) {
        if (!TokenSecret.looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Found> found = jdbc.query("select t.id, t.revoked_at, t.expires_at, t.last_used_at, u.id as owner, "
                + "u.username, u.system_role, u.active from access_token t join app_user u on u.id = t.user_id "
                + "where t.token_hash = ?", (row, number) -> new Found(row.getObject("id", UUID.class),
                        instant(row.getObject("revoked_at", OffsetDateTime.class)),
                        instant(row.getObject("expires_at", OffsetDateTime.class)),
                        instant(row.getObject("last_used_at", OffsetDateTime.class)), row.getBoolean("active"),
                        new TokenOwner(row.getObject("owner", UUID.class), row.getString("username"),
                                SystemRole.valueOf(row.getString("system_role")))),
                new TokenSecret(token).hash()).stream().findFirst()
                .filter(row -> row.active() && AccessToken.status(row.revokedAt(), row.expiresAt(), now)
                        == AccessTokenStatus.ACTIVE);
        found.ifPresent(row -> noteUse(row.tokenId(), row.lastUsedAt(), now));
        return found.map(Found::owner);
    }

    private record Found(UUID tokenId, Instant revokedAt, Instant expiresAt, Instant lastUsedAt, boolean active,
            TokenOwner owner) {
    }

    /** Who a token lets in, as the API's check needs it. */
    public record TokenOwner(UUID id, String username, SystemRole systemRole) {
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** One statement on its own: a concurrent call noting the same minute's use changes no row. */
    private void noteUse(UUID tokenId, Instant lastUsedAt, Instant now) {
        Instant notedSince = now.minus(LAST_USE_PRECISION);
        if (lastUsedAt == null || lastUsedAt.isBefore(notedSince)) {
            jdbc.update("update access_token set last_used_at = ? where id = ? and (last_used_at is null or "
                    + "last_used_at < ?)", timestamp(now), tokenId, timestamp(notedSince));
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
