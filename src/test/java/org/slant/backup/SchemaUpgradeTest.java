package org.slant.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ActingAs;
import org.slant.KeepsSecurityContextStrategy;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.SpanDraft;
import org.slant.team.AccessTokens;
import org.slant.team.User;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upgrade never loses work: the database of an installation at the schema of V16 with a study in it (a fixture
 * made by that Slant, decision 0030) is loaded into an empty database and this Slant started on it. Flyway applies
 * every migration after V16; then every row is still there, the study's exports and agreement report are those the
 * old Slant gave, its access token lets in, and an annotator's save works and joins the history.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
class SchemaUpgradeTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInstallationAtV16UpgradesWithEveryRowAndTheSameExportsAndAgreement(@TempDir Path work) throws Exception {
        String name = UpgradeFixture.V16_STUDY;
        UpgradeFixture fixture = JsonMapper.shared().readValue(UpgradeFixture.expected(name).toFile(),
                UpgradeFixture.class);
        assertThat(fixture.schemaVersion()).isEqualTo(16);
        try (EmbeddedPostgres server = SlantOnDatabase.server()) {
            try (Connection connection = server.getDatabase("postgres", SlantOnDatabase.DATABASE).getConnection()) {
                PlainSqlDump.load(connection, UpgradeFixture.dump(name));
            }

            try (ConfigurableApplicationContext app = SlantOnDatabase.start(server, work)) {
                SlantOnDatabase.signInAsAdmin();
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("select max(version::int) from flyway_schema_history where success",
                        Integer.class)).isEqualTo(newestMigration());
                Map<String, List<String>> rows = DatabaseContents.of(jdbc);
                fixture.rowCounts().forEach((table, count) -> {
                    if (!table.equals("flyway_schema_history")) {
                        assertThat(rows.get(table)).as(table).hasSize(count);
                    }
                });
                assertThat(jdbc.queryForObject("select text from document where id = ?", String.class,
                        fixture.flagDocument())).isEqualTo(BackupStudy.FLAG_TEXT);
                StudyResults results = StudyResults.of(app, fixture.projectId());
                assertThat(results.exports()).isEqualTo(fixture.results().exports());
                assertThat(results.agreement()).isEqualTo(fixture.results().agreement());

                assertThat(app.getBean(AccessTokens.class).authenticate(fixture.token())).map(User::getUsername)
                        .contains("admin");
                long lastEvent = jdbc.queryForObject("select max(id) from annotation_event", Long.class);
                UUID saved = ActingAs.user(fixture.carol(), () -> app.getBean(AnnotationService.class).createSpan(
                        fixture.carolsDocument(), null, new SpanDraft(fixture.frameLayer(), jdbc.queryForObject(
                                "select id from label where layer_id = ? and name = 'Security'", UUID.class,
                                fixture.frameLayer()), 20, 28, Map.of()))).annotation().id();
                assertThat(jdbc.queryForObject("select id from annotation_event where annotation_id = ?", Long.class,
                        saved)).isEqualTo(lastEvent + 1);
                assertThat(jdbc.queryForObject("select count(*) from span_annotation", Integer.class))
                        .isEqualTo(fixture.rowCounts().get("span_annotation") + 1);
            }
        }
    }

    /** The highest version among the migrations this Slant ships. */
    private static int newestMigration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(file -> file.getFileName().toString()).filter(file -> file.matches("V\\d+__.*\\.sql"))
                    .mapToInt(file -> Integer.parseInt(file.substring(1, file.indexOf("__")))).max().orElseThrow();
        }
    }
}
