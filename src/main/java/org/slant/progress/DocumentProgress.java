package org.slant.progress;

import java.util.List;
import java.util.UUID;

/**
 * Where one document stands: how many of the k annotations it needs are done, and who did them. Outlet and story
 * are null when the document has none.
 *
 * @param done done annotations, also those beyond k
 * @param doneBy the names of those who marked it done, in the order they did
 * @param activeSeconds time actively spent on it, by everyone
 */
public record DocumentProgress(UUID documentId, int position, String title, String outlet, String story,
        int annotatorsPerDocument, int done, int inProgress, int skipped, long activeSeconds, List<String> doneBy) {
}
