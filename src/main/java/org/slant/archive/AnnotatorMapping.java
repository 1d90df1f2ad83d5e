package org.slant.archive;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the archive's annotators became accounts of this installation.
 *
 * @param localIds the archive's user id to this installation's, for each account whose id differs here
 * @param matched usernames that already had an account here, which now holds their work
 * @param created usernames that had none and were created, inactive
 */
record AnnotatorMapping(Map<UUID, UUID> localIds, List<String> matched, List<String> created) {
}
