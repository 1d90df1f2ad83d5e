package org.slant.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slant.progress.ProgressSummary;

/** The project's progress in a row of big numbers, each with what it means underneath. */
class HeadlineFigures extends Div {

    private final Map<String, Span> values = new LinkedHashMap<>();

    HeadlineFigures() {
        addClassName("slant-progress-figures");
    }

    void show(ProgressSummary summary) {
        removeAll();
        values.clear();
        int k = summary.annotatorsPerDocument();
        figure("Documents", ProgressFormat.count(summary.documents()), null);
        figure("Annotations needed", ProgressFormat.count(summary.needed()),
                k + " per document");
        figure("Done", ProgressFormat.count(summary.done()), "up to " + k + " per document");
        figure("Done share", ProgressFormat.percent(summary.shareDone()), "of the annotations needed");
        figure("Complete documents", ProgressFormat.count(summary.completeDocuments()), k + " of " + k + " done");
        figure("Active time", ProgressFormat.hours(summary.activeSeconds()),
                ProgressFormat.count(summary.annotators()) + (summary.annotators() == 1 ? " annotator" : " annotators"));
    }

    /** The value shown under a label, e.g. "Done share" -> "37.5%"; for tests. */
    String value(String label) {
        return values.get(label).getText();
    }

    private void figure(String label, String value, String note) {
        Span shown = new Span(value);
        shown.addClassName("slant-figure-value");
        values.put(label, shown);
        Div figure = new Div(shown, new Span(label));
        figure.addClassName("slant-figure");
        figure.getElement().setAttribute("data-figure", label);
        if (note != null) {
            Span small = new Span(note);
            small.addClassName("slant-figure-note");
            figure.add(small);
        }
        add(figure);
    }
}
