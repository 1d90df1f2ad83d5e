package org.slant.progress.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.time.Instant;
import java.util.List;
import org.slant.progress.AnnotatorProgress;

/** One row per annotator: their documents by status, active time, throughput and when they were last at work. */
class AnnotatorGrid extends Grid<AnnotatorProgress> {

    AnnotatorGrid() {
        setId("annotators");
        addColumn(AnnotatorProgress::name).setHeader("Annotator").setKey("name").setFlexGrow(2)
                .setTooltipGenerator(AnnotatorProgress::username);
        number("Assigned", "assigned", AnnotatorProgress::assigned);
        number("Not started", "notStarted", AnnotatorProgress::notStarted);
        number("In progress", "inProgress", AnnotatorProgress::inProgress);
        number("Done", "done", AnnotatorProgress::done);
        number("Skipped", "skipped", AnnotatorProgress::skipped);
        addColumn(annotator -> ProgressFormat.activeTime(annotator.activeSeconds())).setHeader("Active time")
                .setKey("activeTime").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(annotator -> ProgressFormat.throughput(annotator.throughput())).setHeader("Done per active hour")
                .setKey("throughput").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(annotator -> ProgressFormat.since(annotator.lastActivity(), Instant.now()))
                .setHeader("Last started or finished").setKey("lastActivity").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(annotator -> annotator.lastActivity() == null ? null
                        : annotator.lastActivity().toString());
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    void show(List<AnnotatorProgress> annotators) {
        // only now: while the figures are being counted, an empty list means nothing yet
        setEmptyStateText("No one has opened a document of this project yet.");
        setItems(annotators);
    }

    private void number(String header, String key, ValueProvider<AnnotatorProgress, Long> value) {
        addColumn(annotator -> ProgressFormat.count(value.apply(annotator))).setHeader(header).setKey(key)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }
}
