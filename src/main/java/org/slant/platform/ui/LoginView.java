package org.slant.platform.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slant.platform.DatabaseUnavailable;
import org.slant.platform.LoginLockedException;
import org.springframework.security.web.WebAttributes;

/** Where everyone starts: user name and password, checked against the accounts in the database. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("slant-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1("Slant");
        Paragraph tagline = new Paragraph(getTranslation("platform.brand.tagline"));
        tagline.addClassName("slant-tagline");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts());
        add(title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        Object failure = failed ? lastFailure() : null;
        if (failure instanceof LoginLockedException locked) {
            login.showErrorMessage(getTranslation("platform.login.locked-title"), locked.in(getLocale()) + ".");
        } else if (failure instanceof Throwable away && DatabaseUnavailable.caused(away)) {
            // not a wrong password: the password could not be checked
            login.showErrorMessage(getTranslation("platform.login.database-title"),
                    getTranslation("platform.login.database"));
        } else {
            login.setError(failed);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.login.title");
    }

    /** The form's own texts (Vaadin's are English) in the reader's language. */
    private LoginI18n texts() {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form form = texts.getForm();
        form.setTitle(getTranslation("platform.login.form-title"));
        form.setUsername(getTranslation("platform.login.username"));
        form.setPassword(getTranslation("platform.login.password"));
        form.setSubmit(getTranslation("platform.login.submit"));
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setTitle(getTranslation("platform.login.wrong-title"));
        error.setMessage(getTranslation("platform.login.wrong"));
        return texts;
    }

    /** Spring Security's form log-in keeps why the last attempt failed in the session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
