package org.slant.curation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slant.curation.LabelConfusion;
import org.slant.platform.ui.LocalFormats;

/**
 * One annotator's label confusion table for a span layer: a row per label of theirs and "Missed", a column per gold
 * label and "No gold span"; the cells where their label is gold's are marked.
 */
class ConfusionGrid extends Grid<ConfusionGrid.Row> {

    static final String MISSED_KEY = "curation.quality.confusion.missed";
    static final String NO_GOLD_SPAN_KEY = "curation.quality.confusion.no-gold-span";
    /** The key of the column of their spans no gold span met (a column id; its header is translated). */
    static final String NO_GOLD_SPAN = "no-gold-span";

    /** @param label the annotator's label; null for the "Missed" row */
    record Row(String label) {

        String title() {
            return label == null ? I18NProvider.translate(MISSED_KEY) : label;
        }
    }

    ConfusionGrid() {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        setAllRowsVisible(true);
        // a few narrow columns: as wide as the page would leave most of the table empty
        setMaxWidth("52rem");
    }

    void show(LabelConfusion table) {
        removeAllColumns();
        addColumn(Row::title).setKey("label").setHeader(getTranslation("curation.quality.confusion.header"))
                .setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(row -> "row-title");
        for (String gold : table.labels()) {
            column(table, gold, gold, gold);
        }
        column(table, null, NO_GOLD_SPAN, getTranslation(NO_GOLD_SPAN_KEY));
        List<Row> rows = new ArrayList<>();
        table.labels().forEach(label -> rows.add(new Row(label)));
        rows.add(new Row(null));
        setItems(rows);
    }

    void clear() {
        removeAllColumns();
        setItems(List.of());
    }

    private void column(LabelConfusion table, String goldLabel, String key, String header) {
        addColumn(row -> row.label() == null && goldLabel == null ? "" : LocalFormats.count(table.count(row.label(),
                goldLabel))).setKey(key).setHeader(header).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(row -> row.label() != null && Objects.equals(row.label(), goldLabel) ? "agree"
                        : table.count(row.label(), goldLabel) > 0 ? "figure" : "zero");
    }
}
