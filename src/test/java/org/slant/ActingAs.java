package org.slant;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs part of a test as another signed-in user (a plain account, no system role), then restores whoever was signed
 * in. Annotators' work is only ever written by the annotators themselves, so fixtures write it this way.
 */
public final class ActingAs {

    private ActingAs() {
    }

    public static <T> T user(String username, Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public static void user(String username, Runnable action) {
        user(username, () -> {
            action.run();
            return null;
        });
    }
}
