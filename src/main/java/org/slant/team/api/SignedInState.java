package org.slant.team.api;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether this browser's session is still signed in, for the annotate view: when a save goes unanswered it asks here
 * to tell "offline" (no answer at all) from "signed out" (an answer saying so), and says which to the annotator. Open
 * to everyone and creates no session; it tells nothing but yes or no about the caller's own session.
 */
@RestController
@Hidden
class SignedInState {

    static final String PATH = "/session";

    @GetMapping(path = PATH, produces = "application/json")
    ResponseEntity<Map<String, Boolean>> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("signedIn", signedIn));
    }
}
