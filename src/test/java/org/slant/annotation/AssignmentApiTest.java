package org.slant.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.ApiClient.Response;
import org.slant.SlantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A manager distributes a project's documents; annotators then see only their own. */
@SlantSpringTest
class AssignmentApiTest {

    private static final String PASSWORD = "{noop}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient lead;
    String projectId;
    final List<String> annotators = new ArrayList<>();

    @BeforeEach
    void aProjectOfSevenDocumentsAndThreeAnnotators() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String manager = account("lead-" + suffix);
        lead = ApiClient.basic(port, manager, "a long password");
        projectId = lead.post("/api/v1/projects", "{\"name\":\"Assign " + suffix + "\"}").json().get("id").asString();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            jsonl.append("{\"text\":\"Article ").append(i).append(" of ").append(suffix).append("\",\"story\":\"")
                    .append(i < 4 ? "Summit" : "Sanctions").append("\"}\n");
        }
        assertThat(lead.post("/api/v1/projects/" + projectId + "/documents", "application/x-ndjson",
                java.net.http.HttpRequest.BodyPublishers.ofString(jsonl.toString())).status()).isEqualTo(201);
        for (String name : List.of("ana", "ben", "cem")) {
            String annotator = account(name + "-" + suffix);
            annotators.add(annotator);
            lead.post("/api/v1/projects/" + projectId + "/members", "{\"username\":\"" + annotator
                    + "\",\"role\":\"ANNOTATOR\"}").expect(200, "adding a member");
        }
    }

    @Test
    void distributingGivesEveryDocumentTwoAnnotatorsAndSharesWithinOne() {
        Response distributed = lead.post("/api/v1/projects/" + projectId + "/assignments", "{\"k\":2,\"seed\":7}");

        assertThat(distributed.status()).isEqualTo(200);
        JsonNode body = distributed.json();
        assertThat(body.get("created").asInt()).isEqualTo(14);
        List<Integer> shares = body.get("shares").valueStream().map(JsonNode::asInt).toList();
        assertThat(shares).hasSize(3);
        assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(14);
        assertThat(shares.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - shares.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        List<Map<String, Object>> perDocument = jdbc.queryForList("select document_id, count(distinct annotator_id) "
                + "as n from assignment where project_id = ?::uuid group by document_id", projectId);
        assertThat(perDocument).hasSize(7).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue())
                .isEqualTo(2));

        Set<String> seen = new HashSet<>();
        for (String annotator : annotators) {
            ApiClient client = ApiClient.basic(port, annotator, "a long password");
            JsonNode queue = client.get("/api/v1/projects/" + projectId + "/queue?size=50").json();
            List<String> mine = queue.get("items").valueStream().map(item -> item.get("documentId").asString())
                    .toList();
            assertThat(mine).hasSize(body.get("shares").get(annotator).asInt());
            seen.addAll(mine);
            String notMine = jdbc.queryForObject("select d.id::text from document d where d.project_id = ?::uuid "
                    + "and not exists (select 1 from assignment a join app_user u on u.id = a.annotator_id where "
                    + "a.document_id = d.id and u.username = ?) limit 1", String.class, projectId, annotator);
            assertThat(client.post("/api/v1/documents/" + notMine + "/open", "{}").status()).isEqualTo(403);
        }
        assertThat(seen).hasSize(7);
        assertThat(lead.post("/api/v1/projects/" + projectId + "/assignments", "{\"k\":2}").json().get("created")
                .asInt()).as("a second run finds nothing left to assign").isZero();
    }

    @Test
    void tooFewAnnotatorsAndStrangersAreRefusedAndNothingIsAssigned() {
        Response tooMany = lead.post("/api/v1/projects/" + projectId + "/assignments", "{\"k\":4}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("4 distinct annotators");
        Response stranger = lead.post("/api/v1/projects/" + projectId + "/assignments",
                "{\"k\":1,\"annotators\":[\"nobody-here\"]}");
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("nobody-here");
        assertThat(jdbc.queryForObject("select count(*) from assignment where project_id = ?::uuid", Long.class,
                projectId)).isZero();
        ApiClient annotator = ApiClient.basic(port, annotators.getFirst(), "a long password");
        assertThat(annotator.post("/api/v1/projects/" + projectId + "/assignments", "{\"k\":1}").status())
                .isEqualTo(403);
    }

    @Test
    void aManagerMovesAnUnstartedDocumentToAnotherAnnotator() {
        lead.post("/api/v1/projects/" + projectId + "/assignments", "{\"k\":1,\"annotators\":[\""
                + annotators.get(0) + "\",\"" + annotators.get(1) + "\"]}").expect(200, "distributing");
        String document = jdbc.queryForObject("select a.document_id::text from assignment a join app_user u on u.id "
                + "= a.annotator_id where a.project_id = ?::uuid and u.username = ? limit 1", String.class, projectId,
                annotators.get(0));

        assertThat(lead.post("/api/v1/documents/" + document + "/reassign", "{\"from\":\"" + annotators.get(0)
                + "\",\"to\":\"" + annotators.get(2) + "\"}").status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select u.username from assignment a join app_user u on u.id = a.annotator_id "
                + "where a.document_id = ?::uuid", String.class, document)).isEqualTo(annotators.get(2));
        assertThat(lead.post("/api/v1/documents/" + document + "/reassign", "{\"from\":\"" + annotators.get(0)
                + "\",\"to\":\"" + annotators.get(2) + "\"}").status()).isEqualTo(400);
    }

    private String account(String name) {
        jdbc.update("insert into app_user (id, username, display_name, password_hash, system_role) values (?, ?, ?, "
                + "?, 'USER')", UUID.randomUUID(), name, name, PASSWORD + "a long password");
        return name;
    }
}
