package org.slant.progress.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.slant.progress.AnnotatorProgress;
import org.slant.progress.DoneLevel;
import org.slant.progress.GroupProgress;

/** The dashboard's charts, in one set of colours: done is green, in progress blue, not started grey, skipped amber. */
final class ProgressCharts {

    static final String DONE = "var(--lumo-success-color)";
    static final String IN_PROGRESS = "var(--lumo-primary-color)";
    static final String NOT_STARTED = "var(--lumo-contrast-20pct)";
    static final String SKIPPED = "var(--lumo-warning-color)";

    private ProgressCharts() {
    }

    /** Each annotator's documents by status. */
    static StackedBars annotators(List<AnnotatorProgress> annotators) {
        return new StackedBars(annotators.stream().map(AnnotatorProgress::name).toList(), List.of(
                part("progress.status.done", DONE, annotators, AnnotatorProgress::done),
                part("progress.status.in-progress", IN_PROGRESS, annotators, AnnotatorProgress::inProgress),
                part("progress.status.not-started", NOT_STARTED, annotators, AnnotatorProgress::notStarted),
                part("progress.status.skipped", SKIPPED, annotators, AnnotatorProgress::skipped)), true);
    }

    /** The annotations each outlet's or story's documents need, by state; {@code unnamed} for those without. */
    static StackedBars groups(List<GroupProgress> groups, String unnamed) {
        Function<GroupProgress, String> name = group -> group.name() == null ? unnamed : group.name();
        return new StackedBars(groups.stream().map(name).toList(), List.of(
                part("progress.status.done", DONE, groups, GroupProgress::done),
                part("progress.status.in-progress", IN_PROGRESS, groups, GroupProgress::inProgress),
                part("progress.status.not-started", NOT_STARTED, groups, GroupProgress::notStarted)), true);
    }

    /**
     * Documents by number of done annotations, "0 of k" to "k of k": one bar each, grey with none, blue with some,
     * green when complete (three parts, each only where it applies, so the legend explains the colours).
     */
    static StackedBars doneLevels(List<DoneLevel> levels) {
        int k = levels.getLast().done();
        List<Long> none = new ArrayList<>();
        List<Long> some = new ArrayList<>();
        List<Long> complete = new ArrayList<>();
        for (DoneLevel level : levels) {
            none.add(level.done() == 0 ? level.documents() : null);
            some.add(level.done() > 0 && level.done() < k ? level.documents() : null);
            complete.add(level.done() == k ? level.documents() : null);
        }
        List<StackedBars.Part> parts = new ArrayList<>();
        parts.add(new StackedBars.Part(I18NProvider.translate("progress.charts.none-done"), NOT_STARTED, none));
        if (k > 1) {
            parts.add(new StackedBars.Part(I18NProvider.translate("progress.charts.some-done"), IN_PROGRESS, some));
        }
        parts.add(new StackedBars.Part(I18NProvider.translate("progress.charts.complete"), DONE, complete));
        return new StackedBars(levels.stream().map(level -> ProgressFormat.doneOf(level.done(), k)).toList(), parts,
                false);
    }

    /** A part named by the key of its name, e.g. progress.status.done: "Done", "Erledigt". */
    private static <T> StackedBars.Part part(String nameKey, String colour, List<T> rows, ToLongFunction<T> value) {
        return new StackedBars.Part(I18NProvider.translate(nameKey), colour, rows.stream().map(row -> value.applyAsLong(row)).toList());
    }
}
