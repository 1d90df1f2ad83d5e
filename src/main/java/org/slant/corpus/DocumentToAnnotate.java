package org.slant.corpus;

import java.util.UUID;

/**
 * A document as saving annotations on it needs it, read with one lean statement: no text (a save needs the text only
 * to index it, and indexed texts are kept by their SHA-256), and whether its project is outlet-blind. Made only by
 * {@link CorpusService#documentToAnnotate}, which checks access.
 *
 * @param schemaVersion the project's schema version ({@link CorpusService#schemaChanging}), read with the document so
 *     that kept layers can be checked against it without a statement of their own
 */
public record DocumentToAnnotate(UUID id, UUID projectId, String textSha256, int codePoints, boolean outletBlind,
        long schemaVersion) {
}
