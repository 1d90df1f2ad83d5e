package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slant.Application;
import org.slant.KeepsSecurityContextStrategy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** Slant as {@code main} starts it: the embedded PostgreSQL comes up alongside Spring's set-up. */
@ExtendWith(KeepsSecurityContextStrategy.class)
class EarlyEmbeddedPostgresTest {

    @Test
    void theDataSourceUsesTheServerStartedEarly(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext app = slant().run("--server.port=0", "--slant.data-dir=" + dataDir)) {
            EarlyEmbeddedPostgres early = app.getBean(EarlyEmbeddedPostgres.class);
            assertThat(early.isTaken()).isTrue();
            EmbeddedPostgresServer server = app.getBean(EmbeddedPostgresServer.class);
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                    Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("select current_setting('data_directory'), "
                            + "(select count(*) from project)")) {
                assertThat(rows.next()).isTrue();
                assertThat(Path.of(rows.getString(1)).toRealPath())
                        .isEqualTo(dataDir.resolve("postgres").toRealPath());
                assertThat(rows.getInt(2)).as("the demo project").isEqualTo(1);
            }
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("stopped with Slant").doesNotExist();
    }

    @Test
    void aStartThatFailsBeforeTheDataSourceStopsTheServer(@TempDir Path dataDir) {
        SpringApplication slant = slant();
        slant.addListeners((ApplicationListener<ApplicationPreparedEvent>) event -> {
            throw new IllegalStateException("start-up failed on purpose");
        });
        assertThatThrownBy(() -> slant.run("--server.port=0", "--slant.data-dir=" + dataDir))
                .hasMessage("start-up failed on purpose");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).as("the server had been made").exists();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("and was stopped").doesNotExist();
    }

    @Test
    void aSecondSlantOnTheSameDataDirectoryIsRefused(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir.resolve("postgres"))) {
            assertThatThrownBy(() -> slant().run("--server.port=0", "--slant.data-dir=" + dataDir))
                    .rootCause().hasMessageContaining("Another Slant is already running with the data directory "
                            + dataDir.toAbsolutePath().normalize());
            assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("the first one runs on").isTrue();
        }
    }

    private static SpringApplication slant() {
        SpringApplication slant = new SpringApplication(Application.class);
        slant.addListeners(new EarlyEmbeddedPostgres.Starter());
        return slant;
    }
}
