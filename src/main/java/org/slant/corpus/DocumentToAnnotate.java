package org.slant.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A document as saving annotations on it needs it: its details without the text ({@code text()} is null: a save
 * needs the text only to index it, and indexed texts are kept by their SHA-256), and whether its project is
 * outlet-blind, read in the same query. Made only by {@link CorpusService#documentToAnnotate}, which checks access.
 */
public record DocumentToAnnotate(DocumentDetails details, boolean outletBlind) {

    /** For the query's constructor expression. */
    public DocumentToAnnotate(UUID id, UUID projectId, String projectName, int position, String title, UUID outletId,
            String outlet, UUID storyId, String story, String url, LocalDate published, String externalId,
            Map<String, Object> meta, String textSha256, int codePoints, int words, boolean outletBlind) {
        this(new DocumentDetails(id, projectId, projectName, position, title, outletId, outlet, storyId, story, url,
                published, externalId, meta, null, textSha256, codePoints, words), outletBlind);
    }
}
