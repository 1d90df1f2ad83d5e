package org.slant.platform.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.function.Consumer;
import org.slant.platform.ConfirmationRequiredException;
import org.slant.platform.InvalidInputException;

/**
 * Runs a change that may need the user's confirmation: first unconfirmed; if the service says it would alter
 * annotations, a dialog tells how many, and only "Yes" runs it again, confirmed.
 */
public final class Confirmations {

    private Confirmations() {
    }

    /** @param change runs the change; its argument says whether the user has confirmed */
    public static void run(String title, Consumer<Boolean> change, Runnable afterwards) {
        try {
            change.accept(false);
            afterwards.run();
        } catch (ConfirmationRequiredException needed) {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(title);
            dialog.setText(Problems.said(needed));
            dialog.setCancelable(true);
            dialog.setConfirmText(I18NProvider.translate("platform.confirm.yes", needed.affectedAnnotations()));
            dialog.setCancelText(I18NProvider.translate("platform.common.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirmed -> {
                try {
                    change.accept(true);
                    afterwards.run();
                } catch (InvalidInputException refused) {
                    Problems.error(refused);
                }
            });
            dialog.open();
        } catch (InvalidInputException refused) {
            Problems.error(refused);
        }
    }
}
