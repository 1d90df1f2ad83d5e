package org.slant.archive;

import java.util.UUID;

/**
 * An account named by the archive's annotations, history, memberships or assignments, as the installation that made
 * it knew it.
 */
record ArchivedAnnotator(UUID id, String username, String displayName) {
}
