package org.slant.progress.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.time.Instant;
import java.util.List;
import org.slant.platform.ui.LocalFormats;
import org.slant.progress.AnnotatorProgress;

/** One row per annotator: their documents by status, active time, throughput and when they were last at work. */
class AnnotatorGrid extends Grid<AnnotatorProgress> {

    AnnotatorGrid() {
        setId("annotators");
        addColumn(AnnotatorProgress::name).setHeader(getTranslation("progress.column.annotator")).setKey("name")
                .setFlexGrow(2).setTooltipGenerator(AnnotatorProgress::username);
        number(getTranslation("progress.column.assigned"), "assigned", AnnotatorProgress::assigned);
        number(getTranslation("progress.status.not-started"), "notStarted", AnnotatorProgress::notStarted);
        number(getTranslation("progress.status.in-progress"), "inProgress", AnnotatorProgress::inProgress);
        number(getTranslation("progress.status.done"), "done", AnnotatorProgress::done);
        number(getTranslation("progress.status.skipped"), "skipped", AnnotatorProgress::skipped);
        addColumn(annotator -> ProgressFormat.activeTime(annotator.activeSeconds()))
                .setHeader(getTranslation("progress.column.active-time")).setKey("activeTime")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(annotator -> ProgressFormat.throughput(annotator.throughput()))
                .setHeader(getTranslation("progress.column.throughput")).setKey("throughput")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(annotator -> ProgressFormat.since(annotator.lastActivity(), Instant.now()))
                .setHeader(getTranslation("progress.column.last-activity")).setKey("lastActivity")
                .setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(annotator -> annotator.lastActivity() == null ? null
                        : LocalFormats.second(annotator.lastActivity()));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    void show(List<AnnotatorProgress> annotators) {
        // only now: while the figures are being counted, an empty list means nothing yet
        setEmptyStateText(getTranslation("progress.annotators.nobody"));
        setItems(annotators);
    }

    private void number(String header, String key, ValueProvider<AnnotatorProgress, Long> value) {
        addColumn(annotator -> ProgressFormat.count(value.apply(annotator))).setHeader(header).setKey(key)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }
}
