package org.slant.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.slant.platform.ui.Problems;
import org.slant.team.CreatedAccessToken;

/** Shows a new token's secret, the only time it can be seen, with a button to copy it. */
class NewTokenDialog extends Dialog {

    final TextField token = new TextField();
    final Button copy = new Button(getTranslation("team.new-token.copy"), VaadinIcon.COPY.create());
    final Button done = new Button(getTranslation("team.new-token.done"));

    NewTokenDialog(CreatedAccessToken created) {
        setHeaderTitle(getTranslation("team.new-token.title", created.name()));
        Paragraph warning = new Paragraph(getTranslation("team.new-token.warning"));
        token.setValue(created.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.setAriaLabel(getTranslation("team.new-token.aria-label"));
        String copiedText = getTranslation("team.new-token.copied");
        String notCopiedText = getTranslation("team.new-token.not-copied");
        // the clipboard is open to pages served over HTTPS or from localhost only
        copy.addClickListener(click -> copy.getElement().executeJs("return navigator.clipboard.writeText($0)",
                created.token()).then(copied -> Problems.success(copiedText),
                        failed -> Problems.error(notCopiedText)));
        HorizontalLayout secret = new HorizontalLayout(token, copy);
        secret.setWidthFull();
        secret.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(warning, secret);
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> close());
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("40rem");
    }
}
