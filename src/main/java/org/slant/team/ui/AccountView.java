package org.slant.team.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slant.platform.InterfaceLanguages;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.team.Account;
import org.slant.team.Accounts;
import org.slant.team.AnnotatorProfile;
import org.slant.team.AnnotatorProfiles;
import org.slant.team.SystemRole;

/** The signed-in user's own account: password, the language of the interface, and the optional profile. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    /** The language choice that follows the browser's languages. */
    static final String AS_THE_BROWSER = "";

    final Paragraph who = new Paragraph();
    final Button changePassword = new Button(getTranslation("team.account.change-password"),
            VaadinIcon.KEY.create());
    final Select<String> language = new Select<>();

    final Select<String> ageBand = new Select<>();
    final TextField gender = new TextField(getTranslation("team.account.gender"));
    final Select<String> education = new Select<>();
    final IntegerField placement = new IntegerField(getTranslation("team.account.placement"));
    final TextField newsDiet = new TextField(getTranslation("team.account.news"));
    final Button saveProfile = new Button(getTranslation("team.account.save-profile"));

    public AccountView(Accounts accounts, AnnotatorProfiles profiles) {
        addClassName("slant-page");
        Account me = accounts.me();
        who.setText(getTranslation(me.systemRole() == SystemRole.ADMIN ? "team.account.who-admin"
                : "team.account.who", me.displayName(), me.username()));
        changePassword.addClickListener(click -> new OwnPasswordDialog(accounts).open());
        add(new H2(getTranslation("team.account.heading")), who, changePassword);
        addLanguageChoice(accounts);
        ageBand.setLabel(getTranslation("team.account.age"));
        ageBand.setItems(AnnotatorProfile.AGE_BANDS);
        ageBand.setEmptySelectionAllowed(true);
        education.setLabel(getTranslation("team.account.education"));
        education.setItems(AnnotatorProfile.EDUCATION);
        education.setItemLabelGenerator(level -> level == null ? "" : getTranslation("team.account.education."
                + level));
        education.setEmptySelectionAllowed(true);
        placement.setMin(0);
        placement.setMax(10);
        placement.setStepButtonsVisible(true);
        AnnotatorProfile mine = profiles.mine();
        ageBand.setValue(mine.ageBand());
        gender.setValue(mine.gender() == null ? "" : mine.gender());
        education.setValue(mine.education());
        placement.setValue(mine.politicalPlacement());
        newsDiet.setValue(String.join(", ", mine.newsDiet()));
        saveProfile.addClickListener(click -> {
            Map<String, HasValidation> fields = Map.of("ageBand", ageBand, "gender", gender, "education",
                    education, "politicalPlacement", placement, "newsDiet", newsDiet);
            try {
                profiles.saveMine(new AnnotatorProfile(ageBand.getValue(), gender.getValue(), education.getValue(),
                        placement.getValue(), Arrays.stream(newsDiet.getValue().split(",")).map(String::strip)
                                .filter(item -> !item.isEmpty()).toList()));
                Problems.clear(fields);
                Problems.success(getTranslation("team.account.profile-saved"));
            } catch (InvalidInputException refused) {
                Problems.show(refused, fields);
            }
        });
        FormLayout profile = new FormLayout(ageBand, gender, education, placement, newsDiet);
        add(new H3(getTranslation("team.account.profile")), new Paragraph(getTranslation(
                "team.account.profile-about")), profile, saveProfile);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.account.title");
    }

    /**
     * Each language is named in its own words, so that a reader who cannot read the current one still finds theirs.
     * A choice is saved at once and the page loads again in it; a new page of any view then speaks it.
     */
    private void addLanguageChoice(Accounts accounts) {
        List<String> choices = new ArrayList<>();
        choices.add(AS_THE_BROWSER);
        InterfaceLanguages.ALL.forEach(locale -> choices.add(locale.getLanguage()));
        language.setLabel(getTranslation("team.account.language"));
        language.setItems(choices);
        language.setItemLabelGenerator(tag -> tag.isEmpty() ? getTranslation("team.account.language-browser")
                : own(Locale.forLanguageTag(tag)));
        language.setValue(accounts.myInterfaceLanguage().map(Locale::getLanguage).orElse(AS_THE_BROWSER));
        language.addValueChangeListener(change -> {
            accounts.chooseInterfaceLanguage(change.getValue());
            getUI().ifPresent(ui -> {
                InterfaceLanguageChoice.remember(ui.getSession(), InterfaceLanguages.of(change.getValue()));
                ui.setLocale(InterfaceLanguages.of(change.getValue()).orElseGet(AccountView::browsers));
                ui.getPage().reload();
            });
        });
        add(language);
    }

    private static String own(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The browser's best language among Slant's, as Vaadin matches it for a new session. */
    private static Locale browsers() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return InterfaceLanguages.forBrowser(request == null ? null : request.getLocale());
    }
}
