package org.slant.curation;

import java.util.UUID;

/**
 * One annotator against gold in one layer, for one label or all of them, with the counts it rests on, pooled over
 * the documents that have gold and that the annotator marked done.
 *
 * @param label null for all labels of the layer
 * @param precision truePositives / annotatorUnits; null when the annotator has no units here
 * @param recall truePositives / goldUnits; null when gold has no units here
 * @param value F1 = 2 truePositives / (annotatorUnits + goldUnits); null when neither has units
 * @param truePositives the annotator's units paired with gold's (spans or answers)
 * @param annotatorUnits the annotator's spans (span layers) or answers (document layers)
 * @param goldUnits gold's spans or answers on the same documents
 * @param documents the documents it rests on
 */
public record QualityFigure(String annotator, String layer, UUID layerId, String label, UUID labelId,
        QualityMeasure measure, Double precision, Double recall, Double value, long truePositives,
        long annotatorUnits, long goldUnits, int documents) {

    static QualityFigure of(String annotator, String layer, UUID layerId, String label, UUID labelId,
            QualityMeasure measure, long truePositives, long annotatorUnits, long goldUnits, int documents) {
        return new QualityFigure(annotator, layer, layerId, label, labelId, measure,
                ratio(truePositives, annotatorUnits), ratio(truePositives, goldUnits),
                ratio(2 * truePositives, annotatorUnits + goldUnits), truePositives, annotatorUnits, goldUnits,
                documents);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
