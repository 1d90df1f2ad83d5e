package org.slant.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import jakarta.servlet.http.HttpServletResponse;
import org.slant.platform.DatabaseUnavailable;

/**
 * A page that could not be made because Slant's database is out of reach: said as such (503, not "Internal error"),
 * and loaded again every few seconds, so that it comes back by itself when the database does. Changes waiting in
 * the browser for an annotate view stay there and are sent once that view loads again.
 */
@PageTitle("Database unavailable · Slant")
public abstract class DatabaseAwayPage extends RefusalPage {

    /** Fills the page in and asks the browser to load it again after a while; answers the HTTP status. */
    int away(BeforeEnterEvent event) {
        show("Database unavailable", "Slant cannot reach its database at the moment",
                "This page loads again by itself every " + DatabaseUnavailable.retryAfterSeconds() + " seconds. "
                        + "Changes you made that were not saved yet wait in this browser and are sent when the "
                        + "document opens again.");
        getElement().setAttribute("data-database-away", true);
        event.getUI().getPage().executeJs("setTimeout(() => window.location.reload(), $0)",
                DatabaseUnavailable.RETRY_AFTER.toMillis());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
