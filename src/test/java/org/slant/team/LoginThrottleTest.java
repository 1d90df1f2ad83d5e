package org.slant.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Throttled password log-ins over real HTTP, at both doors: HTTP Basic on the API and the log-in form. The limits are
 * the defaults (5 failures within 15 minutes lock the user name for 15 minutes).
 */
@SlantSpringTest
class LoginThrottleTest {

    private static final String SOME_CALL = "/api/v1/projects";

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoginThrottle throttle;

    User user;

    @BeforeEach
    void setUp() {
        user = new TestAccounts(users, passwords, jdbc).create("throttled", SystemRole.USER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameEvenForTheRightOne() {
        failBasic(user.getUsername(), 5);

        Response locked = basic(user.getUsername(), TestAccounts.PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).isEqualTo("application/problem+json");
        assertThat(locked.json().get("status").asInt()).isEqualTo(429);
        assertThat(locked.json().get("detail").asString())
                .isEqualTo("Too many failed attempts; try again in 15 minutes.");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);

        clock.advance(Duration.ofMinutes(14));
        Response stillLocked = basic(user.getUsername(), TestAccounts.PASSWORD);
        assertThat(stillLocked.status()).isEqualTo(429);
        assertThat(stillLocked.json().get("detail").asString())
                .isEqualTo("Too many failed attempts; try again in 1 minute.");
        assertThat(Long.parseLong(stillLocked.header("Retry-After"))).isBetween(50L, 60L);

        clock.advance(Duration.ofMinutes(1));
        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).as("the lock is over").isEqualTo(200);
    }

    @Test
    void fourWrongPasswordsDoNotLock() {
        failBasic(user.getUsername(), 4);
        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLogInForgetsTheFailures() {
        failBasic(user.getUsername(), 4);
        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).isEqualTo(200);
        failBasic(user.getUsername(), 4);
        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void onlyFailuresWithinTheLastFifteenMinutesCount() {
        failBasic(user.getUsername(), 4);
        clock.advance(Duration.ofMinutes(10));
        failBasic(user.getUsername(), 1);
        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).as("5 within 15 minutes").isEqualTo(429);

        User other = new TestAccounts(users, passwords, jdbc).create("throttled-slowly", SystemRole.USER);
        failBasic(other.getUsername(), 4);
        clock.advance(Duration.ofMinutes(16));
        failBasic(other.getUsername(), 1);
        assertThat(basic(other.getUsername(), TestAccounts.PASSWORD).status()).as("the first 4 are too old")
                .isEqualTo(200);
    }

    @Test
    void theLogInFormAndHttpBasicCountTogether() {
        FormLogIn browser = new FormLogIn(port);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.logIn(user.getUsername(), "wrong")).endsWith("/login?error");
        }
        failBasic(user.getUsername(), 2);

        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).isEqualTo(429);
        assertThat(browser.logIn(user.getUsername(), TestAccounts.PASSWORD)).as("the form refuses the right password too")
                .endsWith("/login?error");

        clock.advance(Duration.ofMinutes(15));
        assertThat(browser.logIn(user.getUsername(), TestAccounts.PASSWORD)).doesNotContain("error");
    }

    @Test
    void fiveWrongFormLogInsLockHttpBasic() {
        FormLogIn browser = new FormLogIn(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.logIn(user.getUsername(), "wrong")).endsWith("/login?error");
        }
        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void userNamesAreCountedWithoutCase() {
        failBasic(user.getUsername().toUpperCase(), 5);
        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void anUnknownUserNameIsLockedLikeAKnownOne() {
        String nobody = "nobody-" + user.getUsername();
        failBasic(nobody, 5);
        Response locked = basic(nobody, "anything");
        assertThat(locked.status()).as("a lock tells nothing about which accounts exist").isEqualTo(429);
        assertThat(locked.json().get("detail").asString()).startsWith("Too many failed attempts");
    }

    @Test
    void anAccessTokenStillWorksWhileThePasswordIsLocked() {
        String token = ApiClient.basic(port, user.getUsername(), TestAccounts.PASSWORD)
                .post("/api/v1/users/me/tokens", "{\"name\": \"script\"}").expect(201, "token").json().get("token")
                .asString();
        failBasic(user.getUsername(), 5);
        assertThat(basic(user.getUsername(), TestAccounts.PASSWORD).status()).isEqualTo(429);
        assertThat(ApiClient.bearer(port, token).get(SOME_CALL).status()).isEqualTo(200);
    }

    @Test
    void tidyingForgetsOnlyOldFailuresAndEndedLocks() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String locked = "tidy-locked-" + suffix;
        String failedEarly = "tidy-early-" + suffix;
        String failedLate = "tidy-late-" + suffix;
        failBasic(locked, 5);
        failBasic(failedEarly, 1);
        clock.advance(Duration.ofMinutes(10));
        failBasic(failedLate, 1);

        throttle.tidy();
        assertThat(rows("login_lock", locked)).as("locked for 5 more minutes").isEqualTo(1);
        assertThat(rows("login_failure", failedEarly)).as("10 minutes old: still counts").isEqualTo(1);

        clock.advance(Duration.ofMinutes(6));
        throttle.tidy();
        assertThat(rows("login_lock", locked)).as("the lock has ended").isZero();
        assertThat(rows("login_failure", failedEarly)).as("16 minutes old").isZero();
        assertThat(rows("login_failure", failedLate)).as("6 minutes old").isEqualTo(1);
    }

    private int rows(String table, String username) {
        return jdbc.queryForObject("select count(*) from " + table + " where username = ?", Integer.class, username);
    }

    private Response basic(String username, String password) {
        return ApiClient.basic(port, username, password).get(SOME_CALL);
    }

    private void failBasic(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(basic(username, "not the password").status()).isEqualTo(401);
        }
    }

    /** Posts the log-in form as a browser does, keeping the session cookie, and answers where it is sent next. */
    private static final class FormLogIn {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        FormLogIn(int port) {
            this.base = "http://localhost:" + port;
        }

        String logIn(String username, String password) {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(answer.statusCode()).isEqualTo(302);
                return answer.headers().firstValue("Location").orElseThrow();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
