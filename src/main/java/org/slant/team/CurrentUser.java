package org.slant.team;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account on whose behalf the current request or UI event runs. */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    /** The signed-in user's id; empty outside a request (e.g. at start-up). */
    public Optional<UUID> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName()).map(User::getId);
    }
}
