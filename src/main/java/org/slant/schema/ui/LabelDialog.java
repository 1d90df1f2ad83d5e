package org.slant.schema.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaPresets;

/** Adds or edits a label: name, colour, the key that applies it, and what it means. */
class LabelDialog extends Dialog {

    final TextField name = new TextField(getTranslation("platform.common.name"));
    final Input colour = new Input();
    final TextField key = new TextField(getTranslation("schema.label.key"));
    final TextArea description = new TextArea(getTranslation("schema.common.description-for-annotators"));
    final Button save = new Button(getTranslation("platform.common.save"));

    /**
     * @param extra more buttons for an existing label (move, delete)
     */
    LabelDialog(LayerSchema layer, LabelSchema editing, Consumer<LabelDraft> saving, Button... extra) {
        setHeaderTitle(editing == null ? getTranslation("schema.label.new", layer.name())
                : getTranslation("schema.label.title", editing.name()));
        colour.setType("color");
        colour.setValue(editing != null ? editing.colour()
                : SchemaPresets.unusedColour(layer.labels().stream().map(LabelSchema::colour).toList()));
        colour.setId("label-colour");
        NativeLabel colourLabel = new NativeLabel(getTranslation("schema.label.colour"));
        colourLabel.setFor(colour);
        HorizontalLayout colourField = new HorizontalLayout(colourLabel, colour);
        colourField.setAlignItems(HorizontalLayout.Alignment.CENTER);
        key.setMaxLength(2);
        key.setWidth("6rem");
        key.setHelperText(getTranslation("schema.label.key-help"));
        if (editing != null) {
            name.setValue(editing.name());
            key.setValue(editing.key() == null ? "" : editing.key());
            description.setValue(editing.description());
        }
        name.setWidthFull();
        description.setWidthFull();
        FormLayout form = new FormLayout(name, colourField, key, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                saving.accept(new LabelDraft(name.getValue(), colour.getValue(), key.getValue(),
                        description.getValue()));
                close();
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.<String, HasValidation>of("name", name, "key", key));
            }
        });
        getFooter().add(extra);
        getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), save);
        setWidth("30rem");
    }
}
