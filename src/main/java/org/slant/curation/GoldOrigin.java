package org.slant.curation;

/** How a gold span or answer came into gold. */
public enum GoldOrigin {
    /** written by an automatic merge rule (UNANIMOUS, MAJORITY, AT_LEAST) */
    MERGED,
    /** a curator accepted an annotator's span or answer */
    ACCEPTED,
    /** a curator made it */
    CURATOR
}
