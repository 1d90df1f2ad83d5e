package org.slant.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a user makes them for their scripts, lists and revokes them; the REST API lets a call in
 * when it carries one that is neither revoked nor expired, of an account that is active.
 */
@Service
@Transactional
public class AccessTokens {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_DAYS = 3650;

    private final AccessTokenRepository tokens;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessTokenCheck check;

    AccessTokens(AccessTokenRepository tokens, UserRepository users, CurrentUser currentUser, Clock clock,
            AccessTokenCheck check) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.check = check;
    }

    /**
     * Makes a token for the signed-in user.
     *
     * @param expiresInDays 1 to 3650 days, or null for a token that does not expire
     * @return the token with its secret, which is not kept and cannot be shown again
     */
    public CreatedAccessToken create(String name, Integer expiresInDays) {
        check(name, expiresInDays);
        Instant now = clock.instant();
        TokenSecret secret = TokenSecret.generate();
        AccessToken token = tokens.save(new AccessToken(caller(), name.strip(), secret, now,
                expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays))));
        return new CreatedAccessToken(token.getId(), token.getName(), token.getPrefix(), secret.token(),
                token.getCreatedAt(), token.getExpiresAt());
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<AccessTokenSummary> tokens() {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(caller()).stream()
                .map(token -> AccessTokenSummary.of(token, now)).toList();
    }

    /**
     * Revokes one of the signed-in user's tokens at once; a system admin may revoke anyone's. Another user's token is
     * answered as unknown, so its id tells nothing.
     */
    public AccessTokenSummary revoke(UUID tokenId) {
        UUID caller = caller();
        AccessToken token = tokens.findById(tokenId)
                .filter(found -> found.getUserId().equals(caller) || isAdmin(caller))
                .orElseThrow(() -> new NotFoundException("Access token", tokenId));
        Instant now = clock.instant();
        token.revoke(now);
        return AccessTokenSummary.of(token, now);
    }

    /**
     * The account a token lets in: empty unless the token exists, is neither revoked nor expired, and its owner is
     * active. Notes the use, at most once a minute per token.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<User> authenticate(String token) {
        return check.owner(token).flatMap(owner -> users.findById(owner.id()));
    }

    private static void check(String name, Integer expiresInDays) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.of("name", Message.of("team.refusal.token-name")));
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of("name", Message.of("team.refusal.at-most", MAX_NAME_LENGTH)));
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            problems.add(Problem.of("expiresInDays", Message.of("team.refusal.token-days", String.valueOf(MAX_DAYS),
                    String.valueOf(expiresInDays))));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("team.refusal.token-not-created"), problems);
        }
    }

    private boolean isAdmin(UUID userId) {
        return users.findById(userId).map(user -> user.getSystemRole() == SystemRole.ADMIN).orElse(false);
    }

    private UUID caller() {
        return currentUser.id().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
