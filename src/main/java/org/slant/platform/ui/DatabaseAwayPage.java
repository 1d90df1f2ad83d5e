package org.slant.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;
import org.slant.platform.DatabaseUnavailable;

/**
 * A page that could not be made because Slant's database is out of reach: said as such (503, not "Internal error"),
 * and loaded again every few seconds, so that it comes back by itself when the database does. Changes waiting in
 * the browser for an annotate view stay there and are sent once that view loads again.
 */
public abstract class DatabaseAwayPage extends RefusalPage implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("platform.database.title");
    }

    /** Fills the page in and asks the browser to load it again after a while; answers the HTTP status. */
    int away(BeforeEnterEvent event) {
        show(getTranslation("platform.database.heading"), getTranslation("platform.database.reason"),
                getTranslation("platform.database.advice", DatabaseUnavailable.retryAfterSeconds()));
        getElement().setAttribute("data-database-away", true);
        event.getUI().getPage().executeJs("setTimeout(() => window.location.reload(), $0)",
                DatabaseUnavailable.RETRY_AFTER.toMillis());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
