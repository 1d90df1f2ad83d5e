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
import com.vaadin.flow.i18n.I18NProvider;
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
    final IntegerField minAnnotators = new IntegerField(getTranslation("curation.merge.min-annotators"));
    final MultiSelectComboBox<LayerSchema> layers = new MultiSelectComboBox<>(getTranslation("curation.merge.layers"));
    final Checkbox onlyThese = new Checkbox();
    final Button mergeButton = new Button(getTranslation("curation.merge.merge"));
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
        setHeaderTitle(getTranslation("curation.merge.header"));
        setWidth("min(64rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("curation.merge.help"));
        help.addClassName("slant-muted");

        strategy.setLabel(getTranslation("curation.merge.rule"));
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
        layers.setPlaceholder(getTranslation("curation.merge.all-layers"));
        layers.setWidth("18rem");
        onlyThese.setLabel(documents == null ? "" : documents.size() == 1 ? getTranslation("curation.merge.only-this")
                : getTranslation("curation.merge.only-these", documents.size()));
        onlyThese.setValue(documents != null);
        onlyThese.setVisible(documents != null);

        progress.setVisible(false);
        status.setVisible(false);
        counts.setVisible(false);
        left.addColumn(LeftItem::documentTitle).setHeader(getTranslation("curation.merge.column.document"))
                .setKey("document").setFlexGrow(2).setTooltipGenerator(LeftItem::documentTitle);
        left.addColumn(item -> item.layer() + ": " + item.label())
                .setHeader(getTranslation("curation.merge.column.label")).setKey("label").setFlexGrow(2);
        left.addColumn(item -> item.start() == null ? getTranslation("curation.merge.answer")
                : item.start() + ".." + item.end()).setHeader(getTranslation("curation.merge.column.where"))
                .setKey("where").setFlexGrow(1);
        left.addColumn(LeftItem::text).setHeader(getTranslation("curation.merge.column.text")).setKey("text")
                .setFlexGrow(2).setTooltipGenerator(LeftItem::text);
        left.addColumn(item -> item.reason(getLocale())).setHeader(getTranslation("curation.merge.column.reason"))
                .setKey("reason").setFlexGrow(4).setTooltipGenerator(item -> item.reason(getLocale()));
        attributesLeft.addColumn(AttributeLeft::documentTitle)
                .setHeader(getTranslation("curation.merge.column.document")).setKey("document").setFlexGrow(2);
        attributesLeft.addColumn(item -> item.layer() + ": " + item.label() + (item.text() == null ? ""
                : " '" + item.text() + "'")).setHeader(getTranslation("curation.merge.column.gold")).setKey("gold")
                .setFlexGrow(3);
        attributesLeft.addColumn(AttributeLeft::attribute)
                .setHeader(getTranslation("curation.merge.column.attribute")).setKey("attribute").setFlexGrow(1);
        attributesLeft.addColumn(item -> item.values().stream().map(value -> value == null
                ? getTranslation("curation.merge.no-value") : String.valueOf(value))
                .collect(Collectors.joining(" / "))).setHeader(getTranslation("curation.merge.column.values"))
                .setKey("values").setFlexGrow(2);
        for (Grid<?> grid : List.of(left, attributesLeft)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setHeight("14rem");
            grid.setVisible(false);
        }

        mergeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mergeButton.addClickListener(click -> start());
        Button close = new Button(getTranslation("platform.common.close"), click -> close());
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
        status.setText(getTranslation("curation.merge.merging"));
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
        status.setText(getTranslation("curation.merge.merging-progress", merged, total));
    }

    private void showFailure(Throwable failure) {
        progress.setVisible(false);
        mergeButton.setEnabled(true);
        status.setText(getTranslation("curation.merge.stopped", BackgroundTask.said(failure)));
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

    /** What the merge did, in a few sentences, in the reader's language. */
    static String summary(MergeReport report) {
        Counts counts = report.counts();
        List<String> sentences = new ArrayList<>();
        sentences.add(counts.removed() == 0
                ? text("curation.merge.summary", report.rule(), counts.spansMerged(), counts.answersMerged(),
                        counts.documentsMergedInto(), counts.documentsConsidered(), counts.alreadyInGold())
                : text("curation.merge.summary-removed", report.rule(), counts.spansMerged(), counts.answersMerged(),
                        counts.documentsMergedInto(), counts.documentsConsidered(), counts.alreadyInGold(),
                        counts.removed()));
        if (counts.left() > 0) {
            sentences.add(report.left().truncated()
                    ? text("curation.merge.left-first", counts.left(), report.left().items().size())
                    : text("curation.merge.left", counts.left()));
        }
        if (counts.attributesLeft() > 0) {
            sentences.add(text("curation.merge.attributes-left", counts.attributesLeft()));
        }
        List<String> skipped = new ArrayList<>();
        if (counts.documentsCurated() > 0) {
            skipped.add(text("curation.merge.skipped-curated", counts.documentsCurated()));
        }
        if (counts.documentsWithTooFewAnnotators() > 0) {
            skipped.add(text("curation.merge.skipped-too-few", counts.documentsWithTooFewAnnotators()));
        }
        if (!skipped.isEmpty()) {
            sentences.add(text("curation.merge.skipped", String.join(", ", skipped)));
        }
        return String.join(" ", sentences);
    }

    private static String text(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }

    private static String describe(MergeStrategy strategy) {
        return text(switch (strategy) {
            case UNANIMOUS -> "curation.merge.strategy.unanimous";
            case MAJORITY -> "curation.merge.strategy.majority";
            case AT_LEAST -> "curation.merge.strategy.at-least";
        });
    }
}
