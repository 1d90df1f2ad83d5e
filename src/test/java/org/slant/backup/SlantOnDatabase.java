package org.slant.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slant.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Slant started on a database of a PostgreSQL server of the test's own, as an installation with an external one. */
final class SlantOnDatabase {

    static final String DATABASE = "slant";

    private SlantOnDatabase() {
    }

    /** A PostgreSQL 18 server of its own (zonky's, as the embedded one) with an empty database {@value #DATABASE}. */
    static EmbeddedPostgres server() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create database " + DATABASE);
        } catch (SQLException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Slant on the server's database {@value #DATABASE}; Flyway migrates it first, as at any start. */
    static ConfigurableApplicationContext start(EmbeddedPostgres server, Path dataDirectory) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--slant.data-dir=" + dataDirectory,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE,
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    /** Services refuse callers who are not signed in: the test's thread calls them as the admin. */
    static void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
