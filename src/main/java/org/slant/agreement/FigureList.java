package org.slant.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Collects a layer's figures, filling in what every figure of the layer shares. */
final class FigureList {

    private final String layer;
    private final List<Figure> figures = new ArrayList<>();

    FigureList(String layer) {
        this.layer = layer;
    }

    void project(Measure measure, String label, Measured measured, long units, int annotators, int documents) {
        add(measure, label, Scope.PROJECT, null, null, List.of(), measured.value(), units, annotators, documents);
    }

    void group(Scope scope, UUID id, String name, Measure measure, Measured measured, long units, int annotators,
            int documents) {
        add(measure, null, scope, id, name, List.of(), measured.value(), units, annotators, documents);
    }

    void pair(Annotators annotators, int pair, Measure measure, String label, Double value, long units,
            int documents) {
        add(measure, label, Scope.PAIR, null, annotators.pairName(pair), annotators.names(pair), value, units, 2,
                documents);
    }

    void add(Measure measure, String label, Scope scope, UUID id, String name, List<String> pair, Double value,
            long units, int annotators, int documents) {
        figures.add(new Figure(layer, label, measure, scope, id, name, pair, value, units, annotators, documents));
    }

    List<Figure> figures() {
        return figures;
    }
}
