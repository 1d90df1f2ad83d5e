package org.slant.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import java.util.function.Consumer;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;

/** Asks for a new password and hands it on; the service's refusals show at the field. */
public class PasswordDialog extends Dialog {

    final PasswordField password = new PasswordField(getTranslation("team.password.new"));

    /** @param title the dialog's title, in the reader's language */
    public PasswordDialog(String title, Consumer<String> change) {
        setHeaderTitle(title);
        password.setHelperText(getTranslation("team.password.length-help"));
        password.setWidthFull();
        add(password);
        Button save = new Button(getTranslation("team.password.set"), click -> {
            try {
                change.accept(password.getValue());
                close();
                Problems.success(getTranslation("team.password.was-set"));
            } catch (InvalidInputException refused) {
                Problems.show(refused, Map.of("password", password, "newPassword", password));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), save);
    }
}
