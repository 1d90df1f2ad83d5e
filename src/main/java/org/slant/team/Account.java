package org.slant.team;

import java.time.Instant;
import java.util.UUID;

/** A user account as admins (and its owner) see it; never the password. */
public record Account(UUID id, String username, String displayName, SystemRole systemRole, boolean active,
        Instant createdAt) {

    static Account of(User user) {
        return new Account(user.getId(), user.getUsername(), user.getDisplayName(), user.getSystemRole(),
                user.isActive(), user.getCreatedAt());
    }
}
