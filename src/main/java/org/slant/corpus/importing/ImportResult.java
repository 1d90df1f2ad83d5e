package org.slant.corpus.importing;

import java.util.List;
import java.util.UUID;

/**
 * What an import stored and what it left out.
 *
 * @param created how many documents were stored
 * @param skipped how many were left out because the project or the upload already had their text
 * @param documents the stored documents in import order
 * @param skippedDocuments the documents left out, each with the reason
 */
public record ImportResult(int created, int skipped, List<CreatedDocument> documents,
        List<SkippedDocument> skippedDocuments) {

    public ImportResult {
        documents = List.copyOf(documents);
        skippedDocuments = List.copyOf(skippedDocuments);
    }

    /** A stored document: its new id, its title and where in the upload it came from. */
    public record CreatedDocument(UUID id, String title, String where) {
    }

    /** A document left out as a duplicate: its title, where in the upload it is, and why it was left out. */
    public record SkippedDocument(String title, String where, String reason) {
    }
}
