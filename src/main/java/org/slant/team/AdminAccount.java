package org.slant.team;

import java.security.SecureRandom;
import java.util.Optional;
import org.slant.platform.SlantProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Makes sure a fresh installation can be logged in to: on first start it creates the account {@code admin} with
 * the password from {@code SLANT_ADMIN_PASSWORD}, or a random one that is printed once, next to the address to open.
 * There is no fixed default password.
 */
@Component
public class AdminAccount implements SmartInitializingSingleton {

    public static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
    /** Serialises the first-start check across instances starting at once on one fresh database. */
    private static final long LOCK = 0x51A47_0002L;
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SlantProperties properties;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    /** Kept only until it has been printed. */
    private String generatedPassword;

    AdminAccount(UserRepository users, PasswordEncoder passwordEncoder, SlantProperties properties,
            TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** Before the web server opens: the login page never answers while there is no account to log in with. */
    @Override
    public void afterSingletonsInstantiated() {
        generatedPassword = createIfMissing().orElse(null);
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        String url = "http://localhost:" + port(event) + "/";
        if (generatedPassword != null) {
            log.info("""

                    ================================================================
                      Slant is ready at {}
                      Log in as '{}' with the password: {}
                      (shown only this once; set SLANT_ADMIN_PASSWORD to choose it)
                    ================================================================""",
                    url, USERNAME, generatedPassword);
            generatedPassword = null;
        } else {
            log.info("Slant is ready at {}", url);
        }
    }

    /** Creates the admin account if there is none; answers the password if it was generated here. */
    Optional<String> createIfMissing() {
        return transaction.execute(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
            // plain SQL: the user repository is built after start-up (RepositoryWarmUp), not for this
            if (jdbc.queryForObject("select exists (select 1 from app_user"
                    + " where lower(username) = lower(?) or system_role = ?)", Boolean.class, USERNAME,
                    SystemRole.ADMIN.name())) {
                return Optional.empty();
            }
            String configured = properties.adminPassword();
            String password = StringUtils.hasText(configured) ? configured : randomPassword();
            users.save(new User(USERNAME, "Administrator", passwordEncoder.encode(password), SystemRole.ADMIN));
            return StringUtils.hasText(configured) ? Optional.empty() : Optional.of(password);
        });
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static int port(ApplicationReadyEvent event) {
        return event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort()
                : -1;
    }
}
