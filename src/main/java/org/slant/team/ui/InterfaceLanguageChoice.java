package org.slant.team.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slant.team.Accounts;
import org.slant.team.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Each new page of a signed-in user speaks the language they chose on their account page; without a choice, Vaadin
 * has already matched their browser's languages.
 */
@Component
class InterfaceLanguageChoice implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(InterfaceLanguageChoice.class);

    private final Accounts accounts;
    private final CurrentUser currentUser;

    InterfaceLanguageChoice(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (currentUser.id().isEmpty()) {
                return;
            }
            try {
                accounts.myInterfaceLanguage().ifPresent(init.getUI()::setLocale);
            } catch (DataAccessException away) {
                // the page itself will say that the database is away; the browser's language does till then
                log.debug("No interface language while the database is away: {}", away.toString());
            }
        });
    }
}
