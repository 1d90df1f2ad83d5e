package org.slant.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.ApiClient;
import org.slant.SlantSpringTest;
import org.slant.annotation.AnnotationFixture;
import org.slant.corpus.CorpusService;
import org.slant.platform.SqlStatements;
import org.slant.schema.SchemaEditor;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.slant.team.SystemRole;
import org.slant.team.TestAccounts;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What one span save through the API costs the database, as an annotator's token client sends it. */
@SlantSpringTest
class SaveStatementsTest {

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    SchemaEditor editor;
    @Autowired
    Memberships memberships;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;

    AnnotationFixture fixture;
    ApiClient annotator;
    String path;

    @BeforeEach
    void anAnnotatorWithAToken() {
        fixture = new AnnotationFixture(corpus, editor);
        User user = new TestAccounts(users, passwords, jdbc).create("saves-statements", SystemRole.USER);
        memberships.add(fixture.projectId, user.getUsername(), ProjectRole.ANNOTATOR);
        String token = ApiClient.basic(port, user.getUsername(), TestAccounts.PASSWORD)
                .post("/api/v1/users/me/tokens", "{\"name\": \"statements\"}").expect(201, "token").json()
                .get("token").asString();
        annotator = ApiClient.bearer(port, token);
        path = "/api/v1/documents/" + fixture.documentId + "/annotations";
    }

    /**
     * A save of a span without an id (the server chooses it) on a layer that allows overlaps: the token (1), the
     * document without its text, with the project's outlet-blind flag (1), the caller's role (1), the assignment (1),
     * the insert with its history event (1) and the commit. It was 15 statements in 13 round trips: the token in a
     * transaction of its own, the caller by name, the layers, labels and attributes, the text of 65 KB, the
     * outlet-blind flag and the history event apart.
     */
    @Test
    void aSingleSpanSaveSendsFewStatements() {
        // the first save starts the work (the assignment) and fills what is kept; the later ones are the usual case
        save(0, 2);
        save(3, 5);
        List<String> statements;
        int roundTrips;
        try (SqlStatements sql = new SqlStatements("http-nio")) {
            save(6, 7);
            statements = sql.statements();
            roundTrips = sql.roundTrips();
        }
        statements.forEach(statement -> System.out.println("SQL> " + statement.replaceAll("\\s+", " ")));
        System.out.println("SQL> " + statements.size() + " statements, " + roundTrips + " round trips");
        assertThat(roundTrips).isEqualTo(6);
        assertThat(statements).hasSize(7);
        // one transaction (the token's check runs outside one); statements the driver has prepared on the server
        // earlier show only their parameters, so what they are is not asserted, only what no statement reads
        assertThat(statements).filteredOn("BEGIN"::equals).hasSize(1);
        assertThat(statements).noneMatch(statement -> statement.contains("from layer")
                || statement.contains("from app_user") || statement.contains("d1_0.text,"));
    }

    /**
     * A change of a span: the token, then one transaction: the span locked, the document without its text, the
     * caller's role, the assignment, the span as it was (for the history), the update, the history event, the
     * commit. It was 13 statements in two transactions: a read-only one first asked whether the id is a span or an
     * answer. A delete: the token, the span locked, the document without its text (it was the whole document, text
     * included), the role, the assignment, the history event, the delete, the commit.
     */
    @Test
    void aSpanChangeAndADeleteSendFewStatements() {
        save(0, 2);
        String id = save(3, 5);
        String other = save(6, 7);
        annotator.put("/api/v1/annotations/" + other, "{\"version\": 0, \"end\": 8}").expect(200, "a first change");
        List<String> change;
        try (SqlStatements sql = new SqlStatements("http-nio")) {
            annotator.put("/api/v1/annotations/" + id, "{\"version\": 0, \"end\": 6}").expect(200, "a change");
            change = sql.statements();
        }
        List<String> delete;
        try (SqlStatements sql = new SqlStatements("http-nio")) {
            annotator.delete("/api/v1/annotations/" + id + "?version=1").expect(204, "a delete");
            delete = sql.statements();
        }
        change.forEach(statement -> System.out.println("SQL change> " + statement.replaceAll("\\s+", " ")));
        delete.forEach(statement -> System.out.println("SQL delete> " + statement.replaceAll("\\s+", " ")));
        assertThat(change).hasSize(10);
        assertThat(delete).hasSize(9);
        for (List<String> statements : List.of(change, delete)) {
            assertThat(statements).filteredOn(statement -> statement.startsWith("BEGIN")).containsExactly("BEGIN");
            assertThat(statements).noneMatch(statement -> statement.contains("count(")
                    || statement.contains("d1_0.text,"));
        }
    }

    private String save(int start, int end) {
        return annotator.post(path, "{\"layer\": \"" + fixture.entities.id()
                + "\", \"label\": \"" + fixture.label(fixture.entities, "Person") + "\", \"start\": " + start
                + ", \"end\": " + end + "}").expect(201, "saving a span").json().get("id").asString();
    }
}
