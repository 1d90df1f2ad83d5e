package org.slant.team;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Lets a call in as the owner of the personal access token it carries. The owner gets the authorities their password
 * would give them (made by the same code, {@link AccountDetailsService}), with Spring Security's bearer factor in
 * place of the password factor. One indexed look-up of the token's SHA-256, which also reads the owner, is all it
 * costs; the owner's id goes with the authentication, so no one looks them up again.
 *
 * <p>Deliberately not a bean: Spring Security builds the password login from the one {@code UserDetailsService}
 * only while no {@link AuthenticationProvider} bean exists. The API's security chain makes its own.
 */
public class AccessTokenAuthenticationProvider implements AuthenticationProvider {

    private final AccessTokenCheck tokens;

    public AccessTokenAuthenticationProvider(AccessTokenCheck tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        AccessTokenCheck.TokenOwner owner = tokens.owner(((AccessTokenAuthentication) authentication).getCredentials())
                .orElseThrow(() -> new BadCredentialsException("Unknown, revoked or expired access token"));
        UserDetails details = AccountDetailsService.details(owner.username(), owner.systemRole());
        List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
        return AccessTokenAuthentication.of(details, owner.id(), authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return AccessTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
