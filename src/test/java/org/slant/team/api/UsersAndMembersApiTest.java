package org.slant.team.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Accounts and memberships through the REST API, against the real database. */
@SlantSpringTest
class UsersAndMembersApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminCreatesAnAccountThatSignsInUntilDeactivated() {
        String name = "writer-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = admin().post("/api/v1/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"Wanda Writer\",\"password\":\"a long password\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("systemRole").asString()).isEqualTo("USER");
        assertThat(created.body()).doesNotContain("a long password").doesNotContain("passwordHash");
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
                name);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long password");

        ApiClient user = ApiClient.basic(port, name, "a long password");
        assertThat(user.get("/api/v1/users/me").json().get("displayName").asString()).isEqualTo("Wanda Writer");
        String id = created.json().get("id").asString();
        assertThat(admin().put("/api/v1/users/" + id, "{\"active\":false}").json().get("active").asBoolean())
                .isFalse();
        assertThat(user.get("/api/v1/users/me").status()).isEqualTo(401);
        admin().put("/api/v1/users/" + id, "{\"active\":true,\"password\":\"another long one\"}");
        assertThat(user.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(ApiClient.basic(port, name, "another long one").get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void badAccountsAreRefusedNamingEveryField() {
        Response refused = admin().post("/api/v1/users", "{\"username\":\"admin\",\"password\":\"short\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems").findValuesAsString("where"))
                .containsExactlyInAnyOrder("username", "password");
        assertThat(admin().post("/api/v1/users", "{\"username\":\"a b\",\"password\":\"long enough pw\"}").json()
                .get("problems").get(0).get("message").asString()).contains("letters, digits");
    }

    @Test
    void everyoneChangesTheirOwnPasswordGivenTheCurrentOne() {
        String name = "changer-" + UUID.randomUUID().toString().substring(0, 8);
        admin().post("/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"first password\"}");
        ApiClient user = ApiClient.basic(port, name, "first password");

        Response wrong = user.post("/api/v1/users/me/password", "{\"currentPassword\":\"guess\",\"newPassword\":"
                + "\"second password\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("problems").findValuesAsString("where")).containsExactly("currentPassword");
        assertThat(user.post("/api/v1/users/me/password", "{\"currentPassword\":\"first password\","
                + "\"newPassword\":\"second password\"}").status()).isEqualTo(204);
        assertThat(user.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(ApiClient.basic(port, name, "second password").get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void managersAddChangeAndRemoveMembersButAProjectKeepsAManager() {
        String manager = account("lead");
        String annotator = account("coder");
        ApiClient lead = ApiClient.basic(port, manager, "a long password");
        String projectId = lead.post("/api/v1/projects", "{\"name\":\"Team " + UUID.randomUUID() + "\"}").json()
                .get("id").asString();
        String members = "/api/v1/projects/" + projectId + "/members";

        JsonNode added = lead.post(members, "{\"username\":\"" + annotator + "\",\"role\":\"ANNOTATOR\"}").json();
        assertThat(added.get("role").asString()).isEqualTo("ANNOTATOR");
        assertThat(lead.get(members).json().valueStream().map(member -> member.get("username").asString() + "="
                + member.get("role").asString())).containsExactly(manager + "=MANAGER", annotator + "=ANNOTATOR");
        ApiClient coder = ApiClient.basic(port, annotator, "a long password");
        assertThat(coder.get("/api/v1/projects/" + projectId).status()).isEqualTo(200);

        String managerId = lead.get("/api/v1/users/me").json().get("id").asString();
        Response lastManager = lead.delete(members + "/" + managerId);
        assertThat(lastManager.status()).isEqualTo(400);
        assertThat(lastManager.body()).contains("last manager");
        assertThat(lead.post(members, "{\"username\":\"nobody-" + UUID.randomUUID() + "\",\"role\":\"CURATOR\"}")
                .status()).isEqualTo(400);

        assertThat(lead.delete(members + "/" + added.get("userId").asString()).status()).isEqualTo(204);
        assertThat(coder.get("/api/v1/projects/" + projectId).status()).isEqualTo(404);
    }

    private String account(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().post("/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"a long password\"}")
                .status()).isEqualTo(201);
        return name;
    }

    private ApiClient admin() {
        return ApiClient.basic(port, "admin", SlantSpringTest.ADMIN_PASSWORD);
    }
}
