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
    final Button delete = new Button(getTranslation("corpus.delete.confirm"));

    DeleteProjectDialog(WhatGoes what, Runnable deleting) {
        setHeaderTitle(getTranslation("corpus.delete.title", what.projectName()));
        what.parts(getLocale()).forEach(part -> whatGoes.add(new ListItem(part)));
        Paragraph intro = new Paragraph(getTranslation("corpus.delete.intro"));
        Paragraph cannotUndo = new Paragraph(getTranslation("corpus.delete.cannot-undo"));
        typedName.setLabel(getTranslation("corpus.delete.type-name"));
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
        Button cancel = new Button(getTranslation("platform.common.cancel"), click -> close());
        add(intro, whatGoes, cannotUndo, typedName);
        getFooter().add(cancel, delete);
        setWidth("34rem");
        setMaxWidth("95vw");
        addOpenedChangeListener(opened -> typedName.focus());
    }
}
