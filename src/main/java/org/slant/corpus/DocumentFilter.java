package org.slant.corpus;

import java.util.Locale;
import java.util.UUID;

/**
 * Which of a project's documents a list shows: those of one story, one outlet, one language (a BCP 47 tag, as
 * stored), and/or those whose title or text contains some words (case-insensitive). Null parts do not filter.
 */
public record DocumentFilter(UUID storyId, UUID outletId, String text, String language) {

    public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null);

    public DocumentFilter(UUID storyId, UUID outletId, String text) {
        this(storyId, outletId, text, null);
    }

    /** The text as a lower-case LIKE pattern with LIKE's own characters escaped; null when there is no text. */
    String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
