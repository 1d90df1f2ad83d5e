package org.slant.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.slant.corpus.ProjectDeletion.WhatGoes;

/**
 * Confirms a project's deletion: names everything that goes, for everyone, and asks for the project's name typed
 * out, so that neither a slip of the mouse nor Enter pressed too soon deletes a study.
 */
class DeleteProjectDialog extends Dialog {

    final UnorderedList whatGoes = new UnorderedList();
    final TextField typedName = new TextField();
    final Button delete = new Button("Delete this project");

    DeleteProjectDialog(WhatGoes what, Runnable deleting) {
        setHeaderTitle("Delete project " + what.projectName() + "?");
        what.parts().forEach(part -> whatGoes.add(new ListItem(part)));
        Paragraph intro = new Paragraph("This deletes, for every member:");
        Paragraph cannotUndo = new Paragraph("It cannot be undone. An archive of the project (Archive tab) can be "
                + "imported again; download one first if you may want the project back.");
        typedName.setLabel("Type the project's name to confirm");
        typedName.setPlaceholder(what.projectName());
        typedName.setWidthFull();
        typedName.setValueChangeMode(ValueChangeMode.EAGER);
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        typedName.addValueChangeListener(change -> delete.setEnabled(what.projectName().equals(change.getValue())));
        delete.addClickListener(click -> {
            close();
            deleting.run();
        });
        Button cancel = new Button("Cancel", click -> close());
        add(intro, whatGoes, cannotUndo, typedName);
        getFooter().add(cancel, delete);
        setWidth("34rem");
        setMaxWidth("95vw");
        addOpenedChangeListener(opened -> typedName.focus());
    }
}
