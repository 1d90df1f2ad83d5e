package org.slant.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no external database configured ({@code spring.datasource.url} unset), Slant runs a real PostgreSQL server
 * of its own, whose files live in {@code slant.data-dir/postgres} and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(SlantProperties properties,
            ObjectProvider<EarlyEmbeddedPostgres> early) throws IOException {
        Path dir = directory(properties);
        EarlyEmbeddedPostgres startedEarly = early.getIfAvailable();
        if (startedEarly != null) {
            Optional<EmbeddedPostgresServer> server = startedEarly.take(dir);
            if (server.isPresent()) {
                return server.get();
            }
        }
        long started = System.nanoTime();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir);
        log.info("Embedded PostgreSQL started in {} ms on port {} with data in {}",
                (System.nanoTime() - started) / 1_000_000, postgres.port(), dir);
        return postgres;
    }

    static Path directory(SlantProperties properties) {
        return properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.jdbcUrl())
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("slant-embedded");
        return dataSource;
    }
}
