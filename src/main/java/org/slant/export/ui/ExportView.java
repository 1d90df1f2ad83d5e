package org.slant.export.ui;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.export.ExportFormat;
import org.slant.export.ExportManifest;
import org.slant.export.ExportOptions;
import org.slant.export.ExportService;
import org.slant.export.PreparedExport;
import org.slant.export.StorySplits;
import org.slant.platform.BackgroundThreads;
import org.slant.platform.BusyException;
import org.slant.platform.ui.BackgroundTask;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Exports a dataset (docs/formats.md): the options, then the export runs in the background with a progress bar,
 * and its file is offered for download when ready. Annotators of blind projects may export only their own work. The
 * file waits on the server until the next export, a download that breaks off, or the page closing, whichever comes
 * first.
 */
@Route("projects/:projectId/export")
@PermitAll
@StyleSheet("styles/agreement.css")
public class ExportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final SchemaService schema;
    private final Memberships memberships;
    private final ExportService exports;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.EXPORT);

    final Select<ExportFormat> format = new Select<>();
    final MultiSelectComboBox<String> layers = new MultiSelectComboBox<>(getTranslation("export.layers"));
    final MultiSelectComboBox<String> labels = new MultiSelectComboBox<>(getTranslation("export.labels"));
    final MultiSelectComboBox<Member> annotators = new MultiSelectComboBox<>(getTranslation("export.annotators"));
    final Checkbox onlyDone = new Checkbox(getTranslation("export.only-done"), true);
    final Select<ExportOptions.LabelSource> source = new Select<>();
    final Select<ExportOptions.GoldDocuments> goldDocuments = new Select<>();
    final Select<ExportOptions.Hygiene> hygiene = new Select<>();
    final Select<String> hygieneLayer = new Select<>();
    final NumberField train = share(getTranslation("export.split.train"));
    final NumberField validation = share(getTranslation("export.split.validation"));
    final NumberField test = share(getTranslation("export.split.test"));
    final IntegerField seed = new IntegerField(getTranslation("export.seed"));
    final Checkbox usernames = new Checkbox(getTranslation("export.usernames"));
    final Button export = new Button(getTranslation("export.export"));
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    /** Before an hf export: which splits the shares leave empty, since a story is never divided. */
    final Paragraph emptySplits = new Paragraph();
    final Anchor download = new Anchor();
    /** Where exports are prepared; tests run them on the spot. */
    Executor executor;
    private ProjectSummary project;
    private PreparedExport prepared;
    /** whether the caller may export gold (managers, curators, admins) */
    private boolean readsGold;

    public ExportView(CorpusService corpus, SchemaService schema, Memberships memberships, ExportService exports,
            BackgroundThreads threads) {
        this.corpus = corpus;
        this.schema = schema;
        this.memberships = memberships;
        this.exports = exports;
        this.executor = threads;
        addClassNames("slant-page", "slant-export");
        setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("export.intro"));
        intro.addClassName("slant-chart-caption");
        format.setLabel(getTranslation("export.format"));
        // the formats this installation writes, in their order
        format.setItems(java.util.Arrays.stream(ExportFormat.values()).filter(exports.formats()::contains).toList());
        format.setItemLabelGenerator(ExportView::describe);
        format.setValue(ExportFormat.JSONL);
        format.setWidth("30rem");
        format.addValueChangeListener(change -> {
            showSplits();
            showGoldOptions();
        });
        source.setLabel(getTranslation("export.source"));
        source.setItems(ExportOptions.LabelSource.values());
        source.setItemLabelGenerator(choice -> getTranslation(switch (choice) {
            case ANNOTATORS -> "export.source.annotators";
            case MAJORITY -> "export.source.majority";
            case GOLD -> "export.source.gold";
        }));
        source.setItemEnabledProvider(choice -> choice != ExportOptions.LabelSource.GOLD);
        source.setValue(ExportOptions.LabelSource.ANNOTATORS);
        source.setWidth("18rem");
        source.addValueChangeListener(change -> showGoldOptions());
        goldDocuments.setLabel(getTranslation("export.gold-documents"));
        goldDocuments.setItems(ExportOptions.GoldDocuments.values());
        goldDocuments.setItemLabelGenerator(choice -> getTranslation(choice == ExportOptions.GoldDocuments.CURATED
                ? "export.gold-documents.curated" : "export.gold-documents.any"));
        goldDocuments.setValue(ExportOptions.GoldDocuments.CURATED);
        goldDocuments.setWidth("18rem");
        goldDocuments.setEnabled(false);
        hygiene.setLabel(getTranslation("export.hygiene"));
        hygiene.setItems(ExportOptions.Hygiene.values());
        hygiene.setItemLabelGenerator(choice -> getTranslation(switch (choice) {
            case KEEP -> "export.hygiene.keep";
            case MASK -> "export.hygiene.mask";
            case DROP -> "export.hygiene.drop";
        }));
        hygiene.setValue(ExportOptions.Hygiene.KEEP);
        hygiene.setWidth("18rem");
        hygiene.addValueChangeListener(change -> hygieneLayer.setEnabled(change.getValue()
                != ExportOptions.Hygiene.KEEP));
        hygieneLayer.setLabel(getTranslation("export.hygiene-layer"));
        hygieneLayer.setEnabled(false);
        seed.setValue((int) ExportOptions.Splits.DEFAULT.seed());
        train.setValue(ExportOptions.Splits.DEFAULT.train());
        validation.setValue(ExportOptions.Splits.DEFAULT.validation());
        test.setValue(ExportOptions.Splits.DEFAULT.test());
        layers.setPlaceholder(getTranslation("export.layers.all"));
        labels.setPlaceholder(getTranslation("export.labels.all"));
        annotators.setPlaceholder(getTranslation("export.annotators.all"));
        annotators.setItemLabelGenerator(member -> member.displayName() + " (" + member.username() + ")");
        layers.addValueChangeListener(change -> showLabels());
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickListener(click -> start());
        progress.setVisible(false);
        download.setVisible(false);
        download.getElement().setAttribute("download", true);
        Div what = row(format, source, goldDocuments, onlyDone);
        Div which = row(layers, labels, annotators);
        Div text = row(hygiene, hygieneLayer, usernames);
        Div splits = row(train, validation, test, seed);
        splits.addClassName("slant-export-splits");
        emptySplits.addClassName("slant-problem");
        emptySplits.setVisible(false);
        for (var field : List.of(train, validation, test)) {
            field.addValueChangeListener(change -> showEmptySplits());
        }
        seed.addValueChangeListener(change -> showEmptySplits());
        add(header, intro, what, which, text, splits, emptySplits, export, progress, status, download);
        showSplits();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.project(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        List<LayerSchema> projectLayers = schema.layers(project.id());
        layers.setItems(projectLayers.stream().map(LayerSchema::name).toList());
        hygieneLayer.setItems(projectLayers.stream().map(LayerSchema::name).toList());
        if (projectLayers.stream().anyMatch(layer -> layer.name().equals(ExportOptions.DEFAULT_HYGIENE_LAYER))) {
            hygieneLayer.setValue(ExportOptions.DEFAULT_HYGIENE_LAYER);
        }
        List<Member> members = memberships.members(project.id());
        readsGold = corpus.seesEveryonesWork(project.id());
        if (readsGold) {
            annotators.setItems(members);
            showGold(exports.curation(project.id()));
        } else {
            // an annotator exports their own work (in blind projects nothing else is theirs to see)
            String me = SecurityContextHolder.getContext().getAuthentication().getName();
            List<Member> self = members.stream().filter(member -> member.username().equalsIgnoreCase(me)).toList();
            annotators.setItems(self);
            annotators.setValue(self);
            annotators.setReadOnly(true);
            source.setReadOnly(true);
            source.setHelperText(getTranslation("export.source.gold-not-yours"));
        }
        showLabels();
        showGoldOptions();
    }

    /** Gold can be chosen once some document has it; until then the page says why not. */
    private void showGold(ExportManifest.Curation curation) {
        boolean hasGold = curation.curated() + curation.inProgress() > 0;
        source.setItemEnabledProvider(choice -> choice != ExportOptions.LabelSource.GOLD || hasGold);
        source.setHelperText(!hasGold ? getTranslation("export.source.no-gold")
                : getTranslation("export.source.gold-count", curation.curated(), curation.inProgress()));
        if (hasGold && curation.curated() == 0) {
            goldDocuments.setValue(ExportOptions.GoldDocuments.ANY);
        }
    }

    /**
     * Gold as the source takes its documents by curation status, not the annotators' done work; only the
     * perspectivist export keeps the annotators' labels beside it. jsonl, hf and perspectivist also put gold beside
     * the annotators' labels, so its documents can be chosen there too.
     */
    private void showGoldOptions() {
        boolean goldSource = source.getValue() == ExportOptions.LabelSource.GOLD;
        boolean annotatorsBeside = !goldSource || format.getValue() == ExportFormat.PERSPECTIVIST;
        annotators.setEnabled(annotatorsBeside);
        onlyDone.setEnabled(annotatorsBeside);
        goldDocuments.setEnabled(readsGold && (goldSource || format.getValue() == ExportFormat.JSONL
                || format.getValue() == ExportFormat.HF || format.getValue() == ExportFormat.PERSPECTIVIST));
    }

    /**
     * The options as chosen, those switched off left at their defaults; the export checks them (and who may ask)
     * before writing anything.
     */
    ExportOptions options() {
        return new ExportOptions(format.getValue(), layers.getValue(), labels.getValue(),
                annotators.isEnabled() ? annotators.getValue().stream().map(Member::userId)
                        .collect(Collectors.toSet()) : Set.of(), !onlyDone.isEnabled() || onlyDone.getValue(),
                source.getValue(), hygiene.getValue(),
                hygieneLayer.getValue() == null ? ExportOptions.DEFAULT_HYGIENE_LAYER : hygieneLayer.getValue(),
                splits(),
                usernames.getValue(), goldDocuments.isEnabled() ? goldDocuments.getValue()
                        : ExportOptions.GoldDocuments.CURATED);
    }

    private void start() {
        ExportOptions options = options();
        UUID projectId = project.id();
        forgetFile();
        export.setEnabled(false);
        download.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        status.removeClassName("slant-problem");
        status.setText(getTranslation("export.exporting"));
        BackgroundTask.of(told -> exports.prepare(projectId, options, false, told))
                .onProgress((read, documents) -> progress.setValue(documents == 0 ? 1
                        : Math.min(1.0, read / (double) documents)))
                .onDone(ready -> ready(ready, options.source()))
                .onFailure(this::failed)
                .start(this, executor);
    }

    private void ready(PreparedExport ready, ExportOptions.LabelSource labels) {
        prepared = ready;
        progress.setValue(1);
        progress.setVisible(false);
        export.setEnabled(true);
        ExportManifest.Counts counts = ready.counts();
        status.setText(labels == ExportOptions.LabelSource.GOLD && counts.annotators() == 0
                ? getTranslation("export.ready.gold", counts.documents(), counts.spans(), counts.answers())
                : getTranslation("export.ready", counts.documents(), counts.spans(), counts.answers(),
                        counts.annotators()));
        download.setText(getTranslation("export.download", ready.fileName(), Math.max(1, ready.size() / 1024)));
        download.setHref((DownloadHandler) event -> {
            event.setFileName(ready.fileName());
            event.setContentType(ready.contentType());
            event.setContentLength(ready.size());
            try {
                ready.sendTo(event.getOutputStream());
            } catch (IOException brokenOff) {
                // nothing is left behind for a download that will not be finished; the page says so
                ready.close();
                event.getUI().access(() -> downloadBrokeOff(ready));
            }
        });
        download.setVisible(true);
    }

    private void failed(Throwable failure) {
        String message = BackgroundTask.said(failure);
        if (failure instanceof BusyException) {
            Problems.error(message);
        }
        showProblem(message);
    }

    private void downloadBrokeOff(PreparedExport broken) {
        if (prepared == broken) {
            prepared = null;
            download.setVisible(false);
            showProblem(getTranslation("export.download-broke-off"));
        }
    }

    /** The last export's file, kept until the next export, a broken download or the page closing. */
    Path file() {
        return prepared == null ? null : prepared.file();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        forgetFile();
    }

    private void showProblem(String message) {
        progress.setVisible(false);
        export.setEnabled(true);
        status.setText(message);
        status.addClassName("slant-problem");
    }

    private void showLabels() {
        if (project == null) {
            return;
        }
        Set<String> chosen = layers.getValue();
        labels.setItems(schema.layers(project.id()).stream()
                .filter(layer -> chosen.isEmpty() || chosen.contains(layer.name()))
                .flatMap(layer -> layer.labels().stream().map(LayerSchema.LabelSchema::name)).distinct().toList());
    }

    private void showSplits() {
        boolean splits = format.getValue() == ExportFormat.HF;
        for (var field : List.of(train, validation, test)) {
            field.setVisible(splits);
        }
        seed.setVisible(splits);
        showEmptySplits();
    }

    private ExportOptions.Splits splits() {
        return new ExportOptions.Splits(value(train), value(validation), value(test),
                seed.getValue() == null ? ExportOptions.Splits.DEFAULT.seed() : seed.getValue());
    }

    private void showEmptySplits() {
        if (project == null || format.getValue() != ExportFormat.HF) {
            emptySplits.setVisible(false);
            return;
        }
        ExportService.EmptySplits empty = exports.emptySplits(project.id(), splits());
        emptySplits.setVisible(!empty.splits().isEmpty());
        if (!empty.splits().isEmpty()) {
            List<String> names = empty.splits().stream().map(ExportView::splitName).toList();
            String which = ListFormatter.getInstance(ULocale.forLocale(getLocale())).format(names);
            emptySplits.setText(getTranslation("export.splits.empty",
                    Character.toUpperCase(which.charAt(0)) + which.substring(1), empty.groups(), names.size()));
        }
    }

    private void forgetFile() {
        if (prepared != null) {
            prepared.close();
            prepared = null;
        }
    }

    private static String describe(ExportFormat format) {
        return I18NProvider.translate(switch (format) {
            case JSONL -> "export.format.jsonl";
            case SPANS_CSV -> "export.format.spans-csv";
            case SPANS_PARQUET -> "export.format.spans-parquet";
            case CONLL -> "export.format.conll";
            case HF -> "export.format.hf";
            case PERSPECTIVIST -> "export.format.perspectivist";
        });
    }

    /** A split's name in a sentence, lower case in English ("validation and test"); the key's end is its id. */
    static String splitName(StorySplits.Split split) {
        return I18NProvider.translate("export.splits.name." + split.id());
    }

    private static NumberField share(String label) {
        NumberField field = new NumberField(label);
        field.setMin(0);
        field.setMax(1);
        field.setStep(0.05);
        field.setWidth("8rem");
        return field;
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static Div row(com.vaadin.flow.component.Component... components) {
        Div row = new Div(components);
        row.addClassName("slant-agreement-options");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.page-title", project == null ? getTranslation("export.project-fallback")
                : project.name());
    }
}
