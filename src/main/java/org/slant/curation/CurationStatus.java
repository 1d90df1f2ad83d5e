package org.slant.curation;

/** Where a document's curation stands. */
public enum CurationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    /** a curator marked it curated: its gold is read-only until reopened */
    CURATED
}
