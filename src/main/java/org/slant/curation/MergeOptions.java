package org.slant.curation;

import java.util.List;
import java.util.UUID;

/**
 * What a merge is asked to do.
 *
 * @param minAnnotators {@code AT_LEAST}'s threshold (default 2); ignored by the other strategies
 * @param layers layer ids or names; null for every layer of the project
 * @param documents document ids; null for every document of the project
 */
public record MergeOptions(MergeStrategy strategy, Integer minAnnotators, List<String> layers, List<UUID> documents) {

    /** Every layer and document of the project. */
    public static MergeOptions everything(MergeStrategy strategy, Integer minAnnotators) {
        return new MergeOptions(strategy, minAnnotators, null, null);
    }
}
