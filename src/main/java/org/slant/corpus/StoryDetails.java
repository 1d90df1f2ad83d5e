package org.slant.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A story with the number of documents that cover it. */
public record StoryDetails(UUID id, String title, LocalDate eventDate, String description, List<String> mainEntities,
        long documents) {
}
