package org.slant.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.team.Account;
import org.slant.team.Accounts;
import org.slant.team.SystemRole;

/** System admins manage the accounts: create, deactivate or activate, reset a password. */
@Route("users")
@PageTitle("Users · Slant")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final Accounts accounts;
    final Grid<Account> grid = new Grid<>();
    final Button create = new Button("New account", VaadinIcon.PLUS.create());

    public UsersView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("slant-page");
        setSizeFull();
        grid.addColumn(Account::username).setHeader("Username").setKey("username").setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader("Name").setKey("name").setFlexGrow(1);
        grid.addColumn(account -> account.systemRole() == SystemRole.ADMIN ? "Admin" : "User").setHeader("System role")
                .setKey("role").setAutoWidth(true);
        grid.addColumn(account -> account.active() ? "Active" : "Deactivated").setHeader("Status").setKey("status")
                .setAutoWidth(true);
        grid.addColumn(account -> DAY.format(account.createdAt())).setHeader("Created").setKey("created")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewAccountDialog().open());
        add(new HorizontalLayout(new H2("Users"), create), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Component actions(Account account) {
        Button active = new Button(account.active() ? "Deactivate" : "Activate", click -> run(() ->
                accounts.setActive(account.id(), !account.active())));
        active.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button("Reset password", click -> new PasswordDialog("New password for "
                + account.username(), password -> accounts.resetPassword(account.id(), password)).open());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(active, reset);
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            Problems.error(refused.getMessage() + ": " + refused.problems().getFirst().message());
        }
        refresh();
    }

    void refresh() {
        grid.setItems(accounts.accounts());
    }

    /** The form of a new account. */
    final class NewAccountDialog extends Dialog {

        final TextField username = new TextField("Username");
        final TextField displayName = new TextField("Name");
        final PasswordField password = new PasswordField("Password");
        final Checkbox admin = new Checkbox("System admin (manages users; sees every project)");

        NewAccountDialog() {
            setHeaderTitle("New account");
            password.setHelperText("At least 10 characters; tell it to its owner, who can change it.");
            VerticalLayout form = new VerticalLayout(username, displayName, password, admin);
            form.setPadding(false);
            add(form);
            Button save = new Button("Create", click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button("Cancel", click -> close()), save);
        }

        void save() {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("username", username,
                    "displayName", displayName, "password", password);
            try {
                accounts.create(username.getValue(), displayName.getValue(), password.getValue(),
                        admin.getValue() ? SystemRole.ADMIN : SystemRole.USER);
                close();
                refresh();
            } catch (InvalidInputException refused) {
                Problems.show(refused, fields);
            }
        }
    }
}
