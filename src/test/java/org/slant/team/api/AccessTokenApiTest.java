package org.slant.team.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.TestClock;
import org.slant.team.TestAccounts;
import org.slant.team.SystemRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Personal access tokens over real HTTP: made with a password, then used, listed and revoked. */
@SlantSpringTest
class AccessTokenApiTest {

    private static final String TOKENS = "/api/v1/users/me/tokens";
    private static final String SOME_CALL = "/api/v1/projects";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    HikariDataSource pool;

    TestAccounts accounts;
    User annotator;
    ApiClient withPassword;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(users, passwords, jdbc);
        annotator = accounts.create("token-user", SystemRole.USER);
        withPassword = ApiClient.basic(port, annotator.getUsername(), TestAccounts.PASSWORD);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTokenMadeWithThePasswordLetsCallsInUntilItIsRevoked() {
        Response created = withPassword.post(TOKENS, """
                {"name": "nightly export", "expiresInDays": 30}""");
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String token = body.get("token").asString();
        assertThat(token).matches("slant_[0-9A-Za-z]{40}");
        assertThat(body.get("name").asString()).isEqualTo("nightly export");
        assertThat(body.get("prefix").asString()).isEqualTo(token.substring(0, 14));
        Instant createdAt = Instant.parse(body.get("createdAt").asString());
        assertThat(Instant.parse(body.get("expiresAt").asString())).isEqualTo(createdAt.plus(Duration.ofDays(30)));

        ApiClient withToken = ApiClient.bearer(port, token);
        Response allowed = withToken.get(SOME_CALL);
        assertThat(allowed.status()).isEqualTo(200);
        // the token acts as its owner
        assertThat(withToken.get("/api/v1/users/me").json().get("username").asString())
                .isEqualTo(annotator.getUsername());

        Response revoked = withPassword.delete(TOKENS + "/" + body.get("id").asString());
        assertThat(revoked.status()).isEqualTo(204);
        assertRefused(withToken.get(SOME_CALL));
        assertThat(withPassword.get(SOME_CALL).status()).as("the password still works").isEqualTo(200);
    }

    /**
     * The check of a token used for the first time (which notes the use) needs one connection at a time: it once
     * wrote the use from within its read and took a second one, so that as many concurrent first calls as the pool
     * has connections waited on each other until the pool timed out.
     */
    @Test
    void aTokensFirstUseTakesOneConnectionAtATime() throws Exception {
        String token = createToken(withPassword, "busy pool");
        List<Connection> taken = new ArrayList<>();
        try {
            while (taken.size() < pool.getMaximumPoolSize() - 1) {
                taken.add(pool.getConnection());
            }
            Response call = ApiClient.bearer(port, token).get("/api/v1/users/me");
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.json().get("username").asString()).isEqualTo(annotator.getUsername());
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        assertThat(jdbc.queryForObject("select last_used_at is not null from access_token where name = 'busy pool'",
                Boolean.class)).as("the use is noted").isTrue();
    }

    @Test
    void theTokenActsAsItsOwner() {
        String token = createToken(withPassword, "whoami");
        JsonNode tokens = ApiClient.bearer(port, token).get(TOKENS).json();
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.get(0).get("name").asString()).isEqualTo("whoami");
        assertThat(tokens.get(0).get("lastUsedAt").isNull()).as("this very call used it").isFalse();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = createToken(withPassword, "short-lived", 1);
        ApiClient withToken = ApiClient.bearer(port, token);
        assertThat(withToken.get(SOME_CALL).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(23));
        assertThat(withToken.get(SOME_CALL).status()).as("a day is not over yet").isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        assertRefused(withToken.get(SOME_CALL));
        assertThat(withPassword.get(TOKENS).json().get(0).get("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void aTokenWithoutExpiryKeepsWorking() {
        Response created = withPassword.post(TOKENS, """
                {"name": "forever"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("expiresAt").isNull()).isTrue();
        clock.advance(Duration.ofDays(3651));
        assertThat(ApiClient.bearer(port, created.json().get("token").asString()).get(SOME_CALL).status())
                .isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountsTokenIsRefused() {
        String token = createToken(withPassword, "leaver's script");
        assertThat(ApiClient.bearer(port, token).get(SOME_CALL).status()).isEqualTo(200);
        accounts.deactivate(annotator);
        assertRefused(ApiClient.bearer(port, token).get(SOME_CALL));
    }

    @Test
    void unknownAndMalformedTokensAreRefusedLikeAWrongPassword() {
        String wellFormed = "slant_" + "A".repeat(40);
        for (String token : new String[] {wellFormed, "not-a-token", "", createToken(withPassword, "x") + "x"}) {
            assertRefused(ApiClient.bearer(port, token).get(SOME_CALL));
        }
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        Response created = withPassword.post(TOKENS, """
                {"name": "stored"}""");
        String token = created.json().get("token").asString();
        UUID id = UUID.fromString(created.json().get("id").asString());

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select token_hash from access_token where id = ?", String.class, id))
                .isEqualTo(expected);
        assertThat(jdbc.queryForObject("select prefix from access_token where id = ?", String.class, id))
                .isEqualTo(token.substring(0, 14));
        String wholeTable = jdbc.queryForObject("select string_agg(row_to_json(t)::text, '') from access_token t",
                String.class);
        assertThat(wholeTable).contains(expected).doesNotContain(token).doesNotContain(token.substring(14));
    }

    @Test
    void theListNeverShowsTheSecret() {
        String first = createToken(withPassword, "first");
        String second = createToken(withPassword, "second", 7);
        Response list = withPassword.get(TOKENS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(first).doesNotContain(second)
                .doesNotContain(first.substring(14)).doesNotContain(second.substring(14));
        JsonNode tokens = list.json();
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.get(0).get("name").asString()).as("newest first").isEqualTo("second");
        assertThat(tokens.get(0).get("prefix").asString()).isEqualTo(second.substring(0, 14));
        assertThat(tokens.get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(tokens.get(0).get("lastUsedAt").isNull()).isTrue();
        assertThat(tokens.get(0).has("token")).isFalse();
        assertThat(tokens.get(1).get("expiresAt").isNull()).isTrue();
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        Response created = withPassword.post(TOKENS, """
                {"name": "mine"}""");
        String id = created.json().get("id").asString();
        User other = accounts.create("token-other", SystemRole.USER);
        ApiClient otherClient = ApiClient.basic(port, other.getUsername(), TestAccounts.PASSWORD);

        Response refused = otherClient.delete(TOKENS + "/" + id);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isEqualTo("Access token " + id + " does not exist");
        assertThat(otherClient.delete(TOKENS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(otherClient.get(TOKENS).json().size()).as("nor is it listed for them").isZero();
        assertThat(ApiClient.bearer(port, created.json().get("token").asString()).get(SOME_CALL).status())
                .isEqualTo(200);
    }

    @Test
    void aSystemAdminMayRevokeAnyonesToken() {
        Response created = withPassword.post(TOKENS, """
                {"name": "leaked"}""");
        ApiClient admin = ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
        assertThat(admin.delete(TOKENS + "/" + created.json().get("id").asString()).status()).isEqualTo(204);
        assertRefused(ApiClient.bearer(port, created.json().get("token").asString()).get(SOME_CALL));
        assertThat(withPassword.get(TOKENS).json().get(0).get("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void revokingTwiceKeepsTheFirstTime() {
        String id = withPassword.post(TOKENS, """
                {"name": "twice"}""").json().get("id").asString();
        assertThat(withPassword.delete(TOKENS + "/" + id).status()).isEqualTo(204);
        String first = withPassword.get(TOKENS).json().get(0).get("revokedAt").asString();
        clock.advance(Duration.ofMinutes(5));
        assertThat(withPassword.delete(TOKENS + "/" + id).status()).isEqualTo(204);
        assertThat(withPassword.get(TOKENS).json().get(0).get("revokedAt").asString()).isEqualTo(first);
    }

    @Test
    void theLastUseIsNotedAtMostOnceAMinute() {
        Response created = withPassword.post(TOKENS, """
                {"name": "busy script"}""");
        UUID id = UUID.fromString(created.json().get("id").asString());
        ApiClient withToken = ApiClient.bearer(port, created.json().get("token").asString());
        assertThat(lastUsed(id)).isNull();

        withToken.get(SOME_CALL);
        Instant first = lastUsed(id);
        assertThat(first).isNotNull();
        clock.advance(Duration.ofSeconds(50));
        withToken.get(SOME_CALL);
        assertThat(lastUsed(id)).as("within the minute: not written again").isEqualTo(first);
        clock.advance(Duration.ofSeconds(20));
        withToken.get(SOME_CALL);
        assertThat(lastUsed(id)).isAfter(first.plusSeconds(60));
    }

    @Test
    void refusesABadNameOrExpiryNamingTheField() {
        assertProblem(withPassword.post(TOKENS, """
                {"name": "  "}"""), "name");
        assertProblem(withPassword.post(TOKENS, """
                {"expiresInDays": 30}"""), "name");
        assertProblem(withPassword.post(TOKENS, "{\"name\": \"" + "n".repeat(101) + "\"}"), "name");
        assertProblem(withPassword.post(TOKENS, """
                {"name": "too soon", "expiresInDays": 0}"""), "expiresInDays");
        assertProblem(withPassword.post(TOKENS, """
                {"name": "too late", "expiresInDays": 3651}"""), "expiresInDays");

        Response both = withPassword.post(TOKENS, """
                {"name": "", "expiresInDays": -1}""");
        assertThat(both.json().get("problems").size()).isEqualTo(2);
        assertThat(withPassword.get(TOKENS).json().size()).as("nothing was made").isZero();
        assertThat(withPassword.post(TOKENS, "{\"name\": \"" + "n".repeat(100) + "\", \"expiresInDays\": 3650}")
                .status()).isEqualTo(201);
    }

    @Test
    void tokensCannotBeManagedWithoutSigningIn() {
        assertThat(ApiClient.anonymous(port).get(TOKENS).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).post(TOKENS, "{\"name\": \"sneaky\"}").status()).isEqualTo(401);
    }

    private static void assertRefused(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("access token is unknown, revoked or expired");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static void assertProblem(Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("problems").get(0).get("where").asString()).isEqualTo(field);
        assertThat(response.json().get("detail").asString()).startsWith("The access token cannot be created: " + field);
    }

    private Instant lastUsed(UUID id) {
        Timestamp time = jdbc.queryForObject("select last_used_at from access_token where id = ?", Timestamp.class,
                id);
        return time == null ? null : time.toInstant();
    }

    private static String createToken(ApiClient client, String name) {
        return client.post(TOKENS, "{\"name\": \"" + name + "\"}").expect(201, "token").json().get("token")
                .asString();
    }

    private static String createToken(ApiClient client, String name, int days) {
        return client.post(TOKENS, "{\"name\": \"" + name + "\", \"expiresInDays\": " + days + "}")
                .expect(201, "token").json().get("token").asString();
    }
}
