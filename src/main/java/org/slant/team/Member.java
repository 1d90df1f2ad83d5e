package org.slant.team;

import java.util.UUID;

/** A project member as managers see them. */
public record Member(UUID userId, String username, String displayName, ProjectRole role, boolean active) {
}
