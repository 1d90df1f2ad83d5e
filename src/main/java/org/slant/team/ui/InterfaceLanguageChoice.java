package org.slant.team.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.slant.platform.DatabaseUnavailable;
import org.slant.team.Accounts;
import org.slant.team.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each new page of a signed-in user speaks the language they chose on their account page; without a choice, Vaadin
 * has already matched their browser's languages. The choice is read once per session and kept there, so that a page
 * costs no query, and a page made while the database is away (which says so) is not held up by one.
 */
@Component
class InterfaceLanguageChoice implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(InterfaceLanguageChoice.class);
    private static final String CHOSEN = InterfaceLanguageChoice.class.getName() + ".chosen";

    private final Accounts accounts;
    private final CurrentUser currentUser;

    InterfaceLanguageChoice(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> chosen(init.getUI().getSession())
                .ifPresent(init.getUI()::setLocale));
    }

    /** Keeps a new choice in the session, for the pages still to come in it. */
    static void remember(VaadinSession session, Optional<Locale> choice) {
        session.setAttribute(CHOSEN, choice);
    }

    @SuppressWarnings("unchecked")
    private Optional<Locale> chosen(VaadinSession session) {
        if (session.getAttribute(CHOSEN) instanceof Optional<?> known) {
            return (Optional<Locale>) known;
        }
        try {
            if (currentUser.id().isEmpty()) {
                return Optional.empty();
            }
            Optional<Locale> choice = accounts.myInterfaceLanguage();
            remember(session, choice);
            return choice;
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.caused(failure)) {
                throw failure;
            }
            // the page itself will say that the database is away; the browser's language does till then
            log.debug("No interface language while the database is away: {}", failure.toString());
            return Optional.empty();
        }
    }
}
