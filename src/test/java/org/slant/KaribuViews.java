package org.slant;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.slant.platform.InterfaceLanguages;
import org.slant.platform.ui.Translations;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs Slant's views in Karibu's browserless Vaadin, inside the Spring application, as a signed-in user. Spring
 * Security's servlet filter does not run there, so the user is put into the security context and the fake request
 * by hand.
 */
public final class KaribuViews {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.slant");

    private KaribuViews() {
    }

    /** Signs in with a browser that asks for British English. */
    public static void signInAndStart(ApplicationContext context, String username, String... roles) {
        signInAndStart(context, Translations.ENGLISH, username, roles);
    }

    /** Signs in with a browser that asks for the given language first. */
    public static void signInAndStart(ApplicationContext context, Locale browser, String username,
            String... roles) {
        Authentication user = UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(roles).stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        SecurityContextHolder.getContext().setAuthentication(user);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(user);
            request.setUserInRole((principal, role) -> List.of(roles).contains(role));
            request.setLocaleInt(browser);
            return request;
        });
        // as Vaadin does for a new session: the browser's best language among Slant's, before the UI's listeners
        Locale matched = InterfaceLanguages.forBrowser(browser);
        Function0<UI> uiFactory = () -> {
            UI ui = new UI();
            ui.setLocale(matched);
            return ui;
        };
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Switches the signed-in user's interface to German, as their browser or their account's choice would. */
    public static void inGerman() {
        UI.getCurrent().setLocale(Translations.GERMAN);
    }

    public static void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
