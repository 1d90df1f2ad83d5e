package org.slant.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slant.curation.GoldMatching.Comparison;
import org.slant.curation.GoldMatching.Unit;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.LabelSchema;

/**
 * A quality report's counts as the documents are read, per annotator and label, then its figures and confusion
 * tables. Labels are numbered across the layers reported, in the schema's order; annotators by their index.
 */
final class QualityTally {

    private final List<LayerSchema> layers;
    private final List<String> annotators;
    private final List<LabelSchema> labels = new ArrayList<>();
    private final List<Integer> layerOfLabel = new ArrayList<>();
    private final int[] firstLabel;
    private final long[][] exact;
    private final long[][] overlap;
    private final long[][] theirs;
    private final long[][] gold;
    private final int[] documents;
    /** [annotator][layer]: (their label or "missed") × (gold label or "no gold span"), row by row. */
    private final long[][][] confusion;

    QualityTally(List<LayerSchema> layers, List<String> annotators) {
        this.layers = List.copyOf(layers);
        this.annotators = List.copyOf(annotators);
        firstLabel = new int[layers.size()];
        for (int layer = 0; layer < layers.size(); layer++) {
            firstLabel[layer] = labels.size();
            for (LabelSchema label : layers.get(layer).labels()) {
                labels.add(label);
                layerOfLabel.add(layer);
            }
        }
        exact = new long[annotators.size()][labels.size()];
        overlap = new long[annotators.size()][labels.size()];
        theirs = new long[annotators.size()][labels.size()];
        gold = new long[annotators.size()][labels.size()];
        documents = new int[annotators.size()];
        confusion = new long[annotators.size()][layers.size()][];
        for (int annotator = 0; annotator < annotators.size(); annotator++) {
            for (int layer = 0; layer < layers.size(); layer++) {
                int side = layers.get(layer).labels().size() + 1;
                confusion[annotator][layer] = new long[side * side];
            }
        }
    }

    /** The labels' ids in the order they are numbered. */
    List<UUID> labelIds() {
        return labels.stream().map(LabelSchema::id).toList();
    }

    int layerOf(int label) {
        return layerOfLabel.get(label);
    }

    /** One more document on which the annotator's work counts. */
    void counted(int annotator) {
        documents[annotator]++;
    }

    /** One annotator's spans of a span layer on one document, against that document's gold spans of the layer. */
    void spans(int annotator, int layer, List<Unit> spans, List<Unit> goldSpans) {
        Comparison comparison = GoldMatching.compare(spans, goldSpans);
        int side = layers.get(layer).labels().size() + 1;
        long[] table = confusion[annotator][layer];
        for (int i = 0; i < spans.size(); i++) {
            int label = spans.get(i).label();
            theirs[annotator][label]++;
            exact[annotator][label] += comparison.exact()[i] ? 1 : 0;
            overlap[annotator][label] += comparison.overlap()[i] ? 1 : 0;
            int column = comparison.goldLabel()[i];
            table[(label - firstLabel[layer]) * side
                    + (column == GoldMatching.NO_GOLD_SPAN ? side - 1 : column - firstLabel[layer])]++;
        }
        for (int j = 0; j < goldSpans.size(); j++) {
            int label = goldSpans.get(j).label();
            gold[annotator][label]++;
            if (comparison.missed()[j]) {
                table[(side - 1) * side + label - firstLabel[layer]]++;
            }
        }
    }

    /** One annotator's answers to a question about one document (labels), against gold's answers to it. */
    void answers(int annotator, Set<Integer> answered, Set<Integer> goldAnswers) {
        answered.forEach(label -> {
            theirs[annotator][label]++;
            exact[annotator][label] += goldAnswers.contains(label) ? 1 : 0;
        });
        goldAnswers.forEach(label -> gold[annotator][label]++);
    }

    /**
     * Per annotator with counted work and layer: each measure over all labels, then per label that the annotator or
     * gold used.
     */
    List<QualityFigure> figures() {
        List<QualityFigure> figures = new ArrayList<>();
        for (int annotator = 0; annotator < annotators.size(); annotator++) {
            if (documents[annotator] == 0) {
                continue;
            }
            for (int layer = 0; layer < layers.size(); layer++) {
                LayerSchema schema = layers.get(layer);
                List<QualityMeasure> measures = schema.kind() == LayerKind.SPAN
                        ? List.of(QualityMeasure.F1_EXACT, QualityMeasure.F1_OVERLAP)
                        : List.of(QualityMeasure.F1_EXACT);
                for (QualityMeasure measure : measures) {
                    long[] paired = measure == QualityMeasure.F1_EXACT ? exact[annotator] : overlap[annotator];
                    long[] sums = new long[3];
                    List<QualityFigure> perLabel = new ArrayList<>();
                    for (int label = firstLabel[layer]; label < firstLabel[layer] + schema.labels().size(); label++) {
                        sums[0] += paired[label];
                        sums[1] += theirs[annotator][label];
                        sums[2] += gold[annotator][label];
                        if (theirs[annotator][label] + gold[annotator][label] > 0) {
                            perLabel.add(QualityFigure.of(annotators.get(annotator), schema.name(), schema.id(),
                                    labels.get(label).name(), labels.get(label).id(), measure, paired[label],
                                    theirs[annotator][label], gold[annotator][label], documents[annotator]));
                        }
                    }
                    figures.add(QualityFigure.of(annotators.get(annotator), schema.name(), schema.id(), null, null,
                            measure, sums[0], sums[1], sums[2], documents[annotator]));
                    figures.addAll(perLabel);
                }
            }
        }
        return figures;
    }

    /** Per annotator with counted work and span layer, the cells that are not 0. */
    List<LabelConfusion> confusion() {
        List<LabelConfusion> tables = new ArrayList<>();
        for (int annotator = 0; annotator < annotators.size(); annotator++) {
            for (int layer = 0; layer < layers.size(); layer++) {
                LayerSchema schema = layers.get(layer);
                if (documents[annotator] == 0 || schema.kind() != LayerKind.SPAN) {
                    continue;
                }
                List<String> names = schema.labels().stream().map(LabelSchema::name).toList();
                int side = names.size() + 1;
                List<LabelConfusion.Cell> cells = new ArrayList<>();
                long[] table = confusion[annotator][layer];
                for (int cell = 0; cell < table.length; cell++) {
                    if (table[cell] > 0) {
                        int row = cell / side;
                        int column = cell % side;
                        cells.add(new LabelConfusion.Cell(row == side - 1 ? null : names.get(row),
                                column == side - 1 ? null : names.get(column), table[cell]));
                    }
                }
                tables.add(new LabelConfusion(annotators.get(annotator), schema.name(), schema.id(), names, cells));
            }
        }
        return tables;
    }
}
