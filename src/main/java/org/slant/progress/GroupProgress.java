package org.slant.progress;

/**
 * Progress on the documents of one outlet or one story. Each document needs k done annotations; those beyond k do
 * not count, and a document's annotations in progress count only up to what it still lacks, so that done, in
 * progress and not started add up to what is needed.
 *
 * @param name the outlet's name or the story's title; null for the documents without one
 */
public record GroupProgress(String name, long documents, long needed, long done, long inProgress) {

    public long notStarted() {
        return needed - done - inProgress;
    }

    /** Share of the needed annotations that are done, 0 to 1; 0 when nothing is needed. */
    public double shareDone() {
        return needed == 0 ? 0 : (double) done / needed;
    }
}
