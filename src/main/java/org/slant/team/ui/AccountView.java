package org.slant.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.team.AnnotatorProfile;
import org.slant.team.AnnotatorProfiles;
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

    final Select<String> ageBand = new Select<>();
    final TextField gender = new TextField("Gender");
    final Select<String> education = new Select<>();
    final IntegerField placement = new IntegerField("Political self-placement (0 left – 10 right)");
    final TextField newsDiet = new TextField("News you follow (comma-separated)");
    final Button saveProfile = new Button("Save profile");

    public AccountView(Accounts accounts, AnnotatorProfiles profiles) {
        addClassName("slant-page");
        Account me = accounts.me();
        who.setText(me.displayName() + " (" + me.username() + ")" + (me.systemRole() == SystemRole.ADMIN
                ? ", system admin" : ""));
        changePassword.addClickListener(click -> new OwnPasswordDialog(accounts).open());
        add(new H2("Your account"), who, changePassword);
        ageBand.setLabel("Age");
        ageBand.setItems(AnnotatorProfile.AGE_BANDS);
        ageBand.setEmptySelectionAllowed(true);
        education.setLabel("Education");
        education.setItems(AnnotatorProfile.EDUCATION);
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
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("ageBand", ageBand, "gender",
                    gender, "education", education, "politicalPlacement", placement, "newsDiet", newsDiet);
            try {
                profiles.saveMine(new AnnotatorProfile(ageBand.getValue(), gender.getValue(), education.getValue(),
                        placement.getValue(), Arrays.stream(newsDiet.getValue().split(",")).map(String::strip)
                                .filter(item -> !item.isEmpty()).toList()));
                Problems.clear(fields);
                Problems.success("Profile saved");
            } catch (InvalidInputException refused) {
                Problems.show(refused, fields);
            }
        });
        FormLayout profile = new FormLayout(ageBand, gender, education, placement, newsDiet);
        add(new H3("Annotator profile (optional)"), new Paragraph("Fill it in or leave it empty. Only the managers "
                + "of your projects see it, and it is used only in perspectivist datasets, which keep each "
                + "annotator's labels apart."), profile, saveProfile);
    }
}
