package org.slant.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLTransientConnectionException;

/** No connection to the database within the pool's time-out: it is stopped, restarting, or the network is gone. */
@AnonymousAllowed
public class DatabaseTimeoutPage extends DatabaseAwayPage
        implements HasErrorParameter<SQLTransientConnectionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        return away(event);
    }
}
