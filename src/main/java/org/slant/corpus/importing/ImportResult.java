package org.slant.corpus.importing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.slant.platform.Message;

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

    /**
     * A document left out as a duplicate: its title, where in the upload it is, and why it was left out, in English
     * for the REST API.
     *
     * @param place where, by key, for readers of other languages; null where English words say it
     * @param said why, by key, for readers of other languages; null where English words say it
     */
    public record SkippedDocument(String title, String where, String reason, @JsonIgnore Message place,
            @JsonIgnore Message said) {

        public SkippedDocument(String title, String where, String reason) {
            this(title, where, reason, null, null);
        }

        static SkippedDocument of(String title, Message place, Message said) {
            return new SkippedDocument(title, place.english(), said.english(), place, said);
        }

        /** Where it is, in the reader's language. */
        public String where(Locale reader) {
            return place == null ? where : place.in(reader);
        }

        /** Why it was left out, in the reader's language. */
        public String reason(Locale reader) {
            return said == null ? reason : said.in(reader);
        }

        /** The same whatever language it is said in: its title, where it is and its English reason. */
        @Override
        public boolean equals(Object other) {
            return other instanceof SkippedDocument skipped && Objects.equals(title, skipped.title)
                    && where.equals(skipped.where) && reason.equals(skipped.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(title, where, reason);
        }
    }
}
