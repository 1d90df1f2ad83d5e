package org.slant.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface AccessTokenRepository extends JpaRepository<AccessToken, UUID> {

    /** The token with this SHA-256 and its owner, in one statement: it runs on every API call made with a token. */
    @Query("select new org.slant.team.TokenAndOwner(t, u) from AccessToken t join User u on u.id = t.userId "
            + "where t.tokenHash = ?1")
    Optional<TokenAndOwner> findWithOwner(String tokenHash);

    List<AccessToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

    /**
     * Notes a use unless one was noted since {@code notedSince}; in SQL, so that concurrent calls with one token
     * write once between them. A transaction of its own: tokens are checked outside one.
     */
    @Transactional
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = ?2 where t.id = ?1 "
            + "and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
    int noteUse(UUID tokenId, Instant now, Instant notedSince);
}
