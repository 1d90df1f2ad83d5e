package org.slant.corpus.ui;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.UUID;

/** Reads UUIDs from route parameters; a malformed one is treated as not found. */
final class RouteIds {

    private RouteIds() {
    }

    static Optional<UUID> uuid(RouteParameters parameters, String name) {
        try {
            return parameters.get(name).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
