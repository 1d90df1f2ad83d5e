package org.slant.team.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.team.AccessTokens;
import org.slant.team.Accounts;
import org.slant.team.SystemRole;
import org.slant.team.TestAccounts;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The accounts page, the access tokens and the password dialogs for a German reader. */
@SlantSpringTest
class TeamViewsInGermanTest {

    /** 5 December 2026, 14:03 UTC */
    private static final Instant MOMENT = Instant.parse("2026-12-05T14:03:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessTokens tokens;
    @Autowired
    Accounts accounts;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theAdminsUsersPageSpeaksGermanAndWritesGermanDates() {
        User user = new TestAccounts(users, passwords, jdbc).create("deutsch", SystemRole.USER);
        String name = user.getUsername();
        jdbc.update("update app_user set created_at = ? where id = ?", Timestamp.from(MOMENT), user.getId());
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        KaribuViews.inGerman();
        UI.getCurrent().navigate("users");
        UsersView view = _get(UsersView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Benutzer · Slant");
        assertThat(_get(H2.class).getText()).isEqualTo("Benutzer");
        assertThat(view.create.getText()).isEqualTo("Neues Konto");
        assertThat(view.grid.getColumnByKey("role").getHeaderText()).isEqualTo("Systemrolle");
        assertThat(view.grid.getColumnByKey("created").getHeaderText()).isEqualTo("Erstellt");
        int row = rowOf(view, name);
        assertThat(_getFormatted(view.grid, row, "role")).isEqualTo("Benutzer");
        assertThat(_getFormatted(view.grid, row, "status")).isEqualTo("Aktiv");
        assertThat(_getFormatted(view.grid, row, "created")).isEqualTo("5. Dez. 2026");

        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(view.grid, row, "actions");
        assertThat(_get(actions, Button.class, spec -> spec.withText("Deaktivieren"))).isNotNull();
        _click(_get(actions, Button.class, spec -> spec.withText("Passwort zurücksetzen")));
        PasswordDialog reset = _get(PasswordDialog.class);
        assertThat(reset.getHeaderTitle()).isEqualTo("Neues Passwort für " + name);
        assertThat(reset.password.getLabel()).isEqualTo("Neues Passwort");
        assertThat(reset.password.getHelperText()).isEqualTo("Mindestens 10 Zeichen");
        reset.close();

        _click(view.create);
        UsersView.NewAccountDialog dialog = _get(UsersView.NewAccountDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neues Konto");
        assertThat(dialog.username.getLabel()).isEqualTo("Benutzername");
        assertThat(dialog.admin.getLabel()).isEqualTo("Systemadmin (verwaltet Benutzer; sieht jedes Projekt)");
    }

    @Test
    void theAccessTokensSpeakGermanWithGermanTimes() {
        User user = new TestAccounts(users, passwords, jdbc).create("token-deutsch", SystemRole.USER);
        KaribuViews.signInAndStart(context, user.getUsername(), "USER");
        String secret = tokens.create("nächtlicher Export", null).token();
        jdbc.update("update access_token set created_at = ?, last_used_at = ? where user_id = ?",
                Timestamp.from(MOMENT), Timestamp.from(MOMENT), user.getId());
        KaribuViews.inGerman();
        UI.getCurrent().navigate("account/tokens");
        AccessTokensView view = _get(AccessTokensView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Zugriffstokens · Slant");
        assertThat(_get(H2.class).getText()).isEqualTo("Zugriffstokens");
        assertThat(_get(view, Paragraph.class).getText()).startsWith("Ein Skript ruft die REST-API")
                .contains("'Authorization: Bearer <token>'");
        assertThat(view.create.getText()).isEqualTo("Token erstellen");
        assertThat(view.expiresInDays.getLabel()).isEqualTo("Läuft ab nach (Tagen)");
        assertThat(view.tokens.getColumnByKey("lastUsed").getHeaderText()).isEqualTo("Zuletzt verwendet");
        assertThat(_size(view.tokens)).isEqualTo(1);
        assertThat(_getFormatted(view.tokens, 0, "created")).isEqualTo("5. Dez. 2026, 14:03 UTC");
        assertThat(_getFormatted(view.tokens, 0, "lastUsed")).isEqualTo("5. Dez. 2026, 14:03 UTC");
        assertThat(_getFormatted(view.tokens, 0, "expires")).isEqualTo("nie");
        assertThat(_getFormatted(view.tokens, 0, "status")).isEqualTo("Aktiv");

        _click((Button) _getCellComponent(view.tokens, 0, "revoke"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("nächtlicher Export widerrufen?");
        assertThat(confirm.getElement().getProperty("message")).startsWith("Skripte, die das Token "
                + secret.substring(0, 14) + "… verwenden, werden ab sofort abgewiesen.");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Widerrufen");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Abbrechen");
        confirm.close();

        view.name.setValue("Skript");
        _click(view.create);
        NewTokenDialog shown = _get(NewTokenDialog.class);
        assertThat(shown.getHeaderTitle()).isEqualTo("Token Skript");
        assertThat(_get(shown, Paragraph.class).getText()).startsWith("Kopieren Sie das Token jetzt");
        assertThat(shown.copy.getText()).isEqualTo("Kopieren");
        assertThat(shown.done.getText()).isEqualTo("Fertig");
        assertThat(shown.token.getAriaLabel()).contains("Das neue Zugriffstoken");
    }

    @Test
    void anEnglishReaderSeesTheTokensTimesInUtcAsBefore() {
        User user = new TestAccounts(users, passwords, jdbc).create("token-english", SystemRole.USER);
        KaribuViews.signInAndStart(context, user.getUsername(), "USER");
        tokens.create("old script", null);
        jdbc.update("update access_token set created_at = ? where user_id = ?", Timestamp.from(MOMENT),
                user.getId());
        UI.getCurrent().navigate("account/tokens");
        AccessTokensView view = _get(AccessTokensView.class);
        assertThat(_getFormatted(view.tokens, 0, "created")).isEqualTo("5 Dec 2026, 14:03 UTC");
    }

    @Test
    void theOwnPasswordDialogSpeaksGerman() {
        User user = new TestAccounts(users, passwords, jdbc).create("passwort-deutsch", SystemRole.USER);
        KaribuViews.signInAndStart(context, user.getUsername(), "USER");
        KaribuViews.inGerman();
        OwnPasswordDialog dialog = new OwnPasswordDialog(accounts);
        dialog.open();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ihr Passwort ändern");
        assertThat(dialog.current.getLabel()).isEqualTo("Aktuelles Passwort");
        assertThat(dialog.replacement.getLabel()).isEqualTo("Neues Passwort");
        assertThat(_get(Button.class, spec -> spec.withText("Passwort ändern"))).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withText("Abbrechen"))).isNotNull();
    }

    private static int rowOf(UsersView view, String username) {
        List<Integer> rows = IntStream.range(0, _size(view.grid))
                .filter(row -> _getFormatted(view.grid, row, "username").equals(username)).boxed().toList();
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
