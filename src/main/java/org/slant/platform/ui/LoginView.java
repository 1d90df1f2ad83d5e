package org.slant.platform.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slant.platform.DatabaseUnavailable;
import org.slant.platform.LoginLockedException;
import org.springframework.security.web.WebAttributes;

/** Where everyone starts: user name and password, checked against the accounts in the database. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Slant")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("slant-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1("Slant");
        Paragraph tagline = new Paragraph("Span annotation for media-bias research");
        tagline.addClassName("slant-tagline");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        Object failure = failed ? lastFailure() : null;
        if (failure instanceof LoginLockedException locked) {
            login.showErrorMessage("Log-in refused for now", locked.getMessage() + ".");
        } else if (failure instanceof Throwable away && DatabaseUnavailable.caused(away)) {
            // not a wrong password: the password could not be checked
            login.showErrorMessage("Database unavailable", "Slant cannot reach its database at the moment, so "
                    + "your password could not be checked. Try again in a few seconds.");
        } else {
            login.setError(failed);
        }
    }

    /** Spring Security's form log-in keeps why the last attempt failed in the session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
