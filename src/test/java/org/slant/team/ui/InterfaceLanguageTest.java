package org.slant.team.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Translations;
import org.slant.team.Accounts;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The interface speaks the browser's language, or the one a user chose on their account page, on every new page. */
@SlantSpringTest
class InterfaceLanguageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    Accounts accounts;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theBrowsersLanguageChoosesUnlessTheUserChoseOne() {
        String name = newUser();
        KaribuViews.signInAndStart(context, Locale.forLanguageTag("de-AT"), name, "USER");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.GERMAN);
        UI.getCurrent().navigate("account");
        AccountView german = _get(AccountView.class);
        assertThat(_get(H2.class, spec -> spec.withText("Ihr Konto"))).isNotNull();
        assertThat(german.language.getLabel()).isEqualTo("Sprache der Oberfläche");
        assertThat(german.language.getItemLabelGenerator().apply(""))
                .isEqualTo("Wie mein Browser es wünscht");
        assertThat(german.language.getItemLabelGenerator().apply("en")).isEqualTo("English");
        assertThat(german.language.getItemLabelGenerator().apply("de")).isEqualTo("Deutsch");
        assertThat(german.getPageTitle()).isEqualTo("Ihr Konto · Slant");

        german.language.setValue("en");
        assertThat(accounts.myInterfaceLanguage()).contains(Translations.ENGLISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.ENGLISH);
        KaribuViews.stop();

        KaribuViews.signInAndStart(context, Locale.GERMANY, name, "USER");
        assertThat(UI.getCurrent().getLocale()).as("the choice outweighs the browser").isEqualTo(Translations.ENGLISH);
        UI.getCurrent().navigate("account");
        AccountView english = _get(AccountView.class);
        assertThat(english.language.getValue()).isEqualTo("en");
        assertThat(english.changePassword.getText()).isEqualTo("Change your password");

        english.language.setValue(AccountView.AS_THE_BROWSER);
        assertThat(accounts.myInterfaceLanguage()).isEmpty();
        KaribuViews.stop();
        KaribuViews.signInAndStart(context, Locale.GERMANY, name, "USER");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Translations.GERMAN);
    }

    @Test
    void aLanguageSlantDoesNotSpeakIsRefusedByName() {
        String name = newUser();
        KaribuViews.signInAndStart(context, name, "USER");
        assertThatThrownBy(() -> accounts.chooseInterfaceLanguage("fr"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("interfaceLanguage: Slant's interface speaks [en, de], not 'fr'")
                .satisfies(refused -> assertThat(((InvalidInputException) refused).in(Translations.GERMAN))
                        .isEqualTo("interfaceLanguage: Die Oberfläche von Slant spricht [en, de], nicht „fr“"));
        assertThat(accounts.myInterfaceLanguage()).isEmpty();
        assertThat(UI.getCurrent().getLocale()).as("a browser asking for British English")
                .isEqualTo(Translations.ENGLISH);
    }

    @Test
    void aGermanReaderIsToldWhatIsWrongWithTheirInputInGerman() {
        String name = newUser();
        KaribuViews.signInAndStart(context, Locale.GERMANY, name, "USER");
        UI.getCurrent().navigate("account");
        AccountView view = _get(AccountView.class);
        view.placement.setValue(12);
        _click(view.saveProfile);
        assertThat(view.placement.isInvalid()).isTrue();
        assertThat(view.placement.getErrorMessage()).isEqualTo("von 0 (links) bis 10 (rechts), oder keiner");
    }

    private String newUser() {
        String name = "speaker-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(name, name, "{noop}unused", SystemRole.USER));
        return name;
    }
}
