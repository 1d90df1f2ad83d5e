package org.slant.corpus.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.corpus.CorpusService;
import org.slant.platform.ui.ProjectTabs;
import org.slant.team.ProjectRole;
import org.slant.team.TestAccounts;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A project's team page without a browser: managers change it, other members read it. */
@SlantSpringTest
class MembersViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    CorpusService corpus;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void aManagerAddsAMemberAndOtherMembersOnlyReadTheTeam() {
        String lead = TestAccounts.named(users, "lead");
        String coder = TestAccounts.named(users, "coder");
        KaribuViews.signInAndStart(context, lead, "USER");
        UUID projectId = corpus.createProject("Team view " + UUID.randomUUID(), "").getId();
        UI.getCurrent().navigate("projects/" + projectId + "/team");
        MembersView view = _get(MembersView.class);
        assertThat(_size(view.members)).isEqualTo(1);
        assertThat(view.adding.isVisible()).isTrue();
        assertThat(visibleTabs()).containsExactly("documents", "my_work", "progress", "agreement", "curation",
                "quality", "suggestions", "export", "schema", "stories", "team", "assignment", "settings",
                "archive");

        view.username.setValue("nobody-" + UUID.randomUUID());
        view.addMember();
        assertThat(view.username.isInvalid()).isTrue();
        view.username.setValue(coder);
        view.role.setValue(ProjectRole.CURATOR);
        view.addMember();

        assertThat(_size(view.members)).isEqualTo(2);
        assertThat(_getFormatted(view.members, 1, "username")).isEqualTo(coder);
        assertThat(view.username.getValue()).isEmpty();
        KaribuViews.stop();

        KaribuViews.signInAndStart(context, coder, "USER");
        UI.getCurrent().navigate("projects/" + projectId + "/team");
        MembersView readOnly = _get(MembersView.class);
        assertThat(_size(readOnly.members)).isEqualTo(2);
        assertThat(readOnly.adding.isVisible()).isFalse();
        assertThat(visibleTabs()).containsExactly("documents", "my_work", "agreement", "curation", "quality",
                "suggestions", "export", "schema", "stories", "team");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Team · Team view");
    }

    /** The project tabs this user is shown. */
    private static java.util.List<String> visibleTabs() {
        return _get(ProjectTabs.class).getElement().getChild(1).getChildren()
                .filter(link -> link.getComponent().map(Component::isVisible).orElse(false))
                .map(link -> link.getAttribute("data-tab")).toList();
    }
}
