package org.slant.platform.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Refusal;

/** Shows what the services refused: each problem at its field, the rest in a notification. */
public final class Problems {

    private Problems() {
    }

    /** Clears earlier errors of the fields, then marks the fields the problems name. */
    public static void show(InvalidInputException refused, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        List<String> elsewhere = new ArrayList<>();
        for (Problem problem : refused.problems()) {
            HasValidation field = fields.get(problem.where());
            if (field != null) {
                field.setErrorMessage(problem.message(LocalFormats.locale()));
                field.setInvalid(true);
            } else {
                elsewhere.add(problem.where(LocalFormats.locale()) + ": " + problem.message(LocalFormats.locale()));
            }
        }
        if (!elsewhere.isEmpty()) {
            error(String.join("\n", elsewhere));
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** What a failure says to the reader: a rule's refusal in their language, anything else as it is. */
    public static String said(Throwable failure) {
        return failure instanceof Refusal refusal ? refusal.in(LocalFormats.locale()) : failure.getMessage();
    }

    /** A rule's refusal, in the reader's language. */
    public static void error(Refusal refused) {
        error(refused.in(LocalFormats.locale()));
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
