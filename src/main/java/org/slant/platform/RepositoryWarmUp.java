package org.slant.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Builds the JPA repositories right after start-up, on a thread of its own. They are bootstrapped lazily
 * ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}): parsing and checking their queries takes a fifth of
 * a start on two cores, and the login page needs none of them. Building them while the first user types a password
 * keeps that first page as fast as any other, and a broken query is still reported at start-up, not at first use.
 */
@Component
public class RepositoryWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);

    private final CompletableFuture<Integer> done = new CompletableFuture<>();

    private volatile boolean closing;

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        Thread.ofPlatform().daemon().name("slant-repository-warm-up").start(() -> build(context));
    }

    @EventListener
    public void onClosed(ContextClosedEvent event) {
        closing = true;
    }

    private void build(ConfigurableApplicationContext context) {
        long started = System.nanoTime();
        int built = 0;
        try {
            for (String name : context.getBeanNamesForType(Repository.class, true, false)) {
                if (closing) {
                    break;
                }
                context.getBean(name);
                built++;
            }
            log.debug("{} repositories built in {} ms", built, (System.nanoTime() - started) / 1_000_000);
            done.complete(built);
        } catch (RuntimeException e) {
            if (closing) {
                // Slant stops while they are built: the next start builds them
                done.complete(built);
                return;
            }
            log.error("A repository could not be built: {}", e.getMessage(), e);
            done.completeExceptionally(e);
        }
    }

    /** Waits for the repositories to be built (at most {@code timeout}); the number built. */
    public int awaitBuilt(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
