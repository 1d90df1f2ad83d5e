package org.slant.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A document with its text and everything known about it. */
public record DocumentDetails(UUID id, UUID projectId, String projectName, int position, String title,
        UUID outletId, String outlet, UUID storyId, String story, String url, LocalDate published, String externalId,
        Map<String, Object> meta, String text, String textSha256, int codePoints, int words, String language) {
}
