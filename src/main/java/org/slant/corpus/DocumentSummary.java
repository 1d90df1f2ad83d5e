package org.slant.corpus;

import java.time.LocalDate;
import java.util.UUID;

/** A document as lists show it: no text. Outlet and story are null when the document has none. */
public record DocumentSummary(UUID id, int position, String title, String outlet, String story, int words,
        LocalDate published, String language) {
}
