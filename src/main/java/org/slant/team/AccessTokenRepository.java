package org.slant.team;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tokens as their owners manage them; the API's check on every call reads them in {@link AccessTokenCheck}. */
public interface AccessTokenRepository extends JpaRepository<AccessToken, UUID> {

    List<AccessToken> findByUserIdOrderByCreatedAtDesc(UUID userId);
}
