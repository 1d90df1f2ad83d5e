package org.slant.curation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slant.platform.Refusal;

/**
 * What marking the unanimous documents curated did.
 *
 * @param curated documents whose unanimous work went into gold and that were marked curated now
 * @param alreadyCurated unanimous documents that were curated before
 * @param left unanimous documents not curated, each with the reason
 */
public record UnanimousCurated(int curated, int alreadyCurated, List<Left> left) {

    /**
     * @param reason why, in English, as the REST API gives it
     * @param refusal the refusal that left it, for its words in the reader's language; null where there is none
     */
    public record Left(UUID documentId, String title, String reason, @JsonIgnore Refusal refusal) {

        public Left(UUID documentId, String title, String reason) {
            this(documentId, title, reason, null);
        }

        /** Why, in the reader's language. */
        public String reason(Locale reader) {
            return refusal == null ? reason : refusal.in(reader);
        }
    }
}
