package org.slant.curation;

import java.util.List;
import java.util.UUID;

/**
 * What marking the unanimous documents curated did.
 *
 * @param curated documents whose unanimous work went into gold and that were marked curated now
 * @param alreadyCurated unanimous documents that were curated before
 * @param left unanimous documents not curated, each with the reason
 */
public record UnanimousCurated(int curated, int alreadyCurated, List<Left> left) {

    public record Left(UUID documentId, String title, String reason) {
    }
}
