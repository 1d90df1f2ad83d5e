package org.slant.agreement;

import java.util.Set;
import java.util.UUID;

/**
 * Which work a report compares.
 *
 * @param annotators the annotators compared; empty for everyone who has worked on the project
 * @param documents which annotators' work on a document counts
 * @param layers the layers reported, by name; empty for all
 */
public record AgreementOptions(Set<UUID> annotators, Work documents, Set<String> layers) {

    /** The default: every annotator and layer, and only work marked done. */
    public static final AgreementOptions DEFAULT = new AgreementOptions(Set.of(), Work.DONE, Set.of());

    public AgreementOptions {
        annotators = Set.copyOf(annotators);
        layers = Set.copyOf(layers);
    }

    /** Whose work on a document counts; a document enters once at least two annotators' work counts. */
    public enum Work {
        /** Only annotators who marked the document done (the default). */
        DONE,
        /** Also annotators still working on it (not those who skipped it). */
        STARTED
    }
}
