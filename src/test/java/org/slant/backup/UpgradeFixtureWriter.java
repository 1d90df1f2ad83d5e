package org.slant.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slant.KeepsSecurityContextStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the upgrade fixture (decision 0030); not a test, so the build never runs it. Run on a commit of main,
 * whose migrations are the schema the fixture keeps, with PostgreSQL 18's client in place (.ci/postgres-client):
 * {@code ./mvnw -o test -Dtest=UpgradeFixtureWriter -Dslant.fixture.name=v16-study}.
 * It migrates a fresh database, fills the study through Slant's services, dumps it as plain SQL and writes what
 * Slant answered beside it.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
class UpgradeFixtureWriter {

    @Test
    void write(@TempDir Path work) throws Exception {
        String name = System.getProperty("slant.fixture.name", UpgradeFixture.V16_STUDY);
        Files.createDirectories(UpgradeFixture.FOLDER);
        try (EmbeddedPostgres server = SlantOnDatabase.server()) {
            try (ConfigurableApplicationContext app = SlantOnDatabase.start(server, work.resolve("data"))) {
                SlantOnDatabase.signInAsAdmin();
                BackupStudy study = BackupStudy.fill(app);
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                Map<String, Integer> counts = new TreeMap<>();
                DatabaseContents.of(jdbc).forEach((table, rows) -> counts.put(table, rows.size()));
                UpgradeFixture fixture = new UpgradeFixture(jdbc.queryForObject("select max(version::int) from "
                        + "flyway_schema_history where success", Integer.class), commit(), study.projectId,
                        study.flagDocument, study.study.frames.id(), study.study.usernames.get("carol"),
                        study.study.documents.get(1), study.token.token(), counts,
                        StudyResults.of(app, study.projectId));
                Files.writeString(UpgradeFixture.expected(name), app.getBean(JsonMapper.class)
                        .writerWithDefaultPrettyPrinter().writeValueAsString(fixture) + "\n", StandardCharsets.UTF_8);
            }
            PostgresClient.find().dumpPlain(server.getPort(), SlantOnDatabase.DATABASE, UpgradeFixture.dump(name));
        }
    }

    private static String commit() throws IOException, InterruptedException {
        Process git = new ProcessBuilder(List.of("git", "rev-parse", "HEAD")).redirectErrorStream(true).start();
        String commit = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        git.waitFor();
        return commit;
    }
}
