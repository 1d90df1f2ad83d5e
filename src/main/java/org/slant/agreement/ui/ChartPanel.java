package org.slant.agreement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.slant.platform.ui.Chart;

/** A chart with its title and caption; a note instead of an empty chart while there is nothing to draw. */
class ChartPanel extends Div {

    final Chart chart = new Chart();
    final Paragraph caption = new Paragraph();
    final Paragraph empty = new Paragraph();

    ChartPanel(String title, String id) {
        addClassName("slant-chart-card");
        caption.addClassName("slant-chart-caption");
        empty.addClassName("slant-muted");
        empty.setVisible(false);
        chart.setId(id);
        chart.setWidthFull();
        add(new H3(title), caption, chart, empty);
    }

    void show(Map<String, Object> option, String height, String captionText) {
        caption.setText(captionText);
        chart.setVisible(true);
        empty.setVisible(false);
        chart.setHeight(height);
        chart.setOption(option);
    }

    void showNothing(String captionText, String note) {
        caption.setText(captionText);
        chart.setVisible(false);
        empty.setText(note);
        empty.setVisible(true);
    }
}
