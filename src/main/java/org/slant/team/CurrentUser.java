package org.slant.team;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The account on whose behalf the current request or UI event runs. */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    /**
     * The signed-in user's id; empty outside a request (e.g. at start-up). Looked up once per request (kept in the
     * request's attributes under the username), since a save asks for it several times. A call let in by an access
     * token carries its owner's id: the token's check read the owner already.
     */
    public Optional<UUID> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof AccessTokenAuthentication token && token.ownerId() != null) {
            return Optional.of(token.ownerId());
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = CurrentUser.class.getName() + ":" + authentication.getName();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof UUID known) {
            return Optional.of(known);
        }
        Optional<UUID> id = users.findByUsername(authentication.getName()).map(User::getId);
        if (request != null && id.isPresent()) {
            request.setAttribute(key, id.get(), RequestAttributes.SCOPE_REQUEST);
        }
        return id;
    }

    /** The signed-in user's username; empty outside a request. */
    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? Optional.empty()
                : Optional.of(authentication.getName());
    }
}
