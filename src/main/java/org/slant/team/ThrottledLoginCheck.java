package org.slant.team;

import org.slant.platform.LoginLockedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Refuses a password log-in for a user name that {@link LoginThrottle} has locked, before the account is looked up
 * or the password hashed. Otherwise it answers nothing, and Spring Security goes on to check the password.
 *
 * <p>Deliberately not a bean: Spring Security builds the password login from the one {@code UserDetailsService}
 * only while no {@link AuthenticationProvider} bean exists. Each security chain adds it to its own providers.
 */
public class ThrottledLoginCheck implements AuthenticationProvider {

    private final LoginThrottle throttle;

    public ThrottledLoginCheck(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        throttle.lockedFor(attempt.getName()).ifPresent(wait -> {
            throw new LoginLockedException(wait);
        });
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
