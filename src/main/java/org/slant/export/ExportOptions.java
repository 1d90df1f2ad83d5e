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
 * @param source whose labels: each annotator's, or the majority vote of a document's annotators (or gold, once
 *     curation exists)
 * @param hygiene what becomes of the text under spans of {@code hygieneLayer} (page furniture, promo headlines)
 * @param hygieneLayer the layer whose spans are not the article's text ("Non-editorial" in the Text hygiene preset)
 * @param splits train, validation and test shares and the seed that shuffles stories among them
 * @param usernames annotators by username instead of a stable pseudonym
 */
public record ExportOptions(ExportFormat format, Set<String> layers, Set<String> labels, Set<UUID> annotators,
        boolean onlyDone, LabelSource source, Hygiene hygiene, String hygieneLayer, Splits splits,
        boolean usernames) {

    public static final String DEFAULT_HYGIENE_LAYER = "Non-editorial";

    public ExportOptions {
        layers = Set.copyOf(layers);
        labels = Set.copyOf(labels);
        annotators = Set.copyOf(annotators);
    }

    /** Everything, done work only, each annotator's labels, the text as it is, 80/10/10 split, pseudonyms. */
    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, Set.of(), Set.of(), Set.of(), true, LabelSource.ANNOTATORS, Hygiene.KEEP,
                DEFAULT_HYGIENE_LAYER, Splits.DEFAULT, false);
    }

    public enum LabelSource {
        /** Every annotator's own labels (disaggregated). */
        ANNOTATORS,
        /** A span when more than half of a document's annotators made it exactly (same layer, label, start, end). */
        MAJORITY,
        /** The curated gold standard (not available until curation exists). */
        GOLD
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
