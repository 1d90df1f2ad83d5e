package org.slant.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessResourceFailureException;

/** A connection to the database broke while the page was being made (the server stopped or was killed). */
@AnonymousAllowed
public class DatabaseConnectionLostPage extends DatabaseAwayPage
        implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event,
            ErrorParameter<DataAccessResourceFailureException> parameter) {
        return away(event);
    }
}
