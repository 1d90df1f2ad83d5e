package org.slant.curation;

/** The curation queue's order. */
public enum QueueOrder {
    /** lowest agreement first, documents without a figure last; ties by position */
    AGREEMENT,
    /** corpus order */
    POSITION
}
