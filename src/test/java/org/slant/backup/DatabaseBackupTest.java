package org.slant.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * A whole installation backed up as an operator would (docs/operations-backup.md): PostgreSQL 18's pg_dump in its
 * custom format, taken while Slant runs, restored with pg_restore into an empty database of another server, and
 * Slant started on that. Every row of every table is there as it was, the study's exports and agreement report are
 * the same, and the installation works on: its access token lets in, a new save gets the next history number.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
class DatabaseBackupTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDatabaseDumpedAndRestoredWithPostgresToolsHoldsTheWholeStudyAndWorksOn(@TempDir Path work)
            throws Exception {
        PostgresClient postgresTools = PostgresClient.find();
        Path dump = work.resolve("slant.dump");
        try (EmbeddedPostgres original = SlantOnDatabase.server();
                EmbeddedPostgres fresh = SlantOnDatabase.server()) {
            BackupStudy study;
            StudyResults before;
            Map<String, List<String>> rows;
            Map<String, Long> demo;
            try (ConfigurableApplicationContext app = SlantOnDatabase.start(original, work.resolve("original"))) {
                SlantOnDatabase.signInAsAdmin();
                study = BackupStudy.fill(app);
                before = StudyResults.of(app, study.projectId);
                postgresTools.dumpCustom(original.getPort(), SlantOnDatabase.DATABASE, dump);
                rows = DatabaseContents.of(app.getBean(JdbcTemplate.class));
                demo = demoRows(app.getBean(JdbcTemplate.class), study.projectId);
            }
            assertThat(Files.size(dump)).isPositive();
            // the study and the demo project made at first start, with every kind of row
            assertThat(rows.get("project")).hasSize(2);
            // the demo project's fictional annotators' work besides
            assertThat(demo.values()).allMatch(count -> count > 0);
            assertThat(rows.get("span_annotation")).hasSize(13 + demo.get("span_annotation").intValue());
            assertThat(rows.get("document_answer")).hasSize(5 + demo.get("document_answer").intValue());
            assertThat(rows.get("annotation_event")).hasSize(13 + demo.get("annotation_event").intValue());
            assertThat(rows.get("assignment")).hasSize(9 + demo.get("assignment").intValue());
            assertThat(rows.get("gold_span")).hasSize(2);
            assertThat(rows.get("curation")).hasSize(2);
            assertThat(rows.get("pre_annotation")).hasSize(2);
            assertThat(rows.get("access_token")).hasSize(1);
            assertThat(before.exports().get("spans-csv")).contains("\uD83C\uDDFA\uD83C\uDDE6");
            assertThat(before.agreement()).contains("\"documents\":3");

            postgresTools.restore(dump, fresh.getPort(), SlantOnDatabase.DATABASE);

            try (ConfigurableApplicationContext app = SlantOnDatabase.start(fresh, work.resolve("restored"))) {
                SlantOnDatabase.signInAsAdmin();
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                assertThat(DatabaseContents.of(jdbc)).isEqualTo(rows);
                assertThat(jdbc.queryForObject("select text from document where id = ?", String.class,
                        study.flagDocument)).isEqualTo(BackupStudy.FLAG_TEXT);
                StudyResults after = StudyResults.of(app, study.projectId);
                assertThat(after.exports()).isEqualTo(before.exports());
                assertThat(after.agreement()).isEqualTo(before.agreement());

                assertThat(app.getBean(AccessTokens.class).authenticate(study.token.token()))
                        .map(User::getUsername).contains("admin");
                long lastEvent = jdbc.queryForObject("select max(id) from annotation_event", Long.class);
                UUID carolsWork = study.study.documents.get(1);
                UUID saved = ActingAs.user(study.study.usernames.get("carol"), () -> app.getBean(
                        AnnotationService.class).createSpan(carolsWork, null, new SpanDraft(study.study.frames.id(),
                        jdbc.queryForObject("select id from label where layer_id = ? and name = 'Security'",
                                UUID.class, study.study.frames.id()), 20, 28, Map.of()))).annotation().id();
                assertThat(jdbc.queryForObject("select id from annotation_event where annotation_id = ?",
                        Long.class, saved)).isEqualTo(lastEvent + 1);
            }
        }
    }

    /** The demo project's rows (every project but the study's) in the tables its annotators' work fills. */
    private static Map<String, Long> demoRows(JdbcTemplate jdbc, java.util.UUID study) {
        return Map.of(
                "span_annotation", jdbc.queryForObject("select count(*) from span_annotation s join document d "
                        + "on d.id = s.document_id where d.project_id <> ?", Long.class, study),
                "document_answer", jdbc.queryForObject("select count(*) from document_answer a join document d "
                        + "on d.id = a.document_id where d.project_id <> ?", Long.class, study),
                "annotation_event", jdbc.queryForObject("select count(*) from annotation_event where project_id <> ?",
                        Long.class, study),
                "assignment", jdbc.queryForObject("select count(*) from assignment where project_id <> ?",
                        Long.class, study));
    }
}
