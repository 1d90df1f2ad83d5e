package org.slant.progress;

/**
 * A project's progress in a few figures. A document needs {@code k} done annotations (the project's annotators per
 * document); done annotations beyond {@code k} on one document do not count towards what is needed.
 *
 * @param documents documents in the project
 * @param annotatorsPerDocument k
 * @param done done annotations, at most k per document
 * @param completeDocuments documents with k done annotations
 * @param annotators people with work in the project
 * @param activeSeconds time actively spent annotating, by everyone, on every document
 */
public record ProgressSummary(long documents, int annotatorsPerDocument, long done, long completeDocuments,
        long annotators, long activeSeconds) {

    /** Done annotations the project needs: k for every document. */
    public long needed() {
        return documents * annotatorsPerDocument;
    }

    /** Share of the needed annotations that are done, 0 to 1; 0 for a project without documents. */
    public double shareDone() {
        return needed() == 0 ? 0 : (double) done / needed();
    }

    public double activeHours() {
        return activeSeconds / 3600.0;
    }
}
