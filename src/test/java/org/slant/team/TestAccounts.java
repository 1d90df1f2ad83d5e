package org.slant.team;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Makes accounts for tests, each with a name no other test uses, through the real repository. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;

    public TestAccounts(UserRepository users, PasswordEncoder passwords, JdbcTemplate jdbc) {
        this.users = users;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    /** A new active account named {@code name} and a few random letters, with {@link #PASSWORD}. */
    public User create(String name, SystemRole role) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return users.save(new User(username, "Test " + username, passwords.encode(PASSWORD), role));
    }

    /**
     * A new account whose password does not matter (stored as plain text, so no bcrypt cost), for tests that sign
     * in by hand; answers its username.
     */
    public static String named(UserRepository users, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new User(username, prefix, "{noop}unused", SystemRole.USER));
        return username;
    }

    /** Deactivates the account the way an admin would, until the accounts feature offers it. */
    public void deactivate(User user) {
        jdbc.update("update app_user set active = false where id = ?", user.getId());
    }
}
