package org.slant.schema.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;

/** Adds or edits a layer; the kind can be chosen only when the layer is new. */
class LayerDialog extends Dialog {

    final TextField name = new TextField(getTranslation("platform.common.name"));
    final RadioButtonGroup<LayerKind> kind = new RadioButtonGroup<>(getTranslation("schema.layer.kind"));
    final Checkbox overlapAllowed = new Checkbox(getTranslation("schema.layer.overlap-allowed"), true);
    final Checkbox ordered = new Checkbox(getTranslation("schema.layer.ordered"));
    final TextArea description = new TextArea(getTranslation("platform.common.description"));
    final Button save = new Button(getTranslation("platform.common.save"));

    LayerDialog(LayerSchema editing, Consumer<LayerDraft> saving) {
        setHeaderTitle(editing == null ? getTranslation("schema.layer.new")
                : getTranslation("schema.layer.title", editing.name()));
        kind.setItems(LayerKind.values());
        kind.setItemLabelGenerator(value -> value == LayerKind.SPAN ? getTranslation("schema.layer.kind.span")
                : getTranslation("schema.layer.kind.document"));
        kind.setValue(LayerKind.SPAN);
        if (editing != null) {
            name.setValue(editing.name());
            kind.setValue(editing.kind());
            kind.setReadOnly(true);
            overlapAllowed.setValue(editing.overlapAllowed());
            ordered.setValue(editing.ordered());
            description.setValue(editing.description());
        }
        name.setWidthFull();
        description.setWidthFull();
        FormLayout form = new FormLayout(name, kind, overlapAllowed, ordered, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                saving.accept(new LayerDraft(name.getValue(), kind.getValue(), overlapAllowed.getValue(),
                        ordered.getValue(), description.getValue()));
                close();
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.<String, HasValidation>of("name", name));
            }
        });
        getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), save);
        setWidth("32rem");
    }
}
