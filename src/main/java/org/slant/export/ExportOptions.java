package org.slant.export;

import java.util.Set;
import java.util.UUID;

/**
 * What an export holds and how.
 *
 * @param layers layer names; empty for all
 * @param labels label names; empty for all
 * @param annotators annotator ids; empty for everyone whose work counts
 * @param onlyDone only work its annotator marked done (documents without any are left out)
 * @param source whose labels: each annotator's, the majority vote of a document's annotators, or the gold standard
 * @param hygiene what becomes of the text under spans of {@code hygieneLayer} (page furniture, promo headlines)
 * @param hygieneLayer the layer whose spans are not the article's text ("Non-editorial" in the Text hygiene preset)
 * @param splits train, validation and test shares and the seed that shuffles stories among them
 * @param usernames annotators (and curators) by username instead of a stable pseudonym
 * @param gold which documents' gold an export holds (as its source, or beside the annotators' labels)
 */
public record ExportOptions(ExportFormat format, Set<String> layers, Set<String> labels, Set<UUID> annotators,
        boolean onlyDone, LabelSource source, Hygiene hygiene, String hygieneLayer, Splits splits,
        boolean usernames, GoldDocuments gold) {

    public static final String DEFAULT_HYGIENE_LAYER = "Non-editorial";

    public ExportOptions {
        layers = Set.copyOf(layers);
        labels = Set.copyOf(labels);
        annotators = Set.copyOf(annotators);
        gold = gold == null ? GoldDocuments.CURATED : gold;
    }

    /** The options with gold of curated documents only. */
    public ExportOptions(ExportFormat format, Set<String> layers, Set<String> labels, Set<UUID> annotators,
            boolean onlyDone, LabelSource source, Hygiene hygiene, String hygieneLayer, Splits splits,
            boolean usernames) {
        this(format, layers, labels, annotators, onlyDone, source, hygiene, hygieneLayer, splits, usernames,
                GoldDocuments.CURATED);
    }

    /** The same options from another source of labels. */
    public ExportOptions from(LabelSource chosen, GoldDocuments documents) {
        return new ExportOptions(format, layers, labels, annotators, onlyDone, chosen, hygiene, hygieneLayer,
                splits, usernames, documents);
    }

    /**
     * Everything, done work only, each annotator's labels (and gold of curated documents beside them where the format
     * has room), the text as it is, 80/10/10 split, pseudonyms.
     */
    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, Set.of(), Set.of(), Set.of(), true, LabelSource.ANNOTATORS, Hygiene.KEEP,
                DEFAULT_HYGIENE_LAYER, Splits.DEFAULT, false);
    }

    public enum LabelSource {
        /** Every annotator's own labels (disaggregated). */
        ANNOTATORS,
        /** A span when more than half of a document's annotators made it exactly (same layer, label, start, end). */
        MAJORITY,
        /** The gold standard of the documents chosen by {@link GoldDocuments}, named "gold". */
        GOLD
    }

    /** Which documents' gold an export holds. */
    public enum GoldDocuments {
        /** Only documents a curator marked curated (the default). */
        CURATED,
        /** Also documents whose gold is in progress: merged by a rule or being edited, not yet marked curated. */
        ANY
    }

    public enum Hygiene {
        /** The text as imported. */
        KEEP,
        /** Every code point under a hygiene span replaced by a space: the text keeps its length and offsets. */
        MASK,
        /** The text under hygiene spans removed; other spans' offsets moved to match, spans inside it left out. */
        DROP
    }

    /** Shares of stories' documents in each split (they need not add up to exactly 1) and the shuffling seed. */
    public record Splits(double train, double validation, double test, long seed) {
        public static final Splits DEFAULT = new Splits(0.8, 0.1, 0.1, 42);
    }
}
