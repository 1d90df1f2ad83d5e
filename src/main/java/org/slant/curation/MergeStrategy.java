package org.slant.curation;

/** The rules by which an automatic merge takes annotators' work into gold (docs/curation.md). */
public enum MergeStrategy {
    /** every annotator who marked the document done made it */
    UNANIMOUS,
    /** more than half of them made it */
    MAJORITY,
    /** at least {@code minAnnotators} of them made it */
    AT_LEAST
}
