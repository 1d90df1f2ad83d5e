package org.slant.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.team.Accounts;

/** Everyone changes their own password here, given the current one. */
public class OwnPasswordDialog extends Dialog {

    final PasswordField current = new PasswordField(getTranslation("team.password.current"));
    final PasswordField replacement = new PasswordField(getTranslation("team.password.new"));

    public OwnPasswordDialog(Accounts accounts) {
        setHeaderTitle(getTranslation("team.password.change-own"));
        replacement.setHelperText(getTranslation("team.password.length-help"));
        VerticalLayout form = new VerticalLayout(current, replacement);
        form.setPadding(false);
        add(form);
        Button save = new Button(getTranslation("team.password.change"), click -> {
            try {
                accounts.changeOwnPassword(current.getValue(), replacement.getValue());
                close();
                Problems.success(getTranslation("team.password.changed"));
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.of("currentPassword", current, "newPassword", replacement));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), save);
    }
}
