package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void keepsItsDataAcrossRestarts(@TempDir Path dataDir) throws Exception {
        Path directory = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory)) {
            execute(server.jdbcUrl(), "create table note (text text); insert into note values ('kept')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory)) {
            assertThat(queryText(server.jdbcUrl(), "select text from note")).isEqualTo("kept");
            assertThat(queryText(server.jdbcUrl(), "show synchronous_commit")).isEqualTo("on");
            // zonky starts PostgreSQL with -F (fsync off) unless told otherwise
            assertThat(queryText(server.jdbcUrl(), "show fsync")).isEqualTo("on");
        }
    }

    @Test
    void takesOverFromTheServerOfASlantThatWasKilled(@TempDir Path dataDir) throws Exception {
        Path directory = dataDir.resolve("postgres");
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerThatGetsKilled.class.getName(),
                directory.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(ServerThatGetsKilled.READY));
            assertThat(line).as("the other process started its server").isEqualTo(ServerThatGetsKilled.READY);
        }
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory)) {
            assertThat(queryText(server.jdbcUrl(), "select text from note")).isEqualTo("written before the kill");
        }
    }

    @Test
    void refusesASecondSlantOnTheSameDataDirectory(@TempDir Path dataDir) throws Exception {
        Path directory = dataDir.resolve("postgres");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(directory)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Slant is already running with the data directory " + dataDir);
            assertThat(queryText(first.jdbcUrl(), "select 'still serving'")).isEqualTo("still serving");
        }
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String queryText(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    /** Runs in a process of its own: starts a server, writes a row, says so, and waits to be killed. */
    static final class ServerThatGetsKilled {

        static final String READY = "server ready";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
            execute(server.jdbcUrl(), "create table note (text text); insert into note values ('written before the kill')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
