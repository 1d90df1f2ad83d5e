package org.slant.corpus.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.BiConsumer;
import org.slant.corpus.OutletDetails;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;

/** Adds or renames an outlet, with its leaning or other classification. */
class OutletDialog extends Dialog {

    final TextField name = new TextField(getTranslation("platform.common.name"));
    final TextField leaning = new TextField(getTranslation("corpus.outlet.leaning"));
    final Button save = new Button(getTranslation("platform.common.save"));

    OutletDialog(OutletDetails editing, BiConsumer<String, String> saving) {
        setHeaderTitle(editing == null ? getTranslation("corpus.outlet.new")
                : getTranslation("corpus.outlet.editing", editing.name()));
        if (editing != null) {
            name.setValue(editing.name());
            leaning.setValue(editing.leaning() == null ? "" : editing.leaning());
        }
        name.setWidthFull();
        leaning.setWidthFull();
        FormLayout form = new FormLayout(name, leaning);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                saving.accept(name.getValue(), leaning.getValue());
                close();
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.<String, HasValidation>of("name", name));
            }
        });
        getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), save);
        setWidth("28rem");
    }
}
