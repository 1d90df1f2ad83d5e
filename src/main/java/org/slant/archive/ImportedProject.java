package org.slant.archive;

import java.util.List;
import java.util.UUID;

/**
 * A project stored from an archive; the importer manages it.
 *
 * @param annotatorsMatched usernames of the archive that already had an account here, which now holds their work
 * @param annotatorsCreated usernames that had none: created (by a system admin's import only) as inactive accounts,
 *     to be given a password and activated by an administrator before they can log in
 */
public record ImportedProject(UUID projectId, String name, ArchiveCounts counts, List<String> annotatorsMatched,
        List<String> annotatorsCreated) {
}
