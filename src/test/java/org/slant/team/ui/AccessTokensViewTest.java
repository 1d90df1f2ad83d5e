package org.slant.team.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.team.AccessTokenSummary;
import org.slant.team.AccessTokens;
import org.slant.team.TestAccounts;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@SlantSpringTest
class AccessTokensViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccessTokens tokens;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;

    User user;

    @BeforeEach
    void signIn() {
        user = new TestAccounts(users, passwords, jdbc).create("view-user", SystemRole.USER);
        KaribuViews.signInAndStart(context, user.getUsername(), "USER");
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
    }

    @Test
    void creatingATokenShowsItsSecretOnce() {
        UI.getCurrent().navigate("account/tokens");
        AccessTokensView view = _get(AccessTokensView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Access tokens · Slant");
        assertThat(_size(view.tokens)).isZero();
        assertThat(view.expiresInDays.getValue()).as("a token expires unless its owner says otherwise")
                .isEqualTo(AccessTokensView.DEFAULT_DAYS);

        view.name.setValue("nightly export");
        view.expiresInDays.setValue(30);
        _click(view.create);

        NewTokenDialog dialog = _get(NewTokenDialog.class);
        String secret = dialog.token.getValue();
        assertThat(secret).matches("slant_[0-9A-Za-z]{40}");
        assertThat(dialog.token.isReadOnly()).isTrue();
        assertThat(_get(dialog, Paragraph.class).getText()).contains("it will not be shown again");
        assertThat(dialog.copy.isEnabled()).isTrue();
        assertThat(tokens.authenticate(secret)).map(User::getId).contains(user.getId());

        _click(dialog.done);
        assertThat(_find(NewTokenDialog.class)).isEmpty();
        assertThat(view.name.getValue()).as("ready for the next one").isEmpty();
        assertThat(_size(view.tokens)).isEqualTo(1);
        assertThat(_getFormatted(view.tokens, 0, "name")).isEqualTo("nightly export");
        assertThat(_getFormatted(view.tokens, 0, "prefix")).isEqualTo(secret.substring(0, 14) + "…");
        assertThat(_getFormatted(view.tokens, 0, "status")).isEqualTo("Active");
        assertThat(_getFormatted(view.tokens, 0, "lastUsed")).isEqualTo("never");

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("account/tokens");
        AccessTokensView again = _get(AccessTokensView.class);
        assertThat(_getFormatted(again.tokens, 0, "lastUsed")).as("used above").isNotEqualTo("never");
        AccessTokenSummary listed = _get(again.tokens, 0);
        assertThat(String.join(" ", _getFormattedRow(again.tokens, listed))).doesNotContain(secret.substring(14));
        assertThat(_find(TextField.class)).extracting(TextField::getValue).doesNotContain(secret);
    }

    @Test
    void revokingATokenAsksFirstThenMarksItRevoked() {
        String secret = tokens.create("old script", null).token();
        UI.getCurrent().navigate("account/tokens");
        AccessTokensView view = _get(AccessTokensView.class);
        assertThat(_getFormatted(view.tokens, 0, "expires")).isEqualTo("never");
        Button revoke = (Button) _getCellComponent(view.tokens, 0, "revoke");
        assertThat(revoke.isVisible()).isTrue();

        _click(revoke);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Revoke old script?");
        assertThat(confirm.getElement().getProperty("message")).contains(secret.substring(0, 14) + "…");
        assertThat(tokens.authenticate(secret)).as("nothing happens before the confirmation").isPresent();
        _fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(_getFormatted(view.tokens, 0, "status")).isEqualTo("Revoked");
        assertThat(((Button) _getCellComponent(view.tokens, 0, "revoke")).isVisible()).isFalse();
        assertThat(tokens.authenticate(secret)).isEmpty();
    }

    @Test
    void aMissingNameOrAnExpiryOutOfRangeIsShownAtItsField() {
        UI.getCurrent().navigate("account/tokens");
        AccessTokensView view = _get(AccessTokensView.class);
        _click(view.create);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("a token needs a name");

        view.name.setValue("far future");
        view.expiresInDays.setValue(5000);
        _click(view.create);
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.expiresInDays.isInvalid()).isTrue();
        assertThat(view.expiresInDays.getErrorMessage()).contains("between 1 and 3650 days");
        assertThat(_find(NewTokenDialog.class)).isEmpty();
        assertThat(_size(view.tokens)).isZero();
    }
}
