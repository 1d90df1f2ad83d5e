package org.slant.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slant.team.Account;
import org.slant.team.Accounts;
import org.slant.team.SystemRole;

/** The signed-in user's own account. */
@Route("account")
@PageTitle("Your account · Slant")
@PermitAll
public class AccountView extends VerticalLayout {

    final Paragraph who = new Paragraph();
    final Button changePassword = new Button("Change your password", VaadinIcon.KEY.create());

    public AccountView(Accounts accounts) {
        addClassName("slant-page");
        Account me = accounts.me();
        who.setText(me.displayName() + " (" + me.username() + ")" + (me.systemRole() == SystemRole.ADMIN
                ? ", system admin" : ""));
        changePassword.addClickListener(click -> new OwnPasswordDialog(accounts).open());
        add(new H2("Your account"), who, changePassword);
    }
}
