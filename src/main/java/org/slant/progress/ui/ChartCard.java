package org.slant.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.slant.platform.ui.Chart;

/** A chart with its title and a line on what it shows; a note instead of an empty chart while there is nothing. */
class ChartCard extends Div {

    final Chart chart = new Chart();
    private final Paragraph caption = new Paragraph();
    private final Paragraph empty = new Paragraph();

    ChartCard(String title, String id, String emptyNote) {
        addClassName("slant-chart-card");
        caption.addClassName("slant-chart-caption");
        empty.addClassName("slant-muted");
        empty.setText(emptyNote);
        empty.setVisible(false);
        chart.setId(id);
        chart.setWidthFull();
        add(new H3(title), caption, chart, empty);
    }

    /** Shows the bars in a box of {@code height} (CSS), or the note when there is nothing yet. */
    void show(StackedBars bars, String height, String captionText, boolean nothingYet) {
        caption.setText(captionText);
        chart.setVisible(!nothingYet);
        empty.setVisible(nothingYet);
        if (!nothingYet) {
            chart.setHeight(height);
            chart.setOption(bars.option());
        }
    }
}
