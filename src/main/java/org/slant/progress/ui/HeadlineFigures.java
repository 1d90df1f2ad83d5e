package org.slant.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slant.platform.ui.Translations;
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
        figure("progress.figures.documents", ProgressFormat.count(summary.documents()), null);
        figure("progress.figures.needed", ProgressFormat.count(summary.needed()),
                getTranslation("progress.figures.needed.note", k));
        figure("progress.figures.done", ProgressFormat.count(summary.done()),
                getTranslation("progress.figures.done.note", k));
        figure("progress.figures.done-share", ProgressFormat.percent(summary.shareDone()),
                getTranslation("progress.figures.done-share.note"));
        figure("progress.figures.complete", ProgressFormat.count(summary.completeDocuments()),
                getTranslation("progress.figures.complete.note", k));
        figure("progress.figures.active-time", ProgressFormat.hours(summary.activeSeconds()),
                getTranslation("platform.common.annotators", summary.annotators()));
    }

    /** The value shown under a figure named by its English label, e.g. "Done share" -> "37.5%"; for tests. */
    String value(String englishLabel) {
        return values.get(englishLabel).getText();
    }

    /**
     * A figure under its label in the reader's language; its {@code data-figure} is the English label in every
     * language, for the page's styles and the browser tests.
     */
    private void figure(String key, String value, String note) {
        String englishLabel = getTranslation(Translations.ENGLISH, key);
        Span shown = new Span(value);
        shown.addClassName("slant-figure-value");
        values.put(englishLabel, shown);
        Div figure = new Div(shown, new Span(getTranslation(key)));
        figure.addClassName("slant-figure");
        figure.getElement().setAttribute("data-figure", englishLabel);
        if (note != null) {
            Span small = new Span(note);
            small.addClassName("slant-figure-note");
            figure.add(small);
        }
        add(figure);
    }
}
