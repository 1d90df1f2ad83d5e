package org.slant.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.platform.LoginLockedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.CannotCreateTransactionException;

/** What the log-in page says after a refused attempt; Spring Security leaves the reason in the session. */
@SlantSpringTest
class LoginViewTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void start() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void aLockedUserNameIsToldWhenToTryAgain() {
        refused(new LoginLockedException(Duration.ofMinutes(12)));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Too many failed attempts; try again in 12 minutes.");
    }

    @Test
    void aWrongPasswordGetsTheUsualMessage() {
        refused(new BadCredentialsException("Bad credentials"));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).doesNotContain("Too many");
    }

    @Test
    void aPasswordThatCouldNotBeCheckedIsNotCalledWrong() {
        refused(new InternalAuthenticationServiceException("Could not open JPA EntityManager for transaction",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Slant cannot reach its database at the moment, so your password could not be checked");
    }

    private static void refused(Exception reason) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, reason);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
    }
}
