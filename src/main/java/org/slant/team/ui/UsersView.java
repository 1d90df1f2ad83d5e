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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import org.slant.team.Account;
import org.slant.team.Accounts;
import org.slant.team.SystemRole;

/** System admins manage the accounts: create, deactivate or activate, reset a password. */
@Route("users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Accounts accounts;
    final Grid<Account> grid = new Grid<>();
    final Button create = new Button(getTranslation("team.users.new-account"), VaadinIcon.PLUS.create());

    public UsersView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("slant-page");
        setSizeFull();
        grid.addColumn(Account::username).setHeader(getTranslation("team.users.username")).setKey("username")
                .setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("platform.common.name")).setKey("name")
                .setFlexGrow(1);
        grid.addColumn(account -> getTranslation(account.systemRole() == SystemRole.ADMIN ? "team.users.role.admin"
                : "team.users.role.user")).setHeader(getTranslation("team.users.role")).setKey("role")
                .setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.active() ? "team.users.status.active"
                : "team.users.status.deactivated")).setHeader(getTranslation("team.users.status")).setKey("status")
                .setAutoWidth(true);
        grid.addColumn(account -> LocalFormats.date(LocalDate.ofInstant(account.createdAt(), ZoneOffset.UTC)))
                .setHeader(getTranslation("team.users.created")).setKey("created").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewAccountDialog().open());
        add(new HorizontalLayout(new H2(getTranslation("team.users.title")), create), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Component actions(Account account) {
        Button active = new Button(getTranslation(account.active() ? "team.users.deactivate"
                : "team.users.activate"), click -> run(() ->
                accounts.setActive(account.id(), !account.active())));
        active.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(getTranslation("team.users.reset-password"), click -> new PasswordDialog(
                getTranslation("team.users.new-password-for", account.username()),
                password -> accounts.resetPassword(account.id(), password)).open());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(active, reset);
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            Problems.error(Problems.said(refused) + ": "
                    + refused.problems().getFirst().message(LocalFormats.locale()));
        }
        refresh();
    }

    void refresh() {
        grid.setItems(accounts.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.users.page-title");
    }

    /** The form of a new account. */
    final class NewAccountDialog extends Dialog {

        final TextField username = new TextField(getTranslation("team.users.username"));
        final TextField displayName = new TextField(getTranslation("platform.common.name"));
        final PasswordField password = new PasswordField(getTranslation("team.users.password"));
        final Checkbox admin = new Checkbox(getTranslation("team.users.admin"));

        NewAccountDialog() {
            setHeaderTitle(getTranslation("team.users.new-account"));
            password.setHelperText(getTranslation("team.users.password-help"));
            VerticalLayout form = new VerticalLayout(username, displayName, password, admin);
            form.setPadding(false);
            add(form);
            Button save = new Button(getTranslation("team.users.create"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("platform.common.cancel"), click -> close()), save);
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
