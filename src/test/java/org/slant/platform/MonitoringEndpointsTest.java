package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.slant.team.SystemRole;
import org.slant.team.TestAccounts;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Boot's monitoring endpoints as an operator of several instances uses them (docs/operations.md): health open
 * to a proxy's check without its parts, everything else for admins only.
 */
@SlantSpringTest
class MonitoringEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;
    ApiClient user;

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(users, passwords, jdbc);
        User anAdmin = accounts.create("monitoring-admin", SystemRole.ADMIN);
        User aUser = accounts.create("monitoring-user", SystemRole.USER);
        admin = ApiClient.basic(port, anAdmin.getUsername(), TestAccounts.PASSWORD);
        user = ApiClient.basic(port, aUser.getUsername(), TestAccounts.PASSWORD);
    }

    @Test
    void healthIsOpenAndSaysOnlyUpOrDown() {
        Response health = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).as("the parts are for admins").isFalse();
    }

    @Test
    void adminsSeeTheDatabaseInTheHealth() {
        Response health = admin.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("details").get("database").asString())
                .isEqualTo("PostgreSQL");
    }

    @Test
    void metricsAndThePrometheusScrapeAreForAdminsOnly() {
        assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(user.get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(user.get("/actuator/metrics").status()).isEqualTo(403);

        Response scrape = admin.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds_count");
        // Spring Security's per-filter timers are off: they cost a tenth of the server's time under load
        assertThat(scrape.body()).doesNotContain("spring_security_filterchains",
                "spring_security_authorizations");
        Response metrics = admin.get("/actuator/metrics/hikaricp.connections.max");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.json().get("measurements").get(0).get("value").asDouble()).isPositive();
    }

    @Test
    void nothingElseIsExposed() {
        Response links = admin.get("/actuator");
        assertThat(links.status()).isEqualTo(200);
        Set<String> exposed = new TreeSet<>(links.json().get("_links").propertyNames());
        assertThat(exposed).containsExactly("health", "health-path", "metrics", "metrics-requiredMetricName",
                "prometheus", "self");
        assertThat(admin.get("/actuator/env").body()).as("no configuration, no secrets").doesNotContain(
                "propertySources", "spring.datasource");
    }
}
