package org.slant.curation;

import java.util.List;
import java.util.UUID;

/**
 * Each annotator's work against gold (docs/measures.md, "Annotators against gold").
 *
 * @param documentsWithGold the project's documents whose curation has begun (in progress or curated)
 * @param documents those of them with work marked done by at least one of the annotators reported
 * @param annotators the annotators reported, by username
 */
public record QualityReport(UUID projectId, int documentsWithGold, int documents, List<String> annotators,
        List<QualityFigure> figures, List<LabelConfusion> confusion) {

    public QualityReport {
        annotators = List.copyOf(annotators);
        figures = List.copyOf(figures);
        confusion = List.copyOf(confusion);
    }
}
