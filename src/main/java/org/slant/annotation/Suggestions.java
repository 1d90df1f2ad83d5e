package org.slant.annotation;

import java.util.List;
import java.util.UUID;

/**
 * The suggestions an annotator sees on a document, and their decisions about them: what the span editors offer
 * beside the annotator's own spans. The suggestions module answers it (docs/decisions/0023-suggestions.md); the
 * annotation module only shows what it is given, so that neither depends on the other's types.
 */
public interface Suggestions {

    /**
     * The caller's open suggestions on the document, in text order: what the sources propose, less what the caller
     * already has as a span (or made by accepting it) and what they rejected.
     */
    List<Suggestion> open(UUID documentId);

    /**
     * Accepts a suggestion: stores it as the caller's span, with the usual checks and history, and remembers the
     * decision. With an id, a retry answers the stored span (not created).
     */
    Saved<Span> accept(UUID documentId, UUID spanId, Suggestion.Key suggestion);

    /** Rejects a suggestion: it is not shown to the caller on this document again. */
    void reject(UUID documentId, Suggestion.Key suggestion);

    /** Takes back a rejection (an undo): the suggestion is open again. Nothing happens when there is none. */
    void withdrawRejection(UUID documentId, Suggestion.Key suggestion);
}
