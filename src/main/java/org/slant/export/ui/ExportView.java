package org.slant.export.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.slant.platform.ForbiddenException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.ProjectTabs;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Exports a dataset (docs/formats.md): the options, then the export runs in the background with a progress bar,
 * and its file is offered for download when ready. Annotators of blind projects may export only their own work.
 */
@Route("projects/:projectId/export")
@PermitAll
@StyleSheet("styles/agreement.css")
public class ExportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 400;

    private final CorpusService corpus;
    private final SchemaService schema;
    private final Memberships memberships;
    private final ExportService exports;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.EXPORT);

    final Select<ExportFormat> format = new Select<>();
    final MultiSelectComboBox<String> layers = new MultiSelectComboBox<>("Layers");
    final MultiSelectComboBox<String> labels = new MultiSelectComboBox<>("Labels");
    final MultiSelectComboBox<Member> annotators = new MultiSelectComboBox<>("Annotators");
    final Checkbox onlyDone = new Checkbox("Only work marked done", true);
    final Select<ExportOptions.LabelSource> source = new Select<>();
    final Select<ExportOptions.Hygiene> hygiene = new Select<>();
    final Select<String> hygieneLayer = new Select<>();
    final NumberField train = share("Train");
    final NumberField validation = share("Validation");
    final NumberField test = share("Test");
    final IntegerField seed = new IntegerField("Seed");
    final Checkbox usernames = new Checkbox("Name annotators by username (otherwise stable pseudonyms)");
    final Button export = new Button("Export");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Anchor download = new Anchor();
    /** Where exports run; tests run them on the spot. */
    Executor executor = runnable -> Thread.ofVirtual().name("slant-export").start(runnable);
    private ProjectSummary project;
    private Path file;

    public ExportView(CorpusService corpus, SchemaService schema, Memberships memberships, ExportService exports) {
        this.corpus = corpus;
        this.schema = schema;
        this.memberships = memberships;
        this.exports = exports;
        addClassNames("slant-page", "slant-export");
        setWidthFull();
        Paragraph intro = new Paragraph("A dataset for training and evaluating models: every format comes as a zip "
                + "with a manifest (counts, options, SHA-256 of each file). Offsets are Unicode code points. "
                + "Formats and rules: docs/formats.md.");
        intro.addClassName("slant-chart-caption");
        format.setLabel("Format");
        // the formats this installation writes, in their order
        format.setItems(java.util.Arrays.stream(ExportFormat.values()).filter(exports.formats()::contains).toList());
        format.setItemLabelGenerator(ExportView::describe);
        format.setValue(ExportFormat.JSONL);
        format.setWidth("30rem");
        format.addValueChangeListener(change -> showSplits());
        source.setLabel("Labels from");
        source.setItems(ExportOptions.LabelSource.ANNOTATORS, ExportOptions.LabelSource.MAJORITY);
        source.setItemLabelGenerator(choice -> choice == ExportOptions.LabelSource.MAJORITY
                ? "Majority vote (more than half, exactly)" : "Each annotator");
        source.setValue(ExportOptions.LabelSource.ANNOTATORS);
        source.setWidth("18rem");
        hygiene.setLabel("Page furniture");
        hygiene.setItems(ExportOptions.Hygiene.values());
        hygiene.setItemLabelGenerator(choice -> switch (choice) {
            case KEEP -> "Keep the text as it is";
            case MASK -> "Mask it (spaces; offsets unchanged)";
            case DROP -> "Drop it (offsets moved)";
        });
        hygiene.setValue(ExportOptions.Hygiene.KEEP);
        hygiene.setWidth("18rem");
        hygiene.addValueChangeListener(change -> hygieneLayer.setEnabled(change.getValue()
                != ExportOptions.Hygiene.KEEP));
        hygieneLayer.setLabel("Furniture layer");
        hygieneLayer.setEnabled(false);
        seed.setValue((int) ExportOptions.Splits.DEFAULT.seed());
        train.setValue(ExportOptions.Splits.DEFAULT.train());
        validation.setValue(ExportOptions.Splits.DEFAULT.validation());
        test.setValue(ExportOptions.Splits.DEFAULT.test());
        layers.setPlaceholder("All layers");
        labels.setPlaceholder("All labels");
        annotators.setPlaceholder("Everyone");
        annotators.setItemLabelGenerator(member -> member.displayName() + " (" + member.username() + ")");
        layers.addValueChangeListener(change -> showLabels());
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickListener(click -> start());
        progress.setVisible(false);
        download.setVisible(false);
        download.getElement().setAttribute("download", true);
        Div what = row(format, source, onlyDone);
        Div which = row(layers, labels, annotators);
        Div text = row(hygiene, hygieneLayer, usernames);
        Div splits = row(train, validation, test, seed);
        splits.addClassName("slant-export-splits");
        add(header, intro, what, which, text, splits, export, progress, status, download);
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
        if (corpus.seesEveryonesWork(project.id())) {
            annotators.setItems(members);
        } else {
            // an annotator exports their own work (in blind projects nothing else is theirs to see)
            String me = SecurityContextHolder.getContext().getAuthentication().getName();
            List<Member> self = members.stream().filter(member -> member.username().equalsIgnoreCase(me)).toList();
            annotators.setItems(self);
            annotators.setValue(self);
            annotators.setReadOnly(true);
            source.setReadOnly(true);
        }
        showLabels();
    }

    /** The options as chosen; the export checks them (and who may ask) before writing anything. */
    ExportOptions options() {
        return new ExportOptions(format.getValue(), layers.getValue(), labels.getValue(),
                annotators.getValue().stream().map(Member::userId).collect(Collectors.toSet()), onlyDone.getValue(),
                source.getValue(), hygiene.getValue(),
                hygieneLayer.getValue() == null ? ExportOptions.DEFAULT_HYGIENE_LAYER : hygieneLayer.getValue(),
                new ExportOptions.Splits(value(train), value(validation), value(test),
                        seed.getValue() == null ? ExportOptions.Splits.DEFAULT.seed() : seed.getValue()),
                usernames.getValue());
    }

    private void start() {
        ExportOptions options = options();
        String name;
        try {
            name = exports.fileName(project.id(), options, false);
        } catch (InvalidInputException | ForbiddenException refused) {
            showProblem(refused.getMessage());
            return;
        }
        UI ui = UI.getCurrent();
        UUID projectId = project.id();
        long documents = Math.max(1, corpus.projectDetails(projectId).documents());
        export.setEnabled(false);
        download.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        status.removeClassName("slant-problem");
        status.setText("Exporting…");
        ui.setPollInterval(POLL_MILLIS);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                Path written = Files.createTempFile("slant-export-", ".zip");
                ExportManifest manifest;
                try (OutputStream out = Files.newOutputStream(written)) {
                    manifest = exports.export(projectId, options, out, done -> ui.access(() ->
                            progress.setValue(Math.min(1.0, done / (double) documents))));
                }
                ui.access(() -> ready(written, name, manifest));
            } catch (IOException | RuntimeException failed) {
                ui.access(() -> showProblem("The export failed: " + failed.getMessage()));
            }
        }));
    }

    private void ready(Path written, String name, ExportManifest manifest) {
        forgetFile();
        file = written;
        progress.setValue(1);
        progress.setVisible(false);
        export.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
        ExportManifest.Counts counts = manifest.counts();
        status.setText("Ready: " + counted(counts.documents(), "documents") + ", " + counted(counts.spans(), "spans")
                + ", " + counted(counts.answers(), "answers") + " from " + counted(counts.annotators(), "annotators")
                + ".");
        long bytes = written.toFile().length();
        download.setText("Download " + name + " (" + Math.max(1, bytes / 1024) + " KB)");
        download.setHref((DownloadHandler) event -> {
            event.setFileName(name);
            event.setContentType("application/zip");
            Files.copy(written, event.getOutputStream());
        });
        download.setVisible(true);
    }

    /** The last export's file, kept until the next export or the end of the session's view. */
    Path file() {
        return file;
    }

    private void showProblem(String message) {
        progress.setVisible(false);
        export.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
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
    }

    private void forgetFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String describe(ExportFormat format) {
        return switch (format) {
            case JSONL -> "jsonl: a document per line, every annotator's spans and answers";
            case SPANS_CSV -> "spans-csv: a span per row";
            case SPANS_PARQUET -> "spans-parquet: a span per row, Parquet";
            case CONLL -> "conll: BIO tags per token";
            case HF -> "hf: train / validation / test by story, with a dataset card";
            case PERSPECTIVIST -> "perspectivist: each annotator's labels, soft labels, profiles";
        };
    }

    private static String counted(long count, String plural) {
        return count + " " + (count == 1 ? plural.substring(0, plural.length() - 1) : plural);
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
        return "Export · " + (project == null ? "Project" : project.name()) + " · Slant";
    }
}
