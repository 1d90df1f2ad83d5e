package org.slant.platform;

import org.slant.KeepsSecurityContextStrategy;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With SPRING_DATASOURCE_URL and friends set, Slant uses that server and starts no database of its own. The
 * "external" server here is a separate PostgreSQL process with its own user and database.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
class ExternalDatabaseTest {

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection admin = server.getPostgresDatabase().getConnection();
                    Statement sql = admin.createStatement()) {
                sql.execute("create user slant_app with password 'app-secret'");
                sql.execute("create database slant_ext owner slant_app");
            }
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/slant_ext";

            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                    "--server.port=0", "--slant.data-dir=" + dataDir,
                    "--spring.datasource.url=" + url, "--spring.datasource.username=slant_app",
                    "--spring.datasource.password=app-secret")) {
                assertThat(app.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
                assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
            }

            try (Connection connection = server.getDatabase("slant_app", "slant_ext").getConnection();
                    Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery(
                            "select p.name, (select count(*) from document d where d.project_id = p.id) from project p")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("NATO–Russia Council, 12 Jan 2022");
                assertThat(rows.getInt(2)).isEqualTo(5);
                assertThat(rows.next()).isFalse();
            }
        }
    }
}
