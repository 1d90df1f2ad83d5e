package org.slant.team.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slant.KaribuViews;
import org.slant.SlantSpringTest;
import org.slant.team.AnnotatorProfile;
import org.slant.team.AnnotatorProfiles;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The admin's accounts page without a browser. */
@SlantSpringTest
class TeamViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    AnnotatorProfiles profiles;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void theAdminCreatesAndDeactivatesAnAccount() {
        KaribuViews.signInAndStart(context, "admin", "ADMIN");
        UI.getCurrent().navigate("users");
        UsersView view = _get(UsersView.class);
        String name = "karibu-" + UUID.randomUUID().toString().substring(0, 8);

        _click(view.create);
        UsersView.NewAccountDialog dialog = _get(UsersView.NewAccountDialog.class);
        dialog.username.setValue(name);
        dialog.password.setValue("short");
        dialog.save();
        assertThat(dialog.password.isInvalid()).isTrue();
        dialog.password.setValue("a long enough password");
        dialog.save();

        int row = rowOf(view, name);
        assertThat(_getFormatted(view.grid, row, "status")).isEqualTo("Active");
        assertThat(users.findByUsername(name).orElseThrow().getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void everyoneFillsInOrChangesTheirOwnProfile() {
        String name = "profiled-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(name, name, "{noop}unused", SystemRole.USER));
        KaribuViews.signInAndStart(context, name, "USER");
        UI.getCurrent().navigate("account");
        AccountView view = _get(AccountView.class);

        view.placement.setValue(12);
        _click(view.saveProfile);
        assertThat(view.placement.isInvalid()).isTrue();
        view.placement.setValue(3);
        view.ageBand.setValue("35-44");
        view.newsDiet.setValue("Reuters, , Der Spiegel");
        _click(view.saveProfile);

        AnnotatorProfile saved = profiles.mine();
        assertThat(saved.politicalPlacement()).isEqualTo(3);
        assertThat(saved.ageBand()).isEqualTo("35-44");
        assertThat(saved.newsDiet()).containsExactly("Reuters", "Der Spiegel");
    }

    private static int rowOf(UsersView view, String username) {
        List<Integer> rows = IntStream.range(0, _size(view.grid))
                .filter(row -> _getFormatted(view.grid, row, "username").equals(username)).boxed().toList();
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
