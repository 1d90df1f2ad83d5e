package org.slant.corpus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;
import org.slant.team.AnnotatorProfile;
import org.slant.team.AnnotatorProfiles;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.slant.team.ProjectAccess;
import org.slant.team.ProjectRole;

/** The project's team: who is a member in which role; managers add, change and remove members. */
@Route("projects/:projectId/team")
@PermitAll
public class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The start of the keys of the levels of education, completed by {@link AnnotatorProfile#EDUCATION}'s codes. */
    static final String EDUCATION_KEY = "corpus.members.education.";

    private final CorpusService corpus;
    private final Memberships memberships;
    private final ProjectAccess access;
    private final AnnotatorProfiles profiles;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.TEAM);
    final Grid<Member> members = new Grid<>();
    final TextField username = new TextField(getTranslation("corpus.members.username"));
    final Select<ProjectRole> role = new Select<>();
    final Button add = new Button(getTranslation("corpus.members.add"), VaadinIcon.PLUS.create());
    final HorizontalLayout adding = new HorizontalLayout(username, role, add);
    private final Paragraph readOnly = new Paragraph(getTranslation("corpus.members.read-only"));
    private ProjectSummary project;
    private boolean managing;

    public MembersView(CorpusService corpus, Memberships memberships, ProjectAccess access,
            AnnotatorProfiles profiles) {
        this.profiles = profiles;
        this.corpus = corpus;
        this.memberships = memberships;
        this.access = access;
        addClassName("slant-page");
        setSizeFull();
        members.addColumn(Member::username).setHeader(getTranslation("corpus.members.username")).setKey("username")
                .setAutoWidth(true);
        members.addColumn(Member::displayName).setHeader(getTranslation("platform.common.name")).setKey("name")
                .setFlexGrow(1);
        members.addComponentColumn(this::roleOf).setHeader(getTranslation("corpus.members.role")).setKey("role")
                .setAutoWidth(true);
        members.addColumn(member -> member.active() ? "" : getTranslation("corpus.members.deactivated"))
                .setHeader("").setKey("active").setAutoWidth(true);
        members.addComponentColumn(this::profileButton).setKey("profile").setAutoWidth(true).setFlexGrow(0);
        members.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        role.setLabel(getTranslation("corpus.members.role"));
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(MembersView::roleName);
        role.setValue(ProjectRole.ANNOTATOR);
        username.setPlaceholder(getTranslation("corpus.members.username-placeholder"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addMember());
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, adding, readOnly, members);
        setFlexGrow(1, members);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.project(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        managing = access.isAdmin() || access.roleIn(project.id()).filter(ProjectRole.MANAGER::equals).isPresent();
        adding.setVisible(managing);
        readOnly.setVisible(!managing);
        refresh();
    }

    void addMember() {
        Map<String, TextField> fields = Map.of("username", username);
        try {
            memberships.add(project.id(), username.getValue(), role.getValue());
            Problems.clear(fields);
            username.clear();
            refresh();
        } catch (InvalidInputException refused) {
            Problems.show(refused, fields);
        }
    }

    private com.vaadin.flow.component.Component roleOf(Member member) {
        if (!managing) {
            return new com.vaadin.flow.component.html.Span(roleName(member.role()));
        }
        Select<ProjectRole> choice = new Select<>();
        choice.setItems(ProjectRole.values());
        choice.setItemLabelGenerator(MembersView::roleName);
        choice.setValue(member.role());
        choice.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                change(() -> memberships.add(project.id(), member.username(), event.getValue()));
            }
        });
        return choice;
    }

    /** Managers read the profile a member chose to fill in. */
    private com.vaadin.flow.component.Component profileButton(Member member) {
        Button show = new Button(getTranslation("corpus.members.profile"), click -> {
            AnnotatorProfile profile = profiles.ofMember(project.id(), member.userId());
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("corpus.members.profile-of", member.username()));
            dialog.add(new Paragraph(describe(profile)));
            dialog.getFooter().add(new Button(getTranslation("platform.common.close"), close -> dialog.close()));
            dialog.open();
        });
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        show.setVisible(managing);
        return show;
    }

    static String describe(AnnotatorProfile profile) {
        List<String> parts = new ArrayList<>();
        if (profile.ageBand() != null) {
            parts.add(I18NProvider.translate("corpus.members.profile.age", profile.ageBand()));
        }
        if (profile.gender() != null) {
            parts.add(profile.gender());
        }
        if (profile.education() != null) {
            parts.add(I18NProvider.translate("corpus.members.profile.education", education(profile.education())));
        }
        if (profile.politicalPlacement() != null) {
            parts.add(I18NProvider.translate("corpus.members.profile.political",
                    String.valueOf(profile.politicalPlacement())));
        }
        if (!profile.newsDiet().isEmpty()) {
            parts.add(I18NProvider.translate("corpus.members.profile.follows", String.join(", ", profile.newsDiet())));
        }
        return parts.isEmpty() ? I18NProvider.translate("corpus.members.profile.empty")
                : String.join("; ", parts) + ".";
    }

    /** A level of education from the fixed list in the reader's language; anything else as it was given. */
    static String education(String level) {
        return AnnotatorProfile.EDUCATION.contains(level)
                ? I18NProvider.translate(EDUCATION_KEY + level) : level;
    }

    private com.vaadin.flow.component.Component removeButton(Member member) {
        Button remove = new Button(getTranslation("platform.common.remove"), click -> change(() ->
                memberships.remove(project.id(), member.userId())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(managing);
        return remove;
    }

    private void change(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            Problems.error(Problems.said(refused) + ": "
                    + refused.problems().getFirst().message(LocalFormats.locale()));
        }
        refresh();
    }

    private void refresh() {
        members.setItems(memberships.members(project.id()));
    }

    static String roleName(ProjectRole role) {
        return switch (role) {
            case MANAGER -> I18NProvider.translate("corpus.members.role.manager");
            case CURATOR -> I18NProvider.translate("corpus.members.role.curator");
            case ANNOTATOR -> I18NProvider.translate("corpus.members.role.annotator");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("corpus.members.page-title", project == null ? getTranslation("corpus.common.project")
                : project.name());
    }
}
