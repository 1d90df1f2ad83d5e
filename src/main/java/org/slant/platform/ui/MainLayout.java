package org.slant.platform.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame shared by every signed-in view: the app bar, the navigation drawer and the account controls. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span brand = new Span("Slant");
        brand.addClassName("slant-brand");

        // by path: the account page belongs to the team feature, which builds on this one
        Anchor user = new Anchor("account", authentication.getPrincipalName().orElse(""));
        user.getElement().setAttribute("router-link", true);
        user.getElement().setAttribute("title", getTranslation("platform.nav.account"));
        user.addClassName("slant-user");
        Button tokens = new Button(getTranslation("platform.nav.tokens"), VaadinIcon.KEY.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("account/tokens")));
        tokens.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(getTranslation("platform.nav.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(brand, user, tokens, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(brand);
        bar.addClassName("slant-navbar");
        addToNavbar(new DrawerToggle(), bar);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem(getTranslation("platform.nav.projects"), "",
                VaadinIcon.FOLDER_OPEN_O.create()));
        if (authentication.hasRole("ADMIN")) {
            navigation.addItem(new SideNavItem(getTranslation("platform.nav.users"), "users",
                    VaadinIcon.USERS.create()));
        }
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }
}
