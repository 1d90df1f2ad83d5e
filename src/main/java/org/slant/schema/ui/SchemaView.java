package org.slant.schema.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaPreset;
import org.slant.schema.SchemaPresets;
import org.slant.schema.SchemaService;

/** The schema editor: the project's layers with their labels and attributes, and the presets to add. */
@Route("projects/:projectId/schema")
@PermitAll
public class SchemaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final SchemaService schema;
    private final SchemaEditor editor;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.SCHEMA);
    final VerticalLayout layers = new VerticalLayout();
    final ComboBox<SchemaPreset> preset = new ComboBox<>();
    final HorizontalLayout toolbar = new HorizontalLayout();
    private ProjectSummary project;
    /** Whether the caller may change the schema (a manager); others read it. */
    private boolean managing;

    public SchemaView(CorpusService corpus, SchemaService schema, SchemaEditor editor) {
        this.corpus = corpus;
        this.schema = schema;
        this.editor = editor;
        addClassName("slant-page");
        setWidthFull();

        Button addLayer = new Button(getTranslation("schema.view.add-layer"), VaadinIcon.PLUS.create(),
                click -> new LayerDialog(null, draft -> {
                    editor.addLayer(project.id(), draft);
                    refresh();
                }).open());
        addLayer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preset.setItems(SchemaPresets.all());
        preset.setItemLabelGenerator(SchemaPreset::title);
        preset.setPlaceholder(getTranslation("schema.view.preset-placeholder"));
        preset.setWidth("22rem");
        Button addPreset = new Button(getTranslation("platform.common.add"), click -> addPreset());
        toolbar.add(addLayer, preset, addPreset);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        layers.setPadding(false);
        add(header, toolbar, layers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.project(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        managing = corpus.canChange(project.id());
        header.show(project.id(), project.name(), managing, corpus.seesEveryonesWork(project.id()));
        toolbar.setVisible(managing);
        refresh();
    }

    void refresh() {
        List<LayerSchema> current = schema.layers(project.id());
        layers.removeAll();
        current.forEach(layer -> layers.add(new LayerCard(layer, current.size(), editor, this::refresh, managing)));
        if (current.isEmpty()) {
            layers.add(new Paragraph(getTranslation(managing ? "schema.view.empty-managing"
                    : "schema.view.empty-reading")));
        }
    }

    private void addPreset() {
        if (preset.getValue() == null) {
            return;
        }
        try {
            SchemaService.PresetAdded added = schema.addPreset(project.id(), preset.getValue());
            Problems.success(added.keysLeftOff().isEmpty()
                    ? getTranslation("schema.view.preset-added", preset.getValue().title())
                    : getTranslation("schema.view.preset-added-keys-left-off", preset.getValue().title(),
                            String.join("; ", added.keysLeftOff())));
            preset.clear();
            refresh();
        } catch (InvalidInputException refused) {
            Problems.error(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schema.view.page-title", project == null
                ? getTranslation("schema.view.project-fallback") : project.name());
    }
}
