package org.slant.schema.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.corpus.ProjectSettings;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.schema.ProjectSetup;
import org.slant.schema.SchemaPreset;
import org.slant.schema.SchemaPresets;

/** Starting a study: the project's settings and the annotation schemes to begin with. */
@Route("projects/new")
@PermitAll
public class NewProjectView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField(getTranslation("platform.common.name"));
    final TextArea description = new TextArea(getTranslation("platform.common.description"));
    final IntegerField annotatorsPerDocument = new IntegerField(
            getTranslation("schema.new-project.annotators-per-document"));
    final Checkbox blind = new Checkbox(getTranslation("schema.new-project.blind"), true);
    final Checkbox snapToWords = new Checkbox(getTranslation("schema.new-project.snap-to-words"), true);
    final CheckboxGroup<SchemaPreset> presets = new CheckboxGroup<>(getTranslation("schema.new-project.presets"));
    final Button create = new Button(getTranslation("schema.new-project.create"));

    public NewProjectView(ProjectSetup setup) {
        addClassName("slant-page");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ProjectSettings.MAX_NAME_LENGTH);
        description.setWidthFull();
        annotatorsPerDocument.setValue(1);
        annotatorsPerDocument.setMin(1);
        annotatorsPerDocument.setMax(ProjectSettings.MAX_ANNOTATORS_PER_DOCUMENT);
        annotatorsPerDocument.setStepButtonsVisible(true);
        presets.setItems(SchemaPresets.all());
        presets.setItemLabelGenerator(preset -> preset.title() + ": " + preset.layers().stream()
                .map(SchemaPreset.LayerSpec::name).collect(Collectors.joining(", ")));
        presets.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        presets.setHelperText(getTranslation("schema.new-project.presets-help"));

        FormLayout form = new FormLayout(name, annotatorsPerDocument, description, blind, snapToWords, presets);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setColspan(presets, 2);
        form.setMaxWidth("60rem");

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            Integer k = annotatorsPerDocument.getValue();
            try {
                UUID id = setup.create(new ProjectSettings(name.getValue(), description.getValue(), "",
                        k == null ? 0 : k, blind.getValue(), snapToWords.getValue()),
                        presets.getSelectedItems().stream().sorted((a, b) -> Integer.compare(
                                SchemaPresets.all().indexOf(a), SchemaPresets.all().indexOf(b)))
                                .map(SchemaPreset::id).toList());
                getUI().ifPresent(ui -> ui.navigate("projects/" + id));
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.<String, HasValidation>of("name", name,
                        "annotatorsPerDocument", annotatorsPerDocument, "presets", presets));
            }
        });
        add(new H2(getTranslation("schema.new-project.title")), form, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schema.new-project.page-title");
    }
}
