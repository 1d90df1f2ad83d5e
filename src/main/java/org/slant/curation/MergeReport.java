package org.slant.curation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slant.platform.Message;

/**
 * What a merge did and what it left for the curator.
 *
 * @param rule the rule as gold records it ("MAJORITY", "AT_LEAST 2")
 * @param layers the names of the layers merged
 * @param left spans and answers that did not go into gold, each with the reason
 * @param attributesLeft attributes left empty on gold because the agreeing annotators gave different values
 * @param documentsLeft documents nothing was merged into, each with the reason (curated, too few annotators done)
 */
public record MergeReport(UUID projectId, String rule, List<String> layers, Counts counts, Listed<LeftItem> left,
        Listed<AttributeLeft> attributesLeft, Listed<DocumentLeft> documentsLeft) {

    /** How many of each list's entries a report carries; the totals count them all. */
    public static final int LISTED = 1000;

    /**
     * @param documentsConsidered the documents asked for (the project's, or those given)
     * @param documentsMergedInto documents that received new gold
     * @param documentsCurated documents skipped because they are marked curated
     * @param documentsWithTooFewAnnotators documents with fewer done annotators than the rule needs
     * @param spansMerged gold spans written
     * @param answersMerged gold answers written
     * @param alreadyInGold spans and answers that qualified and that gold already held (made by a person, or by a
     *     rule with the same content)
     * @param removed gold made by a rule that no longer qualifies, removed
     * @param left spans and answers left (the total of {@link MergeReport#left})
     * @param attributesLeft attribute values left empty (the total of {@link MergeReport#attributesLeft})
     */
    public record Counts(long documentsConsidered, long documentsMergedInto, long documentsCurated,
            long documentsWithTooFewAnnotators, long spansMerged, long answersMerged, long alreadyInGold,
            long removed, long left, long attributesLeft) {
    }

    /**
     * The first {@value MergeReport#LISTED} entries of a list.
     *
     * @param total how many there are in all
     * @param truncated whether {@code items} holds fewer than {@code total}
     */
    public record Listed<T>(List<T> items, long total, boolean truncated) {
    }

    /**
     * A span (with offsets) or an answer (without) that qualified or was considered but did not go into gold.
     *
     * @param start code point offset, inclusive; null for an answer
     * @param end code point offset, exclusive; null for an answer
     * @param text {@code text[start:end]}; null for an answer
     * @param support how many of the document's done annotators made it
     * @param annotators how many annotators marked the document done
     */
    public record LeftItem(UUID documentId, String documentTitle, UUID layerId, String layer, UUID labelId,
            String label, Integer start, Integer end, String text, int support, int annotators, String reason,
            @JsonIgnore Message said) {

        /** The reason by key: {@code reason} is its English, as the REST API gives it. */
        LeftItem(UUID documentId, String documentTitle, UUID layerId, String layer, UUID labelId, String label,
                Integer start, Integer end, String text, int support, int annotators, Message said) {
            this(documentId, documentTitle, layerId, layer, labelId, label, start, end, text, support, annotators,
                    said.english(), said);
        }

        /** Why, in the reader's language. */
        public String reason(Locale reader) {
            return said == null ? reason : said.in(reader);
        }
    }

    /**
     * An attribute left empty on a gold span or answer: the annotators who agreed on it gave these values (null where
     * one gave none).
     */
    public record AttributeLeft(UUID documentId, String documentTitle, UUID goldId, UUID layerId, String layer,
            UUID labelId, String label, Integer start, Integer end, String text, UUID attributeId, String attribute,
            List<Object> values, String reason, @JsonIgnore Message said) {

        /** Why, in the reader's language. */
        public String reason(Locale reader) {
            return said == null ? reason : said.in(reader);
        }
    }

    /** A document nothing was merged into. */
    public record DocumentLeft(UUID documentId, String title, String reason, @JsonIgnore Message said) {

        DocumentLeft(UUID documentId, String title, Message said) {
            this(documentId, title, said.english(), said);
        }

        /** Why, in the reader's language. */
        public String reason(Locale reader) {
            return said == null ? reason : said.in(reader);
        }
    }
}
