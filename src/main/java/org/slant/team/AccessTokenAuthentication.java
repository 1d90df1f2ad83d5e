package org.slant.team;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A call's claim to be let in by a personal access token: first only the token as sent, then, once checked, the
 * token's owner with their authorities.
 */
public final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final UserDetails owner;
    private final UUID ownerId;
    private String token;

    private AccessTokenAuthentication(String token, UserDetails owner, UUID ownerId,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.token = token;
        this.owner = owner;
        this.ownerId = ownerId;
        super.setAuthenticated(owner != null);
    }

    /** The token as sent, not checked yet. */
    public static AccessTokenAuthentication unchecked(String token) {
        return new AccessTokenAuthentication(token, null, null, List.of());
    }

    static AccessTokenAuthentication of(UserDetails owner, UUID ownerId,
            Collection<? extends GrantedAuthority> authorities) {
        return new AccessTokenAuthentication(null, owner, ownerId, authorities);
    }

    /** The owner's user id once checked (read with the token, so no one looks the owner up again); null before. */
    UUID ownerId() {
        return ownerId;
    }

    /** The token; null once checked (Spring Security erases it after authentication). */
    @Override
    public String getCredentials() {
        return token;
    }

    /** The token's owner once checked; null before. */
    @Override
    public UserDetails getPrincipal() {
        return owner;
    }

    /** Only a check of the token may let the call in. */
    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("An access token is trusted only when AccessTokens has checked it");
        }
        super.setAuthenticated(false);
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        token = null;
    }
}
