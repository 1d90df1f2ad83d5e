package org.slant.agreement;

import java.util.Set;
import java.util.UUID;

/**
 * Which work a report compares.
 *
 * @param annotators the annotators compared; empty for everyone who has worked on the project
 * @param documents which annotators' work on a document counts
 * @param layers the layers reported, by name; empty for all
 * @param gold whether gold is one more rater, named "gold", and on which documents
 */
public record AgreementOptions(Set<UUID> annotators, Work documents, Set<String> layers, Gold gold) {

    /** The default: every annotator and layer, only work marked done, and no gold. */
    public static final AgreementOptions DEFAULT = new AgreementOptions(Set.of(), Work.DONE, Set.of());

    public AgreementOptions {
        annotators = Set.copyOf(annotators);
        layers = Set.copyOf(layers);
        gold = gold == null ? Gold.NONE : gold;
    }

    /** The annotators' work alone, without gold. */
    public AgreementOptions(Set<UUID> annotators, Work documents, Set<String> layers) {
        this(annotators, documents, layers, Gold.NONE);
    }

    /** Whose work on a document counts; a document enters once at least two annotators' work counts. */
    public enum Work {
        /** Only annotators who marked the document done (the default). */
        DONE,
        /** Also annotators still working on it (not those who skipped it). */
        STARTED
    }

    /**
     * Gold as a rater: its spans and answers compared like an annotator's, on the documents that have gold; a
     * document enters once gold and one annotator, or two annotators, count on it.
     */
    public enum Gold {
        /** The annotators alone (the default). */
        NONE,
        /** Gold of the documents a curator marked curated. */
        CURATED,
        /** Also gold in progress: merged by a rule or being edited, not yet marked curated. */
        ANY
    }
}
