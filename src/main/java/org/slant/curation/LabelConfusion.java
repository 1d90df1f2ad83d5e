package org.slant.curation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Which gold label one annotator's spans of a layer met: rows are their labels, columns gold's. Each of their spans
 * counts once, under its own label's column when a gold span of that label overlaps it, otherwise under the label
 * of the gold span it shares most characters with, or under "no gold span". The "missed" row counts the gold spans
 * none of theirs overlaps, by gold label.
 *
 * @param labels the layer's labels in the schema's order: the rows' and columns' order
 * @param cells the cells that are not 0
 */
public record LabelConfusion(String annotator, String layer, UUID layerId, List<String> labels, List<Cell> cells) {

    public LabelConfusion {
        labels = List.copyOf(labels);
        cells = List.copyOf(cells);
    }

    /**
     * @param label the annotator's label; null for the "missed" row
     * @param goldLabel the gold span's label; null for the "no gold span" column
     */
    public record Cell(String label, String goldLabel, long count) {
    }

    /** The count in a row and column (null for "missed" and "no gold span"); 0 for cells not listed. */
    public long count(String label, String goldLabel) {
        return cells.stream().filter(cell -> Objects.equals(cell.label(), label)
                && Objects.equals(cell.goldLabel(), goldLabel)).mapToLong(Cell::count).sum();
    }
}
