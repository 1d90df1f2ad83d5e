package org.slant.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slant.curation.GoldMerge;
import org.slant.curation.MergeOptions;
import org.slant.curation.MergeReport;
import org.slant.curation.MergeReport.AttributeLeft;
import org.slant.curation.MergeReport.Counts;
import org.slant.curation.MergeReport.LeftItem;
import org.slant.curation.MergeRule;
import org.slant.curation.MergeStrategy;
import org.slant.platform.ui.BackgroundTask;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;

/**
 * Merges a project's done work into gold by a rule (docs/curation.md), for all its documents or the ones given, in
 * the layers chosen; the merge runs in the background while the dialog says how far it has come, then shows what
 * was merged and lists what was left for the curator.
 */
public class MergeDialog extends Dialog {

    private final GoldMerge merge;
    private final UUID projectId;
    private final List<UUID> documents;
    private final Runnable onMerged;

    final Select<MergeStrategy> strategy = new Select<>();
    final IntegerField minAnnotators = new IntegerField("At least this many annotators");
    final MultiSelectComboBox<LayerSchema> layers = new MultiSelectComboBox<>("Layers");
    final Checkbox onlyThese = new Checkbox();
    final Button mergeButton = new Button("Merge");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Paragraph counts = new Paragraph();
    final Grid<LeftItem> left = new Grid<>();
    final Grid<AttributeLeft> attributesLeft = new Grid<>();
    /** Where the merge runs; tests run it on the spot. */
    Executor executor;
    MergeReport report;

    /** For every document of the project. */
    public MergeDialog(GoldMerge merge, SchemaService schema, Executor threads, UUID projectId, Runnable onMerged) {
        this(merge, schema, threads, projectId, null, onMerged);
    }

    /**
     * @param documents the documents offered ("only these"), or null for every document of the project
     * @param onMerged run after a merge has finished, e.g. to refresh the list of documents
     */
    public MergeDialog(GoldMerge merge, SchemaService schema, Executor threads, UUID projectId, List<UUID> documents,
            Runnable onMerged) {
        this.merge = merge;
        this.projectId = projectId;
        this.documents = documents == null ? null : List.copyOf(documents);
        this.onMerged = onMerged;
        this.executor = threads;
        setHeaderTitle("Merge into gold");
        setWidth("min(64rem, 95vw)");
        Paragraph help = new Paragraph("Takes into gold what the annotators who marked a document done agree on. "
                + "Gold a person made or changed is never touched, and what a person took out of gold is not brought "
                + "back; gold an earlier merge made is kept where it still qualifies and removed where it no longer "
                + "does. Curated documents are skipped.");
        help.addClassName("slant-muted");

        strategy.setLabel("Rule");
        strategy.setItems(MergeStrategy.values());
        strategy.setItemLabelGenerator(MergeDialog::describe);
        strategy.setValue(MergeStrategy.MAJORITY);
        strategy.setWidth("24rem");
        strategy.addValueChangeListener(change -> minAnnotators.setVisible(change.getValue()
                == MergeStrategy.AT_LEAST));
        minAnnotators.setMin(1);
        minAnnotators.setStepButtonsVisible(true);
        minAnnotators.setValue(MergeRule.DEFAULT_MIN_ANNOTATORS);
        minAnnotators.setVisible(false);
        layers.setItems(schema.layers(projectId));
        layers.setItemLabelGenerator(LayerSchema::name);
        layers.setPlaceholder("All layers");
        layers.setWidth("18rem");
        onlyThese.setLabel(documents == null ? "" : documents.size() == 1 ? "Only this document"
                : "Only these " + documents.size() + " documents");
        onlyThese.setValue(documents != null);
        onlyThese.setVisible(documents != null);

        progress.setVisible(false);
        status.setVisible(false);
        counts.setVisible(false);
        left.addColumn(LeftItem::documentTitle).setHeader("Document").setKey("document").setFlexGrow(2)
                .setTooltipGenerator(LeftItem::documentTitle);
        left.addColumn(item -> item.layer() + ": " + item.label()).setHeader("Label").setKey("label").setFlexGrow(2);
        left.addColumn(item -> item.start() == null ? "answer" : item.start() + ".." + item.end()).setHeader("Where")
                .setKey("where").setFlexGrow(1);
        left.addColumn(LeftItem::text).setHeader("Text").setKey("text").setFlexGrow(2)
                .setTooltipGenerator(LeftItem::text);
        left.addColumn(LeftItem::reason).setHeader("Why it was left").setKey("reason").setFlexGrow(4)
                .setTooltipGenerator(LeftItem::reason);
        attributesLeft.addColumn(AttributeLeft::documentTitle).setHeader("Document").setKey("document")
                .setFlexGrow(2);
        attributesLeft.addColumn(item -> item.layer() + ": " + item.label() + (item.text() == null ? ""
                : " '" + item.text() + "'")).setHeader("Gold").setKey("gold").setFlexGrow(3);
        attributesLeft.addColumn(AttributeLeft::attribute).setHeader("Attribute").setKey("attribute").setFlexGrow(1);
        attributesLeft.addColumn(item -> item.values().stream().map(value -> value == null ? "(none)"
                : String.valueOf(value)).collect(Collectors.joining(" / "))).setHeader("Values given")
                .setKey("values").setFlexGrow(2);
        for (Grid<?> grid : List.of(left, attributesLeft)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setHeight("14rem");
            grid.setVisible(false);
        }

        mergeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mergeButton.addClickListener(click -> start());
        Button close = new Button("Close", click -> close());
        Div options = new Div(strategy, minAnnotators, layers, onlyThese);
        options.addClassName("slant-agreement-options");
        add(help, options, progress, status, counts, left, attributesLeft);
        getFooter().add(close, mergeButton);
    }

    /** Merges with the options chosen, in the background (tests call this directly). */
    void start() {
        List<String> chosenLayers = layers.getValue().isEmpty() ? null
                : layers.getValue().stream().map(layer -> layer.id().toString()).toList();
        MergeOptions options = new MergeOptions(strategy.getValue(), minAnnotators.getValue(), chosenLayers,
                onlyThese.getValue() ? documents : null);
        mergeButton.setEnabled(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        status.removeClassName("slant-problem");
        status.setText("Merging…");
        status.setVisible(true);
        BackgroundTask.of(told -> merge.merge(projectId, options, told))
                .onProgress(this::showProgress)
                .onDone(this::show)
                .onFailure(this::showFailure)
                .start(this, executor);
    }

    private void showProgress(long merged, long total) {
        progress.setIndeterminate(false);
        progress.setValue(total == 0 ? 1 : merged / (double) total);
        status.setText("Merging… " + merged + " of " + total + " documents.");
    }

    private void showFailure(Throwable failure) {
        progress.setVisible(false);
        mergeButton.setEnabled(true);
        status.setText("The merge stopped: " + BackgroundTask.said(failure) + " Documents merged before it stopped "
                + "stay merged.");
        status.addClassName("slant-problem");
        onMerged.run();
    }

    private void show(MergeReport merged) {
        report = merged;
        progress.setVisible(false);
        status.setVisible(false);
        mergeButton.setEnabled(true);
        counts.setText(summary(merged));
        counts.setVisible(true);
        left.setItems(merged.left().items());
        left.setVisible(!merged.left().items().isEmpty());
        attributesLeft.setItems(merged.attributesLeft().items());
        attributesLeft.setVisible(!merged.attributesLeft().items().isEmpty());
        onMerged.run();
    }

    /** What the merge did, in a few sentences. */
    static String summary(MergeReport report) {
        Counts counts = report.counts();
        List<String> sentences = new ArrayList<>();
        sentences.add(report.rule() + " merged " + count(counts.spansMerged(), "span") + " and "
                + count(counts.answersMerged(), "answer") + " into " + count(counts.documentsMergedInto(), "document")
                + " of " + counts.documentsConsidered() + "; " + counts.alreadyInGold() + " already in gold"
                + (counts.removed() == 0 ? "" : "; " + counts.removed() + " no longer qualifying removed") + ".");
        if (counts.left() > 0) {
            sentences.add(count(counts.left(), "span or answer", "spans or answers") + " left for you"
                    + (report.left().truncated() ? " (the first " + report.left().items().size() + " below)"
                            : " (below)") + ".");
        }
        if (counts.attributesLeft() > 0) {
            sentences.add(count(counts.attributesLeft(), "attribute") + " left empty where the annotators "
                    + "differ.");
        }
        List<String> skipped = new ArrayList<>();
        if (counts.documentsCurated() > 0) {
            skipped.add(count(counts.documentsCurated(), "document") + " curated");
        }
        if (counts.documentsWithTooFewAnnotators() > 0) {
            skipped.add(count(counts.documentsWithTooFewAnnotators(), "document") + " with too few annotators "
                    + "done");
        }
        if (!skipped.isEmpty()) {
            sentences.add("Skipped: " + String.join(", ", skipped) + ".");
        }
        return String.join(" ", sentences);
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String describe(MergeStrategy strategy) {
        return switch (strategy) {
            case UNANIMOUS -> "Unanimous: every annotator who marked it done";
            case MAJORITY -> "Majority: more than half of them";
            case AT_LEAST -> "At least: a number of them";
        };
    }
}
