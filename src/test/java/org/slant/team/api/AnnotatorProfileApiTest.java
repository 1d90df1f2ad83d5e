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

/** Annotator profiles: filled in or skipped by their owner, read only by the managers of the owner's projects. */
@SlantSpringTest
class AnnotatorProfileApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnnotatorFillsInTheirProfileAndOnlyTheirManagerReadsIt() {
        String coder = account("coder");
        String other = account("other");
        ApiClient lead = ApiClient.basic(port, account("lead"), "a long password");
        ApiClient annotator = ApiClient.basic(port, coder, "a long password");
        String projectId = lead.post("/api/v1/projects", "{\"name\":\"Profiles " + UUID.randomUUID() + "\"}")
                .json().get("id").asString();
        String members = "/api/v1/projects/" + projectId + "/members";
        String coderId = lead.post(members, "{\"username\":\"" + coder + "\",\"role\":\"ANNOTATOR\"}").json()
                .get("userId").asString();
        lead.post(members, "{\"username\":\"" + other + "\",\"role\":\"ANNOTATOR\"}").expect(200, "adding");

        assertThat(annotator.get("/api/v1/users/me/profile").json().get("ageBand").isNull()).isTrue();
        Response refused = annotator.put("/api/v1/users/me/profile", "{\"ageBand\":\"17\",\"politicalPlacement\":11}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems").findValuesAsString("where"))
                .containsExactlyInAnyOrder("ageBand", "politicalPlacement");
        Response saved = annotator.put("/api/v1/users/me/profile", "{\"ageBand\":\"25-34\",\"education\":\"master\","
                + "\"politicalPlacement\":4,\"newsDiet\":[\"The Guardian\",\" \",\"BBC\"]}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("newsDiet").valueStream().map(item -> item.asString()))
                .containsExactly("The Guardian", "BBC");

        Response read = lead.get(members + "/" + coderId + "/profile");
        assertThat(read.json().get("politicalPlacement").asInt()).isEqualTo(4);
        assertThat(read.json().get("education").asString()).isEqualTo("master");
        assertThat(ApiClient.basic(port, other, "a long password").get(members + "/" + coderId + "/profile")
                .status()).isEqualTo(403);
        assertThat(ApiClient.basic(port, account("stranger"), "a long password").get(members + "/" + coderId
                + "/profile").status()).isEqualTo(404);
    }

    private String account(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into app_user (id, username, display_name, password_hash, system_role) values (?, ?, ?, "
                + "?, 'USER')", UUID.randomUUID(), name, name, "{noop}a long password");
        return name;
    }
}
