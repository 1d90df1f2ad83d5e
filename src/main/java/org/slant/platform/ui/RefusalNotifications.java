package org.slant.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.slant.platform.DatabaseUnavailable;
import org.slant.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Whatever a click or a choice in the web UI ends in, the person is told: a rule that said no (a {@link Refusal})
 * in its own words, the database out of reach as such, anything else as "something went wrong" while the details go
 * to the log. Vaadin's default would only log, leaving the person to wonder whether anything happened.
 */
@Component
class RefusalNotifications implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(RefusalNotifications.class);
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (DisconnectedClientHelper.isClientDisconnectedException(event.getThrowable())) {
            // a reload or a closed tab cut the response off: nothing failed, and no one is left to tell
            log.debug("The browser went away during a response: {}", event.getThrowable().toString());
            return;
        }
        Optional<Refusal> refusal = refusal(event.getThrowable());
        boolean databaseAway = refusal.isEmpty() && DatabaseUnavailable.caused(event.getThrowable());
        if (refusal.isPresent()) {
            log.debug("Refused in the web UI: {}", refusal.get().getMessage());
        } else if (databaseAway) {
            log.warn("The database cannot be reached: {}", event.getThrowable().toString());
        } else {
            log.error("Unexpected error in the web UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null && VaadinSession.getCurrent() != null && VaadinSession.getCurrent().hasLock()) {
            Problems.error(refusal.map(found -> I18NProvider.translate("platform.error.not-done",
                            found.in(LocalFormats.locale())))
                    .orElseGet(() -> I18NProvider.translate(databaseAway ? "platform.database.not-changed"
                            : "platform.error.something")));
        }
    }

    /** The rule behind a failure, however deeply the framework wrapped it. */
    static Optional<Refusal> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
